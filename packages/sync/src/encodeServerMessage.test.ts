import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeServerMessage } from './decodeServerMessage.ts';
import {
  encodeAwareness,
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeStoredQuery,
  encodeStoredStateVector,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Prefix,
  encodeUpdate,
} from './encodeServerMessage.ts';

function serverDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, '民事判决书');
  return doc;
}

/** What a stock y-websocket client does with a sync frame: returns the reply it would send. */
function stockClientSync(doc: Y.Doc, bytes: Uint8Array): { step: number; reply: Uint8Array } {
  const decoder = decoding.createDecoder(bytes);
  expect(decoding.readVarUint(decoder)).toBe(0);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  const step = syncProtocol.readSyncMessage(decoder, encoder, doc, 'server');
  return { step, reply: encoding.toUint8Array(encoder) };
}

describe('server encoders, read by y-protocols as a stock client reads them', () => {
  it('sync step 1 is byte-identical to y-protocols and gets a step 2 back', () => {
    const doc = serverDoc();
    const expected = encoding.createEncoder();
    encoding.writeVarUint(expected, 0);
    syncProtocol.writeSyncStep1(expected, doc);
    expect(encodeSyncStep1(Y.encodeStateVector(doc))).toEqual(encoding.toUint8Array(expected));
    const client = new Y.Doc();
    client.getText('body').insert(0, 'offline ');
    const { step, reply } = stockClientSync(client, encodeSyncStep1(Y.encodeStateVector(doc)));
    expect(step).toBe(syncProtocol.messageYjsSyncStep1);
    expect(decodeServerMessage(reply)).toMatchObject({
      ok: true,
      message: { type: 'syncStep2', empty: false },
    });
  });

  it('sync step 2 and update apply to the client document', () => {
    const doc = serverDoc();
    const client = new Y.Doc();
    expect(stockClientSync(client, encodeSyncStep2(Y.encodeStateAsUpdate(doc))).step).toBe(1);
    expect(client.getText('body').toString()).toBe('民事判决书');
    const before = Y.encodeStateVector(doc);
    doc.getText('body').insert(0, '一审 ');
    expect(stockClientSync(client, encodeUpdate(Y.encodeStateAsUpdate(doc, before))).step).toBe(2);
    expect(client.getText('body').toString()).toBe('一审 民事判决书');
  });

  it('updates and step 2 are byte-identical to y-protocols at every length boundary', () => {
    for (const length of [1, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152]) {
      const update = new Uint8Array(length).fill(3);
      const expected = encoding.createEncoder();
      encoding.writeVarUint(expected, 0);
      syncProtocol.writeUpdate(expected, update);
      const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
      expect(same(encodeUpdate(update), encoding.toUint8Array(expected))).toBe(true);
      const step2 = encoding.createEncoder();
      encoding.writeVarUint(step2, 0);
      encoding.writeVarUint(step2, syncProtocol.messageYjsSyncStep2);
      encoding.writeVarUint8Array(step2, update);
      expect(same(encodeSyncStep2(update), encoding.toUint8Array(step2))).toBe(true);
    }
  });

  it('a step 2 prefix followed by the update is the same step 2, for long lengths too', () => {
    for (const length of [0, 127, 128, 70_000]) {
      const update = new Uint8Array(length).fill(7);
      const prefix = encodeSyncStep2Prefix(length);
      const joined = new Uint8Array(prefix.length + length);
      joined.set(prefix);
      joined.set(update, prefix.length);
      expect(joined).toEqual(encodeSyncStep2(update));
    }
  });

  it('awareness applies; permission denied reaches the handler; query awareness is one byte', () => {
    const source = new awarenessProtocol.Awareness(new Y.Doc());
    source.setLocalState({ user: 'a' });
    const target = new awarenessProtocol.Awareness(new Y.Doc());
    const frame = encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(source, [source.clientID]),
    );
    const decoder = decoding.createDecoder(frame);
    expect(decoding.readVarUint(decoder)).toBe(1);
    awarenessProtocol.applyAwarenessUpdate(target, decoding.readVarUint8Array(decoder), 'server');
    expect(target.getStates().get(source.clientID)).toEqual({ user: 'a' });
    source.destroy();
    target.destroy();

    const denied = decoding.createDecoder(encodePermissionDenied('read-only'));
    expect(decoding.readVarUint(denied)).toBe(2);
    const reasons: string[] = [];
    authProtocol.readAuthMessage(denied, new Y.Doc(), (_doc, reason) => reasons.push(reason));
    expect(reasons).toEqual(['read-only']);
    expect([...encodeQueryAwareness()]).toEqual([3]);
  });

  it('message 100 in both directions', () => {
    const stateVector = Y.encodeStateVector(serverDoc());
    expect([...encodeStoredQuery()]).toEqual([100]);
    expect([...encodeStoredQuery(300)]).toEqual([100, 0xac, 0x02]);
    expect(decodeServerMessage(encodeStoredStateVector(stateVector))).toEqual({
      ok: true,
      message: { type: 'storedStateVector', stateVector },
    });
    expect(decodeServerMessage(encodeStoredStateVector(stateVector, 9))).toEqual({
      ok: true,
      message: { type: 'storedStateVector', stateVector, requestId: 9 },
    });
    expect(() => encodeStoredQuery(-1)).toThrow(RangeError);
    expect(() => encodeStoredStateVector(stateVector, 1.5)).toThrow(RangeError);
  });
});
