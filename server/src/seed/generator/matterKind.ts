import type { Category, MatterClass, ReferralBody, ReplyOutcome } from '@lianban/case-model';
import type { UnitCode } from './province.ts';
import type { Slots } from './slots.ts';

/** A sentence template over a matter's details. */
export type Text = (s: Slots) => string;

/**
 * One kind of matter people petition about, with several phrasings of each part (a repeat
 * petition takes another phrasing of the same matter) and what the investigation finds for each
 * outcome. Templates only: the details come from `Slots`.
 */
export interface MatterKind {
  readonly key: string;
  readonly category: Category;
  /** Second-level category (configurable per locality), e.g. 征地补偿. */
  readonly subcategory: string;
  readonly matterClass: MatterClass;
  /** Relative frequency within its category. */
  readonly weight: number;
  /** The lead unit type when it is not the category's own (e.g. 公安 for public order). */
  readonly leadCode?: UnitCode;
  /** What the petition accuses: a unit type of the county, or the township government. */
  readonly accuses?: UnitCode | 'township';
  /** The accused is an official of that unit rather than the unit itself. */
  readonly accusesPerson?: boolean;
  /** Many people are affected: a group visit is likely. */
  readonly group?: boolean;
  /** The matter belongs to a court, procuratorate or congress (告知 when not accepted). */
  readonly tell?: ReferralBody;
  /** The statutory route when it belongs to litigation, arbitration or administrative review. */
  readonly legalRoute?: string;
  readonly titles: readonly Text[];
  readonly demands: readonly Text[];
  readonly facts: readonly Text[];
  readonly reasons: readonly Text[];
  readonly findings: Readonly<Record<ReplyOutcome, Text>>;
  /** What the lead unit undertakes when the request is supported. */
  readonly measure: Text;
  /** The legal basis the reply cites. */
  readonly basis: string;
}
