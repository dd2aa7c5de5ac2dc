import type * as Y from 'yjs';

/** Name of the root map of the `file` document that holds the registration fields. */
export const REGISTRATION_MAP = 'registration';

/** The root map of registration fields, one entry per field of {@link Registration}. */
export function registrationMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(REGISTRATION_MAP);
}

/** Whether the `file` document was created (its registration written). */
export function hasCaseFile(doc: Y.Doc): boolean {
  return registrationMap(doc).size > 0;
}
