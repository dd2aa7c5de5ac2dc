import type { Principal } from '../auth/principal.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { CaseIndexEntry, CaseListPage, CaseQuery } from './caseIndexEntry.ts';
import { type CaseIndexRow, readCaseIndexRow, writeCaseIndexRow } from './caseIndexRow.ts';
import { detailColumns, ensureCaseIndexSchema, filterColumns } from './ensureCaseIndexSchema.ts';
import { queryCaseIndex } from './queryCaseIndex.ts';
import { segmentText } from './segmentText.ts';
import { accusedPartyKey } from './visibilitySql.ts';

/** The case list's index: one denormalised row per case, filtered by the access policy. */
export interface CaseIndex {
  /** Adds or replaces a case's entry (all of it: pass `{ ...get(id), ...changes }` to patch). */
  upsert(entry: CaseIndexEntry): void;
  /** Upserts many entries in one transaction (a rebuild): much faster than one by one. */
  upsertMany(entries: Iterable<CaseIndexEntry>): void;
  remove(caseId: string): void;
  /** One page of the cases this reader may see; throws `InvalidCursorError` on a bad cursor. */
  query(principal: Principal, query: CaseQuery): CaseListPage;
  /** The stored entry, unmasked and unfiltered: for the server, never for a response. */
  get(caseId: string): CaseIndexEntry | null;
  /** How many cases are indexed (0 after a schema change: refill with `upsertMany`). */
  size(): number;
  /** The tables were (re)created empty when the index opened: new, or of another schema. */
  readonly createdEmpty: boolean;
}

/** Options of the case index. */
export interface CaseIndexOptions {
  /** The clock "overdue" and "due within" compare with; default the system clock. */
  readonly now?: () => Date;
}

/** Creates the case index over the app database, creating its tables if needed. */
export function createCaseIndex(db: AppDatabase, options: CaseIndexOptions = {}): CaseIndex {
  const createdEmpty = ensureCaseIndexSchema(db);
  const now = options.now ?? (() => new Date());
  const upsertRow = db.prepare(
    `INSERT INTO case_index (${filterColumns.join(', ')})` +
      ` VALUES (${filterColumns.map((column) => `@${column}`).join(', ')})` +
      ` ON CONFLICT (case_id) DO UPDATE SET ${filterColumns
        .slice(1)
        .map((column) => `${column} = excluded.${column}`)
        .join(', ')} RETURNING seq`,
  );
  const upsertDetail = db.prepare(
    `INSERT OR REPLACE INTO case_index_detail (seq, ${detailColumns.join(', ')})` +
      ` VALUES (@seq, ${detailColumns.map((column) => `@${column}`).join(', ')})`,
  );
  const selectSeq = db.prepare('SELECT seq FROM case_index WHERE case_id = ?').pluck();
  const count = db.prepare('SELECT count(*) FROM case_index').pluck();
  const insertUnit = db.prepare(
    'INSERT OR IGNORE INTO case_index_unit (unit_id, seq, role) VALUES (?, ?, ?)',
  );
  const insertAccused = db.prepare(
    'INSERT OR IGNORE INTO case_index_accused (seq, party) VALUES (?, ?)',
  );
  const insertFts = db.prepare(
    'INSERT INTO case_index_fts (rowid, title, request, facts) VALUES (?, ?, ?, ?)',
  );
  const deleteFts = db.prepare('DELETE FROM case_index_fts WHERE rowid = ?');
  const deleteLinks = [
    'DELETE FROM case_index_unit WHERE seq = ?',
    'DELETE FROM case_index_accused WHERE seq = ?',
  ].map((sql) => db.prepare(sql));
  const deleteCase = [
    'DELETE FROM case_index_detail WHERE seq = ?',
    'DELETE FROM case_index WHERE seq = ?',
  ].map((sql) => db.prepare(sql));
  const selectEntry = db.prepare(
    'SELECT * FROM case_index c JOIN case_index_detail d USING (seq) WHERE c.case_id = ?',
  );

  /** Writes an entry's rows but its text; returns the FTS write, to run once the rows are in. */
  const writeRows = (entry: CaseIndexEntry): (() => void) => {
    const row = writeCaseIndexRow(entry);
    const pick = (columns: readonly (keyof CaseIndexRow)[]) =>
      Object.fromEntries(columns.map((column) => [column, row[column]]));
    const previous = selectSeq.get(entry.caseId) as number | undefined;
    if (previous !== undefined) for (const statement of deleteLinks) statement.run(previous);
    const seq = (upsertRow.get(pick(filterColumns)) as { seq: number }).seq;
    upsertDetail.run({ seq, ...pick(detailColumns) });
    if (entry.leadUnitId) insertUnit.run(entry.leadUnitId, seq, 'lead');
    for (const unitId of entry.coHandlingUnitIds) insertUnit.run(unitId, seq, 'co');
    for (const unitId of entry.reviewingUnitIds) insertUnit.run(unitId, seq, 'review');
    for (const id of entry.accusedUnitIds) insertAccused.run(seq, accusedPartyKey('unit', id));
    for (const id of entry.accusedUserIds) insertAccused.run(seq, accusedPartyKey('person', id));
    const tokens = [entry.title, entry.requestText, entry.factsText].map(segmentText);
    return () => {
      if (previous !== undefined) deleteFts.run(previous);
      insertFts.run(seq, ...tokens);
    };
  };
  const upsert = db.transaction((entry: CaseIndexEntry) => writeRows(entry)());
  // FTS5 flushes its pending terms whenever another statement runs in between (a statement
  // savepoint), so a batch writes all rows first and then all texts: nearly twice as fast.
  const upsertMany = db.transaction((entries: Iterable<CaseIndexEntry>) => {
    const texts: (() => void)[] = [];
    for (const entry of entries) texts.push(writeRows(entry));
    for (const writeText of texts) writeText();
  });
  const remove = db.transaction((caseId: string) => {
    const seq = selectSeq.get(caseId) as number | undefined;
    if (seq === undefined) return;
    for (const statement of [deleteFts, ...deleteLinks, ...deleteCase]) statement.run(seq);
  });

  return {
    upsert(entry) {
      upsert(entry);
    },
    upsertMany(entries) {
      upsertMany(entries);
    },
    remove(caseId) {
      remove(caseId);
    },
    query: queryCaseIndex(db, now),
    get(caseId) {
      const row = selectEntry.get(caseId) as CaseIndexRow | undefined;
      return row ? readCaseIndexRow(row) : null;
    },
    size() {
      return count.get() as number;
    },
    createdEmpty,
  };
}
