import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppDatabase, openAppDatabase } from '../db/openAppDatabase.ts';
import { createLogger } from '../observability/logger.ts';
import { resolvePetitionerKeySecret, secretFileName } from './petitionerKeySecret.ts';

const log = createLogger('silent');
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('resolvePetitionerKeySecret', () => {
  let dataDir: string;
  let db: AppDatabase;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'lianban-secret-'));
    db = openAppDatabase(':memory:', 'NORMAL');
  });
  afterEach(() => {
    db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates one secret in DATA_DIR, readable by the owner only, and keeps using it', () => {
    const first = resolvePetitionerKeySecret({ dataDir, db, log });
    const path = join(dataDir, secretFileName);
    expect(first.byteLength).toBe(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(hex(first));
    expect(hex(resolvePetitionerKeySecret({ dataDir, db, log }))).toBe(hex(first));
  });

  it('prefers the environment, and never writes it to disk', () => {
    const fromEnv = 'ab'.repeat(32);
    expect(hex(resolvePetitionerKeySecret({ fromEnv, dataDir, db, log }))).toBe(fromEnv);
    expect(() => statSync(join(dataDir, secretFileName))).toThrow();
    expect(() => resolvePetitionerKeySecret({ fromEnv: 'abc', dataDir, db, log })).toThrow(
      /64 or more hex digits/,
    );
  });

  it('moves the secret an earlier version kept in the database out of it', () => {
    const legacy = Buffer.alloc(32, 7);
    db.exec('CREATE TABLE workflow_secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT');
    db.prepare('INSERT INTO workflow_secrets (name, value) VALUES (?, ?)').run(
      'petitioner-key',
      legacy,
    );
    expect(hex(resolvePetitionerKeySecret({ dataDir, db, log }))).toBe(hex(legacy));
    expect(readFileSync(join(dataDir, secretFileName), 'utf8').trim()).toBe(hex(legacy));
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE name = 'workflow_secrets'")
      .all();
    expect(tables).toEqual([]);
  });

  it('refuses to start with an environment secret other than the one petitions were filed under', () => {
    const filed = resolvePetitionerKeySecret({ dataDir, db, log });
    expect(() =>
      resolvePetitionerKeySecret({ fromEnv: 'cd'.repeat(32), dataDir, db, log }),
    ).toThrow(/differs from the secret in/);
    expect(hex(resolvePetitionerKeySecret({ fromEnv: hex(filed), dataDir, db, log }))).toBe(
      hex(filed),
    );
  });

  it('uses the secret another process wrote first', () => {
    const theirs = 'ef'.repeat(32);
    writeFileSync(join(dataDir, secretFileName), `${theirs}\n`, { mode: 0o600 });
    expect(hex(resolvePetitionerKeySecret({ dataDir, db, log }))).toBe(theirs);
  });

  it('refuses a secret file that does not hold a secret, rather than replacing it', () => {
    writeFileSync(join(dataDir, secretFileName), 'not a secret\n');
    expect(() => resolvePetitionerKeySecret({ dataDir, db, log })).toThrow(/does not hold/);
    expect(readFileSync(join(dataDir, secretFileName), 'utf8')).toBe('not a secret\n');
  });
});
