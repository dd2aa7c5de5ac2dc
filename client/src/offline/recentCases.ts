/** A case opened on this device, for the offline start page. */
export interface RecentCase {
  readonly caseId: string;
  readonly title: string;
  /** ISO instant of the last opening. */
  readonly openedAt: string;
}

const key = (userId: string) => `lianban.recent.${userId}`;
const limit = 12;

/** The cases a user opened on this device, most recent first. */
export function readRecentCases(userId: string): RecentCase[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(userId)) ?? '[]');
    return Array.isArray(value)
      ? value.filter(
          (item): item is RecentCase =>
            typeof item?.caseId === 'string' &&
            typeof item.title === 'string' &&
            typeof item.openedAt === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

/** Records that a case was opened (its title may be filled in later, once the file loads). */
export function recordRecentCase(userId: string, entry: RecentCase): void {
  const others = readRecentCases(userId).filter((item) => item.caseId !== entry.caseId);
  const previous = readRecentCases(userId).find((item) => item.caseId === entry.caseId);
  const title = entry.title || previous?.title || '';
  try {
    localStorage.setItem(
      key(userId),
      JSON.stringify([{ ...entry, title }, ...others].slice(0, limit)),
    );
  } catch {
    // Only the start page's convenience list is lost.
  }
}
