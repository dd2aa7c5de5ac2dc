import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ChildServer, startChildServer } from '../support/childServer.ts';
import { sleep } from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';

const settings = { MAX_MESSAGES_PER_SECOND: '5000' };
const roomA = 'case/demo-0001/notes';
const roomB = 'case/demo-0002/notes';

/** A stock client that keeps its Y.Doc across servers, streams markers and records what it receives. */
interface Editor {
  readonly name: string;
  readonly room: string;
  readonly username: string;
  readonly doc: Y.Doc;
  connection: StockClient | null;
  /** Markers this client created, in order. */
  readonly created: string[];
  /** Markers of other clients this client received from the server. */
  readonly received: Set<string>;
}

function createEditor(name: string, room: string, username: string): Editor {
  const doc = new Y.Doc();
  const editor: Editor = {
    name,
    room,
    username,
    doc,
    connection: null,
    created: [],
    received: new Set(),
  };
  doc.getArray<string>('markers').observe((event, transaction) => {
    if (transaction.local) return;
    for (const item of event.changes.added) {
      for (const marker of item.content.getContent() as string[]) {
        if (!marker.startsWith(`${name}#`)) editor.received.add(marker);
      }
    }
  });
  return editor;
}

function markersOf(doc: Y.Doc): string[] {
  return doc.getArray<string>('markers').toArray();
}

/**
 * kill -9 of the server while clients stream edits: every update any client had received (the
 * server forwards only what it has stored) survives the restart, and every client, with the
 * edits it made while the server was down, converges on the restarted server.
 */
describe('the server killed with SIGKILL mid-stream', () => {
  let dataDir = '';
  const servers: ChildServer[] = [];
  const editors: Editor[] = [];
  const extra: StockClient[] = [];
  let streaming = false;

  afterEach(async () => {
    streaming = false;
    for (const editor of editors.splice(0)) editor.connection?.destroy();
    for (const client of extra.splice(0)) client.destroy();
    await Promise.all(servers.splice(0).map((server) => server.kill('SIGKILL')));
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function connectAll(server: ChildServer): Promise<void> {
    const tokens = new Map<string, string>();
    for (const editor of editors) {
      if (!tokens.has(editor.username))
        tokens.set(editor.username, await server.login(editor.username));
      editor.connection = connectStockClient(
        server.syncUrl,
        editor.room,
        tokens.get(editor.username)!,
        editor.doc,
      );
    }
  }

  it('loses nothing any client received, and everyone converges after the restart', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lianban-kill9-'));
    const first = await startChildServer(dataDir, settings);
    servers.push(first);
    editors.push(
      createEditor('a0', roomA, 'handler'),
      createEditor('a1', roomA, 'handler2'),
      createEditor('a2', roomA, 'handler'),
      createEditor('a3', roomA, 'handler2'),
      createEditor('b0', roomB, 'handler'),
      createEditor('b1', roomB, 'unithead'),
    );
    await connectAll(first);
    await Promise.all(editors.map((editor) => editor.connection!.synced()));

    // Every client appends a unique marker every few milliseconds, connected or not.
    streaming = true;
    const streams = editors.map(async (editor) => {
      const markers = editor.doc.getArray<string>('markers');
      while (streaming) {
        const marker = `${editor.name}#${editor.created.length}`;
        editor.created.push(marker);
        markers.push([marker]);
        await sleep(3);
      }
    });

    // ~1.5 s of streaming, longer if a loaded machine has not yet forwarded a few hundred markers.
    await sleep(1_500);
    const receivedInA = () =>
      new Set(editors.filter((e) => e.room === roomA).flatMap((e) => [...e.received])).size;
    await eventually(() => receivedInA() >= 300, 'a few hundred markers forwarded', 10_000);
    const killed = await first.kill('SIGKILL');
    expect(killed.signal).toBe('SIGKILL');
    const createdAtKill = editors.reduce((sum, editor) => sum + editor.created.length, 0);
    // Whatever the dead server had already written to a socket is drained once the client sees the close.
    await eventually(
      () => editors.every((editor) => editor.connection!.closeCodes.length > 0),
      'every client noticed the kill',
    );
    const receivedBeforeKill = new Map<string, Set<string>>([
      [roomA, new Set()],
      [roomB, new Set()],
    ]);
    for (const editor of editors) {
      for (const marker of editor.received) receivedBeforeKill.get(editor.room)!.add(marker);
      editor.connection!.destroy();
      editor.connection = null;
    }

    // Restart on the same data; clients keep editing offline meanwhile.
    const second = await startChildServer(dataDir, settings);
    servers.push(second);
    streaming = false;
    await Promise.all(streams);

    // (a) Before any old client reconnects (they would re-upload), a fresh client sees the
    // server's own state: it holds every marker that was forwarded before the kill.
    const token = await second.login('handler');
    const stored = new Map<string, Set<string>>();
    for (const room of [roomA, roomB]) {
      const fresh = connectStockClient(second.syncUrl, room, token);
      extra.push(fresh);
      await fresh.synced();
      stored.set(room, new Set(markersOf(fresh.doc)));
    }
    for (const room of [roomA, roomB]) {
      const missing = [...receivedBeforeKill.get(room)!].filter(
        (marker) => !stored.get(room)!.has(marker),
      );
      expect(missing, `${room}: received before the kill but not stored`).toEqual([]);
    }

    // (b) Everyone reconnects with the same Y.Doc and converges, offline edits included.
    await connectAll(second);
    const createdIn = (room: string) =>
      editors.filter((editor) => editor.room === room).flatMap((editor) => editor.created);
    for (const room of [roomA, roomB]) {
      const members = [
        ...editors.filter((editor) => editor.room === room).map((editor) => editor.doc),
        ...extra.filter((client) => client.provider.roomname === room).map((client) => client.doc),
      ];
      const expected = createdIn(room).length;
      await eventually(
        () => members.every((doc) => doc.getArray('markers').length === expected),
        `${room}: all ${expected} markers everywhere`,
        15_000,
      );
      const reference = JSON.stringify(markersOf(members[0]!));
      for (const doc of members) expect(JSON.stringify(markersOf(doc))).toBe(reference);
      expect(new Set(markersOf(members[0]!))).toEqual(new Set(createdIn(room)));
    }

    const total = editors.reduce((sum, editor) => sum + editor.created.length, 0);
    const lines = [roomA, roomB].map(
      (room) =>
        `${room}: ${createdIn(room).length} markers created, ${receivedBeforeKill.get(room)!.size} received by another client before the kill, ${stored.get(room)!.size} stored after the restart`,
    );
    console.info(
      [
        `kill -9: ${createdAtKill} markers created before the kill, ${total - createdAtKill} while the server was down`,
        ...lines,
      ].join('\n'),
    );
    expect(receivedBeforeKill.get(roomA)!.size).toBeGreaterThan(200);
    expect(total - createdAtKill).toBeGreaterThan(0);
  });
});
