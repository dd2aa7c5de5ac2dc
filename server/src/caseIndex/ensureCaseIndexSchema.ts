import type { AppDatabase } from '../db/openAppDatabase.ts';

/**
 * Creates the case index's tables if missing. `case_index` holds one row per case (`seq` is the
 * internal key shared by every table); `case_index_unit` the lead and co-handling units and
 * `case_index_accused` the accused parties, so that visibility and recusal are joins; the FTS5
 * table holds the segmented text (character bigrams, see `segmentText`) without a copy of it, and
 * `case_index_text` the plain text (apart, to keep list scans over `case_index` small).
 */
export function ensureCaseIndexSchema(db: AppDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS case_index (
      seq INTEGER PRIMARY KEY,
      case_id TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      state TEXT NOT NULL,
      state_rank INTEGER NOT NULL,
      category TEXT NOT NULL,
      channel TEXT NOT NULL,
      matter_class TEXT NOT NULL,
      level TEXT,
      division_code TEXT NOT NULL,
      registering_unit_id TEXT NOT NULL,
      lead_unit_id TEXT,
      co_handling_unit_ids TEXT NOT NULL,
      accused_unit_ids TEXT NOT NULL,
      accused_user_ids TEXT NOT NULL,
      has_accused INTEGER NOT NULL,
      registered_at TEXT NOT NULL,
      next_due_date TEXT,
      next_due_clock TEXT,
      overdue INTEGER NOT NULL,
      repeat_linked TEXT NOT NULL,
      repeat_count INTEGER NOT NULL,
      joint_desk INTEGER NOT NULL,
      joint INTEGER NOT NULL,
      group_visit INTEGER NOT NULL,
      petitioner TEXT
    );
    CREATE TABLE IF NOT EXISTS case_index_text (
      seq INTEGER PRIMARY KEY REFERENCES case_index(seq) ON DELETE CASCADE,
      request_text TEXT NOT NULL,
      facts_text TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_index_registered ON case_index(registered_at);
    CREATE INDEX IF NOT EXISTS case_index_state_rank ON case_index(state_rank, registered_at);
    CREATE INDEX IF NOT EXISTS case_index_due_asc ON case_index(ifnull(next_due_date, '9999-12-31'));
    CREATE INDEX IF NOT EXISTS case_index_due_desc ON case_index(ifnull(next_due_date, ''));
    CREATE INDEX IF NOT EXISTS case_index_due ON case_index(next_due_date);
    CREATE INDEX IF NOT EXISTS case_index_registering ON case_index(registering_unit_id, registered_at);
    CREATE INDEX IF NOT EXISTS case_index_division ON case_index(division_code);
    CREATE INDEX IF NOT EXISTS case_index_overdue ON case_index(overdue) WHERE overdue = 1;
    CREATE TABLE IF NOT EXISTS case_index_unit (
      unit_id TEXT NOT NULL,
      seq INTEGER NOT NULL REFERENCES case_index(seq) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
      PRIMARY KEY (unit_id, seq)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS case_index_unit_seq ON case_index_unit(seq);
    CREATE TABLE IF NOT EXISTS case_index_accused (
      seq INTEGER NOT NULL REFERENCES case_index(seq) ON DELETE CASCADE,
      party TEXT NOT NULL,
      PRIMARY KEY (seq, party)
    ) WITHOUT ROWID;
    CREATE VIRTUAL TABLE IF NOT EXISTS case_index_fts USING fts5(
      title, request, facts,
      content = '', contentless_delete = 1, tokenize = 'unicode61'
    );
  `);
}
