import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDocumentStoreContract } from './contract/index.ts';
import { createSqliteStore } from './createSqliteStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';

let directory = '';
let fileCount = 0;
let latestPath = '';
const nextPath = (): string => {
  fileCount += 1;
  latestPath = join(directory, `store-${fileCount}.sqlite`);
  return latestPath;
};

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lianban-storage-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describeDocumentStoreContract(
  'sqlite file',
  ({ now }) => createSqliteStore({ path: nextPath(), now }),
  {
    reopen: ({ now }) => createSqliteStore({ path: latestPath, now }),
  },
);

describeDocumentStoreContract('sqlite :memory:', ({ now }) =>
  createSqliteStore({ path: ':memory:', now }),
);

describe('SQLite adapter', () => {
  it('writes the appends of one tick in one transaction (group commit)', async () => {
    const commits: number[] = [];
    const store = createSqliteStore({
      path: ':memory:',
      onCommit: (appends) => commits.push(appends),
    });
    const update = new Uint8Array([1, 2, 3]);
    await Promise.all(
      Array.from({ length: 300 }, (_, index) => store.append(`doc-${index % 7}`, update)),
    );
    await store.append('doc-0', update);
    await store.close();
    expect(commits).toEqual([300, 1]);
  });

  it('is the only writer of its file: a second store is refused until the first closes', async () => {
    const path = nextPath();
    const first = createSqliteStore({ path });
    expect(() => createSqliteStore({ path })).toThrow(expect.objectContaining({ code: 'LOCKED' }));
    expect(await first.append('doc', new Uint8Array([1, 2, 3]))).toBe(1);
    await first.close();
    const second = createSqliteStore({ path });
    expect(await second.append('doc', new Uint8Array([4, 5]))).toBe(2);
    await second.close();
  });

  it('takes over a lock left by a process that has ended, and refuses one a running process holds', async () => {
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    const path = nextPath();
    writeFileSync(`${path}.lock`, ended.stdout.toString());
    const store = createSqliteStore({ path });
    expect(await store.append('doc', new Uint8Array([1]))).toBe(1);
    await store.close();

    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30_000)']);
    try {
      writeFileSync(`${path}.lock`, String(running.pid));
      expect(() => createSqliteStore({ path })).toThrow(
        expect.objectContaining({ code: 'LOCKED' }),
      );
    } finally {
      running.kill();
    }
  });

  it('drains the appends of a document into one row, and compaction splits a row it cuts', async () => {
    const path = nextPath();
    const store = createSqliteStore({ path, drainIntervalMs: 60_000 });
    for (let index = 1; index <= 5; index++) {
      await store.append('doc', new Uint8Array([index, index]));
      await store.append('other', new Uint8Array([index]));
    }
    const rows = () =>
      new Database(path, { readonly: true })
        .prepare('SELECT name, seq, count FROM updates ORDER BY name, seq')
        .all();
    expect(rows()).toEqual([]);
    // An operation on one document drains that document only; listing drains them all.
    await store.compact('doc', new Uint8Array([7, 7, 7]), 3);
    expect(rows()).toEqual([{ name: 'doc', seq: 5, count: 2 }]);
    expect(await store.list()).toEqual(['doc', 'other']);
    expect(rows()).toEqual([
      { name: 'doc', seq: 5, count: 2 },
      { name: 'other', seq: 5, count: 5 },
    ]);
    expect(await store.load('doc')).toEqual({
      snapshot: new Uint8Array([7, 7, 7]),
      updates: [new Uint8Array([4, 4]), new Uint8Array([5, 5])],
      snapshotSeq: 3,
      lastSeq: 5,
    });
    expect(await store.meta('doc')).toMatchObject({ tailCount: 2, tailBytes: 4, snapshotBytes: 3 });
    await store.close();
  });

  it('opens the file in WAL mode with the requested synchronous level', () => {
    for (const [synchronous, level] of [
      ['NORMAL', 1],
      ['FULL', 2],
    ] as const) {
      const db = openSqliteDatabase(nextPath(), synchronous);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(level);
      db.close();
    }
  });

  it('rejects an unknown synchronous level and a newer schema', async () => {
    const synchronous = 'OFF' as 'NORMAL';
    expect(() => createSqliteStore({ path: ':memory:', synchronous })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    const path = nextPath();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => createSqliteStore({ path })).toThrow(
      expect.objectContaining({ code: 'SCHEMA_VERSION' }),
    );
  });

  it('migrates a version-1 file, whose snapshots sat in the documents table', async () => {
    const path = nextPath();
    const db = new Database(path);
    db.exec(`CREATE TABLE documents (name TEXT PRIMARY KEY NOT NULL, snapshot_seq INTEGER NOT NULL,
      last_seq INTEGER NOT NULL, tail_count INTEGER NOT NULL, tail_bytes INTEGER NOT NULL,
      snapshot_bytes INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      snapshot BLOB) STRICT;
      CREATE TABLE updates (name TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,
      PRIMARY KEY (name, seq)) STRICT, WITHOUT ROWID;
      INSERT INTO documents VALUES ('case/1', 2, 3, 1, 2, 3, '2026-01-01', '2026-01-02', x'010203');
      INSERT INTO updates VALUES ('case/1', 3, x'0909');`);
    db.pragma('user_version = 1');
    db.close();
    const store = createSqliteStore({ path });
    expect(await store.load('case/1')).toEqual({
      snapshot: new Uint8Array([1, 2, 3]),
      updates: [new Uint8Array([9, 9])],
      snapshotSeq: 2,
      lastSeq: 3,
    });
    expect(await store.append('case/1', new Uint8Array([5, 5]))).toBe(4);
    await store.close();
  });
});
