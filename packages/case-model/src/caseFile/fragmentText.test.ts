import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteFragmentText } from './deleteFragmentText.ts';
import { insertFragmentText } from './insertFragmentText.ts';
import { readFragmentText } from './readFragmentText.ts';

type Child = string | [string, Record<string, unknown>] | Y.XmlElement;

/** Builds an element the way the Tiptap binding stores it. */
function element(name: string, attrs: Record<string, unknown>, ...children: Child[]): Y.XmlElement {
  const el = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, value as string);
  const nodes = children.map((child) => {
    if (child instanceof Y.XmlElement) return child;
    const [text, format] = typeof child === 'string' ? [child, undefined] : child;
    const run = new Y.XmlText();
    run.insert(0, text, format);
    return run;
  });
  // Detached types must not be read before they join a document, so insert all at once.
  el.insert(0, nodes);
  return el;
}

function fragmentOf(...blocks: Y.XmlElement[]): Y.XmlFragment {
  const fragment = new Y.Doc().getXmlFragment('facts');
  fragment.insert(0, blocks);
  return fragment;
}

describe('the flat text model over Tiptap content', () => {
  it('reads headings, nested list paragraphs and empty paragraphs as lines', () => {
    const fragment = fragmentOf(
      element('heading', { level: 2 }, '标题'),
      element('paragraph', {}),
      element(
        'bulletList',
        {},
        element('listItem', {}, element('paragraph', {}, '一')),
        element('listItem', {}, element('paragraph', {}, '二')),
      ),
      element('horizontalRule', {}),
      element('paragraph', {}, '正文', ['加粗', { bold: true }]),
    );
    expect(readFragmentText(fragment)).toBe('标题\n\n一\n二\n正文加粗');
  });

  it('types into an empty paragraph that has no text run yet', () => {
    const fragment = fragmentOf(element('paragraph', {}, 'a'), element('paragraph', {}));
    insertFragmentText(fragment, 2, '新');
    expect(fragment.toJSON()).toBe('<paragraph>a</paragraph><paragraph>新</paragraph>');
  });

  it('counts a hard break as nothing and deletes it with the text around it', () => {
    const fragment = fragmentOf(element('paragraph', {}, 'ab', element('hardBreak', {}), 'cd'));
    expect(readFragmentText(fragment)).toBe('abcd');
    insertFragmentText(fragment, 2, 'X');
    expect(readFragmentText(fragment)).toBe('abXcd');
    deleteFragmentText(fragment, 3, 1);
    expect(fragment.toJSON()).toBe('<paragraph>abX<hardbreak></hardbreak>d</paragraph>');
    deleteFragmentText(fragment, 2, 2);
    expect(fragment.toJSON()).toBe('<paragraph>ab</paragraph>');
  });

  it('keeps formatting and heading attributes when splitting', () => {
    const fragment = fragmentOf(element('heading', { level: 2 }, '普通', ['粗体', { bold: true }]));
    insertFragmentText(fragment, 3, '\n');
    expect(fragment.toJSON()).toBe(
      '<heading level="2">普通<bold>粗</bold></heading><heading level="2"><bold>体</bold></heading>',
    );
    insertFragmentText(fragment, 5, '\n');
    expect(fragment.toJSON()).toMatch(/<\/heading><paragraph><\/paragraph>$/);
  });

  it('moves inline nodes after the split point with the text', () => {
    const fragment = fragmentOf(element('paragraph', {}, 'ab', element('hardBreak', {}), 'cd'));
    insertFragmentText(fragment, 1, '\n');
    expect(fragment.toJSON()).toBe(
      '<paragraph>a</paragraph><paragraph>b<hardbreak></hardbreak>cd</paragraph>',
    );
  });

  it('keeps formatting of both sides when joining', () => {
    const fragment = fragmentOf(
      element('paragraph', {}, ['粗', { bold: true }]),
      element('paragraph', {}, '细', ['斜', { italic: true }]),
    );
    deleteFragmentText(fragment, 1, 1);
    expect(fragment.toJSON()).toBe('<paragraph><bold>粗</bold>细<italic>斜</italic></paragraph>');
  });

  it('removes list items emptied by a join', () => {
    const fragment = fragmentOf(
      element('paragraph', {}, '前'),
      element('bulletList', {}, element('listItem', {}, element('paragraph', {}, '项'))),
    );
    deleteFragmentText(fragment, 1, 1);
    expect(fragment.toJSON()).toBe('<paragraph>前项</paragraph>');
  });

  it('splits a list paragraph inside its list item', () => {
    const fragment = fragmentOf(
      element('bulletList', {}, element('listItem', {}, element('paragraph', {}, '一二'))),
    );
    insertFragmentText(fragment, 1, '\n');
    expect(readFragmentText(fragment)).toBe('一\n二');
    expect(fragment.toJSON()).toBe(
      '<bulletList><listItem><paragraph>一</paragraph><paragraph>二</paragraph></listItem></bulletList>'.toLowerCase(),
    );
  });

  it('keeps the larger side of a split in the original element', () => {
    const original = element('heading', { level: 1 }, '普', ['通粗体', { bold: true }]);
    const fragment = fragmentOf(original);
    insertFragmentText(fragment, 1, '\n');
    expect(fragment.toJSON()).toBe(
      '<heading level="1">普</heading><heading level="1"><bold>通粗体</bold></heading>',
    );
    expect(fragment.get(1)).toBe(original);
    insertFragmentText(fragment, 2, '新\n');
    expect(readFragmentText(fragment)).toBe('普\n新\n通粗体');
    expect(fragment.get(2)).toBe(original);
    expect((fragment.get(1) as Y.XmlElement).nodeName).toBe('heading');
    insertFragmentText(fragment, 0, '\n');
    expect((fragment.get(0) as Y.XmlElement).nodeName).toBe('paragraph');
  });

  it('joins into the later block when the earlier one is left empty', () => {
    const later = element('heading', { level: 3 }, '小标题');
    const fragment = fragmentOf(element('paragraph', {}, '删'), later);
    deleteFragmentText(fragment, 0, 2);
    expect(fragment.toJSON()).toBe('<heading level="3">小标题</heading>');
    expect(fragment.get(0)).toBe(later);
  });

  it('keeps the earlier block type when joining blocks of different types', () => {
    const fragment = fragmentOf(
      element('heading', { level: 2 }, '题'),
      element('paragraph', {}, '很长的正文'),
    );
    deleteFragmentText(fragment, 1, 1);
    expect(fragment.toJSON()).toBe('<heading level="2">题很长的正文</heading>');
  });

  it('keeps the longer paragraph when joining two paragraphs', () => {
    const later = element('paragraph', {}, ['很长的', { bold: true }], '正文');
    const fragment = fragmentOf(element('paragraph', {}, '短', ['斜', { italic: true }]), later);
    deleteFragmentText(fragment, 2, 1);
    expect(fragment.toJSON()).toBe(
      '<paragraph>短<italic>斜</italic><bold>很长的</bold>正文</paragraph>',
    );
    expect(fragment.get(0)).toBe(later);
  });

  it('refuses a fragment outside any document', () => {
    expect(() => insertFragmentText(new Y.XmlFragment(), 0, 'x')).toThrow(/document/);
  });
});
