import {
  type AwarenessEntry,
  type AwarenessPayload,
  type AwarenessState,
  encodeAwarenessEntries,
} from '@lianban/sync';

/** Who a connection's user is, as the `user` field of its awareness states must show it. */
export interface AwarenessIdentity {
  readonly userId: string;
  /** The user's display name. */
  readonly name: string;
  readonly unitId: string;
  /** The unit's display name. */
  readonly unit: string;
}

const identityFields = ['userId', 'name', 'unitId', 'unit'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function showsIdentity(state: AwarenessState, identity: AwarenessIdentity): boolean {
  if (state === null) return true;
  const user = state.user;
  return isRecord(user) && identityFields.every((field) => user[field] === identity[field]);
}

function stampEntry(entry: AwarenessEntry, identity: AwarenessIdentity): AwarenessEntry {
  if (entry.state === null || showsIdentity(entry.state, identity)) return entry;
  const user = isRecord(entry.state.user) ? entry.state.user : {};
  const stampedUser = {
    ...user,
    userId: identity.userId,
    name: identity.name,
    unitId: identity.unitId,
    unit: identity.unit,
  };
  return { ...entry, state: { ...entry.state, user: stampedUser } };
}

/**
 * Overwrites `user.userId`, `user.name`, `user.unitId` and `user.unit` of every state in an
 * awareness payload with `identity` (adding `user` where it is missing); every other field, and a
 * `null` state (the client left), passes through. Returns `payload` itself, not re-encoded, when
 * every state already shows `identity`.
 */
export function stampAwarenessIdentity(
  payload: AwarenessPayload,
  identity: AwarenessIdentity,
): AwarenessPayload {
  if (payload.clients.every((entry) => showsIdentity(entry.state, identity))) return payload;
  const clients = payload.clients.map((entry) => stampEntry(entry, identity));
  return { clients, update: encodeAwarenessEntries(clients) };
}
