import { createRoot, createSignal } from 'solid-js';

/** Whether the browser believes it has a network (reactive). Sockets tell the finer truth. */
export const online = createRoot(() => {
  const [value, setValue] = createSignal(globalThis.navigator?.onLine ?? true);
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => setValue(true));
    window.addEventListener('offline', () => setValue(false));
  }
  return value;
});

/** The sync endpoint of the server that served this page (`ws(s)://host/sync`). */
export function syncServerUrl(): string {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}/sync`;
}
