import { readFileSync } from 'node:fs';
import { CloseCode } from '@lianban/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseListParams } from '../../caseIndex/caseListParams.ts';
import { composeServer, type ServerParts } from '../../composeServer.ts';
import { type ApiErrorCode, apiErrors } from '../apiError.ts';
import { auditQuery } from '../auditRoutes.ts';
import { caseCommandTypes, commandBody } from '../commandSchema.ts';
import { inboxQuery } from '../inboxRoute.ts';
import { loginBody, passwordBody } from '../loginRoutes.ts';
import { registerBody, repeatDraftBody } from '../registrationSchema.ts';
import {
  apiVersion,
  buildOpenApiDocument,
  type JsonSchema,
  jsonSchemaOf,
  type OpenApiDocument,
  openApiPath,
  parameterValueSchema,
  queryShape,
} from './buildOpenApiDocument.ts';
import { docsPageQuery } from './docsPageQuery.ts';

const password = 'correct horse 电池';

// What each route parses, named here from the route modules themselves (not from the registry),
// with an input each route refuses: the route's `details` must be exactly that schema's issues.
const bodies: Record<string, { schema: z.ZodType; bad: unknown }> = {
  'post /api/auth/login': { schema: loginBody, bad: { username: '' } },
  'post /api/auth/password': { schema: passwordBody, bad: { currentPassword: 1 } },
  'post /api/cases': { schema: registerBody, bad: { idempotencyKey: 'k' } },
  'post /api/cases/repeat-candidates': { schema: repeatDraftBody, bad: { registration: {} } },
  'post /api/cases/{id}/commands': { schema: commandBody, bad: { type: 'accept', payload: {} } },
};
// Query routes: the schema, a bad query string, and what the route hands the schema for it
// (`c.req.queries()` for the case list, `c.req.query()` for the others).
const queries: Record<string, { schema: z.ZodType; bad: string; parsed: unknown }> = {
  'get /api/cases': { schema: caseListParams, bad: 'limit=abc', parsed: { limit: ['abc'] } },
  'get /api/inbox': { schema: inboxQuery, bad: 'days=100', parsed: { days: '100' } },
  'get /api/audit': { schema: auditQuery, bad: 'limit=0', parsed: { limit: '0' } },
  'get /api/docs': { schema: docsPageQuery, bad: '', parsed: {} },
};

type Operation = OpenApiDocument['paths'][string][string];

function operations(doc: OpenApiDocument): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(
      ([method, operation]) => [path, method, operation] as [string, string, Operation],
    ),
  );
}

/** Replaces every `$ref` to a component by the component, recursively. */
function dereference(doc: OpenApiDocument, schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map((item) => dereference(doc, item));
  if (!schema || typeof schema !== 'object') return schema;
  const { $ref, ...rest } = schema as JsonSchema;
  if (typeof $ref === 'string') {
    expect(Object.keys(rest)).toEqual([]);
    const name = $ref.replace('#/components/schemas/', '');
    expect(doc.components.schemas).toHaveProperty(name);
    return dereference(doc, doc.components.schemas[name]);
  }
  return Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, dereference(doc, value)]),
  );
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refs(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument();

  it('is an OpenAPI 3.1 document with bilingual summaries, unique ids and resolvable refs', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toContain('Lianban');
    const serverPackage = JSON.parse(
      readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(doc.info.version).toBe(serverPackage.version);
    expect(apiVersion).toBe(serverPackage.version);
    const ids = new Set<string>();
    const tags = new Set(doc.tags.map((tag) => tag.name));
    for (const [path, method, operation] of operations(doc)) {
      expect(['get', 'post', 'put', 'patch', 'delete']).toContain(method);
      expect(path.startsWith('/')).toBe(true);
      expect(ids.has(operation.operationId)).toBe(false);
      ids.add(operation.operationId);
      expect(tags.has(operation.tags[0]!)).toBe(true);
      expect(operation['x-summary'].zh).toMatch(/\p{Script=Han}/u);
      expect(operation['x-summary'].en).toMatch(/^[\x20-\x7e]+$/);
      expect(operation.summary).toBe(`${operation['x-summary'].zh} · ${operation['x-summary'].en}`);
      expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(operation.responses)) {
        expect(status).toMatch(/^[1-5]\d\d$/);
        expect(response.description.length).toBeGreaterThan(0);
      }
      // Every {name} of the path is a required path parameter, and nothing else is.
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
      expect(declared.map((parameter) => parameter.name)).toEqual(names);
      for (const parameter of declared) expect(parameter.required).toBe(true);
      for (const scheme of operation.security.flatMap((requirement) => Object.keys(requirement))) {
        expect(doc.components.securitySchemes).toHaveProperty(scheme);
      }
    }
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas).toHaveProperty(ref.slice('#/components/schemas/'.length));
    }
    expect(roundTrip(doc)).toEqual(doc);
  });

  it('gives every request body as z.toJSONSchema of the very schema the route parses', () => {
    const withBody = operations(doc).filter(([, , operation]) => operation.requestBody);
    expect(withBody.map(([path, method]) => `${method} ${path}`).sort()).toEqual(
      Object.keys(bodies).sort(),
    );
    for (const [path, method, operation] of withBody) {
      const { schema } = bodies[`${method} ${path}`]!;
      const documented = operation.requestBody!.content['application/json'].schema;
      const { $schema, ...standalone } = roundTrip(
        z.toJSONSchema(schema, { io: 'input' }),
      ) as JsonSchema;
      expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(dereference(doc, documented)).toEqual(standalone);
    }
  });

  it('gives every query parameter from the schema the route parses', () => {
    const withQuery = operations(doc).filter(([, , operation]) =>
      operation.parameters?.some((parameter) => parameter.in === 'query'),
    );
    expect(withQuery.map(([path, method]) => `${method} ${path}`).sort()).toEqual(
      Object.keys(queries).sort(),
    );
    for (const [path, method, operation] of withQuery) {
      const { schema } = queries[`${method} ${path}`]!;
      const shape = queryShape(schema);
      const parameters = operation.parameters!.filter((parameter) => parameter.in === 'query');
      expect(parameters.map((parameter) => parameter.name)).toEqual(Object.keys(shape));
      for (const parameter of parameters) {
        const field = shape[parameter.name]!;
        expect(parameter.schema).toEqual(jsonSchemaOf(parameterValueSchema(field), 'input'));
        expect(parameter.required).toBe(!field.safeParse(undefined).success);
      }
    }
    // The case list documents each parameter's value, not the raw list the route first reads.
    const state = doc.paths['/api/cases']!.get!.parameters!.find((p) => p.name === 'state')!;
    expect(state.schema).toMatchObject({
      type: 'array',
      items: { enum: expect.arrayContaining(['CLOSED']) },
    });
  });

  it('lists the whole error catalogue: every code with its status and both messages', () => {
    const codes = Object.keys(apiErrors) as ApiErrorCode[];
    expect(doc['x-error-catalogue'].map((entry) => entry.code)).toEqual(codes);
    for (const code of codes) {
      const { status, zh, en } = apiErrors[code];
      expect(doc['x-error-catalogue']).toContainEqual(
        expect.objectContaining({ code, status, zh, en }),
      );
      // The Markdown table in the description.
      expect(doc.info.description).toContain(`| \`${code}\` | ${status}`);
      expect(doc.info.description).toContain(zh);
      expect(doc.info.description).toContain(en.replaceAll('|', '\\|'));
      expect(zh).toMatch(/\p{Script=Han}/u);
      expect(en).toMatch(/[A-Za-z]/);
    }
    expect(doc.components.schemas.ErrorCode).toMatchObject({ type: 'string', enum: codes });
    const error = dereference(doc, doc.components.schemas.Error) as JsonSchema;
    expect(error).toMatchObject({
      properties: {
        error: {
          properties: { code: { enum: codes }, message: { required: ['zh', 'en'] } },
          required: ['code', 'message'],
        },
      },
    });
  });

  it('answers each error status with codes of that status, the schema and an example per code', () => {
    for (const [, , operation] of operations(doc)) {
      expect(operation.responses['500']?.['x-error-codes']).toEqual(['internal']);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const code of response['x-error-codes'] ?? []) {
          const refusalNotFound = code === 'not-found' && status === '422';
          if (!refusalNotFound) expect(String(apiErrors[code].status)).toBe(status);
          const media = response.content!['application/json']!;
          expect(media.schema).toEqual({ $ref: '#/components/schemas/Error' });
          expect(media.examples![code]!.value).toEqual({
            error: { code, message: { zh: apiErrors[code].zh, en: apiErrors[code].en } },
          });
        }
      }
    }
    const commands = doc.paths['/api/cases/{id}/commands']!.post!.responses;
    expect(commands['409']!['x-error-codes']).toContain('wrong-state');
    expect(commands['422']!['x-error-codes']).toContain('not-found');
    expect(commands['404']!['x-error-codes']).toEqual(['not-found']);
  });

  it('describes the sync WebSocket and every close code, with the protocol document', () => {
    const documented = doc['x-websocket'].closeCodes.map((entry) => entry.code).sort();
    expect(documented).toEqual([...Object.values(CloseCode)].sort());
    expect(documented).toEqual([1001, 1011, 4400, 4401, 4403, 4413, 4429, 4508]);
    for (const entry of doc['x-websocket'].closeCodes) {
      expect(doc.info.description).toContain(`| ${entry.code} | ${entry.name} |`);
      expect(entry.meaning.zh).toMatch(/\p{Script=Han}/u);
      expect(entry.terminal).toBe(entry.code >= 4400 && entry.code < 4500);
    }
    expect(doc['x-websocket'].path).toBe('/sync/{room}');
    expect(doc.info.description).toContain('packages/sync/PROTOCOL.md');
  });
});

describe('the API docs served by the app', () => {
  let parts: ServerParts;
  let token: string;
  let adminToken: string;

  beforeAll(async () => {
    parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent' });
    parts.fixtures.createUnit({ unitId: 'u1', name: '测试单位' });
    await parts.fixtures.createUser({ username: 'li', password, role: 'handler', unitId: 'u1' });
    await parts.fixtures.createUser({ username: 'wang', password, role: 'admin', unitId: 'u1' });
    token = await parts.fixtures.issueToken('li');
    adminToken = await parts.fixtures.issueToken('wang');
  });
  afterAll(async () => {
    await parts.rooms.closeAll();
    await parts.store.close();
    parts.db.close();
  });

  const signedIn = () => ({ headers: { authorization: `Bearer ${token}` } });
  const documented = async () => {
    const response = await parts.app.request('/api/openapi.json', signedIn());
    return (await response.json()) as OpenApiDocument;
  };

  it('serves the document at /api/openapi.json to signed-in users', async () => {
    const response = await parts.app.request('/api/openapi.json', signedIn());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual(roundTrip(buildOpenApiDocument()));
  });

  it('answers an anonymous client 401, as the threat model wants', async () => {
    for (const path of ['/api/openapi.json', '/api/docs']) {
      const response = await parts.app.request(path);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'unauthenticated',
      );
    }
  });

  it('documents every /api route of the app, and nothing the app does not have', async () => {
    const doc = await documented();
    const appRoutes = parts.app.routes
      .filter((route) => route.method !== 'ALL')
      .map((route) => `${route.method.toLowerCase()} ${openApiPath(route.path)}`);
    const apiRoutes = appRoutes.filter((route) => route.split(' ')[1]!.startsWith('/api'));
    expect(apiRoutes.length).toBeGreaterThanOrEqual(14);
    const inDoc = operations(doc).map(([path, method]) => `${method} ${path}`);
    for (const route of apiRoutes) expect(inDoc).toContain(route);
    for (const operation of inDoc) expect(appRoutes).toContain(operation);
  });

  it('validates each body and query with exactly the schema the document gives', async () => {
    for (const [key, { schema, bad }] of Object.entries(bodies)) {
      const [, path] = key.split(' ');
      const response = await parts.app.request(path!.replace('{id}', 'c-1'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(bad),
      });
      const body = (await response.json()) as { error: { code: string; details: unknown } };
      expect([key, response.status, body.error.code]).toEqual([key, 400, 'invalid-request']);
      const expected = schema.safeParse(bad);
      expect(expected.success).toBe(false);
      expect(body.error.details).toEqual(roundTrip(expected.error!.issues));
    }
    for (const [key, { schema, bad, parsed }] of Object.entries(queries)) {
      if (!bad) continue;
      const [, path] = key.split(' ');
      const response = await parts.app.request(`${path}?${bad}`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const body = (await response.json()) as { error: { code: string; details: unknown } };
      expect([key, response.status, body.error.code]).toEqual([key, 400, 'invalid-request']);
      expect(body.error.details).toEqual(roundTrip(schema.safeParse(parsed).error!.issues));
    }
  });

  it('serves /api/docs as one self-contained HTML page with the catalogue, Chinese first', async () => {
    const response = await parts.app.request('/api/docs', signedIn());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/);
    // Nothing loaded from anywhere: no scripts, no external resources.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|url\(/i);
    expect(html).not.toMatch(/href="(https?:)?\/\//i);
    for (const [code, entry] of Object.entries(apiErrors)) {
      expect(html).toContain(
        `<tr id="error-${code}"><td><code>${code}</code></td><td>${entry.status}`,
      );
      expect(html).toContain(`<td lang="zh-CN">${entry.zh}</td>`);
      expect(html).toContain(`<td lang="en">${entry.en}</td>`);
    }
    const doc = await documented();
    for (const [path, method] of operations(doc)) {
      expect(html).toContain(`${method.toUpperCase()}</span> <code class="path">${path}</code>`);
    }
    for (const name of Object.keys(doc.components.schemas)) {
      expect(html).toContain(`id="schema-${name}"`);
    }
    for (const code of Object.values(CloseCode)) expect(html).toContain(`<td><b>${code}</b></td>`);
    expect(html).toContain('packages/sync/PROTOCOL.md');
    // Every command type is shown as a variant of the command body.
    expect(html).toContain(
      '<code>type = &quot;transfer&quot;</code> <span lang="zh-CN">转送</span>',
    );
    for (const type of caseCommandTypes) {
      expect(html).toContain(`<code>type = &quot;${type}&quot;</code> <span lang="zh-CN">`);
    }
    // Text is escaped, never markup.
    expect(html).toContain('lianban_session=&lt;token&gt;');
    expect(html).not.toContain('<token>');
  });

  it('puts English first with ?lang=en and ignores a language it does not know', async () => {
    const english = await (await parts.app.request('/api/docs?lang=en', signedIn())).text();
    expect(english).toMatch(/<html lang="en">/);
    expect(english).toContain(
      '<span lang="en">Log in</span> <span class="alt" lang="zh-CN">登录</span>',
    );
    const unknown = await parts.app.request('/api/docs?lang=fr', signedIn());
    expect(unknown.status).toBe(200);
    expect(await unknown.text()).toMatch(/<html lang="zh-CN">/);
  });
});
