/** Ordered migrations of the app database; `user_version` records how many have run. */
export const appSchema: readonly string[] = [
  `
  CREATE TABLE units (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    division_code TEXT NOT NULL,
    level TEXT NOT NULL,
    type TEXT NOT NULL,
    parent_id TEXT REFERENCES units(id)
  );
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    unit_id TEXT NOT NULL REFERENCES units(id),
    division_code TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE cases (
    id TEXT PRIMARY KEY,
    division_code TEXT NOT NULL,
    registering_unit_id TEXT NOT NULL REFERENCES units(id),
    state TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE TABLE case_units (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
    PRIMARY KEY (case_id, unit_id)
  );
  CREATE TABLE case_accused (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    unit_id TEXT,
    user_id TEXT,
    name TEXT NOT NULL
  );
  CREATE INDEX case_accused_case ON case_accused(case_id);
  `,
  // The units that review (复查) or re-examine (复核) a case hold it too.
  `
  CREATE TABLE case_units_v2 (
    case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    unit_id TEXT NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'co', 'review')),
    PRIMARY KEY (case_id, unit_id)
  );
  INSERT INTO case_units_v2 SELECT case_id, unit_id, role FROM case_units;
  DROP TABLE case_units;
  ALTER TABLE case_units_v2 RENAME TO case_units;
  `,
  // The last day a review or re-examination may be requested (China date), while one may.
  `
  ALTER TABLE cases ADD COLUMN request_window_due TEXT;
  `,
];
