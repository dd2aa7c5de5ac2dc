import * as Y from 'yjs';
import { type FlatLocation, flatLength, locateFlatOffset } from '../caseFile/locateFlatOffset.ts';
import { sectionFragment } from '../caseFile/sectionFragment.ts';
import type { Section } from '../caseFile/sections.ts';
import { readTextBlocks } from '../caseFile/textBlocks.ts';
import type { Anchor, RelativePositionJson } from './anchor.ts';

/**
 * Anchors the range [from, to) of a section's flat text (paragraphs joined with '\n'). Only
 * reads the `file` document, so anyone who may write notes can anchor. Text later typed right
 * at either edge stays outside the range. Throws a `RangeError` for an empty or outside range.
 */
export function createAnchor(doc: Y.Doc, section: Section, from: number, to: number): Anchor {
  const blocks = readTextBlocks(sectionFragment(doc, section));
  const length = flatLength(blocks);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > length || from >= to) {
    throw new RangeError(`cannot anchor [${from}, ${to}) in a text of length ${length}`);
  }
  const start = locateFlatOffset(blocks, from, 'after');
  const end = locateFlatOffset(blocks, to, 'before');
  if (start === null || end === null) throw new Error('unreachable: range was checked');
  const text = blocks.map((block) => block.text).join('\n');
  return {
    section,
    // assoc 0 sticks to the character after the start, -1 to the character before the end.
    start: relativePosition(start, 0),
    end: relativePosition(end, -1),
    quote: text.slice(from, to),
  };
}

function relativePosition(location: FlatLocation, assoc: number): RelativePositionJson {
  // A paragraph with no text run yet can only be pointed at as an element.
  const position =
    location.run === null
      ? Y.createRelativePositionFromTypeIndex(location.block.element, 0, assoc)
      : Y.createRelativePositionFromTypeIndex(location.run.text, location.run.index, assoc);
  if (position.type === null) throw new Error('unreachable: section content is never a root type');
  const type = { client: position.type.client, clock: position.type.clock };
  return position.item === null
    ? { type, assoc: position.assoc }
    : {
        type,
        item: { client: position.item.client, clock: position.item.clock },
        assoc: position.assoc,
      };
}
