import type { ClockView } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';

/** A running clock with an owner, as the inbox reads it. */
export interface OwnedClock {
  readonly caseId: string;
  readonly clockId: string;
  readonly kind: string;
  readonly ownerUnitId: string | null;
  readonly ownerUserId: string | null;
  readonly dueDate: string;
  readonly paused: boolean;
  readonly subjectId: string | null;
}

/** The deadline projection: the running, owned clocks of every case, rewritten on every event. */
export interface ClockTable {
  /** Replaces a case's rows with its clocks that are not stopped and have an owner. */
  replace(caseId: string, clocks: readonly ClockView[]): void;
  /** Running clocks owned by the unit or the user, due on or before `throughDate`, soonest first. */
  dueFor(owner: { unitId: string; userId: string }, throughDate: string): OwnedClock[];
  /**
   * Running clocks owned by the unit or the user that fall due after `afterDate`: the first
   * `limit`, soonest first, and how many there are in all.
   */
  laterFor(
    owner: { unitId: string; userId: string },
    afterDate: string,
    limit: number,
  ): { clocks: OwnedClock[]; total: number };
  /** Running clocks of one kind owned by the unit, soonest first. */
  ofKindFor(unitId: string, kind: string): OwnedClock[];
}

interface ClockRow {
  case_id: string;
  clock_id: string;
  kind: string;
  owner_unit_id: string | null;
  owner_user_id: string | null;
  due_date: string;
  paused: number;
  subject_id: string | null;
}

const readRow = (row: ClockRow): OwnedClock => ({
  caseId: row.case_id,
  clockId: row.clock_id,
  kind: row.kind,
  ownerUnitId: row.owner_unit_id,
  ownerUserId: row.owner_user_id,
  dueDate: row.due_date,
  paused: row.paused === 1,
  subjectId: row.subject_id,
});

/** Creates the table if missing, indexed by owner and due date. */
export function ensureClockTableSchema(db: AppDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS workflow_clocks (
      case_id TEXT NOT NULL,
      clock_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      owner_unit_id TEXT,
      owner_user_id TEXT,
      due_date TEXT NOT NULL,
      paused INTEGER NOT NULL,
      subject_id TEXT,
      PRIMARY KEY (case_id, clock_id)
    ) STRICT;
    CREATE INDEX IF NOT EXISTS workflow_clocks_unit ON workflow_clocks(owner_unit_id, due_date);
    CREATE INDEX IF NOT EXISTS workflow_clocks_user ON workflow_clocks(owner_user_id, due_date);
  `);
}

/** Creates the clock table over the app database. */
export function createClockTable(db: AppDatabase): ClockTable {
  ensureClockTableSchema(db);
  const remove = db.prepare('DELETE FROM workflow_clocks WHERE case_id = ?');
  const insert = db.prepare(`INSERT INTO workflow_clocks
    (case_id, clock_id, kind, owner_unit_id, owner_user_id, due_date, paused, subject_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const selectDue = db.prepare(`SELECT * FROM workflow_clocks
    WHERE due_date <= @through AND (owner_unit_id = @unitId OR owner_user_id = @userId)
    ORDER BY due_date, case_id, clock_id`);
  const ownedAfter =
    'FROM workflow_clocks WHERE due_date > @after AND (owner_unit_id = @unitId OR owner_user_id = @userId)';
  const selectLater = db.prepare(
    `SELECT * ${ownedAfter} ORDER BY due_date, case_id, clock_id LIMIT @limit`,
  );
  const countLater = db.prepare(`SELECT count(*) ${ownedAfter}`).pluck();
  const selectKind = db.prepare(`SELECT * FROM workflow_clocks
    WHERE owner_unit_id = ? AND kind = ? ORDER BY due_date, case_id, clock_id`);
  const replace = db.transaction((caseId: string, clocks: readonly ClockView[]) => {
    remove.run(caseId);
    for (const clock of clocks) {
      if (clock.state === 'stopped' || (!clock.ownerUnitId && !clock.ownerUserId)) continue;
      insert.run(
        caseId,
        clock.id,
        clock.kind,
        clock.ownerUnitId,
        clock.ownerUserId,
        clock.dueDate,
        clock.state === 'paused' ? 1 : 0,
        clock.subjectId,
      );
    }
  });
  return {
    replace(caseId, clocks) {
      replace(caseId, clocks);
    },
    dueFor(owner, throughDate) {
      const rows = selectDue.all({ through: throughDate, ...owner }) as ClockRow[];
      return rows.map(readRow);
    },
    laterFor(owner, afterDate, limit) {
      const params = { after: afterDate, ...owner };
      const rows = selectLater.all({ ...params, limit }) as ClockRow[];
      return { clocks: rows.map(readRow), total: countLater.get(params) as number };
    },
    ofKindFor(unitId, kind) {
      return (selectKind.all(unitId, kind) as ClockRow[]).map(readRow);
    },
  };
}
