import type { Label } from '@lianban/case-model';
import type {
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiResponse,
} from './buildOpenApiDocument.ts';

/** The language a docs page puts first. */
export type DocsLanguage = 'zh' | 'en';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (ch) => escapes[ch]!);

/** Escaped text with `code` spans (the only markup the document's texts use). */
const inline = (text: string): string =>
  escapeHtml(text).replace(/`([^`]+)`/g, (_match, code: string) => `<code>${code}</code>`);

const anchor = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '-');
const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/** The property every variant of a union fixes to a constant (a discriminator), if any. */
function sharedConst(variants: readonly JsonSchema[]): string | undefined {
  const [first, ...rest] = variants;
  const candidates = Object.entries((first?.properties ?? {}) as Record<string, JsonSchema>)
    .filter(([, property]) => 'const' in property)
    .map(([name]) => name);
  return candidates.find((name) =>
    rest.every((variant) => {
      const property = (variant.properties as Record<string, JsonSchema> | undefined)?.[name];
      return property !== undefined && 'const' in property;
    }),
  );
}

/** Renders a document for one reader; the page has no script and loads nothing else. */
export function renderApiDocsPage(doc: OpenApiDocument, lang: DocsLanguage = 'zh'): string {
  const other: DocsLanguage = lang === 'zh' ? 'en' : 'zh';
  const htmlLang = (which: DocsLanguage) => (which === 'zh' ? 'zh-CN' : 'en');
  /** Both languages, the reader's first and the other one muted. */
  const both = (label: Label, tag = 'span'): string =>
    `<${tag} lang="${htmlLang(lang)}">${inline(label[lang])}</${tag}>` +
    (label[other] === label[lang]
      ? ''
      : ` <${tag} class="alt" lang="${htmlLang(other)}">${inline(label[other])}</${tag}>`);
  const ui = (zh: string, en: string) => both({ zh, en });

  function schemaHtml(schema: unknown, depth = 0): string {
    if (schema === true || schema === undefined) return ui('任意', 'any');
    if (schema === false) return ui('不允许', 'nothing');
    const s = schema as JsonSchema;
    const parts: string[] = [];
    if (typeof s.$ref === 'string') {
      const name = refName(s.$ref);
      parts.push(`<a class="ref" href="#schema-${anchor(name)}">${escapeHtml(name)}</a>`);
    }
    const variants = (s.oneOf ?? s.anyOf) as JsonSchema[] | undefined;
    if (variants) parts.push(variantsHtml(variants, depth));
    if ('const' in s) parts.push(`<code>${escapeHtml(JSON.stringify(s.const))}</code>`);
    else if (Array.isArray(s.enum)) {
      parts.push(
        `<span class="enum">${s.enum.map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(' ')}</span>`,
      );
    } else if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      parts.push(`<span class="type">${escapeHtml(types.join(' | '))}</span>`);
    }
    const facts = constraints(s);
    if (facts) parts.push(`<span class="facts">${facts}</span>`);
    if (typeof s.description === 'string') {
      parts.push(`<span class="note">${inline(s.description)}</span>`);
    }
    if (s.type === 'array' && s.items !== undefined) {
      parts.push(
        `<div class="items">${ui('每项', 'each item')}: ${schemaHtml(s.items, depth + 1)}</div>`,
      );
    }
    if (s.properties || s.type === 'object') parts.push(objectHtml(s, depth));
    return parts.length ? parts.join(' ') : ui('任意', 'any');
  }

  function constraints(s: JsonSchema): string {
    const facts: string[] = [];
    const fact = (zh: string, en: string, value: unknown) =>
      facts.push(`${ui(zh, en)} <code>${escapeHtml(String(value))}</code>`);
    if (typeof s.format === 'string') fact('格式', 'format', s.format);
    // A format says it better than its long regex.
    else if (typeof s.pattern === 'string') fact('模式', 'pattern', s.pattern);
    if (s.minLength !== undefined) fact('最短', 'min length', s.minLength);
    if (s.maxLength !== undefined) fact('最长', 'max length', s.maxLength);
    // z.number().int() bounds every integer by the safe range: not worth a word.
    if (s.minimum !== undefined && s.minimum !== Number.MIN_SAFE_INTEGER) {
      fact('最小', 'minimum', s.minimum);
    }
    if (s.maximum !== undefined && s.maximum !== Number.MAX_SAFE_INTEGER) {
      fact('最大', 'maximum', s.maximum);
    }
    if (s.exclusiveMinimum !== undefined) fact('大于', 'more than', s.exclusiveMinimum);
    if (s.exclusiveMaximum !== undefined) fact('小于', 'less than', s.exclusiveMaximum);
    if (s.minItems !== undefined) fact('至少项数', 'min items', s.minItems);
    if (s.maxItems !== undefined) fact('至多项数', 'max items', s.maxItems);
    if (s.default !== undefined) fact('默认', 'default', JSON.stringify(s.default));
    return facts.join('; ');
  }

  function variantsHtml(variants: JsonSchema[], depth: number): string {
    const discriminator = sharedConst(variants);
    if (!discriminator) {
      return variants
        .map((variant) => schemaHtml(variant, depth + 1))
        .join(' <span class="or">|</span> ');
    }
    const items = variants.map((variant) => {
      const value = (variant.properties as Record<string, JsonSchema>)[discriminator]!.const;
      const act = discriminator === 'type' ? doc['x-command-labels'][String(value)] : undefined;
      return (
        `<details><summary><code>${escapeHtml(discriminator)} = ${escapeHtml(JSON.stringify(value))}</code>${act ? ` ${both(act)}` : ''}</summary>` +
        `${schemaHtml(variant, depth + 1)}</details>`
      );
    });
    return `<div class="variants">${ui('以下之一', 'one of')}, ${ui('按', 'by')} <code>${escapeHtml(discriminator)}</code>:${items.join('')}</div>`;
  }

  function objectHtml(s: JsonSchema, depth: number): string {
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    const required = new Set((s.required as string[] | undefined) ?? []);
    const rows = Object.entries(properties).map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? ` <span class="req">${ui('必填', 'required')}</span>` : ''}</td>` +
        `<td>${schemaHtml(property, depth + 1)}</td></tr>`,
    );
    const extra =
      s.additionalProperties === false
        ? ui('不接受其他字段', 'no other fields')
        : s.additionalProperties && typeof s.additionalProperties === 'object'
          ? `${ui('其他字段', 'other fields')}: ${schemaHtml(s.additionalProperties, depth + 1)}`
          : '';
    if (!rows.length) return extra ? `<span class="facts">${extra}</span>` : '';
    return (
      `<table class="schema depth-${Math.min(depth, 3)}"><thead><tr><th>${ui('字段', 'field')}</th>` +
      `<th>${ui('模式', 'schema')}</th></tr></thead><tbody>${rows.join('')}</tbody>` +
      (extra ? `<tfoot><tr><td colspan="2">${extra}</td></tr></tfoot>` : '') +
      '</table>'
    );
  }

  function parametersHtml(parameters: readonly OpenApiParameter[]): string {
    const rows = parameters.map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td>` +
        `<td>${parameter.required ? ui('必填', 'required') : ui('可选', 'optional')}</td>` +
        `<td>${schemaHtml(parameter.schema)}</td>` +
        `<td>${parameter['x-description'] ? both(parameter['x-description']) : ''}</td></tr>`,
    );
    return (
      `<h4>${ui('参数', 'Parameters')}</h4><table class="params"><thead><tr>` +
      `<th>${ui('名称', 'name')}</th><th>${ui('位置', 'in')}</th><th>${ui('必填', 'required')}</th>` +
      `<th>${ui('模式', 'schema')}</th><th>${ui('说明', 'notes')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    );
  }

  /** A body schema: a component is linked and shown in place, one level deep. */
  function bodyHtml(schema: JsonSchema): string {
    if (typeof schema.$ref !== 'string') return schemaHtml(schema);
    const target = doc.components.schemas[refName(schema.$ref)];
    return `${schemaHtml(schema)}${target ? `<div class="inline-schema">${schemaHtml(target, 1)}</div>` : ''}`;
  }

  function responsesHtml(responses: Readonly<Record<string, OpenApiResponse>>): string {
    const rows = Object.entries(responses).map(([status, response]) => {
      const codes = response['x-error-codes'];
      const content = Object.entries(response.content ?? {});
      const body = codes
        ? codes
            .map((code) => `<a href="#error-${anchor(code)}"><code>${escapeHtml(code)}</code></a>`)
            .join(' ')
        : content
            .map(([mediaType, media]) =>
              media.schema ? schemaHtml(media.schema) : `<code>${escapeHtml(mediaType)}</code>`,
            )
            .join(' ');
      const headers = Object.entries(response.headers ?? {}).map(
        ([name, header]) =>
          `<div class="facts">${ui('头', 'header')} <code>${escapeHtml(name)}</code>: ${inline(header.description)}</div>`,
      );
      const description = codes ? (lang === 'zh' ? '错误 · Error' : 'Error · 错误') : '';
      return (
        `<tr class="${Number(status) >= 400 ? 'error' : 'ok'}"><td><b>${escapeHtml(status)}</b></td>` +
        `<td>${codes ? escapeHtml(description) : both(response['x-description'])}</td><td>${body}${headers.join('')}</td></tr>`
      );
    });
    return (
      `<h4>${ui('应答', 'Responses')}</h4><table class="responses"><thead><tr><th>HTTP</th>` +
      `<th>${ui('说明', 'notes')}</th><th>${ui('内容', 'body')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    );
  }

  const authLabels: Record<OpenApiOperation['x-auth'], Label> = {
    none: { zh: '无需登录', en: 'no sign-in' },
    optional: { zh: '会话可选', en: 'session optional' },
    session: { zh: '需要登录', en: 'signed in' },
    auditor: { zh: '督查/管理员', en: 'supervisor or admin' },
  };

  function operationHtml(path: string, method: string, operation: OpenApiOperation): string {
    const body = operation.requestBody?.content['application/json'].schema;
    return (
      `<article class="operation" id="op-${anchor(operation.operationId)}">` +
      `<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> ` +
      `<code class="path">${escapeHtml(path)}</code> ${both(operation['x-summary'])}</h3>` +
      `<p class="auth auth-${operation['x-auth']}">${both(authLabels[operation['x-auth']])}</p>` +
      (operation['x-description'] ? both(operation['x-description'], 'p') : '') +
      (operation.parameters?.length ? parametersHtml(operation.parameters) : '') +
      (body
        ? `<h4>${ui('请求体', 'Request body')} <code>application/json</code></h4>${bodyHtml(body)}`
        : '') +
      responsesHtml(operation.responses) +
      '</article>'
    );
  }

  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = operation.tags[0] ?? '';
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(path, method, operation)]);
    }
  }
  const endpoints = doc.tags
    .map(
      (tag) =>
        `<section id="tag-${anchor(tag.name)}"><h2>${both(tag['x-label'])}</h2>${(byTag.get(tag.name) ?? []).join('')}</section>`,
    )
    .join('');
  const toc = doc.tags
    .map((tag) => {
      const operations = Object.entries(doc.paths).flatMap(([path, operations]) =>
        Object.entries(operations)
          .filter(([, operation]) => operation.tags[0] === tag.name)
          .map(
            ([method, operation]) =>
              `<li><a href="#op-${anchor(operation.operationId)}"><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> ${escapeHtml(path)}</a></li>`,
          ),
      );
      return `<li><a href="#tag-${anchor(tag.name)}">${escapeHtml(tag['x-label'][lang])}</a><ul>${operations.join('')}</ul></li>`;
    })
    .join('');

  const catalogue = doc['x-error-catalogue']
    .map(
      (entry) =>
        `<tr id="error-${anchor(entry.code)}"><td><code>${escapeHtml(entry.code)}</code></td>` +
        `<td>${entry.status}${entry.code === 'not-found' ? ' / 422' : ''}</td>` +
        `<td lang="zh-CN">${escapeHtml(entry.zh)}</td><td lang="en">${escapeHtml(entry.en)}</td>` +
        `<td>${entry.refusal ? ui('工作流拒绝', 'workflow refusal') : ''}</td></tr>`,
    )
    .join('');
  const socket = doc['x-websocket'];
  const closeCodes = socket.closeCodes
    .map(
      (entry) =>
        `<tr><td><b>${entry.code}</b></td><td><code>${escapeHtml(entry.name)}</code></td>` +
        `<td>${entry.terminal ? ui('停止重连', 'stops') : ui('自动重连', 'reconnects')}</td>` +
        `<td>${both(entry.meaning)}</td></tr>`,
    )
    .join('');
  const schemas = Object.entries(doc.components.schemas)
    .map(
      ([name, schema]) =>
        `<section class="component" id="schema-${anchor(name)}"><h3>${escapeHtml(name)}</h3>${schemaHtml(schema)}</section>`,
    )
    .join('');

  return `<!doctype html>
<html lang="${htmlLang(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} · ${lang === 'zh' ? '接口文档' : 'API documentation'}</title>
<style>${styles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(doc.info.title)} <small>${ui('接口文档', 'API documentation')} · v${escapeHtml(doc.info.version)}</small></h1>
<p class="langs">${lang === 'zh' ? '<b>中文</b>' : '<a href="?lang=zh" hreflang="zh-CN">中文</a>'} · ${lang === 'en' ? '<b>English</b>' : '<a href="?lang=en" hreflang="en">English</a>'} · <a href="/api/openapi.json">openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)})</p>
</header>
<div class="layout">
<nav class="toc"><ul>
<li><a href="#overview">${escapeHtml(lang === 'zh' ? '概述' : 'Overview')}</a></li>
${toc}
<li><a href="#errors">${escapeHtml(lang === 'zh' ? '错误目录' : 'Error catalogue')}</a></li>
<li><a href="#sync">WebSocket /sync/{room}</a></li>
<li><a href="#schemas">${escapeHtml(lang === 'zh' ? '数据结构' : 'Schemas')}</a></li>
</ul></nav>
<main>
<section id="overview"><h2>${ui('概述', 'Overview')}</h2>${doc['x-overview'].map((paragraph) => both(paragraph, 'p')).join('')}</section>
${endpoints}
<section id="errors"><h2>${ui('错误目录', 'Error catalogue')}</h2>${both(doc['x-error-format'], 'p')}
<table class="catalogue"><thead><tr><th>${ui('代码', 'code')}</th><th>HTTP</th><th>中文</th><th>English</th><th></th></tr></thead><tbody>${catalogue}</tbody></table>
<p>${ui('`not-found` 作为工作流拒绝（行为引用的督办单或建议不存在）时为 422。', '`not-found` as a workflow refusal (the order or proposal an act refers to does not exist) is 422.')}</p></section>
<section id="sync"><h2>WebSocket <code>${escapeHtml(socket.path)}</code></h2>${socket.description.map((paragraph) => both(paragraph, 'p')).join('')}
<table class="close-codes"><thead><tr><th>${ui('关闭码', 'close code')}</th><th>${ui('名称', 'name')}</th><th>${ui('标准客户端', 'stock client')}</th><th>${ui('含义', 'meaning')}</th></tr></thead><tbody>${closeCodes}</tbody></table>
<p>${ui('协议规范：', 'Protocol specification:')} <code>${escapeHtml(socket.protocol)}</code></p></section>
<section id="schemas"><h2>${ui('数据结构', 'Schemas')}</h2>${schemas}</section>
</main>
</div>
</body>
</html>
`;
}

const styles = `
:root{--fg:#1d2330;--muted:#667085;--line:#d9dee7;--bg:#fff;--soft:#f5f7fa;--accent:#a8201a}
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:16px 24px;border-bottom:3px solid var(--accent)}
h1{margin:0;font-size:22px}h1 small{font-size:14px;color:var(--muted);font-weight:normal}
.langs{margin:4px 0 0}
.layout{display:flex;align-items:flex-start}
.toc{position:sticky;top:0;max-height:100vh;overflow:auto;width:280px;flex:none;padding:16px;border-right:1px solid var(--line);font-size:13px}
.toc ul{list-style:none;margin:0;padding-left:0}.toc ul ul{padding-left:8px;margin-bottom:8px}
main{flex:1;min-width:0;padding:8px 24px 48px}
h2{border-bottom:1px solid var(--line);padding-bottom:4px;margin-top:32px}
.alt{color:var(--muted)}
p .alt,h3 .alt{font-size:.92em}

.operation{border:1px solid var(--line);border-radius:6px;padding:4px 16px 12px;margin:16px 0;background:var(--bg)}
.operation h3{font-size:16px}
.method{display:inline-block;min-width:48px;text-align:center;border-radius:4px;padding:0 6px;color:#fff;font:bold 12px/20px monospace}
.method.get{background:#2f6f3e}.method.post{background:#1f4f99}
.path{font-size:15px}
.auth{font-size:12px;color:var(--muted)}.auth-auditor,.auth-session{color:#8a5300}
table{border-collapse:collapse;width:100%;margin:6px 0}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
table.schema{font-size:13px}table.schema table.schema{margin:4px 0}
.type{font-family:monospace;color:#5b3fa0}
.enum code{margin-right:2px}
.facts,.note{color:var(--muted);font-size:12px}
.req{color:var(--accent);font-size:11px}
code{font-family:ui-monospace,Menlo,Consolas,monospace;background:var(--soft);padding:0 3px;border-radius:3px}
details{margin:4px 0;padding-left:8px;border-left:2px solid var(--line)}summary{cursor:pointer}
.inline-schema{margin-top:6px}
tr.error td:first-child{color:var(--accent)}
.component{margin:12px 0}
`;
