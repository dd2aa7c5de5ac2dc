import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { coversStateVector } from './coversStateVector.ts';

describe('coversStateVector', () => {
  it('is true once the stored state has every local struct, and not before', () => {
    const local = new Y.Doc();
    const stored = new Y.Doc();
    local.getText('t').insert(0, 'abc');
    expect(coversStateVector(Y.encodeStateVector(stored), Y.encodeStateVector(local))).toBe(false);
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(local));
    expect(coversStateVector(Y.encodeStateVector(stored), Y.encodeStateVector(local))).toBe(true);
    const other = new Y.Doc();
    other.getText('t').insert(0, 'z');
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(other));
    expect(coversStateVector(Y.encodeStateVector(stored), Y.encodeStateVector(local))).toBe(true);
  });

  it('cannot see deletions: they do not advance a state vector', () => {
    const local = new Y.Doc();
    local.getText('t').insert(0, 'abc');
    const before = Y.encodeStateVector(local);
    local.getText('t').delete(0, 1);
    expect(Y.encodeStateVector(local)).toEqual(before);
  });

  it('is false for malformed input', () => {
    expect(coversStateVector(Uint8Array.of(5), Uint8Array.of(0))).toBe(false);
    expect(coversStateVector(Uint8Array.of(0), Uint8Array.of(1, 1))).toBe(false);
    expect(coversStateVector(Uint8Array.of(0), Uint8Array.of(0))).toBe(true);
  });
});
