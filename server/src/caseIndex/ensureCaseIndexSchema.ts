import type { AppDatabase } from '../db/openAppDatabase.ts';

/** Columns of `case_index`, the narrow row that visibility, filters and sorts read. */
export const filterColumns = [
  'case_id',
  'registered_at',
  'division_code',
  'registering_unit_id',
  'has_accused',
  'state',
  'state_rank',
  'category',
  'channel',
  'level',
  'overdue',
  'overdue_key',
  'next_due_date',
  'repeat_count',
  'joint',
] as const;

/** Columns of `case_index_detail`, the rest of an entry, read only for the rows of a page. */
export const detailColumns = [
  'title',
  'matter_class',
  'lead_unit_id',
  'co_handling_unit_ids',
  'reviewing_unit_ids',
  'accused_unit_ids',
  'accused_user_ids',
  'next_due_clock',
  'repeat_linked',
  'joint_desk',
  'group_visit',
  'petitioner',
  'request_text',
  'facts_text',
] as const;

/** Bump when the tables change: the index is derived data, dropped and refilled, not migrated. */
export const caseIndexSchemaVersion = 3;

const tables = [
  'case_index_fts',
  'case_index_unit',
  'case_index_accused',
  'case_index_detail',
  'case_index',
];

/**
 * Creates the case index's tables if missing, and drops them first when they were made by
 * another schema version (the caller then refills the index). `seq` is a case's key in every
 * table. `case_index` is narrow and `case_index_cover` holds all its columns in registration
 * order, so a list query reads no wide row; the overdue and due-date filters seek indexes of
 * their own, and a reader without jurisdiction starts from their unit's cases. `overdue_key`
 * is '' for an entry flagged overdue, else its next due date, so that "overdue" is one range
 * (`overdue_key < today`). `case_index_detail` holds the rest of an entry; the lead,
 * co-handling and reviewing units and the accused parties are rows of their own, for visibility and
 * recusal; the FTS5 table holds the segmented text (bigrams, see `segmentText`) and no copy.
 * Returns whether the tables were (re)created empty.
 */
export function ensureCaseIndexSchema(db: AppDatabase): boolean {
  db.exec('CREATE TABLE IF NOT EXISTS case_index_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)');
  const version = db
    .prepare("SELECT value FROM case_index_meta WHERE key = 'schema'")
    .pluck()
    .get() as string | undefined;
  if (version === String(caseIndexSchemaVersion)) return false;
  db.transaction(() => {
    for (const table of tables) db.exec(`DROP TABLE IF EXISTS ${table}`);
    createTables(db);
    db.prepare("INSERT OR REPLACE INTO case_index_meta (key, value) VALUES ('schema', ?)").run(
      String(caseIndexSchemaVersion),
    );
  })();
  return true;
}

function createTables(db: AppDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS case_index (
      seq INTEGER PRIMARY KEY,
      case_id TEXT NOT NULL UNIQUE,
      registered_at TEXT NOT NULL,
      division_code TEXT NOT NULL,
      registering_unit_id TEXT NOT NULL,
      has_accused INTEGER NOT NULL,
      state TEXT NOT NULL,
      state_rank INTEGER NOT NULL,
      category TEXT NOT NULL,
      channel TEXT NOT NULL,
      level TEXT,
      overdue INTEGER NOT NULL,
      overdue_key TEXT,
      next_due_date TEXT,
      repeat_count INTEGER NOT NULL,
      joint INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS case_index_cover ON case_index(
      registered_at, division_code, registering_unit_id, has_accused, state, state_rank,
      category, channel, level, overdue_key, next_due_date, repeat_count, joint
    );
    CREATE INDEX IF NOT EXISTS case_index_overdue ON case_index(overdue_key);
    CREATE INDEX IF NOT EXISTS case_index_due ON case_index(next_due_date);
    CREATE INDEX IF NOT EXISTS case_index_registering ON case_index(registering_unit_id);
    CREATE TABLE IF NOT EXISTS case_index_detail (
      seq INTEGER PRIMARY KEY REFERENCES case_index(seq) ON DELETE CASCADE,
      title TEXT NOT NULL,
      matter_class TEXT NOT NULL,
      lead_unit_id TEXT,
      co_handling_unit_ids TEXT NOT NULL,
      reviewing_unit_ids TEXT NOT NULL,
      accused_unit_ids TEXT NOT NULL,
      accused_user_ids TEXT NOT NULL,
      next_due_clock TEXT,
      repeat_linked TEXT NOT NULL,
      joint_desk INTEGER NOT NULL,
      group_visit INTEGER NOT NULL,
      petitioner TEXT,
      request_text TEXT NOT NULL,
      facts_text TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS case_index_unit (
      unit_id TEXT NOT NULL,
      seq INTEGER NOT NULL REFERENCES case_index(seq) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('lead', 'co', 'review')),
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
