import { createCaseFile, sectionFragment, sections } from '@lianban/case-model';
import * as Y from 'yjs';
import { benchRegistration } from '../support/benchRegistration.ts';
import { createRandom, type Random } from '../support/random.ts';

/** How editors change a case file, one update per edit. */
export type EditWorkload = 'typing' | 'rewriting';

/** A recorded edit history: the updates in order, as a server receives and stores them. */
export interface EditHistory {
  workload: EditWorkload;
  updates: Uint8Array[];
  /** Characters in the file at the end. */
  visibleChars: number;
  /** Characters ever typed, deleted ones included. */
  typedChars: number;
}

const phrases = [
  '经调查核实，',
  '信访人反映的情况基本属实。',
  '拆迁补偿款',
  '已于本月到位',
  '依据《信访条例》第三十二条，',
];
const keystrokes = '信访人反映补偿款未到位经核实情况属实责成住建局限期办结并答复';

function newParagraph(fragment: Y.XmlFragment, at: number): Y.XmlText {
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  fragment.insert(at, [paragraph]);
  return text;
}

function paragraphsOf(doc: Y.Doc): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  for (const section of sections) {
    for (const child of sectionFragment(doc, section).toArray()) {
      if (child instanceof Y.XmlElement) {
        const text = child.get(0);
        if (text instanceof Y.XmlText) texts.push(text);
      }
    }
  }
  return texts;
}

/**
 * An editor typing: a few characters at a time at the cursor, a backspace now and then, the
 * cursor moved elsewhere or a new paragraph started less often.
 */
function typingEdit(
  doc: Y.Doc,
  random: Random,
  state: { text: Y.XmlText; cursor: number },
): number {
  const roll = random.next();
  if (roll < 0.02) {
    const section = sections[random.int(sections.length)]!;
    const fragment = sectionFragment(doc, section);
    state.text = newParagraph(fragment, random.int(fragment.length + 1));
    state.cursor = 0;
    return 0;
  }
  if (roll < 0.07) {
    const texts = paragraphsOf(doc);
    state.text = texts[random.int(texts.length)]!;
    state.cursor = random.int(state.text.length + 1);
  }
  if (roll > 0.85 && state.cursor > 0) {
    const count = Math.min(state.cursor, 1 + random.int(3));
    state.text.delete(state.cursor - count, count);
    state.cursor -= count;
    return 0;
  }
  const count = 1 + random.int(4);
  let typed = '';
  for (let i = 0; i < count; i++) typed += keystrokes[random.int(keystrokes.length)];
  state.text.insert(state.cursor, typed);
  state.cursor += count;
  return count;
}

/** Drafts rewritten by several hands: phrases inserted and ranges deleted anywhere. */
function rewritingEdit(random: Random, texts: Y.XmlText[]): number {
  const text = texts[random.int(texts.length)]!;
  if (text.length > 20 && random.next() < 0.3) {
    const count = 1 + random.int(Math.min(20, text.length - 1));
    text.delete(random.int(text.length - count + 1), count);
    return 0;
  }
  const phrase = phrases[random.int(phrases.length)]!;
  text.insert(random.int(text.length + 1), phrase);
  return phrase.length;
}

/**
 * Records `edits` edits of `workload` on a new case file (full history), one update each, from
 * a seeded generator: the same history on every run.
 */
export function recordEditHistory(workload: EditWorkload, edits: number, seed = 1): EditHistory {
  const random = createRandom(seed);
  const doc = new Y.Doc({ gc: false });
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  createCaseFile(doc, benchRegistration);
  const typing = { text: newParagraph(sectionFragment(doc, sections[0]!), 0), cursor: 0 };
  if (workload === 'rewriting') {
    for (const section of sections.slice(1)) newParagraph(sectionFragment(doc, section), 0);
  }
  const texts = paragraphsOf(doc);
  let typedChars = 0;
  for (let i = 0; i < edits; i++) {
    typedChars +=
      workload === 'typing' ? typingEdit(doc, random, typing) : rewritingEdit(random, texts);
  }
  const visibleChars = paragraphsOf(doc).reduce((sum, text) => sum + text.length, 0);
  doc.destroy();
  return { workload, updates, visibleChars, typedChars };
}
