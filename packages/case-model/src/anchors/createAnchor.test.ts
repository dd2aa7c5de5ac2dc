import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph, readSectionText } from '../caseFile/sectionText.ts';
import type { Anchor } from './anchor.ts';
import { isAnchor } from './anchor.ts';
import { createAnchor } from './createAnchor.ts';
import { resolveAnchor } from './resolveAnchor.ts';

const facts = '2025年3月，镇政府征收张三承包地5亩，补偿款至今未发放。';

function factsDoc(text = facts): Y.Doc {
  const doc = new Y.Doc();
  appendParagraph(doc, 'facts', text);
  return doc;
}

/** Anchors the first occurrence of `quote` in the facts section. */
function anchorOn(doc: Y.Doc, quote: string): Anchor {
  const from = readSectionText(doc, 'facts').indexOf(quote);
  expect(from).toBeGreaterThanOrEqual(0);
  return createAnchor(doc, 'facts', from, from + quote.length);
}

describe('createAnchor', () => {
  it('captures the quote and resolves to the same range right away', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '补偿款');
    expect(anchor.quote).toBe('补偿款');
    expect(anchor.section).toBe('facts');
    const from = facts.indexOf('补偿款');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from,
      to: from + 3,
      text: '补偿款',
    });
  });

  it('is plain JSON that survives storage in another document', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '承包地5亩');
    expect(JSON.parse(JSON.stringify(anchor))).toStrictEqual(anchor);

    const notes = new Y.Doc();
    notes.getMap<unknown>('threads').set('t1', anchor);
    const peerNotes = new Y.Doc();
    Y.applyUpdate(peerNotes, Y.encodeStateAsUpdate(notes));
    const stored = peerNotes.getMap<unknown>('threads').get('t1') as Anchor;
    expect(resolveAnchor(doc, stored)).toMatchObject({ status: 'anchored', text: '承包地5亩' });
  });

  it('rejects empty and outside ranges', () => {
    const doc = factsDoc('abc');
    expect(() => createAnchor(doc, 'facts', 1, 1)).toThrow(RangeError);
    expect(() => createAnchor(doc, 'facts', 2, 1)).toThrow(RangeError);
    expect(() => createAnchor(doc, 'facts', 0, 4)).toThrow(RangeError);
    expect(() => createAnchor(doc, 'facts', -1, 2)).toThrow(RangeError);
    expect(() => createAnchor(doc, 'reply', 0, 1)).toThrow(RangeError);
  });

  it('writes nothing to the file document', () => {
    const doc = factsDoc();
    const before = Y.encodeStateVector(doc);
    anchorOn(doc, '镇政府');
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });
});

describe('isAnchor', () => {
  it('accepts what createAnchor makes and rejects damaged copies', () => {
    const anchor = anchorOn(factsDoc(), '镇政府');
    expect(isAnchor(anchor)).toBe(true);
    expect(isAnchor({ ...anchor, section: 'registration' })).toBe(false);
    expect(isAnchor({ ...anchor, quote: 3 })).toBe(false);
    expect(isAnchor({ ...anchor, start: { ...anchor.start, tname: 'facts' } })).toBe(false);
    expect(isAnchor({ ...anchor, end: { type: { client: -1, clock: 0 }, assoc: 0 } })).toBe(false);
    expect(isAnchor({ ...anchor, end: { assoc: -1 } })).toBe(false);
    expect(isAnchor(null)).toBe(false);
  });
});
