import { createRoot, createSignal } from 'solid-js';

/** Unconfirmed local changes per room, for rooms that may not be open. */
export type PendingByRoom = Readonly<Record<string, number>>;

const [pendingRooms, setPendingRooms] = createRoot(() => createSignal<PendingByRoom>({}));
let storageKey: string | null = null;

/** Rooms with local changes the server has not confirmed, as last recorded (reactive). */
export { pendingRooms };

/** Loads the record of one user (it survives reloads so closed rooms can sync later). */
export function loadPendingRooms(userId: string): void {
  storageKey = `lianban.pending.${userId}`;
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    const valid = Object.entries(parsed as Record<string, unknown>).filter(
      ([room, count]) => room.startsWith('case/') && typeof count === 'number' && count > 0,
    );
    setPendingRooms(Object.fromEntries(valid) as PendingByRoom);
  } catch {
    setPendingRooms({});
  }
}

/** Records a room's count of unconfirmed changes. */
export function recordPending(room: string, count: number): void {
  const current = pendingRooms();
  if ((current[room] ?? 0) === count) return;
  const next = { ...current };
  if (count > 0) next[room] = count;
  else delete next[room];
  setPendingRooms(next);
  if (storageKey) {
    try {
      localStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // The live count still shows; it is recomputed from the log when the room opens.
    }
  }
}
