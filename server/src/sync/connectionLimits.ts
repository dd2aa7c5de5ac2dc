import type { MessageLimits } from '@lianban/sync';

/** Per-connection bounds, from the environment. */
export interface ConnectionLimits {
  readonly message: MessageLimits;
  readonly messagesPerSecond: number;
  readonly bytesPerSecond: number;
  readonly awarenessPerSecond: number;
  /** Awareness client ids one connection may speak for at once. */
  readonly maxAwarenessIds: number;
  /** Close a connection whose unsent bytes exceed this (a slow consumer). */
  readonly maxBufferedBytes: number;
  /** Messages a connection may send while its room is still loading. */
  readonly maxQueuedBeforeReady: number;
}
