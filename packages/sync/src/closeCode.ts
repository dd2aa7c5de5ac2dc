/**
 * WebSocket close codes the server uses, shared by both ends.
 *
 * A stock y-websocket 3.1.0 client stops reconnecting for good after a code in 4400–4499
 * (`defaultShouldReconnect`), emits `closed` and waits for `provider.connect()`; after any other
 * code it reconnects with exponential backoff (100 ms · 2^attempts, capped at `maxBackoffTime`,
 * 2500 ms by default, no jitter).
 */
export const CloseCode = {
  /** Terminal. No or invalid credentials; reconnecting cannot help. */
  Unauthorized: 4401,
  /** Terminal. Authenticated, but no access to this case. */
  Forbidden: 4403,
  /** Terminal. A frame or a payload inside it exceeded a {@link MessageLimits} bound. */
  MessageTooLarge: 4413,
  /** Terminal for stock clients (4429 is in 4400–4499): they stay disconnected until `connect()`. */
  RateLimited: 4429,
  /** Transient. The client read too slowly and the server's send buffer overflowed. */
  SlowConsumer: 4508,
  /** Transient. The server is shutting down or moving the room. */
  GoingAway: 1001,
  /** Transient. The server failed; the client should come back. */
  InternalError: 1011,
  /** Terminal. A frame did not decode (see {@link DecodeFailureReason}). */
  BadMessage: 4400,
} as const;

/** One of the values of {@link CloseCode}. */
export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** The reason text sent with each close code (ASCII, well under the 123-byte limit). */
export const closeReason: Readonly<Record<CloseCodeValue, string>> = {
  4401: 'unauthorized',
  4403: 'forbidden',
  4413: 'message too large',
  4429: 'rate limited',
  4508: 'slow consumer',
  1001: 'going away',
  1011: 'internal error',
  4400: 'bad message',
};

/**
 * Whether a stock y-websocket 3.1.0 client gives up after this close code instead of
 * reconnecting: exactly the codes 4400–4499.
 */
export function isTerminalCloseCode(code: number): boolean {
  return code >= 4400 && code < 4500;
}
