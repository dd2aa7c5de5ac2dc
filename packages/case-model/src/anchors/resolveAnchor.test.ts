import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionFragment } from '../caseFile/sectionFragment.ts';
import {
  appendParagraph,
  deleteSectionText,
  insertSectionText,
  readSectionText,
} from '../caseFile/sectionText.ts';
import type { Anchor } from './anchor.ts';
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

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('resolveAnchor after edits', () => {
  it('shifts with text inserted or deleted before the range', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '补偿款');
    insertSectionText(doc, 'facts', 0, '据反映，');
    expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '补偿款' });
    deleteSectionText(doc, 'facts', 0, 10);
    const text = readSectionText(doc, 'facts');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from: text.indexOf('补偿款'),
      to: text.indexOf('补偿款') + 3,
      text: '补偿款',
    });
  });

  it('grows and shrinks with edits inside the range', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '承包地5亩');
    const from = facts.indexOf('承包地5亩');
    insertSectionText(doc, 'facts', from + 3, '共计');
    expect(resolveAnchor(doc, anchor)).toMatchObject({ text: '承包地共计5亩' });
    deleteSectionText(doc, 'facts', from, 2);
    expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '地共计5亩' });
  });

  it('stays put when text changes after the range', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '镇政府');
    const before = resolveAnchor(doc, anchor);
    insertSectionText(doc, 'facts', readSectionText(doc, 'facts').length, '请求督办。');
    appendParagraph(doc, 'facts', '附：现场照片');
    deleteSectionText(doc, 'facts', facts.length - 5, 3);
    expect(resolveAnchor(doc, anchor)).toEqual(before);
  });

  it('does not absorb text typed exactly at either edge', () => {
    const doc = factsDoc('甲乙丙丁');
    const anchor = createAnchor(doc, 'facts', 1, 3);
    insertSectionText(doc, 'facts', 3, '后');
    insertSectionText(doc, 'facts', 1, '前');
    expect(readSectionText(doc, 'facts')).toBe('甲前乙丙后丁');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from: 2,
      to: 4,
      text: '乙丙',
    });
  });

  it('does not absorb text typed at the edges of a whole paragraph', () => {
    const doc = factsDoc('第一段\n第二段');
    const anchor = createAnchor(doc, 'facts', 4, 7);
    insertSectionText(doc, 'facts', 7, '末');
    insertSectionText(doc, 'facts', 4, '首');
    expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '第二段' });
  });

  it('is orphaned with its quote when the whole range is deleted', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '补偿款');
    const from = facts.indexOf('补偿款');
    deleteSectionText(doc, 'facts', from - 1, 5);
    expect(resolveAnchor(doc, anchor)).toEqual({ status: 'orphaned', quote: '补偿款' });
    insertSectionText(doc, 'facts', from - 1, '补偿款');
    expect(resolveAnchor(doc, anchor)).toEqual({ status: 'orphaned', quote: '补偿款' });
  });

  it('spans paragraphs, and follows a paragraph split inside it', () => {
    const doc = factsDoc('一二三\n四五六');
    const anchor = createAnchor(doc, 'facts', 1, 6);
    expect(anchor.quote).toBe('二三\n四五');
    insertSectionText(doc, 'facts', 0, '零\n');
    expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '二三\n四五' });
    insertSectionText(doc, 'facts', 4, '\n');
    expect(readSectionText(doc, 'facts')).toBe('零\n一二\n三\n四五六');
    expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '二\n三\n四五' });
  });

  it('starts in an empty paragraph that has no text run', () => {
    const doc = new Y.Doc();
    appendParagraph(doc, 'facts', '一');
    sectionFragment(doc, 'facts').insert(1, [new Y.XmlElement('paragraph')]);
    appendParagraph(doc, 'facts', '二');
    const anchor = createAnchor(doc, 'facts', 2, 4);
    expect(anchor.quote).toBe('\n二');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from: 2,
      to: 4,
      text: '\n二',
    });
    insertSectionText(doc, 'facts', 2, '补');
    expect(readSectionText(doc, 'facts')).toBe('一\n补\n二');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from: 3,
      to: 5,
      text: '\n二',
    });
  });

  it('survives a join that keeps its paragraph, and is orphaned by one that moves it', () => {
    const doc = factsDoc('上段\n下段内容');
    const kept = createAnchor(doc, 'facts', 3, 5);
    deleteSectionText(doc, 'facts', 2, 1);
    expect(readSectionText(doc, 'facts')).toBe('上段下段内容');
    expect(resolveAnchor(doc, kept)).toEqual({ status: 'anchored', from: 2, to: 4, text: '下段' });

    const other = factsDoc('很长的上一段\n下段');
    const moved = createAnchor(other, 'facts', 7, 9);
    deleteSectionText(other, 'facts', 6, 1);
    expect(readSectionText(other, 'facts')).toBe('很长的上一段下段');
    expect(resolveAnchor(other, moved)).toEqual({ status: 'orphaned', quote: '下段' });
  });

  it('survives Enter at the start of its paragraph', () => {
    const doc = factsDoc('标题\n正文内容');
    const anchor = createAnchor(doc, 'facts', 3, 5);
    insertSectionText(doc, 'facts', 3, '新段落\n');
    expect(resolveAnchor(doc, anchor)).toEqual({
      status: 'anchored',
      from: 7,
      to: 9,
      text: '正文',
    });
  });

  it('is orphaned when resolved against another section', () => {
    const doc = factsDoc();
    appendParagraph(doc, 'reply', facts);
    const anchor = anchorOn(doc, '补偿款');
    expect(resolveAnchor(doc, { ...anchor, section: 'reply' })).toEqual({
      status: 'orphaned',
      quote: '补偿款',
    });
  });

  it('is orphaned, without throwing, for positions this replica does not know', () => {
    const doc = factsDoc();
    const anchor = anchorOn(doc, '补偿款');
    const unknown = { client: 123456789, clock: 5 };
    expect(
      resolveAnchor(doc, { ...anchor, start: { type: unknown, item: unknown, assoc: 0 } }),
    ).toEqual({ status: 'orphaned', quote: '补偿款' });
    expect(resolveAnchor(new Y.Doc(), anchor)).toEqual({ status: 'orphaned', quote: '补偿款' });
    const named = { ...anchor, start: { tname: 'facts', assoc: 0 } } as unknown as Anchor;
    expect(resolveAnchor(doc, named)).toEqual({ status: 'orphaned', quote: '补偿款' });
  });
});

describe('resolveAnchor with concurrent edits', () => {
  it('follows edits another replica made before it saw the anchor', () => {
    const a = factsDoc();
    const b = new Y.Doc();
    sync(a, b);
    const anchor = anchorOn(a, '承包地5亩');
    const typeAt = (marker: string, shift: number, text: string) =>
      insertSectionText(b, 'facts', readSectionText(b, 'facts').indexOf(marker) + shift, text);
    typeAt('2025', 0, '【紧急】');
    typeAt('承包地', 3, '约');
    typeAt('5亩', 2, '（待核实）');
    typeAt('承包地', 0, '其');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readSectionText(doc, 'facts')).toContain('其承包地约5亩（待核实）');
      expect(resolveAnchor(doc, anchor)).toMatchObject({ status: 'anchored', text: '承包地约5亩' });
    }
    expect(resolveAnchor(a, anchor)).toEqual(resolveAnchor(b, anchor));
  });

  it('keeps text another replica typed inside a range that was deleted meanwhile', () => {
    const a = factsDoc();
    const b = new Y.Doc();
    sync(a, b);
    const anchor = anchorOn(a, '镇政府');
    deleteSectionText(b, 'facts', facts.indexOf('镇政府'), 3);
    insertSectionText(a, 'facts', facts.indexOf('政府'), '人民');
    sync(a, b);
    expect(readSectionText(a, 'facts')).toBe(readSectionText(b, 'facts'));
    expect(resolveAnchor(a, anchor)).toEqual(resolveAnchor(b, anchor));
    expect(resolveAnchor(a, anchor)).toMatchObject({ status: 'anchored', text: '人民' });
  });

  it('is orphaned everywhere when another replica deleted the range', () => {
    const a = factsDoc();
    const b = new Y.Doc();
    sync(a, b);
    const anchor = anchorOn(a, '镇政府');
    deleteSectionText(b, 'facts', facts.indexOf('镇政府') - 1, 5);
    insertSectionText(a, 'facts', 0, '【急】');
    insertSectionText(a, 'facts', readSectionText(a, 'facts').length, '【完】');
    sync(a, b);
    for (const doc of [a, b]) {
      expect(resolveAnchor(doc, anchor)).toEqual({ status: 'orphaned', quote: '镇政府' });
    }
  });

  it('resolves on a replica that receives the file edits after the anchor', () => {
    const a = factsDoc();
    const b = new Y.Doc();
    insertSectionText(a, 'facts', 0, '新增：');
    const anchor = anchorOn(a, '新增');
    expect(resolveAnchor(b, anchor).status).toBe('orphaned');
    sync(a, b);
    expect(resolveAnchor(b, anchor)).toMatchObject({ status: 'anchored', text: '新增' });
  });
});
