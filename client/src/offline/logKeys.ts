/**
 * Keys of a document's update log. Entries are `ylog:<document>:<key>`; keys sort by the time
 * they were made (then tab, then a counter), which is all the ordering anything here needs:
 * Yjs updates commute, so the log is applied in any order.
 */
export const logPrefix = (documentName: string): string => `ylog:${documentName}:`;

/** The id of the log entry with this key. */
export const logId = (documentName: string, key: string): string =>
  `${logPrefix(documentName)}${key}`;

/** The key part of a log entry id. */
export const keyOfLogId = (documentName: string, id: string): string =>
  id.slice(logPrefix(documentName).length);

/** The id of a document's metadata (how far the server has confirmed the log). */
export const metaId = (documentName: string): string => `ymeta:${documentName}`;

/** The range of `allDocs` that holds one document's log. */
export function logRange(documentName: string): { startkey: string; endkey: string } {
  const prefix = logPrefix(documentName);
  return { startkey: prefix, endkey: `${prefix}\uffff` };
}

/**
 * Makes time-ordered unique keys: base-36 time, a random tab id and a counter. The time never
 * goes backwards within one generator even if the clock does.
 */
export function createKeyGenerator(
  now: () => number = Date.now,
  tab: string = Math.random().toString(36).slice(2, 8).padEnd(6, '0'),
): () => string {
  let last = 0;
  let counter = 0;
  return () => {
    last = Math.max(last, now());
    counter += 1;
    return `${last.toString(36).padStart(9, '0')}.${tab}.${counter.toString(36).padStart(6, '0')}`;
  };
}

/** The key a snapshot gets: sorts right after the last entry it replaces. */
export const snapshotKeyAfter = (lastKey: string): string => `${lastKey}~`;
