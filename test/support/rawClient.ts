import { decodeServerMessage, type MessageLimits, type ServerMessage } from '@lianban/sync';
import WebSocket from 'ws';

/** How a raw socket ended: the close code and reason the server sent (1006 if none). */
export interface RawClose {
  readonly code: number;
  readonly reason: string;
}

/** A bare `ws` socket on a sync room: no Yjs logic, every frame it receives is kept. */
export interface RawClient {
  readonly ws: WebSocket;
  /** Every binary or text frame received, in order. */
  readonly frames: Uint8Array[];
  /** Errors the socket reported (an HTTP refusal of the upgrade shows up here). */
  readonly errors: Error[];
  /** Resolves when the socket is open; rejects if it closes first. */
  readonly opened: Promise<void>;
  /** Resolves when the socket has closed, whoever closed it. */
  readonly closed: Promise<RawClose>;
  /** The close, once it happened. */
  readonly closeEvent: RawClose | null;
  /** Sends one frame (binary for bytes, text for a string); ignored once the socket is not open. */
  send(frame: Uint8Array | string): void;
  /**
   * Resolves with the first received message (already received or future) that `match` accepts,
   * looking only at frames from index `from` on; rejects on close or after `timeoutMs`.
   */
  waitFor<T extends ServerMessage>(
    match: (message: ServerMessage) => message is T,
    timeoutMs?: number,
    from?: number,
  ): Promise<T>;
  waitFor(
    match: (message: ServerMessage) => boolean,
    timeoutMs?: number,
    from?: number,
  ): Promise<ServerMessage>;
  /** Every received frame that decodes as a server message. */
  messages(): ServerMessage[];
  /** Drops the TCP connection without a close handshake. */
  terminate(): void;
}

/** Generous limits: the server's sync step 2 carries whole documents. */
const receiveLimits: MessageLimits = {
  maxMessageBytes: 256 * 1024 * 1024,
  maxUpdateBytes: 256 * 1024 * 1024,
  maxStateVectorEntries: 1_000_000,
  maxAwarenessClients: 100_000,
  maxAwarenessStateBytes: 1024 * 1024,
};

/** Decodes one frame from the server, throwing if it is not a valid server message. */
export function decodeFromServer(frame: Uint8Array): ServerMessage {
  const decoded = decodeServerMessage(frame, receiveLimits);
  if (!decoded.ok) throw new Error(`server sent an undecodable frame: ${decoded.detail}`);
  return decoded.message;
}

/** The URL of a room, with the token as y-websocket's `params` would send it. */
export function roomUrl(syncUrl: string, room: string, token: string | null): string {
  return `${syncUrl}/${room}${token === null ? '' : `?token=${encodeURIComponent(token)}`}`;
}

/** Opens a raw socket to `room` (the room string is put into the path as it is). */
export function connectRaw(syncUrl: string, room: string, token: string | null): RawClient {
  const ws = new WebSocket(roomUrl(syncUrl, room, token));
  const frames: Uint8Array[] = [];
  const errors: Error[] = [];
  const waiters = new Set<() => void>();
  // Frames decoded so far (lazily, each at most once).
  const decoded: (ServerMessage | undefined)[] = [];
  const decodedAt = (index: number): ServerMessage => {
    let message = decoded[index];
    if (message === undefined) {
      message = decodeFromServer(frames[index]!);
      decoded[index] = message;
    }
    return message;
  };
  let closeEvent: RawClose | null = null;
  const closed = new Promise<RawClose>((resolve) => {
    ws.on('close', (code, reason) => {
      closeEvent = { code, reason: reason.toString() };
      resolve(closeEvent);
      for (const wake of waiters) wake();
    });
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`socket closed (${code}) before it opened`)));
  });
  // Callers that only await `closed` must not see an unhandled rejection.
  opened.catch(() => {});
  ws.on('error', (error) => errors.push(error));
  ws.on('message', (data: Buffer) => {
    frames.push(new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice());
    for (const wake of waiters) wake();
  });

  function messages(): ServerMessage[] {
    return frames.map((_, index) => decodedAt(index));
  }

  function waitFor(match: (message: ServerMessage) => boolean, timeoutMs = 5_000, from = 0) {
    return new Promise<ServerMessage>((resolve, reject) => {
      let seen = from;
      const check = () => {
        for (; seen < frames.length; seen++) {
          const message = decodedAt(seen);
          if (match(message)) {
            finish();
            resolve(message);
            return;
          }
        }
        if (closeEvent) {
          finish();
          reject(new Error(`socket closed (${closeEvent.code}) before the awaited message`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error('timed out waiting for a server message'));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  }

  return {
    ws,
    frames,
    errors,
    opened,
    closed,
    get closeEvent() {
      return closeEvent;
    },
    send(frame) {
      if (ws.readyState === WebSocket.OPEN) ws.send(frame, { binary: typeof frame !== 'string' });
    },
    waitFor: waitFor as RawClient['waitFor'],
    messages,
    terminate() {
      ws.terminate();
    },
  };
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
