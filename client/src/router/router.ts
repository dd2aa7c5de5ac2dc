import { createRoot, createSignal } from 'solid-js';

const [path, setPath] = createRoot(() =>
  createSignal(typeof location === 'undefined' ? '/' : location.pathname),
);

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => setPath(location.pathname));
}

/** The current path (reactive). */
export const currentPath = path;

/** Goes to a path in this app without reloading; `replace` keeps the history length. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === `${location.pathname}${location.search}`) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  setPath(location.pathname);
  window.scrollTo(0, 0);
}

/** The routes of the app. */
export type Route =
  | { readonly name: 'inbox' }
  | { readonly name: 'cases' }
  | { readonly name: 'register' }
  | { readonly name: 'case'; readonly caseId: string }
  | { readonly name: 'login' }
  | { readonly name: 'notFound' };

/** Reads a path into a route: `/` the inbox, `/cases` the list, `/register`, `/cases/:id`. */
export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/inbox') return { name: 'inbox' };
  if (pathname === '/cases' || pathname === '/cases/') return { name: 'cases' };
  if (pathname === '/register') return { name: 'register' };
  if (pathname === '/login') return { name: 'login' };
  const match = /^\/cases\/([A-Za-z0-9_-]{1,64})\/?$/.exec(pathname);
  if (match?.[1]) return { name: 'case', caseId: match[1] };
  return { name: 'notFound' };
}
