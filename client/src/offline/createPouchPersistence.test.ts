import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createPouchPersistence } from './createPouchPersistence.ts';
import type { LocalDatabase } from './localDatabase.ts';
import type { PouchPersistenceOptions } from './pouchPersistence.ts';
import { readLog } from './updateLog.ts';

PouchDB.plugin(memoryAdapter);

const name = 'case/demo-0001/file';
const databases: LocalDatabase[] = [];
let counter = 0;

function database(): LocalDatabase {
  counter += 1;
  const db = new PouchDB(`test-${counter}-${Math.random()}`, { adapter: 'memory' });
  databases.push(db);
  return db;
}

afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.destroy()));
});

// Every local update its own change (changeGapMs 0) unless a test says otherwise.
async function reopen(
  db: LocalDatabase,
  options: Pick<PouchPersistenceOptions, 'compactAfter' | 'changeGapMs' | 'compactWhen'> = {},
) {
  const doc = new Y.Doc();
  const persistence = createPouchPersistence({
    db,
    name,
    doc,
    flushDelayMs: 5,
    changeGapMs: 0,
    ...options,
  });
  await persistence.whenLoaded;
  return { doc, persistence };
}

describe('createPouchPersistence', () => {
  it('restores edits after a reload, with their pending count', async () => {
    const db = database();
    const first = await reopen(db);
    first.doc.getText('t').insert(0, '信访');
    await first.persistence.flush();
    first.doc.getText('t').insert(2, '事项');
    expect(first.persistence.pending()).toBe(2);
    await first.persistence.destroy();

    const second = await reopen(db);
    expect(second.doc.getText('t').toString()).toBe('信访事项');
    expect(second.persistence.pending()).toBe(2);
  });

  it('stores a burst of keystrokes as one entry and one pending change', async () => {
    const db = database();
    const { doc, persistence } = await reopen(db, { changeGapMs: 60_000 });
    for (const char of '一二三四五') doc.getText('t').insert(doc.getText('t').length, char);
    expect(persistence.pending()).toBe(1);
    expect((await readLog(db, name)).length).toBe(0);
    await persistence.flush();
    expect((await readLog(db, name)).length).toBe(1);
    expect((await reopen(db)).doc.getText('t').toString()).toBe('一二三四五');
  });

  it('counts keystrokes written one by one as one change until a pause, across a reload', async () => {
    const db = database();
    const first = await reopen(db, { changeGapMs: 60_000 });
    const text = first.doc.getText('t');
    for (const char of '经现场核实') {
      text.insert(text.length, char);
      await first.persistence.flush();
    }
    expect((await readLog(db, name)).length).toBe(5);
    expect(first.persistence.pending()).toBe(1);
    await first.persistence.destroy();
    expect((await reopen(db, { changeGapMs: 60_000 })).persistence.pending()).toBe(1);
  });

  it('starts a new change after a pause', async () => {
    const db = database();
    const { doc, persistence } = await reopen(db, { changeGapMs: 30 });
    doc.getText('t').insert(0, 'a');
    doc.getText('t').insert(1, 'b');
    await new Promise((resolve) => setTimeout(resolve, 40));
    doc.getText('t').insert(2, 'c');
    expect(persistence.pending()).toBe(2);
  });

  it('starts a new change after a checkpoint, so a later keystroke is not confirmed early', async () => {
    const db = database();
    const { doc, persistence } = await reopen(db, { changeGapMs: 60_000 });
    doc.getText('t').insert(0, 'a');
    const checkpoint = persistence.checkpoint();
    doc.getText('t').insert(1, 'b');
    persistence.confirm(checkpoint);
    expect(persistence.pending()).toBe(1);
    await persistence.destroy();
    expect((await reopen(db)).persistence.pending()).toBe(1);
  });

  it('does not count updates from the network as pending', async () => {
    const db = database();
    const remote = { provider: true };
    const doc = new Y.Doc();
    const persistence = createPouchPersistence({
      db,
      name,
      doc,
      isLocal: (origin) => origin !== remote,
    });
    await persistence.whenLoaded;
    const peer = new Y.Doc();
    peer.getText('t').insert(0, '来自服务器');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), remote);
    expect(persistence.pending()).toBe(0);
    await persistence.destroy();
    const again = await reopen(db);
    expect(again.doc.getText('t').toString()).toBe('来自服务器');
    expect(again.persistence.pending()).toBe(0);
  });

  it('keeps a confirmation across reloads and counts only later edits', async () => {
    const db = database();
    const first = await reopen(db);
    first.doc.getText('t').insert(0, 'a');
    first.persistence.confirm(first.persistence.checkpoint());
    first.doc.getText('t').insert(1, 'b');
    expect(first.persistence.pending()).toBe(1);
    await first.persistence.destroy();
    const second = await reopen(db);
    expect(second.persistence.pending()).toBe(1);
    second.persistence.confirm(second.persistence.checkpoint());
    expect(second.persistence.pending()).toBe(0);
    await second.persistence.destroy();
    expect((await reopen(db)).persistence.pending()).toBe(0);
  });

  it('compacts past the threshold into one snapshot once typing pauses, without losing text or pending', async () => {
    const db = database();
    const { doc, persistence } = await reopen(db, {
      compactAfter: 10,
      compactWhen: { quietMs: 30, idleTimeoutMs: 10, maxWaitMs: 60_000 },
    });
    const text = doc.getText('t');
    for (let i = 0; i < 12; i++) {
      text.insert(text.length, String(i % 10));
      await persistence.flush();
    }
    // Still typing: nothing compacted from the write that made it due.
    expect((await readLog(db, name)).length).toBe(12);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const log = await readLog(db, name);
    expect(log.length).toBe(1);
    await persistence.destroy();
    const again = await reopen(db);
    expect(again.doc.getText('t').toString()).toBe('012345678901');
    expect(again.persistence.pending()).toBe(12);
  });

  it('keeps entries another tab wrote while compacting', async () => {
    const db = database();
    const tabA = await reopen(db);
    const tabB = await reopen(db);
    tabA.doc.getText('t').insert(0, 'A');
    tabB.doc.getText('t').insert(0, 'B');
    await Promise.all([tabA.persistence.flush(), tabB.persistence.flush()]);
    expect(await tabA.persistence.compact()).toBe(true);
    expect(tabA.doc.getText('t').toString()).toContain('B');
    const again = await reopen(db);
    expect(again.doc.getText('t').toString().split('').sort().join('')).toBe('AB');
  });

  it('notifies listeners of pending changes from the write, not from inside the update', async () => {
    const db = database();
    const { doc, persistence } = await reopen(db, { changeGapMs: 60_000 });
    const seen: number[] = [];
    persistence.onPendingChange((pending) => seen.push(pending));
    doc.getText('t').insert(0, 'x');
    doc.getText('t').insert(1, 'y');
    expect(seen).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([1]);
    persistence.confirm(persistence.checkpoint());
    expect(seen).toEqual([1, 0]);
  });
});
