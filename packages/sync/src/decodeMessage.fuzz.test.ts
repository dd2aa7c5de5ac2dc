import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeClientMessage } from './decodeClientMessage.ts';
import { decodeServerMessage } from './decodeServerMessage.ts';
import {
  encodePermissionDenied,
  encodeQueryAwareness,
  encodeStoredQuery,
  encodeStoredStateVector,
} from './encodeServerMessage.ts';
import { defaultMessageLimits, type MessageLimits } from './limits.ts';

const tiny: MessageLimits = {
  maxMessageBytes: 200,
  maxUpdateBytes: 64,
  maxStateVectorEntries: 2,
  maxAwarenessClients: 1,
  maxAwarenessStateBytes: 24,
};

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** Valid frames of every kind, as y-protocols and our encoders write them. */
function corpus(): Uint8Array[] {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, '答辩状 hello');
  doc.getMap('m').set('k', { v: [1, 'x'] });
  doc.getText('t').delete(0, 2);
  const other = new Y.Doc();
  other.getText('t').insert(0, 'x');
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'a' } });
  const awarenessUpdate = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
  awareness.destroy();
  return [
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep1(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc);
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeSyncStep2(e, doc, Y.encodeStateVector(other));
    }),
    frame((e) => {
      encoding.writeVarUint(e, 0);
      syncProtocol.writeUpdate(e, Y.encodeStateAsUpdate(other));
    }),
    frame((e) => {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint8Array(e, awarenessUpdate);
    }),
    encodeQueryAwareness(),
    encodePermissionDenied('read-only'),
    encodeStoredQuery(),
    encodeStoredQuery(77),
    encodeStoredStateVector(Y.encodeStateVector(doc), 5),
  ];
}

const hugeLength = Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    value: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({ kind: fc.constant('huge-length' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('type' as const), value: fc.integer({ min: 0, max: 2 ** 20 }) }),
  fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ maxLength: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, change: Mutation): Uint8Array {
  const at = 'at' in change ? change.at % (bytes.length + 1) : 0;
  switch (change.kind) {
    case 'truncate':
      return bytes.slice(0, at);
    case 'flip': {
      const copy = bytes.slice();
      if (copy.length > 0) copy[at % copy.length] = change.value;
      return copy;
    }
    case 'huge-length':
      return Uint8Array.from([...bytes.subarray(0, at), ...hugeLength, ...bytes.subarray(at)]);
    case 'type':
      return frame((e) => {
        encoding.writeVarUint(e, change.value);
        encoding.writeUint8Array(e, bytes.subarray(1));
      });
    case 'append':
      return Uint8Array.from([...bytes, ...change.bytes]);
  }
}

function payloadLength(message: object): number {
  return Object.values(message).reduce<number>(
    (sum, value) => sum + (value instanceof Uint8Array ? value.length : 0),
    0,
  );
}

/** The property: never throws; an accepted message is no larger than its input and is safe to apply. */
function check(bytes: Uint8Array, limits: MessageLimits): void {
  for (const result of [decodeClientMessage(bytes, limits), decodeServerMessage(bytes, limits)]) {
    if (!result.ok) {
      expect(typeof result.detail).toBe('string');
      continue;
    }
    expect(payloadLength(result.message)).toBeLessThanOrEqual(bytes.length);
    if ('update' in result.message && result.message.type !== 'awareness') {
      Y.applyUpdate(new Y.Doc(), result.message.update);
    }
    if (result.message.type === 'awareness') {
      const awareness = new awarenessProtocol.Awareness(new Y.Doc());
      awarenessProtocol.applyAwarenessUpdate(awareness, result.message.update, 'fuzz');
      awareness.destroy();
    }
  }
}

describe('decoders under fuzzing', () => {
  beforeAll(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());
  const frames = corpus();

  it('accept the unmutated corpus', () => {
    for (const bytes of frames) {
      const accepted = [
        decodeClientMessage(bytes, defaultMessageLimits),
        decodeServerMessage(bytes),
      ];
      expect(accepted.some((result) => result.ok)).toBe(true);
    }
  });

  it('never throw on random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(defaultMessageLimits, tiny),
        check,
      ),
      { numRuns: 3000 },
    );
  });

  it('never throw on mutated valid frames', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...frames),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(defaultMessageLimits, tiny),
        (bytes, changes, limits) => check(changes.reduce(mutate, bytes), limits),
      ),
      { numRuns: 3000 },
    );
  });
});
