import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compactToSnapshot } from './compactToSnapshot.ts';
import { docFromStored, recordEditSession, textAtVersion } from './contract/contractData.ts';

const session = recordEditSession(400);
const textOf = (update: Uint8Array): string =>
  docFromStored({ snapshot: update, updates: [] }).getText('body').toString();

describe('compactToSnapshot', () => {
  it('produces the same document as Y.mergeUpdates', () => {
    const compacted = compactToSnapshot(null, session.updates);
    expect(textOf(compacted)).toBe(session.text);
    expect(textOf(compacted)).toBe(textOf(Y.mergeUpdates(session.updates)));
    expect(Y.encodeStateVectorFromUpdate(compacted)).toEqual(
      Y.encodeStateVectorFromUpdate(Y.mergeUpdates(session.updates)),
    );
  });

  it('keeps deleted content, so old versions can still be rebuilt', () => {
    const doc = docFromStored({ snapshot: compactToSnapshot(null, session.updates), updates: [] });
    expect(textAtVersion(doc, session.earlyVersion)).toBe(session.earlyText);
  });

  it('continues from an earlier snapshot', () => {
    const head = compactToSnapshot(null, session.updates.slice(0, 150));
    expect(textOf(compactToSnapshot(head, session.updates.slice(150)))).toBe(session.text);
  });

  it('keeps updates whose dependencies are missing, as pending structs', () => {
    const tailOnly = compactToSnapshot(null, session.updates.slice(100));
    const head = compactToSnapshot(null, session.updates.slice(0, 100));
    expect(textOf(compactToSnapshot(tailOnly, [head]))).toBe(session.text);
  });

  it('encodes an empty document when there is nothing to merge', () => {
    expect(compactToSnapshot(null, [])).toEqual(Y.encodeStateAsUpdate(new Y.Doc()));
  });

  it('throws on a malformed update', () => {
    expect(() => compactToSnapshot(null, [new Uint8Array([255, 255, 255])])).toThrow();
  });
});
