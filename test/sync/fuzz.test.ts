import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CloseCode,
  decodeClientMessage,
  decodeFailureCloseCode,
  defaultMessageLimits,
  encodeQueryAwareness,
  encodeStoredQuery,
  type MessageLimits,
} from '@lianban/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type ChildServer, startChildServer } from '../support/childServer.ts';
import { createRng, type FuzzContext, nextFuzzCase } from '../support/fuzzFrames.ts';
import { healthStatus, metricValue } from '../support/http.ts';
import {
  connectRaw,
  decodeFromServer,
  type RawClient,
  type RawClose,
  sleep,
} from '../support/rawClient.ts';
import { connectStockClient, eventually, type StockClient } from '../support/stockClient.ts';

const seed = Number(process.env.FUZZ_SEED ?? 20261128);
const targetMessages = Number(process.env.FUZZ_MESSAGES ?? 10_000);
const workers = Number(process.env.FUZZ_WORKERS ?? 3);
const maxMessageBytes = 32 * 1024;
const allowedCloseCodes = new Set<number>([
  CloseCode.BadMessage,
  CloseCode.MessageTooLarge,
  CloseCode.RateLimited,
]);
/** The limits the server decodes with (as composeServer derives them from MAX_MESSAGE_BYTES). */
const serverLimits: MessageLimits = {
  ...defaultMessageLimits,
  maxMessageBytes,
  maxUpdateBytes: maxMessageBytes,
};
const fuzzRoom = 'case/demo-0001/file';
const quietRoom = 'case/demo-0001/notes';
const probeIdBase = 2_000_000_000;

/** What the server's decoder says about a frame: undefined if valid, else the close code. */
function predictedClose(frame: Uint8Array | string): number | undefined {
  const bytes = typeof frame === 'string' ? new TextEncoder().encode(frame) : frame;
  const decoded = decodeClientMessage(bytes, serverLimits);
  return decoded.ok ? undefined : decodeFailureCloseCode(decoded.reason);
}

/**
 * Random and mutated frames from authenticated writers: every rejected socket is closed with
 * 4400/4413/4429 (the code the protocol decoder predicts), every accepted frame keeps the socket
 * alive, and meanwhile other rooms keep syncing and the server keeps answering.
 */
describe(`sync fuzzing (seed ${seed})`, () => {
  // The server runs in its own process: the fuzzer then has a core of its own, and a crash of
  // the server cannot hide inside the test runner.
  let server: ChildServer;
  let dataDir: string;
  const stock: StockClient[] = [];
  const sockets = new Set<RawClient>();
  /** The background editors and health checks run while this is true. */
  let running = false;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lianban-fuzz-'));
    server = await startChildServer(dataDir, {
      LOG_LEVEL: 'error',
      MAX_MESSAGE_BYTES: String(maxMessageBytes),
      MAX_MESSAGES_PER_SECOND: '100000',
      MAX_BYTES_PER_SECOND: String(1024 * 1024 * 1024),
      MAX_AWARENESS_PER_SECOND: '1000',
      MAX_CONNECTIONS_PER_USER: '1000',
    });
  });
  afterAll(async () => {
    running = false;
    for (const client of stock.splice(0)) client.destroy();
    for (const socket of sockets) socket.terminate();
    await server?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`survives ${targetMessages} hostile frames while other clients keep syncing`, async () => {
    const handlerToken = await server.login('handler');
    const handler2Token = await server.login('handler2');

    // Two editors in another room, editing all along.
    const editors = [
      connectStockClient(server.syncUrl, quietRoom, handlerToken),
      connectStockClient(server.syncUrl, quietRoom, handler2Token),
    ];
    // A stock observer in the fuzzed room: its awareness id is the foreign one the fuzzer hijacks,
    // and everything the server forwards to it must stay applicable.
    const observer = connectStockClient(server.syncUrl, fuzzRoom, handler2Token);
    stock.push(...editors, observer);
    await Promise.all([...editors, observer].map((client) => client.synced()));
    observer.provider.awareness.setLocalStateField('user', { name: 'observer' });

    running = true;
    const editCounts = [0, 0];
    const editLoops = editors.map(async (editor, index) => {
      const text = editor.doc.getText('quiet');
      while (running) {
        text.insert(text.length, `<e${index}-${editCounts[index]}>`);
        editCounts[index]!++;
        await sleep(15);
      }
    });
    const healthCodes: number[] = [];
    const healthLoop = (async () => {
      while (running) {
        healthCodes.push(await healthStatus(server.url).catch(() => -1));
        await sleep(300);
      }
    })();

    const failures: string[] = [];
    const closes = new Map<number, number>();
    const kinds = new Map<string, number>();
    let sent = 0;
    let accepted = 0;
    let connections = 0;
    let probeId = probeIdBase;
    const started = Date.now();

    async function worker(index: number): Promise<void> {
      const rng = createRng(seed + index * 7919);
      const context: FuzzContext = {
        rng,
        doc: new Y.Doc(),
        awarenessClientId: 0,
        awarenessClock: 0,
        foreignClientIds: [observer.doc.clientID],
        maxMessageBytes,
        pool: [],
      };
      while (sent < targetMessages && failures.length < 20) {
        const socket = connectRaw(server.syncUrl, fuzzRoom, handlerToken);
        sockets.add(socket);
        connections++;
        try {
          await socket.opened;
        } catch (error) {
          failures.push(
            `worker ${index}: could not connect: ${String(error)} ${socket.errors.map(String)}`,
          );
          return;
        }
        context.awarenessClientId = 1_000_000 + rng.int(2 ** 30);
        context.awarenessClock = 0;
        // One connection: cases the decoder accepts, sent back to back, up to the first case it
        // rejects; then a probe. The server handles frames in order, so an answered probe means
        // every frame was accepted, and otherwise the close must be the one the rejected frame
        // calls for.
        const batch: string[] = [];
        let expected: number | undefined;
        let last: (Uint8Array | string)[] = [];
        while (expected === undefined && batch.length < 12 && sent < targetMessages) {
          const fuzzCase = nextFuzzCase(context);
          kinds.set(fuzzCase.kind, (kinds.get(fuzzCase.kind) ?? 0) + 1);
          batch.push(fuzzCase.kind);
          last = fuzzCase.frames;
          for (const frame of fuzzCase.frames) {
            socket.send(frame);
            sent++;
            expected = predictedClose(frame);
            if (expected !== undefined) break;
          }
        }
        const what = () => `[${batch.join(', ')}] ending in ${last.map(hex).join(' ')}`;
        const outcome = await probe(socket, ++probeId);
        if (outcome === 'alive') {
          accepted += batch.length;
          if (expected !== undefined)
            failures.push(`accepted a frame the decoder rejects (${expected}): ${what()}`);
        } else if (typeof outcome === 'string') {
          failures.push(`${outcome}: ${what()}`);
        } else {
          closes.set(outcome.code, (closes.get(outcome.code) ?? 0) + 1);
          accepted += batch.length - 1;
          if (!allowedCloseCodes.has(outcome.code)) {
            failures.push(
              `closed with ${outcome.code} (${socket.errors.map(String).join('; ') || 'no socket error'}): ${what()}`,
            );
          } else if (outcome.code !== expected && outcome.code !== CloseCode.RateLimited) {
            failures.push(`closed with ${outcome.code}, decoder predicts ${expected}: ${what()}`);
          }
        }
        socket.terminate();
        sockets.delete(socket);
      }
    }

    await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
    const fuzzMs = Date.now() - started;
    running = false;
    await Promise.all([...editLoops, healthLoop]);

    console.info(
      [
        `fuzz seed ${seed}: ${sent} frames in ${fuzzMs} ms over ${connections} connections`,
        `accepted ${accepted} cases; closes ${JSON.stringify(Object.fromEntries(closes))}`,
        `kinds ${JSON.stringify(Object.fromEntries(kinds))}`,
        `editors made ${editCounts.join(' + ')} edits; health checks ${healthCodes.length}`,
      ].join('\n'),
    );
    expect(failures, `seed ${seed}`).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(targetMessages);
    expect(closes.get(CloseCode.BadMessage) ?? 0).toBeGreaterThan(0);
    expect(closes.get(CloseCode.MessageTooLarge) ?? 0).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);

    // The quiet room converged with every edit, and nobody there was disturbed.
    await eventually(
      () =>
        editors.every((editor) => {
          const text = editor.doc.getText('quiet').toString();
          return editCounts.every((count, index) => text.includes(`<e${index}-${count - 1}>`));
        }),
      'editors converge',
      10_000,
    );
    expect(editors[0]!.doc.getText('quiet').toString()).toBe(
      editors[1]!.doc.getText('quiet').toString(),
    );
    for (const [index, count] of editCounts.entries()) {
      const text = editors[0]!.doc.getText('quiet').toString();
      for (let n = 0; n < count; n++) expect(text.includes(`<e${index}-${n}>`)).toBe(true);
    }
    for (const client of [...editors, observer]) expect(client.closeCodes).toEqual([]);

    // The server still answers, stored everything it accepted, and its room state matches what
    // it forwarded to the stock observer in the fuzzed room.
    expect(healthCodes.length).toBeGreaterThan(0);
    expect(healthCodes.every((code) => code === 200)).toBe(true);
    expect(await healthStatus(server.url)).toBe(200);
    expect(await metricValue(server.url, 'lianban_store_failures_total')).toBe(0);
    expect(server.process.exitCode).toBeNull();
    expect(server.events.filter((event) => event.level === 'error')).toEqual([]);
    expect(
      await metricValue(server.url, 'lianban_rejected_messages_total{reason="awareness-echo"}'),
    ).toBeGreaterThan(0);
    const fresh = connectStockClient(server.syncUrl, fuzzRoom, handlerToken);
    stock.push(fresh);
    await fresh.synced();
    await eventually(
      () =>
        Y.encodeStateVector(fresh.doc).toString() === Y.encodeStateVector(observer.doc).toString(),
      'observer and fresh client agree',
    );
    expect(fresh.doc.getText('fuzz').toString()).toBe(observer.doc.getText('fuzz').toString());
    // Nobody could speak for the observer's awareness: ask the server for the room's awareness.
    const asker = connectRaw(server.syncUrl, fuzzRoom, handlerToken);
    sockets.add(asker);
    await asker.opened;
    asker.send(encodeQueryAwareness());
    const awareness = await asker.waitFor((message) => message.type === 'awareness');
    const entry =
      awareness.type === 'awareness'
        ? awareness.clients.find((client) => client.clientId === observer.doc.clientID)
        : undefined;
    // Stamped with the observer's identity (handler2), not the fuzzer's (handler).
    expect(entry?.state).toEqual({
      user: {
        name: '承办人 赵敏',
        userId: expect.any(String),
        unitId: 'c1-zrzy',
        unit: '青川市自然资源局',
      },
    });
    // Standalone this takes 11-16 s on a loaded 2-core machine; the margin is for full-suite runs.
  }, 150_000);
});

/**
 * Sends a stored query with `id` and resolves 'alive' when its answer arrives, the close if the
 * socket closes first, or an error text after 10 s. Only frames of type 100 are decoded.
 */
function probe(socket: RawClient, id: number): Promise<'alive' | RawClose | string> {
  return new Promise((resolve) => {
    const onMessage = (data: Buffer) => {
      if (data[0] !== 100) return;
      const message = decodeFromServer(
        new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
      );
      if (message.type === 'storedStateVector' && message.requestId === id) finish('alive');
    };
    const onClose = () => finish(socket.closeEvent ?? 'closed without an event');
    const timer = setTimeout(() => finish('no answer within 10 s'), 10_000);
    const finish = (outcome: 'alive' | RawClose | string) => {
      clearTimeout(timer);
      socket.ws.off('message', onMessage);
      socket.ws.off('close', onClose);
      resolve(outcome);
    };
    if (socket.closeEvent) {
      finish(socket.closeEvent);
      return;
    }
    socket.ws.on('message', onMessage);
    socket.ws.on('close', onClose);
    socket.send(encodeStoredQuery(id));
  });
}

function hex(frame: Uint8Array | string): string {
  if (typeof frame === 'string') return JSON.stringify(frame);
  const head = Buffer.from(frame.subarray(0, 48)).toString('hex');
  return frame.length > 48 ? `${head}…(${frame.length} bytes)` : head;
}
