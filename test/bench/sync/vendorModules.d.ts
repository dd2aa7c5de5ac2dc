/**
 * Ambient types for two modules the peer children use whose package `exports` hide their .d.ts:
 * `@y/websocket-server/utils` and `y-leveldb`. Only the members the benchmark touches.
 */

declare module '@y/websocket-server/utils' {
  import type { IncomingMessage } from 'node:http';
  import type * as Y from 'yjs';

  export interface Persistence {
    provider: unknown;
    bindState(docName: string, doc: Y.Doc): void | Promise<void>;
    writeState(docName: string, doc: Y.Doc): Promise<unknown>;
  }

  export function setPersistence(persistence: Persistence | null): void;
  /** `conn` is a `ws` WebSocket. */
  export function setupWSConnection(
    conn: object,
    request: IncomingMessage,
    options?: { docName?: string; gc?: boolean },
  ): void;
}

declare module 'y-leveldb' {
  import type * as Y from 'yjs';

  export class LeveldbPersistence {
    constructor(location: string);
    getYDoc(docName: string): Promise<Y.Doc>;
    storeUpdate(docName: string, update: Uint8Array): Promise<number>;
    destroy(): Promise<void>;
  }
}
