import type { Category } from '@lianban/case-model';
import type { AppDatabase } from '../db/openAppDatabase.ts';
import type { PetitionerKey } from './petitionerKeys.ts';

/** What a case is filed under for repeat detection. */
export interface FiledPetition {
  readonly caseId: string;
  readonly category: Category;
  readonly anonymous: boolean;
  readonly registeredAt: string;
  readonly keys: readonly PetitionerKey[];
}

/** The repeat-detection prefilter: keyed hashes of petitioners and accused parties per case. */
export interface PetitionerKeyTable {
  file(petition: FiledPetition): void;
  /**
   * Cases of the same category sharing a key with the draft, newest first: a shared person, or
   * a shared accused party where either petition is anonymous (as `scoreRepeat` matches them).
   */
  candidates(draft: Omit<FiledPetition, 'caseId' | 'registeredAt'>, limit: number): string[];
  /** The HMAC secret of this installation (see `resolvePetitionerKeySecret`). */
  readonly secret: Uint8Array;
}

/** Creates the table of keys if missing. */
export function ensurePetitionerKeySchema(db: AppDatabase): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS workflow_petitioner_keys (
      digest TEXT NOT NULL,
      case_id TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'accused')),
      category TEXT NOT NULL,
      anonymous INTEGER NOT NULL,
      registered_at TEXT NOT NULL,
      PRIMARY KEY (digest, case_id)
    ) STRICT, WITHOUT ROWID;
  `);
}

/** Creates the table over the app database; digests are keyed with `secret`. */
export function createPetitionerKeyTable(db: AppDatabase, secret: Uint8Array): PetitionerKeyTable {
  ensurePetitionerKeySchema(db);
  const insert = db.prepare(`INSERT OR IGNORE INTO workflow_petitioner_keys
    (digest, case_id, kind, category, anonymous, registered_at) VALUES (?, ?, ?, ?, ?, ?)`);
  const select = db.prepare(`
    SELECT case_id, max(registered_at) AS latest FROM workflow_petitioner_keys
    WHERE digest IN (SELECT value FROM json_each(@digests)) AND category = @category
      AND (kind = 'person' OR @anonymous = 1 OR anonymous = 1)
    GROUP BY case_id ORDER BY latest DESC LIMIT @limit`);
  const file = db.transaction((petition: FiledPetition) => {
    for (const key of petition.keys) {
      insert.run(
        key.digest,
        petition.caseId,
        key.kind,
        petition.category,
        petition.anonymous ? 1 : 0,
        petition.registeredAt,
      );
    }
  });
  return {
    secret,
    file(petition) {
      file(petition);
    },
    candidates(draft, limit) {
      if (draft.keys.length === 0) return [];
      const rows = select.all({
        digests: JSON.stringify(draft.keys.map((key) => key.digest)),
        category: draft.category,
        anonymous: draft.anonymous ? 1 : 0,
        limit,
      }) as { case_id: string }[];
      return rows.map((row) => row.case_id);
    },
  };
}
