import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from './createSqliteStore.ts';
import { openSqliteDatabase } from './openSqliteDatabase.ts';
import { startWalCheckpointer } from './startWalCheckpointer.ts';

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'lianban-wal-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('startWalCheckpointer', () => {
  it('keeps the WAL bounded while the writer never checkpoints and barely pauses', async () => {
    const path = join(directory, 'bounded.sqlite');
    const db = openSqliteDatabase(path, 'NORMAL');
    let held = false;
    let holds = 0;
    const checkpointer = startWalCheckpointer(
      db,
      {
        hold: () => {
          held = true;
          holds++;
        },
        release: () => {
          held = false;
        },
      },
      { path, synchronous: 'NORMAL', intervalMs: 5, holdAfterFrames: 100 },
    );
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const insert = db.prepare('INSERT INTO updates (name, seq, data) VALUES (?, ?, ?)');
    const data = new Uint8Array(3000);
    let seq = 0;
    // Writes 5 rows per turn of the event loop, none while held, until `bytes` more are written.
    const write = async (bytes: number, until: () => boolean = () => false): Promise<void> => {
      const end = seq + bytes / data.byteLength;
      while (seq < end && !until()) {
        if (!held) for (let i = 0; i < 5; i++) insert.run(`doc-${seq % 10}`, ++seq, data);
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    // The thread takes a moment to start; the file keeps the size the WAL reached meanwhile.
    await write(64 * 1024 * 1024, () => holds > 0 && !held);
    const walBefore = statSync(`${path}-wal`).size;
    const written = 16 * 1024 * 1024;
    await write(written);
    const growth = statSync(`${path}-wal`).size - walBefore;
    await checkpointer.stop();
    db.close();
    expect(growth).toBeLessThan(written / 4);
    expect(held).toBe(false);
  });

  it('stops with the store: its connection is closed, so the last close removes the WAL', async () => {
    const path = join(directory, 'closed.sqlite');
    const store = createSqliteStore({ path, checkpointIntervalMs: 5 });
    for (let i = 0; i < 50; i++) await store.append('doc', new Uint8Array(4096));
    expect(existsSync(`${path}-wal`)).toBe(true);
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
  });
});

describe('startWalCheckpointer when its worker fails', () => {
  it('says so and gives checkpoints back to the writer', async () => {
    const path = join(directory, 'failing.sqlite');
    const db = openSqliteDatabase(path, 'NORMAL');
    const failures: unknown[] = [];
    const checkpointer = startWalCheckpointer(
      db,
      { hold: () => {}, release: () => {} },
      {
        path: join(directory, 'no-such-folder', 'failing.sqlite'),
        synchronous: 'NORMAL',
        intervalMs: 5,
        holdAfterFrames: 100,
        onFailure: (error) => failures.push(error),
      },
    );
    const deadline = Date.now() + 10_000;
    while (db.pragma('wal_autocheckpoint', { simple: true }) === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(failures).toHaveLength(1);
    expect(String(failures[0])).toMatch(/directory does not exist/);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    await checkpointer.stop();
    db.close();
  });
});
