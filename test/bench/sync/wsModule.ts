import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';

/** What a `ws` message event carries (binaryType 'nodebuffer' gives a Buffer). */
export type RawData = Buffer | ArrayBuffer | Buffer[];

/** The members of a `ws` client socket the benchmark uses. */
export interface WsSocket {
  readonly readyState: number;
  readonly bufferedAmount: number;
  send(data: Uint8Array): void;
  terminate(): void;
  on(event: 'open', listener: () => void): this;
  on(event: 'message', listener: (data: RawData, isBinary: boolean) => void): this;
  on(event: 'close', listener: (code: number, reason: Buffer) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
}

/** The members of a `ws` server the peer children use. */
export interface WsServer {
  readonly clients: Set<WsSocket>;
  handleUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    callback: (socket: WsSocket, request: IncomingMessage) => void,
  ): void;
}

interface WsModule {
  WebSocket: {
    new (url: string, options: { perMessageDeflate: boolean; handshakeTimeout: number }): WsSocket;
    readonly OPEN: number;
  };
  WebSocketServer: new (options: { noServer: true }) => WsServer;
}

/**
 * The `ws` package (8.18.3, the test package's own), typed here: the test package has no
 * @types/ws, and an ambient `declare module 'ws'` would also override the real types that the
 * server's sources compile against.
 */
export const ws = createRequire(import.meta.url)('ws') as WsModule;
