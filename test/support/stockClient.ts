import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket client, exactly as an integrator would use it, over Node's `ws`. */
export interface StockClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Close events seen by the provider, in order. */
  readonly closeCodes: number[];
  synced(): Promise<void>;
  destroy(): void;
}

/** Connects a stock provider to `room` with a token. */
export function connectStockClient(
  syncUrl: string,
  room: string,
  token: string | null,
  doc = new Y.Doc(),
): StockClient {
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: token ? { token } : {},
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closeCodes: number[] = [];
  provider.on('connection-close', (event: { code: number } | null) => {
    if (event) closeCodes.push(event.code);
  });
  return {
    doc,
    provider,
    closeCodes,
    synced() {
      if (provider.synced) return Promise.resolve();
      return new Promise((resolve) => {
        const onSync = (isSynced: boolean) => {
          if (!isSynced) return;
          provider.off('sync', onSync);
          resolve();
        };
        provider.on('sync', onSync);
      });
    },
    destroy() {
      provider.destroy();
    },
  };
}

/** Resolves once `check` holds (it may be async), polling; rejects with `message` after `timeoutMs`. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  message: string,
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
