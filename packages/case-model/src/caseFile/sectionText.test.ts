import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sectionFragment } from './sectionFragment.ts';
import { sectionLabels, sections } from './sections.ts';
import {
  appendParagraph,
  deleteSectionText,
  insertSectionText,
  readSectionText,
} from './sectionText.ts';

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  appendParagraph(doc, 'facts', text);
  return doc;
}

const xml = (doc: Y.Doc) => sectionFragment(doc, 'facts').toJSON();

describe('sections', () => {
  it('have Chinese and English labels', () => {
    expect(sections.map((section) => sectionLabels[section].zh)).toEqual([
      '诉求',
      '事实与调查',
      '处理意见',
      '答复意见书',
      '会议纪要',
    ]);
    for (const section of sections) expect(sectionLabels[section].en).not.toBe('');
  });

  it('live in fragments named after them, and nowhere else', () => {
    const doc = new Y.Doc();
    expect(sectionFragment(doc, 'minutes')).toBe(doc.getXmlFragment('minutes'));
    expect(() => sectionFragment(doc, 'registration' as 'facts')).toThrow(RangeError);
  });
});

describe('appendParagraph', () => {
  it('adds a paragraph holding one text run, one per line', () => {
    const doc = docWith('第一段');
    appendParagraph(doc, 'facts', '第二段\n第三段');
    expect(readSectionText(doc, 'facts')).toBe('第一段\n第二段\n第三段');
    expect(xml(doc)).toBe(
      '<paragraph>第一段</paragraph><paragraph>第二段</paragraph><paragraph>第三段</paragraph>',
    );
  });
});

describe('insertSectionText', () => {
  it('inserts inside a paragraph', () => {
    const doc = docWith('信访事项');
    insertSectionText(doc, 'facts', 2, '人');
    expect(readSectionText(doc, 'facts')).toBe('信访人事项');
  });

  it('creates the first paragraph of an empty section', () => {
    const doc = new Y.Doc();
    insertSectionText(doc, 'reply', 0, '答复');
    expect(readSectionText(doc, 'reply')).toBe('答复');
    expect(sectionFragment(doc, 'reply').toJSON()).toBe('<paragraph>答复</paragraph>');
  });

  it('splits a paragraph at each newline, moving the rest to the last new one', () => {
    const doc = docWith('甲乙丙');
    insertSectionText(doc, 'facts', 1, 'x\ny\nz');
    expect(readSectionText(doc, 'facts')).toBe('甲x\ny\nz乙丙');
    expect(xml(doc)).toBe(
      '<paragraph>甲x</paragraph><paragraph>y</paragraph><paragraph>z乙丙</paragraph>',
    );
  });

  it('adds empty paragraphs for a newline at either end', () => {
    const doc = docWith('段');
    insertSectionText(doc, 'facts', 1, '\n');
    insertSectionText(doc, 'facts', 0, '\n');
    expect(readSectionText(doc, 'facts')).toBe('\n段\n');
    expect(sectionFragment(doc, 'facts').length).toBe(3);
  });

  it('inserts at a paragraph boundary into the right paragraph', () => {
    const doc = docWith('一\n二');
    insertSectionText(doc, 'facts', 1, 'A');
    insertSectionText(doc, 'facts', 3, 'B');
    expect(xml(doc)).toBe('<paragraph>一A</paragraph><paragraph>B二</paragraph>');
  });

  it('rejects offsets outside the text', () => {
    const doc = docWith('ab');
    expect(() => insertSectionText(doc, 'facts', 3, 'x')).toThrow(RangeError);
    expect(() => insertSectionText(doc, 'facts', -1, 'x')).toThrow(RangeError);
    expect(() => insertSectionText(doc, 'facts', 0.5, 'x')).toThrow(RangeError);
    expect(readSectionText(doc, 'facts')).toBe('ab');
  });
});

describe('deleteSectionText', () => {
  it('deletes inside a paragraph', () => {
    const doc = docWith('信访人事项');
    deleteSectionText(doc, 'facts', 2, 1);
    expect(readSectionText(doc, 'facts')).toBe('信访事项');
  });

  it('joins paragraphs when a newline is deleted', () => {
    const doc = docWith('一二\n三四\n五六\n七八');
    deleteSectionText(doc, 'facts', 1, 8);
    expect(readSectionText(doc, 'facts')).toBe('一七八');
    expect(xml(doc)).toBe('<paragraph>一七八</paragraph>');
  });

  it('joins two paragraphs by deleting only the newline', () => {
    const doc = docWith('上\n下');
    deleteSectionText(doc, 'facts', 1, 1);
    expect(xml(doc)).toBe('<paragraph>上下</paragraph>');
  });

  it('deletes everything down to one empty paragraph', () => {
    const doc = docWith('一\n二');
    deleteSectionText(doc, 'facts', 0, 3);
    expect(readSectionText(doc, 'facts')).toBe('');
    expect(xml(doc)).toBe('<paragraph></paragraph>');
  });

  it('does nothing for an empty range and rejects ranges outside the text', () => {
    const doc = docWith('ab');
    const before = Y.encodeStateVector(doc);
    deleteSectionText(doc, 'facts', 1, 0);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(() => deleteSectionText(doc, 'facts', 1, 2)).toThrow(RangeError);
    expect(() => deleteSectionText(doc, 'facts', 0, -1)).toThrow(RangeError);
  });

  it('undoes insert exactly when the same range is deleted', () => {
    const doc = docWith('开头\n结尾');
    insertSectionText(doc, 'facts', 1, 'x\ny\n');
    deleteSectionText(doc, 'facts', 1, 4);
    expect(readSectionText(doc, 'facts')).toBe('开头\n结尾');
  });
});
