import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as authProtocol from 'y-protocols/auth';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeClientMessage } from './decodeClientMessage.ts';
import { encodeStoredQuery } from './encodeServerMessage.ts';
import { defaultMessageLimits, type MessageLimits } from './limits.ts';

const limits = defaultMessageLimits;

function frame(type: number, write: (encoder: encoding.Encoder) => void = () => {}): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function editedDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, '起诉状 draft');
  doc.getMap('meta').set('court', '朝阳区人民法院');
  return doc;
}

function decodeOk(bytes: Uint8Array, custom: MessageLimits = limits) {
  const result = decodeClientMessage(bytes, custom);
  if (!result.ok) throw new Error(`${result.reason}: ${result.detail}`);
  return result.message;
}

function reasonOf(bytes: Uint8Array, custom: MessageLimits = limits) {
  const result = decodeClientMessage(bytes, custom);
  return result.ok ? 'ok' : result.reason;
}

describe('decodeClientMessage reads what y-protocols writes', () => {
  it('sync step 1, step 2 and update', () => {
    const doc = editedDoc();
    const step1 = frame(0, (e) => syncProtocol.writeSyncStep1(e, doc));
    expect(decodeOk(step1)).toEqual({ type: 'syncStep1', stateVector: Y.encodeStateVector(doc) });
    const step2 = frame(0, (e) => syncProtocol.writeSyncStep2(e, doc));
    expect(decodeOk(step2)).toEqual({
      type: 'syncStep2',
      update: Y.encodeStateAsUpdate(doc),
      empty: false,
    });
    const nothingNew = frame(0, (e) =>
      syncProtocol.writeSyncStep2(e, doc, Y.encodeStateVector(doc)),
    );
    expect(decodeOk(nothingNew)).toMatchObject({ type: 'syncStep2', empty: true });
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeOk(frame(0, (e) => syncProtocol.writeUpdate(e, update)))).toEqual({
      type: 'update',
      update,
      empty: false,
    });
  });

  it('awareness, query awareness, auth and the stored query', () => {
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: '李律师', color: '#c00' }, cursor: null });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
    awareness.destroy();
    expect(decodeOk(frame(1, (e) => encoding.writeVarUint8Array(e, update)))).toEqual({
      type: 'awareness',
      update,
      clients: [
        {
          clientId: awareness.clientID,
          clock: 1,
          state: { user: { name: '李律师', color: '#c00' }, cursor: null },
        },
      ],
    });
    const left = awarenessProtocol.encodeAwarenessUpdate(
      awareness,
      [awareness.clientID],
      new Map(),
    );
    expect(decodeOk(frame(1, (e) => encoding.writeVarUint8Array(e, left)))).toMatchObject({
      clients: [{ state: null }],
    });
    expect(decodeOk(frame(3))).toEqual({ type: 'queryAwareness' });
    expect(decodeOk(frame(2, (e) => authProtocol.writePermissionDenied(e, 'no')))).toEqual({
      type: 'auth',
      reason: 'no',
    });
    expect(decodeOk(encodeStoredQuery())).toEqual({ type: 'storedQuery' });
    expect(decodeOk(encodeStoredQuery(2 ** 40))).toEqual({
      type: 'storedQuery',
      requestId: 2 ** 40,
    });
  });

  it('returns copies, not views of a buffer the transport may reuse', () => {
    const doc = editedDoc();
    const bytes = frame(0, (e) => syncProtocol.writeSyncStep2(e, doc));
    const message = decodeOk(bytes);
    bytes.fill(0);
    expect(message).toMatchObject({ update: Y.encodeStateAsUpdate(doc) });
  });
});

describe('decodeClientMessage failures', () => {
  const doc = editedDoc();
  const update = Y.encodeStateAsUpdate(doc);
  const withUpdate = (bytes: Uint8Array) => frame(0, (e) => syncProtocol.writeUpdate(e, bytes));
  const stateVector = (bytes: Uint8Array) =>
    frame(0, (e) => {
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, bytes);
    });
  const withAwareness = (bytes: Uint8Array) =>
    frame(1, (e) => encoding.writeVarUint8Array(e, bytes));
  const awarenessEntry = (state: string) => {
    const encoder = encoding.createEncoder();
    for (const value of [1, 42, 0]) encoding.writeVarUint(encoder, value);
    encoding.writeVarString(encoder, state);
    return encoding.toUint8Array(encoder);
  };
  const small: MessageLimits = {
    ...limits,
    maxUpdateBytes: 8,
    maxStateVectorEntries: 1,
    maxAwarenessClients: 1,
    maxAwarenessStateBytes: 8,
  };

  it.each([
    ['empty', 'empty frame', new Uint8Array(), limits],
    ['too-large', 'frame over maxMessageBytes', new Uint8Array(limits.maxMessageBytes + 1), limits],
    ['too-large', 'update over maxUpdateBytes', withUpdate(update), small],
    [
      'too-large',
      'state vector over maxStateVectorEntries',
      stateVector(Uint8Array.of(2, 1, 1, 2, 2)),
      small,
    ],
    [
      'too-large',
      'awareness over maxAwarenessClients',
      withAwareness(Uint8Array.of(2, 1, 0, 4, 110, 117, 108, 108, 2, 0, 4, 110, 117, 108, 108)),
      small,
    ],
    [
      'too-large',
      'awareness state over maxAwarenessStateBytes',
      withAwareness(awarenessEntry('{"name":"long enough"}')),
      small,
    ],
    ['truncated', 'type only', Uint8Array.of(0), limits],
    ['truncated', 'sync step only', Uint8Array.of(0, 2), limits],
    ['truncated', 'unterminated type varuint', Uint8Array.of(0x80), limits],
    ['unknown-type', 'message type 4', Uint8Array.of(4), limits],
    ['unknown-type', 'sync step 3', Uint8Array.of(0, 3, 0), limits],
    ['unknown-type', 'auth step 1', Uint8Array.of(2, 1, 0), limits],
    ['bad-length', 'update length beyond the frame', Uint8Array.of(0, 2, 5, 0, 0), limits],
    [
      'bad-length',
      'update length over 2^32 beyond the frame',
      Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f),
      limits,
    ],
    [
      'bad-length',
      'type varuint over 53 bits',
      Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01),
      limits,
    ],
    ['trailing-bytes', 'query awareness with a byte', Uint8Array.of(3, 0), limits],
    ['trailing-bytes', 'update with a byte after', Uint8Array.of(0, 2, 2, 0, 0, 9), limits],
    ['trailing-bytes', 'stored query with two ids', Uint8Array.of(100, 1, 2), limits],
    [
      'malformed-update',
      'update with trailing bytes inside',
      withUpdate(Uint8Array.of(0, 0, 0)),
      limits,
    ],
    [
      'malformed-update',
      'truncated update',
      withUpdate(update.subarray(0, update.length - 3)),
      limits,
    ],
    [
      'malformed-awareness',
      'awareness state not JSON',
      withAwareness(awarenessEntry('{nope')),
      limits,
    ],
    [
      'malformed-awareness',
      'awareness state an array',
      withAwareness(awarenessEntry('[1]')),
      limits,
    ],
    [
      'malformed-awareness',
      'awareness count beyond its bytes',
      withAwareness(Uint8Array.of(5, 1, 0, 4, 110, 117, 108, 108)),
      limits,
    ],
    [
      'malformed-state-vector',
      'state vector with trailing bytes',
      stateVector(Uint8Array.of(1, 1, 1, 9)),
      limits,
    ],
    [
      'malformed-state-vector',
      'state vector with a truncated varuint',
      stateVector(Uint8Array.of(1, 0x80)),
      limits,
    ],
  ] as const)('%s: %s', (reason, _label, bytes, custom) => {
    expect(reasonOf(bytes, custom)).toBe(reason);
  });

  it('never allocates a frame-sized buffer from a declared length', () => {
    const result = decodeClientMessage(Uint8Array.of(0, 1, 0xff, 0xff, 0xff, 0xff, 0x0f), limits);
    expect(result).toMatchObject({ ok: false, reason: 'bad-length' });
  });
});
