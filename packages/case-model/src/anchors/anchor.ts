import { isSection, type Section } from '../caseFile/sections.ts';

/** A Yjs item id in JSON form. */
export interface PositionId {
  readonly client: number;
  readonly clock: number;
}

/**
 * A `Y.RelativePosition` as plain JSON, so it can be stored in a Y.Map. `type` names the text
 * run (or empty paragraph) it lives in, `item` the character it sticks to, if any.
 */
export interface RelativePositionJson {
  readonly type: PositionId;
  readonly item?: PositionId;
  readonly assoc: number;
}

/** A range of a section of the `file` document that an annotation refers to. */
export interface Anchor {
  readonly section: Section;
  /** Sticks to the first character of the range (text typed before it stays outside). */
  readonly start: RelativePositionJson;
  /** Sticks to the last character of the range (text typed after it stays outside). */
  readonly end: RelativePositionJson;
  /** The text the range covered when it was made, shown when the range is gone. */
  readonly quote: string;
}

/** Whether a value read from a document is a well-formed anchor. */
export function isAnchor(value: unknown): value is Anchor {
  return (
    isRecord(value) &&
    isSection(value.section) &&
    isRelativePositionJson(value.start) &&
    isRelativePositionJson(value.end) &&
    typeof value.quote === 'string'
  );
}

function isRelativePositionJson(value: unknown): value is RelativePositionJson {
  return (
    isRecord(value) &&
    isPositionId(value.type) &&
    (value.item === undefined || isPositionId(value.item)) &&
    Number.isSafeInteger(value.assoc) &&
    Object.keys(value).every((key) => key === 'type' || key === 'item' || key === 'assoc')
  );
}

function isPositionId(value: unknown): value is PositionId {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.client) &&
    Number.isSafeInteger(value.clock) &&
    (value.client as number) >= 0 &&
    (value.clock as number) >= 0
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
