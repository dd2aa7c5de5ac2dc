/** Bounds the decoders enforce before they allocate or parse anything. */
export type MessageLimits = Readonly<{
  /** Largest accepted frame, in bytes. */
  maxMessageBytes: number;
  /** Largest Yjs update inside a sync step 2 or update message, in bytes. */
  maxUpdateBytes: number;
  /** Most (client, clock) entries in one state vector. */
  maxStateVectorEntries: number;
  /** Most client entries in one awareness update. */
  maxAwarenessClients: number;
  /** Largest JSON state of one awareness entry, in UTF-8 bytes. */
  maxAwarenessStateBytes: number;
}>;

/**
 * Defaults. Raise `maxUpdateBytes`/`maxMessageBytes` if legitimate documents can be larger: a
 * client whose sync step 2 exceeds them is closed with 4413 and cannot sync at all.
 *
 * - 100,000 state-vector entries, not 10,000: every page load that edits adds a client id to a
 *   document forever, so long-lived cases grow thousands of entries (a state vector of 100,000
 *   entries is about 0.6 MB and still fits in a 1 MiB frame).
 * - 256 awareness clients: a stock client echoes every awareness change it receives, and answers
 *   the server's full awareness on connect with all the states it now knows, so this must be at
 *   least the most connections a room allows.
 */
export const defaultMessageLimits: MessageLimits = {
  maxMessageBytes: 1024 * 1024,
  maxUpdateBytes: 1024 * 1024,
  maxStateVectorEntries: 100_000,
  maxAwarenessClients: 256,
  maxAwarenessStateBytes: 16 * 1024,
};
