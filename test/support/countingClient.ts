import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A stock y-websocket provider whose connection attempts are counted. */
export interface CountingClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Sockets the provider has opened (one per connection attempt). */
  attempts(): number;
  /** Close codes the provider saw, in order. */
  readonly closeCodes: number[];
  /** `closed` events: the provider gave up reconnecting after these codes. */
  readonly terminal: { code: number; reason: string }[];
  destroy(): void;
}

/**
 * Connects a stock provider over a `ws` subclass that counts the sockets it creates, with a
 * short `maxBackoffTime` so that a provider that does reconnect does so many times a second.
 */
export function connectCountingClient(
  syncUrl: string,
  room: string,
  token: string | null,
  maxBackoffTime = 50,
): CountingClient {
  let attempts = 0;
  class CountingWebSocket extends WebSocket {
    constructor(...args: ConstructorParameters<typeof WebSocket>) {
      super(...args);
      attempts++;
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: CountingWebSocket as unknown as typeof globalThis.WebSocket,
    params: token === null ? {} : { token },
    disableBc: true,
    maxBackoffTime,
  });
  const closeCodes: number[] = [];
  const terminal: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event: { code: number } | null) => {
    if (event) closeCodes.push(event.code);
  });
  provider.on('closed', (event: { code: number; reason: string }) => {
    terminal.push(event);
  });
  return {
    doc,
    provider,
    attempts: () => attempts,
    closeCodes,
    terminal,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
