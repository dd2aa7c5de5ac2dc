import type { Category } from '../enums/category.ts';

/**
 * One routing rule: matters of a category arising in a division go to a lead unit (主办) with
 * co-handling units (协办). Rows are data, configured per locality.
 */
export interface RoutingRow {
  /**
   * Division code prefix the row covers. Trailing '00' pairs are ignored, so '990100' (a city)
   * and '9901' both cover '990102'; '' covers everything. The longest prefix wins.
   */
  readonly divisionCode: string;
  /** The category; when absent the row covers any category, after rows naming it at the same prefix. */
  readonly category?: Category;
  readonly leadUnitId: string;
  readonly coHandlingUnitIds: readonly string[];
}

/** A routing table: rows in priority order for equal prefixes. */
export type RoutingTable = readonly RoutingRow[];

/** A unit known to routing: its name for explanations and its superior for fallback. */
export interface RoutingUnit {
  readonly id: string;
  readonly name?: string;
  readonly superiorUnitId?: string;
}
