import { commandLabels, type Label, refusalCodes } from '@lianban/case-model';
import { z } from 'zod';
import { sessionCookie } from '../../auth/readCredentials.ts';
import { type ApiErrorCode, apiErrors } from '../apiError.ts';
import { auditReaderRoles } from '../auditRoutes.ts';
import { caseCommandTypes } from '../commandSchema.ts';
import {
  type ApiRoute,
  type ApiSuccess,
  apiRoutes,
  apiTags,
  requestComponents,
  responseComponents,
} from './apiRoutes.ts';
import {
  errorCatalogue,
  errorCatalogueMarkdown,
  errorExample,
  errorFormatNote,
  refusalStatus,
} from './errorCatalogue.ts';
import { protocolDocument, syncCloseCodes, syncEndpointProse } from './syncEndpoint.ts';

/** A JSON Schema (2020-12) as `z.toJSONSchema` writes it. */
export type JsonSchema = { [keyword: string]: unknown };

/** An OpenAPI 3.1 operation, as far as this document uses it. */
export interface OpenApiOperation {
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly description: string;
  readonly 'x-summary': Label;
  readonly 'x-description'?: Label;
  readonly security: readonly Record<string, readonly string[]>[];
  readonly 'x-auth': ApiRoute['auth'];
  readonly 'x-roles'?: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly requestBody?: {
    readonly required: boolean;
    readonly content: { readonly 'application/json': { readonly schema: JsonSchema } };
  };
  readonly responses: Readonly<Record<string, OpenApiResponse>>;
}

/** A path or query parameter. */
export interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly description?: string;
  readonly 'x-description'?: Label;
  readonly schema: JsonSchema;
  readonly style?: 'form';
  readonly explode?: boolean;
}

/** One answer of an operation. */
export interface OpenApiResponse {
  readonly description: string;
  readonly 'x-description': Label;
  readonly 'x-error-codes'?: readonly ApiErrorCode[];
  readonly headers?: Readonly<Record<string, { description: string; schema: JsonSchema }>>;
  readonly content?: Readonly<
    Record<
      string,
      {
        readonly schema?: JsonSchema;
        readonly examples?: Readonly<Record<string, { summary: string; value: unknown }>>;
      }
    >
  >;
}

/** The OpenAPI 3.1 document of the API. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: {
    readonly title: string;
    readonly version: string;
    readonly summary: string;
    readonly description: string;
  };
  readonly servers: readonly { readonly url: string }[];
  readonly tags: readonly { name: string; description: string; 'x-label': Label }[];
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, JsonSchema>>;
    readonly securitySchemes: Readonly<Record<string, JsonSchema>>;
  };
  readonly 'x-overview': readonly Label[];
  /** The name of each act `POST /api/cases/{id}/commands` takes, by its `type`. */
  readonly 'x-command-labels': Readonly<Record<string, Label>>;
  readonly 'x-error-format': Label;
  readonly 'x-error-catalogue': typeof errorCatalogue;
  readonly 'x-websocket': {
    readonly path: string;
    readonly protocol: string;
    readonly description: readonly Label[];
    readonly closeCodes: typeof syncCloseCodes;
  };
}

/** The version of the API the document describes (the server package's). */
export const apiVersion = '0.1.0';

const componentPrefix = '#/components/schemas/';

/** Both languages in one line, Chinese first. */
export const bilingual = (label: Label): string => `${label.zh} · ${label.en}`;
const paragraphs = (label: Label): string => `${label.zh}\n\n${label.en}`;

/** The JSON Schema of one zod schema, without `$schema` (a component or a parameter needs none). */
export function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io }) as JsonSchema;
  return rest;
}

/** The query parameters of a query schema: the keys of its object (under any transform). */
export function queryShape(schema: z.ZodType): Readonly<Record<string, z.ZodType>> {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodPipe) current = current.in as z.ZodType;
  if (!(current instanceof z.ZodObject)) throw new TypeError('a query schema must be an object');
  return current.shape as Record<string, z.ZodType>;
}

/** Whether a query schema refuses parameters it does not name. */
function refusesUnknown(schema: z.ZodType): boolean {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodPipe) current = current.in as z.ZodType;
  return current instanceof z.ZodObject && current._zod.def.catchall instanceof z.ZodNever;
}

/**
 * The schema of one query parameter's value. `caseListParams` reads every parameter as the list
 * of its values and reshapes that list (a transform) before piping it into the value's own
 * schema: the client sends what that last schema takes, so that one is documented.
 */
export function parameterValueSchema(field: z.ZodType): z.ZodType {
  if (
    field instanceof z.ZodPipe &&
    field.in instanceof z.ZodPipe &&
    field.in.out instanceof z.ZodTransform
  ) {
    return field.out as z.ZodType;
  }
  return field;
}

/** `/api/cases/:id` → `/api/cases/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

const operationId = (route: ApiRoute): string =>
  route.method +
  route.path
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');

interface Components {
  readonly schemas: Record<string, JsonSchema>;
  readonly names: Map<z.ZodType, string>;
}

/**
 * The components: the request schemas in input form (what a client sends: defaults make fields
 * optional), the response schemas in output form, each written by `z.toJSONSchema` over a
 * registry so that a registered schema used inside another becomes a `$ref`.
 */
function buildComponents(): Components {
  const schemas: Record<string, JsonSchema> = {};
  const names = new Map<z.ZodType, string>();
  for (const [entries, io] of [
    [requestComponents, 'input'],
    [responseComponents, 'output'],
  ] as const) {
    const registry = z.registry<{ id: string }>();
    for (const [name, schema] of entries) {
      if (name in schemas || names.has(schema)) throw new Error(`component ${name} twice`);
      registry.add(schema, { id: name });
      names.set(schema, name);
    }
    const written = z.toJSONSchema(registry, { io, uri: (id) => `${componentPrefix}${id}` });
    for (const [name, json] of Object.entries(written.schemas)) {
      // Anything reused or cyclic outside the registry would land in `__shared`: name it instead.
      if (name === '__shared') throw new Error('a shared schema needs a component name');
      const { $schema: _dialect, $id: _id, ...rest } = json as JsonSchema;
      schemas[name] = rest;
    }
  }
  return { schemas, names };
}

function schemaRef(components: Components, schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const name = components.names.get(schema);
  return name ? { $ref: `${componentPrefix}${name}` } : jsonSchemaOf(schema, io);
}

const bearerOrCookie: readonly Record<string, readonly string[]>[] = [
  { bearerAuth: [] },
  { sessionCookie: [] },
];
const security: Record<ApiRoute['auth'], readonly Record<string, readonly string[]>[]> = {
  none: [],
  optional: [{}, ...bearerOrCookie],
  session: bearerOrCookie,
  auditor: bearerOrCookie,
};

const authNotes: Record<ApiRoute['auth'], Label> = {
  none: { zh: '无需登录。', en: 'No sign-in needed.' },
  optional: { zh: '会话可选。', en: 'A session is optional.' },
  session: { zh: '需要登录。', en: 'Needs a signed-in user.' },
  auditor: {
    zh: `需要登录，且角色为 ${auditReaderRoles.join(' 或 ')}。`,
    en: `Needs a signed-in ${auditReaderRoles.join(' or ')}.`,
  },
};

function parametersOf(route: ApiRoute): OpenApiParameter[] {
  const parameters: OpenApiParameter[] = Object.entries(route.pathParams ?? {}).map(
    ([name, note]) => ({
      name,
      in: 'path',
      required: true,
      description: bilingual(note),
      'x-description': note,
      schema: { type: 'string', minLength: 1 },
    }),
  );
  if (route.query) {
    for (const [name, field] of Object.entries(queryShape(route.query))) {
      const schema = jsonSchemaOf(parameterValueSchema(field), 'input');
      const note = route.queryNotes?.[name];
      parameters.push({
        name,
        in: 'query',
        // Required exactly when leaving it out is refused (a default makes it optional).
        required: !field.safeParse(undefined).success,
        ...(note ? { description: bilingual(note), 'x-description': note } : {}),
        schema,
        ...(schema.type === 'array' ? { style: 'form', explode: true } : {}),
      });
    }
  }
  return parameters;
}

function successResponse(components: Components, success: ApiSuccess): OpenApiResponse {
  const headers = Object.entries(success.headers ?? {});
  return {
    description: bilingual(success.description),
    'x-description': success.description,
    ...(headers.length
      ? {
          headers: Object.fromEntries(
            headers.map(([name, note]) => [
              name,
              { description: bilingual(note), schema: { type: 'string' } },
            ]),
          ),
        }
      : {}),
    ...(success.schema
      ? {
          content: {
            'application/json': { schema: schemaRef(components, success.schema, 'output') },
          },
        }
      : success.mediaType
        ? { content: { [success.mediaType]: {} } }
        : {}),
  };
}

/** The catalogue errors of a route by status: its own, its refusals, and `internal`. */
export function errorStatuses(route: ApiRoute): Map<number, ApiErrorCode[]> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  const add = (code: ApiErrorCode, status: number) => {
    const codes = byStatus.get(status) ?? [];
    if (!codes.includes(code)) codes.push(code);
    byStatus.set(status, codes);
  };
  for (const code of route.errors) add(code, apiErrors[code].status);
  if (route.refusals) for (const code of refusalCodes) add(code, refusalStatus(code));
  add('internal', apiErrors.internal.status);
  return new Map([...byStatus].sort(([a], [b]) => a - b));
}

function errorResponse(codes: readonly ApiErrorCode[]): OpenApiResponse {
  const description: Label = {
    zh: `错误：${codes.map((code) => `\`${code}\``).join('、')}`,
    en: `Error: ${codes.map((code) => `\`${code}\``).join(', ')}`,
  };
  return {
    description: bilingual(description),
    'x-description': description,
    'x-error-codes': codes,
    content: {
      'application/json': {
        schema: { $ref: `${componentPrefix}Error` },
        examples: Object.fromEntries(
          codes.map((code) => [code, { summary: code, value: errorExample(code) }]),
        ),
      },
    },
  };
}

function operationOf(components: Components, route: ApiRoute): OpenApiOperation {
  const auth = authNotes[route.auth];
  const notes: Label[] = [
    ...(route.description ? [route.description] : []),
    auth,
    ...(route.query && refusesUnknown(route.query)
      ? [
          {
            zh: '未列出的查询参数会被拒绝（400 `invalid-request`）。',
            en: 'A query parameter not listed here is refused (400 `invalid-request`).',
          },
        ]
      : []),
  ];
  const description: Label = {
    zh: notes.map((note) => note.zh).join(' '),
    en: notes.map((note) => note.en).join(' '),
  };
  const parameters = parametersOf(route);
  const responses: Record<string, OpenApiResponse> = {};
  for (const success of route.responses) {
    responses[String(success.status)] = successResponse(components, success);
  }
  for (const [status, codes] of errorStatuses(route)) {
    responses[String(status)] = errorResponse(codes);
  }
  return {
    operationId: operationId(route),
    tags: [route.tag],
    summary: bilingual(route.summary),
    description: paragraphs(description),
    'x-summary': route.summary,
    'x-description': description,
    security: security[route.auth],
    'x-auth': route.auth,
    ...(route.auth === 'auditor' ? { 'x-roles': auditReaderRoles } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(components, route.body, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The overview at the top of the document, paragraph by paragraph. */
export const overview: readonly Label[] = [
  {
    zh: '联办是信访工作的协同案件工作台。HTTP 接口以 JSON 收发；请求体与查询参数的模式由各路由实际使用的 zod 模式生成，不会与实现脱节。',
    en: 'Lianban is a collaborative case workspace for petition work. The HTTP API speaks JSON; the request body and query schemas are generated from the zod schemas the routes themselves use, so they cannot drift from the implementation.',
  },
  {
    zh: `认证：\`POST /api/auth/login\` 应答会话令牌。之后以 \`Authorization: Bearer <token>\` 或 HttpOnly Cookie \`${sessionCookie}\` 携带；WebSocket 另可用查询参数 \`token\`。`,
    en: `Authentication: \`POST /api/auth/login\` answers a session token. Send it as \`Authorization: Bearer <token>\` or the HttpOnly cookie \`${sessionCookie}\`; sockets may also use the \`token\` query parameter.`,
  },
  {
    zh: '工作流行为以幂等键（`idempotencyKey`）去重：同一键重发得到相同应答且 `replayed: true`。',
    en: 'Workflow acts are deduplicated by an idempotency key (`idempotencyKey`): sent again with the same key they answer the same, with `replayed: true`.',
  },
];

function syncMarkdown(): string {
  return [
    '## WebSocket `/sync/{room}`',
    '',
    ...syncEndpointProse.flatMap((paragraph) => [paragraph.zh, '', paragraph.en, '']),
    '| 关闭码 code | 名称 name | 标准客户端 stock client | 含义 | Meaning |',
    '| --- | --- | --- | --- | --- |',
    ...syncCloseCodes.map(
      (entry) =>
        `| ${entry.code} | ${entry.name} | ${entry.terminal ? '停止 stops' : '重连 retries'} | ` +
        `${entry.meaning.zh} | ${entry.meaning.en} |`,
    ),
  ].join('\n');
}

/** Builds the OpenAPI 3.1 document of the routes (all of `apiRoutes` unless told otherwise). */
export function buildOpenApiDocument(routes: readonly ApiRoute[] = apiRoutes): OpenApiDocument {
  const components = buildComponents();
  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    const operations = paths[path] ?? {};
    if (operations[route.method]) throw new Error(`${route.method} ${route.path} twice`);
    operations[route.method] = operationOf(components, route);
    paths[path] = operations;
  }
  const usedTags = new Set(routes.map((route) => route.tag));
  return {
    openapi: '3.1.0',
    info: {
      title: '联办 Lianban API',
      version: apiVersion,
      summary: '信访协同案件工作台接口 · The API of the petition-work case workspace',
      description: [
        ...overview.map(paragraphs),
        errorCatalogueMarkdown(),
        syncMarkdown(),
        `HTML: \`/api/docs\` · JSON: \`/api/openapi.json\``,
      ].join('\n\n'),
    },
    servers: [{ url: '/' }],
    tags: (Object.keys(apiTags) as (keyof typeof apiTags)[])
      .filter((tag) => usedTags.has(tag))
      .map((tag) => ({ name: tag, description: bilingual(apiTags[tag]), 'x-label': apiTags[tag] })),
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description: '登录应答的会话令牌 · The session token login answers',
        },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: sessionCookie,
          description: '登录时设置的 HttpOnly Cookie · The HttpOnly cookie set at login',
        },
      },
    },
    'x-overview': overview,
    'x-command-labels': Object.fromEntries(
      caseCommandTypes.map((type) => [type, commandLabels[type]]),
    ),
    'x-error-format': errorFormatNote,
    'x-error-catalogue': errorCatalogue,
    'x-websocket': {
      path: '/sync/{room}',
      protocol: protocolDocument,
      description: syncEndpointProse,
      closeCodes: syncCloseCodes,
    },
  };
}
