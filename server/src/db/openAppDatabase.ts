import Database from 'better-sqlite3';
import { appSchema } from './appSchema.ts';

/** The server's own relational database (organisation, accounts, sessions, case directory). */
export type AppDatabase = Database.Database;

/** Opens (and creates or migrates) the app database; `:memory:` works for tests. */
export function openAppDatabase(
  path: string,
  synchronous: 'NORMAL' | 'FULL' = 'NORMAL',
): AppDatabase {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  for (const migration of appSchema.slice(version)) {
    db.transaction(() => db.exec(migration))();
  }
  db.pragma(`user_version = ${appSchema.length}`);
  return db;
}
