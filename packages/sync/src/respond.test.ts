import fc from 'fast-check';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { coversStateVector } from './coversStateVector.ts';
import { decodeClientMessage } from './decodeClientMessage.ts';
import { decodeServerMessage } from './decodeServerMessage.ts';
import { encodeStoredQuery, encodeUpdate } from './encodeServerMessage.ts';
import { defaultMessageLimits } from './limits.ts';
import { type Access, type Response, type RoomView, respond } from './respond.ts';

function decoded(bytes: Uint8Array) {
  const result = decodeClientMessage(bytes, defaultMessageLimits);
  if (!result.ok) throw new Error(result.detail);
  return result.message;
}

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function roomOf(doc: Y.Doc, stored: Y.Doc = doc): RoomView {
  return {
    stateVector: () => Y.encodeStateVector(doc),
    diff: (stateVector) => Y.encodeStateAsUpdate(doc, stateVector),
    storedStateVector: () => Y.encodeStateVector(stored),
  };
}

const types = (response: Response) =>
  response.replies.map((reply) => {
    const result = decodeServerMessage(reply);
    return result.ok ? result.message.type : result.reason;
  });

describe('respond, message by message', () => {
  const server = new Y.Doc();
  server.getText('t').insert(0, 'server text');
  const room = roomOf(server);
  const client = new Y.Doc();
  client.getText('t').insert(0, 'client text');
  const step1 = decoded(syncFrame((e) => syncProtocol.writeSyncStep1(e, client)));
  const step2 = decoded(syncFrame((e) => syncProtocol.writeSyncStep2(e, client)));
  const emptyStep2 = decoded(
    syncFrame((e) => syncProtocol.writeSyncStep2(e, server, Y.encodeStateVector(server))),
  );

  it('answers sync step 1 with step 2, and asks writers only for their state', () => {
    expect(types(respond(step1, room, 'write'))).toEqual(['syncStep2', 'syncStep1']);
    expect(types(respond(step1, room, 'read'))).toEqual(['syncStep2']);
  });

  it('applies writes from writers and denies them to readers', () => {
    expect(respond(step2, room, 'write')).toEqual({
      replies: [],
      apply: Y.encodeStateAsUpdate(client),
    });
    const denied = respond(step2, room, 'read');
    expect(denied).toMatchObject({ denied: 'read-only' });
    expect(denied.apply).toBeUndefined();
    expect(denied.replies.map((reply) => decodeServerMessage(reply))).toEqual([
      { ok: true, message: { type: 'permissionDenied', reason: 'read-only' } },
    ]);
  });

  it('neither applies nor denies an empty step 2', () => {
    for (const access of ['write', 'read'] as const) {
      expect(respond(emptyStep2, room, access)).toEqual({ replies: [] });
    }
  });

  it('passes awareness through for everyone, flags queries, ignores auth', () => {
    const awareness = { type: 'awareness' as const, update: Uint8Array.of(0), clients: [] };
    for (const access of ['write', 'read'] as const) {
      expect(respond(awareness, room, access)).toEqual({
        replies: [],
        awareness: { update: awareness.update, clients: [] },
      });
      expect(respond({ type: 'queryAwareness' }, room, access)).toEqual({
        replies: [],
        sendAwareness: true,
      });
      expect(respond({ type: 'auth', reason: 'x' }, room, access)).toEqual({ replies: [] });
    }
  });

  it('answers the stored query with the stored state vector, echoing the id', () => {
    const stored = new Y.Doc();
    const answer = respond(decoded(encodeStoredQuery(4)), roomOf(server, stored), 'read');
    expect(answer.replies.map((reply) => decodeServerMessage(reply))).toEqual([
      {
        ok: true,
        message: {
          type: 'storedStateVector',
          stateVector: Y.encodeStateVector(stored),
          requestId: 4,
        },
      },
    ]);
  });
});

/** A stock y-websocket client, reduced to its message handling (src/y-websocket.js). */
class StockClient {
  readonly doc = new Y.Doc();
  readonly denied: string[] = [];
  online = false;
  constructor(
    readonly access: Access,
    private readonly send: (client: StockClient, bytes: Uint8Array) => void,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this && this.online) this.send(this, encodeUpdate(update));
    });
  }
  connect(): void {
    this.online = true;
    this.send(
      this,
      syncFrame((e) => syncProtocol.writeSyncStep1(e, this.doc)),
    );
  }
  receive(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    if (type === 2 && decoding.readVarUint(decoder) === 0)
      this.denied.push(decoding.readVarString(decoder));
    if (type !== 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.readSyncMessage(decoder, encoder, this.doc, this);
    if (encoding.length(encoder) > 1) this.send(this, encoding.toUint8Array(encoder));
  }
}

/** A server built from respond(): store, then apply, then broadcast. */
function createNetwork(accesses: Access[]) {
  const doc = new Y.Doc();
  const stored = new Y.Doc();
  const room = roomOf(doc, stored);
  const queue: Array<() => void> = [];
  const clients: StockClient[] = accesses.map(
    (access) =>
      new StockClient(access, (from, bytes) =>
        queue.push(() => {
          if (!from.online) return;
          const response = respond(decoded(bytes), room, from.access);
          for (const reply of response.replies)
            queue.push(() => from.online && from.receive(reply));
          if (response.apply) {
            Y.applyUpdate(stored, response.apply);
            Y.applyUpdate(doc, response.apply, from);
            for (const other of clients)
              if (other !== from)
                queue.push(() => other.online && other.receive(encodeUpdate(response.apply!)));
          }
        }),
      ),
  );
  const flush = () => {
    while (queue.length > 0) queue.shift()!();
  };
  return { doc, stored, clients, flush };
}

describe('respond keeps documents converging', () => {
  it('two writers and a reader, with edits offline and online', () => {
    const op = fc.record({
      client: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('insert', 'insert', 'delete', 'toggle', 'flush'),
      position: fc.nat(),
      text: fc.constantFrom('甲', 'ab', '乙方 ', 'x'),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { doc, stored, clients, flush } = createNetwork(['write', 'write', 'read']);
        for (const client of clients) client.connect();
        for (const { client: index, kind, position, text } of ops) {
          const client = clients[index]!;
          const body = client.doc.getText('t');
          if (kind === 'insert' && client.access === 'write')
            body.insert(position % (body.length + 1), text);
          if (kind === 'delete' && client.access === 'write' && body.length > 0)
            body.delete(position % body.length, 1);
          if (kind === 'insert' && client.access === 'read') body.insert(0, 'READER');
          if (kind === 'toggle' && client.online) client.online = false;
          else if (kind === 'toggle') client.connect();
          if (kind === 'flush') flush();
        }
        for (const client of clients) if (!client.online) client.connect();
        flush();
        const text = doc.getText('t').toString();
        expect(text).not.toContain('READER');
        for (const writer of clients.slice(0, 2)) {
          expect(writer.doc.getText('t').toString()).toBe(text);
          expect(
            coversStateVector(Y.encodeStateVector(stored), Y.encodeStateVector(writer.doc)),
          ).toBe(true);
        }
        const reader = clients[2]!;
        expect(reader.doc.getText('t').toString().replaceAll('READER', '')).toBe(text);
        expect(reader.denied.every((reason) => reason === 'read-only')).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
