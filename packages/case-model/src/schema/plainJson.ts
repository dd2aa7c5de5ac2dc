/**
 * Copies a JSON-shaped value so that what a document stores never aliases the caller's object:
 * Yjs keeps the very reference passed to `Y.Map#set` locally, so a later mutation by the caller
 * would change this replica without producing an update. Keys whose value is `undefined` are
 * dropped, which is also what a remote replica decodes.
 */
export function toPlainJson<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
