import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { roomName } from '@lianban/case-model';
import { createSqliteStore } from '@lianban/storage';
import {
  CloseCode,
  decodeServerMessage,
  defaultMessageLimits,
  encodeStoredQuery,
  encodeSyncStep1,
  encodeUpdate,
  type ServerMessage,
} from '@lianban/sync';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { composeServer, type ServerParts } from './composeServer.ts';
import { type ListeningServer, listenHttp } from './listenHttp.ts';

/** What the warm-up got through; `coldStateBytes` is null when the scratch open did not finish. */
export interface WarmUpReport {
  readonly refusedWithCode: number | null;
  readonly coldStateBytes: number | null;
}

const scratchCase = 'warm-up-0001';
const scratchUnit = 'warm-up-unit';
// Past 64 KiB, so the long frame header of a big stored state is compiled too.
const scratchTextLength = 70_000;
const emptyStateVector = Uint8Array.of(0);

const wsBase = (httpUrl: string) => httpUrl.replace(/^http/, 'ws');

/**
 * Opens a socket, sends `messages` once it is open, and resolves with the first server message
 * that `wanted` accepts (or with the close code, or null after `timeoutMs`); then closes.
 */
function exchange(
  url: string,
  messages: Uint8Array[],
  wanted: (message: ServerMessage) => boolean,
  timeoutMs: number,
): Promise<{ message: ServerMessage | null; closeCode: number | null }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    let settled = false;
    const finish = (message: ServerMessage | null, closeCode: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (socket.readyState === WebSocket.OPEN) socket.close(CloseCode.GoingAway);
      else socket.terminate();
      resolve({ message, closeCode });
    };
    const timer = setTimeout(() => finish(null, null), timeoutMs);
    socket.on('open', () => {
      for (const message of messages) socket.send(message);
    });
    socket.on('message', (data: Buffer) => {
      const decoded = decodeServerMessage(new Uint8Array(data), {
        ...defaultMessageLimits,
        maxMessageBytes: data.byteLength,
        maxUpdateBytes: data.byteLength,
      });
      if (decoded.ok && wanted(decoded.message)) finish(decoded.message, null);
    });
    socket.on('close', (code) => finish(null, code));
    socket.on('error', () => finish(null, null));
  });
}

/** One paragraph of `scratchTextLength` letters, as an editor would have made it. */
function scratchUpdate(): Uint8Array {
  const doc = new Y.Doc({ gc: false });
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText('warm'.repeat(scratchTextLength / 4))]);
  doc.getXmlFragment('facts').insert(0, [paragraph]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

async function untilRoomsUnloaded(rooms: { size(): number }, timeoutMs: number): Promise<boolean> {
  const giveUpAt = performance.now() + timeoutMs;
  while (rooms.size() > 0) {
    if (performance.now() > giveUpAt) return false;
    await sleep(5);
  }
  return true;
}

// Signs in by token, opens the scratch case file, writes to it and waits until it is stored,
// leaves (the room unloads and compacts into a snapshot), then opens it again: a cold room sends
// the stored state at once, as it does to the first client after a restart.
async function openScratchDocument(timeoutMs: number): Promise<number | null> {
  let directory: string | null = null;
  let parts: ServerParts | null = null;
  let listening: ListeningServer | null = null;
  try {
    directory = mkdtempSync(join(tmpdir(), 'lianban-warm-up-'));
    const store = createSqliteStore({
      path: join(directory, 'documents.sqlite'),
      // A journal like the real one's; no checkpoint worker to start and stop for one document.
      checkpointIntervalMs: 0,
    });
    try {
      parts = composeServer({ inMemory: true, LOG_LEVEL: 'silent', ROOM_IDLE_MS: 0, store });
    } catch (error) {
      await store.close();
      throw error;
    }
    listening = await listenHttp(parts, 0, '127.0.0.1');
    parts.fixtures.createUnit({ unitId: scratchUnit, name: 'warm-up' });
    await parts.fixtures.createUser({
      username: 'warm-up',
      password: randomBytes(24).toString('base64url'),
      role: 'handler',
      unitId: scratchUnit,
    });
    parts.fixtures.createCase({ caseId: scratchCase, leadUnitId: scratchUnit });
    const token = await parts.fixtures.issueToken('warm-up');
    const room = roomName({ caseId: scratchCase, kind: 'file' });
    const url = `${wsBase(listening.url)}/sync/${room}?token=${token}`;

    const written = await exchange(
      url,
      [encodeSyncStep1(emptyStateVector), encodeUpdate(scratchUpdate()), encodeStoredQuery()],
      (message) => message.type === 'storedStateVector',
      timeoutMs,
    );
    if (!written.message || !(await untilRoomsUnloaded(parts.rooms, timeoutMs))) return null;
    const reopened = await exchange(
      url,
      [encodeSyncStep1(emptyStateVector)],
      (message) => message.type === 'syncStep2',
      timeoutMs,
    );
    return reopened.message?.type === 'syncStep2' ? reopened.message.update.byteLength : null;
  } catch {
    return null;
  } finally {
    await closeScratch(parts, listening, directory);
  }
}

// Each step on its own: whatever fails, the rest is still closed and the directory removed.
async function closeScratch(
  parts: ServerParts | null,
  listening: ListeningServer | null,
  directory: string | null,
): Promise<void> {
  const attempt = async (step: () => unknown) => {
    try {
      await step();
    } catch {
      // The scratch server is thrown away; a step that fails leaves nothing the real one uses.
    }
  };
  await attempt(() => listening?.stopListening());
  if (parts) {
    const scratch = parts;
    await attempt(() => {
      for (const connection of scratch.open) connection.close(CloseCode.GoingAway);
    });
    await attempt(() => scratch.rooms.closeAll());
    await attempt(() => scratch.store.close());
    await attempt(() => scratch.db.close());
  }
  await attempt(() => listening?.server.closeAllConnections());
  if (directory) {
    const path = directory;
    await attempt(() => rmSync(path, { recursive: true, force: true }));
  }
}

/**
 * Runs what a document open runs, once, at boot, so the first client after a restart does not
 * wait for that code to be compiled: after a restart the server's part of opening a
 * 100,000-edit document took 5–7 ms, against under 1 ms once compiled.
 *
 * The real server's data is not touched. Its own router and upgrade get one connection with a
 * random token, which no session matches: refused with 4401 like any stranger (and counted as
 * such: `rejected{reason="no-credentials"}` gains one at boot). Everything behind an accepted
 * open runs on a scratch server composed of the same code, its database in memory and its
 * document file in a temporary directory removed afterwards. Never throws; each step gives up
 * after `timeoutMs`.
 */
export async function warmOpenPath(realUrl: string, timeoutMs = 2_000): Promise<WarmUpReport> {
  const token = randomBytes(32).toString('base64url');
  // `exchange` settles on every outcome; `openScratchDocument` catches and cleans up its own.
  const refused = await exchange(
    `${wsBase(realUrl)}/sync/warm-up:none?token=${token}`,
    [encodeSyncStep1(emptyStateVector)],
    () => false,
    timeoutMs,
  );
  return {
    refusedWithCode: refused.closeCode,
    coldStateBytes: await openScratchDocument(timeoutMs),
  };
}
