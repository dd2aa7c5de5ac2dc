import { safeColor } from '../editor/userColor.ts';

/** Another person with the document open, as they announce themselves in awareness. */
export interface PresentUser {
  readonly userId: string;
  readonly name: string;
  readonly unit: string;
  readonly color: string;
}

const text = (value: unknown, max: number): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/**
 * The other people present in a document's awareness: one entry per user (several tabs count
 * once), this device's own client left out, sorted by name. Awareness comes from peers, so
 * every value is treated as untrusted: short text only, colours checked.
 */
export function readPresence(
  states: ReadonlyMap<number, Record<string, unknown>>,
  ownClientId: number,
  ownUserId: string,
): PresentUser[] {
  const byUser = new Map<string, PresentUser>();
  for (const [clientId, state] of states) {
    if (clientId === ownClientId) continue;
    const user = state.user as Record<string, unknown> | undefined;
    const userId = text(user?.userId, 64);
    if (!userId || userId === ownUserId || byUser.has(userId)) continue;
    byUser.set(userId, {
      userId,
      name: text(user?.name, 40) || userId,
      unit: text(user?.unit, 60),
      color: safeColor(user?.color),
    });
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}
