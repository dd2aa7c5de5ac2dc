// @vitest-environment happy-dom
import {
  appendParagraph,
  createAnchor,
  deleteSectionText,
  insertSectionText,
  readSectionText,
} from '@lianban/case-model';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createAnnotationActions } from './annotationActions.ts';
import { createAnnotationsSignal } from './createAnnotationsSignal.ts';

const author = { userId: 'u1', name: '督查专员 刘洋', unitId: 'p-xfj' };
const disposers: (() => void)[] = [];
afterEach(() => {
  for (const dispose of disposers.splice(0)) dispose();
});

/** Long enough for an animation frame and the idle re-check (a timer in happy-dom). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

function annotatedCase() {
  const file = new Y.Doc();
  appendParagraph(file, 'facts', '剩余补偿款12万元未支付');
  const text = readSectionText(file, 'facts');
  const from = text.indexOf('补偿款');
  const notes = new Y.Doc();
  createAnnotationActions(notes, () => author).add(
    createAnchor(file, 'facts', from, from + 3),
    '请核实金额',
  );
  const annotations = createRoot((dispose) => {
    disposers.push(dispose);
    return createAnnotationsSignal(notes, file);
  });
  return { file, notes, annotations, from };
}

describe('createAnnotationsSignal', () => {
  it('keeps the same list while edits of the file orphan nothing', async () => {
    const { file, annotations } = annotatedCase();
    const before = annotations();
    expect(before.map((item) => item.orphaned)).toEqual([false]);
    insertSectionText(file, 'facts', 0, '经查，');
    await settle();
    expect(annotations()).toBe(before);
  });

  it('marks an annotation orphaned once its words are deleted, and re-reads new threads', async () => {
    const { file, notes, annotations, from } = annotatedCase();
    deleteSectionText(file, 'facts', from, 3);
    await settle();
    expect(annotations().map((item) => item.orphaned)).toEqual([true]);
    createAnnotationActions(notes, () => author).add(createAnchor(file, 'facts', 0, 2), '补充');
    await settle();
    expect(annotations().map((item) => [item.body, item.orphaned])).toEqual([
      ['请核实金额', true],
      ['补充', false],
    ]);
  });
});
