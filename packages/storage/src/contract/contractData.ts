import * as Y from 'yjs';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 bytes of `text`: a readable stand-in for an update in ordering tests. */
export function bytesOf(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes bytes written by {@link bytesOf}. */
export function textOf(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Deterministic pseudo-random bytes (mulberry32 seeded by `seed`), so failures reproduce. */
export function randomBytes(length: number, seed: number): Uint8Array {
  let state = seed >>> 0;
  const bytes = new Uint8Array(length);
  for (let index = 0; index < length; index++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    bytes[index] = (mixed ^ (mixed >>> 14)) & 0xff;
  }
  return bytes;
}

/** True when `a` is a `Uint8Array` with the same bytes as `b` (fast, unlike deep equality). */
export function sameBytes(a: Uint8Array | null | undefined, b: Uint8Array): boolean {
  if (!(a instanceof Uint8Array) || a.byteLength !== b.byteLength) return false;
  for (let index = 0; index < b.byteLength; index++) if (a[index] !== b[index]) return false;
  return true;
}

/** An edit session recorded as Yjs updates, with a version taken before its deletions. */
export interface EditSession {
  /** One update per edit, in order. */
  updates: Uint8Array[];
  /** Final text of `Y.Text('body')`. */
  text: string;
  /** Encoded `Y.Snapshot` of the version after the first half of the edits. */
  earlyVersion: Uint8Array;
  /** Text of that version, which later deletions removed. */
  earlyText: string;
}

/** Records `edits` edits (inserts, and a deletion every fourth) on a `gc: false` document. */
export function recordEditSession(edits: number): EditSession {
  const doc = new Y.Doc({ gc: false });
  const body = doc.getText('body');
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  let earlyVersion: Uint8Array = new Uint8Array();
  let earlyText = '';
  for (let edit = 0; edit < edits; edit++) {
    if (edit % 4 === 3) body.delete(0, 1);
    else body.insert(body.length, `${edit};`);
    if (edit === Math.floor(edits / 2)) {
      earlyVersion = Y.encodeSnapshot(Y.snapshot(doc));
      earlyText = body.toString();
    }
  }
  const text = body.toString();
  doc.destroy();
  return { updates, text, earlyVersion, earlyText };
}

/** Rebuilds a `gc: false` document from what `load` returned. */
export function docFromStored(stored: {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}): Y.Doc {
  const doc = new Y.Doc({ gc: false });
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Text of `Y.Text('body')` at the encoded version `version` of a `gc: false` document. */
export function textAtVersion(doc: Y.Doc, version: Uint8Array): string {
  const past = Y.createDocFromSnapshot(doc, Y.decodeSnapshot(version));
  return past.getText('body').toString();
}
