import type { Principal } from '../auth/principal.ts';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { CaseIndexEntry, CaseListPage, CaseQuery } from './caseIndexEntry.ts';
import { type CaseIndexRow, readCaseIndexRow, writeCaseIndexRow } from './caseIndexRow.ts';
import { ensureCaseIndexSchema } from './ensureCaseIndexSchema.ts';
import { queryCaseIndex } from './queryCaseIndex.ts';
import { segmentText } from './segmentText.ts';
import { accusedPartyKey } from './visibilitySql.ts';

/** The case list's index: one denormalised row per case, filtered by the access policy. */
export interface CaseIndex {
  /** Adds or replaces a case's entry (all of it: pass `{ ...get(id), ...changes }` to patch). */
  upsert(entry: CaseIndexEntry): void;
  remove(caseId: string): void;
  /** One page of the cases this reader may see; throws `InvalidCursorError` on a bad cursor. */
  query(principal: Principal, query: CaseQuery): CaseListPage;
  /** The stored entry, unmasked and unfiltered: for the server, never for a response. */
  get(caseId: string): CaseIndexEntry | null;
}

/** Options of the case index. */
export interface CaseIndexOptions {
  /** The clock "overdue" and "due within" compare with; default the system clock. */
  readonly now?: () => Date;
}

const rowColumns = [
  'case_id',
  'title',
  'state',
  'state_rank',
  'category',
  'channel',
  'matter_class',
  'level',
  'division_code',
  'registering_unit_id',
  'lead_unit_id',
  'co_handling_unit_ids',
  'accused_unit_ids',
  'accused_user_ids',
  'has_accused',
  'registered_at',
  'next_due_date',
  'next_due_clock',
  'overdue',
  'repeat_linked',
  'repeat_count',
  'joint_desk',
  'joint',
  'group_visit',
  'petitioner',
] as const;

/** Creates the case index over the app database, creating its tables if needed. */
export function createCaseIndex(db: AppDatabase, options: CaseIndexOptions = {}): CaseIndex {
  ensureCaseIndexSchema(db);
  const now = options.now ?? (() => new Date());
  const upsertRow = db.prepare(
    `INSERT INTO case_index (${rowColumns.join(', ')})` +
      ` VALUES (${rowColumns.map((column) => `@${column}`).join(', ')})` +
      ` ON CONFLICT (case_id) DO UPDATE SET ${rowColumns
        .slice(1)
        .map((column) => `${column} = excluded.${column}`)
        .join(', ')} RETURNING seq`,
  );
  const selectSeq = db.prepare('SELECT seq FROM case_index WHERE case_id = ?').pluck();
  const upsertText = db.prepare(
    'INSERT OR REPLACE INTO case_index_text (seq, request_text, facts_text) VALUES (?, ?, ?)',
  );
  const insertUnit = db.prepare(
    'INSERT OR IGNORE INTO case_index_unit (unit_id, seq, role) VALUES (?, ?, ?)',
  );
  const insertAccused = db.prepare(
    'INSERT OR IGNORE INTO case_index_accused (seq, party) VALUES (?, ?)',
  );
  const insertFts = db.prepare(
    'INSERT INTO case_index_fts (rowid, title, request, facts) VALUES (?, ?, ?, ?)',
  );
  const deletes = [
    'DELETE FROM case_index_fts WHERE rowid = ?',
    'DELETE FROM case_index_unit WHERE seq = ?',
    'DELETE FROM case_index_accused WHERE seq = ?',
  ].map((sql) => db.prepare(sql));
  const deleteCase = [
    'DELETE FROM case_index_text WHERE seq = ?',
    'DELETE FROM case_index WHERE seq = ?',
  ].map((sql) => db.prepare(sql));
  const selectEntry = db.prepare(
    'SELECT c.*, t.request_text, t.facts_text FROM case_index c' +
      ' JOIN case_index_text t USING (seq) WHERE c.case_id = ?',
  );

  const upsert = db.transaction((entry: CaseIndexEntry) => {
    const { request_text: _r, facts_text: _f, ...row } = writeCaseIndexRow(entry);
    const seq = (upsertRow.get(row) as { seq: number }).seq;
    upsertText.run(seq, entry.requestText, entry.factsText);
    for (const statement of deletes) statement.run(seq);
    if (entry.leadUnitId) insertUnit.run(entry.leadUnitId, seq, 'lead');
    for (const unitId of entry.coHandlingUnitIds) insertUnit.run(unitId, seq, 'co');
    for (const id of entry.accusedUnitIds) insertAccused.run(seq, accusedPartyKey('unit', id));
    for (const id of entry.accusedUserIds) insertAccused.run(seq, accusedPartyKey('person', id));
    insertFts.run(
      seq,
      segmentText(entry.title),
      segmentText(entry.requestText),
      segmentText(entry.factsText),
    );
  });
  const remove = db.transaction((caseId: string) => {
    const seq = selectSeq.get(caseId) as number | undefined;
    if (seq === undefined) return;
    for (const statement of [...deletes, ...deleteCase]) statement.run(seq);
  });

  return {
    upsert(entry) {
      upsert(entry);
    },
    remove(caseId) {
      remove(caseId);
    },
    query: queryCaseIndex(db, now),
    get(caseId) {
      const row = selectEntry.get(caseId) as CaseIndexRow | undefined;
      return row ? readCaseIndexRow(row) : null;
    },
  };
}
