import type { Hono } from 'hono';
import type { Principal } from '../../auth/principal.ts';
import { apiError } from '../apiError.ts';
import { buildOpenApiDocument, type OpenApiDocument } from './buildOpenApiDocument.ts';
import { docsPageQuery } from './docsPageQuery.ts';
import { type DocsLanguage, renderApiDocsPage } from './renderApiDocsPage.ts';

// The page runs no script and loads nothing: inline styles only.
const pageSecurity =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * `GET /api/openapi.json` (the OpenAPI 3.1 document) and `GET /api/docs` (it as one
 * self-contained HTML page, Chinese first, `?lang=en` for English first), for signed-in users:
 * the threat model leaves an anonymous client nothing but health, metrics and login (a browser
 * signed in to the app sends its session cookie). The document is built once, on first use.
 */
export function mountApiDocs(app: Hono<{ Variables: { principal: Principal | null } }>): void {
  let document: OpenApiDocument | undefined;
  const pages = new Map<DocsLanguage, string>();
  const built = () => {
    document ??= buildOpenApiDocument();
    return document;
  };

  app.get('/api/openapi.json', (c) => {
    if (!c.get('principal')) return apiError(c, 'unauthenticated');
    return c.json(built(), 200, { 'cache-control': 'no-cache' });
  });

  app.get('/api/docs', (c) => {
    if (!c.get('principal')) return apiError(c, 'unauthenticated');
    const query = docsPageQuery.safeParse(c.req.query());
    // A docs page answers whatever it is asked: an unknown language is Chinese.
    const lang = (query.success ? query.data.lang : undefined) ?? 'zh';
    let page = pages.get(lang);
    if (page === undefined) {
      page = renderApiDocsPage(built(), lang);
      pages.set(lang, page);
    }
    return c.html(page, 200, {
      'cache-control': 'no-cache',
      'content-security-policy': pageSecurity,
      'x-content-type-options': 'nosniff',
    });
  });
}
