/**
 * Message type numbers: the first varuint of every WebSocket frame.
 *
 * 0–3 are y-websocket's own (`messageSync`, `messageAwareness`, `messageAuth`,
 * `messageQueryAwareness`); 100 is Lianban's stored-state query, which stock clients never send
 * and the server never sends unless asked.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  StoredStateVector: 100,
} as const;

/** One of the values of {@link MessageType}. */
export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType];

/** Sub-types of a {@link MessageType.Sync} message (y-protocols/sync). */
export const SyncStep = {
  Step1: 0,
  Step2: 1,
  Update: 2,
} as const;

/** One of the values of {@link SyncStep}. */
export type SyncStepValue = (typeof SyncStep)[keyof typeof SyncStep];

/** Sub-types of a {@link MessageType.Auth} message (y-protocols/auth knows only this one). */
export const AuthStep = {
  PermissionDenied: 0,
} as const;
