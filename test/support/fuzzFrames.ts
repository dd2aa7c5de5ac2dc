import {
  encodeAwareness,
  encodeQueryAwareness,
  encodeStoredQuery,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from '@lianban/sync';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** A seeded PRNG (mulberry32): the same seed gives the same frames. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
}

/** Creates a mulberry32 generator. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: (items) => items[int(items.length)]!,
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = int(256);
      return out;
    },
  };
}

/** One step of the fuzzer: frames sent back to back on one socket, then a probe. */
export interface FuzzCase {
  readonly kind: string;
  readonly frames: (Uint8Array | string)[];
}

/** What a generator needs to know about its socket and the room. */
export interface FuzzContext {
  readonly rng: Rng;
  /** The worker's local document; valid updates are edits of it. */
  readonly doc: Y.Doc;
  /** Awareness client id this socket speaks for, and its clock. */
  awarenessClientId: number;
  awarenessClock: number;
  /** Awareness client ids owned by someone else in the room. */
  readonly foreignClientIds: readonly number[];
  /** The frame size limit of the server. */
  readonly maxMessageBytes: number;
  /** Recently generated valid frames, for truncation and mutation. */
  readonly pool: Uint8Array[];
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

const varUint = (value: number): Uint8Array => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
};

/** A random edit of the worker's document, as the update it produced. */
function localEdit(context: FuzzContext): Uint8Array {
  const { rng, doc } = context;
  let update: Uint8Array | null = null;
  const capture = (bytes: Uint8Array) => {
    update = update ? Y.mergeUpdates([update, bytes]) : bytes;
  };
  doc.on('update', capture);
  doc.transact(() => {
    const text = doc.getText('fuzz');
    switch (rng.int(4)) {
      case 0:
        text.insert(rng.int(text.length + 1), `f${rng.int(1e6)}`);
        break;
      case 1:
        if (text.length > 0) text.delete(rng.int(text.length), 1 + rng.int(3));
        else text.insert(0, 'seed');
        break;
      case 2:
        doc
          .getMap('fuzz-map')
          .set(`k${rng.int(20)}`, rng.pick([rng.int(1e9), 'v', null, [1, 2], { a: 1 }]));
        break;
      default:
        doc.getArray('fuzz-array').push([rng.int(1000)]);
    }
  });
  doc.off('update', capture);
  return update ?? Y.encodeStateAsUpdate(new Y.Doc());
}

function randomStateVector(rng: Rng): Uint8Array {
  const encoder = encoding.createEncoder();
  const count = rng.int(5);
  encoding.writeVarUint(encoder, count);
  for (let i = 0; i < count; i++) {
    encoding.writeVarUint(encoder, rng.int(2 ** 32));
    encoding.writeVarUint(encoder, rng.int(1e6));
  }
  return encoding.toUint8Array(encoder);
}

function awarenessFrame(
  entries: { clientId: number; clock: number; state: unknown }[],
): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

function randomState(rng: Rng): unknown {
  return rng.pick([
    null,
    {},
    { user: { name: `fuzz-${rng.int(100)}`, color: '#abcdef' } },
    { cursor: { anchor: rng.int(1000), head: rng.int(1000) } },
  ]);
}

function hugeVarUint(rng: Rng): Uint8Array {
  return varUint(
    rng.pick([2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER, 10_000_000, 65_536 + rng.int(1e6)]),
  );
}

function mutate(rng: Rng, frame: Uint8Array): Uint8Array {
  let bytes: Uint8Array = frame.slice();
  const rounds = 1 + rng.int(4);
  for (let round = 0; round < rounds; round++) {
    const at = bytes.length === 0 ? 0 : rng.int(bytes.length);
    switch (rng.int(6)) {
      case 0:
        if (bytes.length > 0) bytes[at] = bytes[at]! ^ (1 << rng.int(8));
        break;
      case 1:
        if (bytes.length > 0) bytes[at] = rng.int(256);
        break;
      case 2:
        bytes = concat(bytes.subarray(0, at), rng.bytes(1 + rng.int(3)), bytes.subarray(at));
        break;
      case 3:
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + 1 + rng.int(3)));
        break;
      case 4:
        bytes = concat(bytes, bytes.subarray(at, at + 1 + rng.int(16)));
        break;
      default:
        if (bytes.length > 0) bytes[at] = rng.pick([0, 0x7f, 0x80, 0xff]);
    }
  }
  return bytes;
}

function remember(context: FuzzContext, frame: Uint8Array): Uint8Array {
  context.pool.push(frame);
  if (context.pool.length > 64) context.pool.splice(0, context.pool.length - 64);
  return frame;
}

function pooled(context: FuzzContext): Uint8Array {
  return context.pool.length > 0
    ? context.rng.pick(context.pool)
    : remember(context, encodeUpdate(localEdit(context)));
}

type Generator = (context: FuzzContext) => FuzzCase;

const generators: [weight: number, kind: string, generate: Generator][] = [
  [14, 'update', (c) => ({ kind: 'update', frames: [remember(c, encodeUpdate(localEdit(c)))] })],
  [
    6,
    'update-burst',
    (c) => ({
      kind: 'update-burst',
      frames: Array.from({ length: c.rng.between(2, 6) }, () =>
        remember(c, encodeUpdate(localEdit(c))),
      ),
    }),
  ],
  [
    6,
    'shuffled-valid',
    (c) => {
      // Valid frames in an order no stock client sends them.
      const makers: (() => Uint8Array)[] = [
        () => encodeUpdate(localEdit(c)),
        () => encodeSyncStep2(localEdit(c)),
        () => encodeSyncStep2(Uint8Array.of(0, 0)),
        () => encodeSyncStep1(Y.encodeStateVector(c.doc)),
        () =>
          awarenessFrame([
            { clientId: c.awarenessClientId, clock: ++c.awarenessClock, state: randomState(c.rng) },
          ]),
        () => encodeQueryAwareness(),
        () => encodeStoredQuery(c.rng.int(1e6)),
      ];
      const frames = Array.from({ length: c.rng.between(3, 6) }, () => c.rng.pick(makers)());
      return { kind: 'shuffled-valid', frames };
    },
  ],
  [4, 'step2', (c) => ({ kind: 'step2', frames: [remember(c, encodeSyncStep2(localEdit(c)))] })],
  [
    3,
    'step2-twice',
    (c) => {
      const frame = remember(c, encodeSyncStep2(localEdit(c)));
      return { kind: 'step2-twice', frames: [frame, frame] };
    },
  ],
  [
    1,
    'update-then-step1',
    (c) => ({
      kind: 'update-then-step1',
      frames: [encodeUpdate(localEdit(c)), encodeSyncStep1(Y.encodeStateVector(c.doc))],
    }),
  ],
  [
    2,
    'old-update-again',
    (c) => ({ kind: 'old-update-again', frames: [encodeUpdate(Y.encodeStateAsUpdate(c.doc))] }),
  ],
  [
    2,
    'step1',
    (c) => ({ kind: 'step1', frames: [remember(c, encodeSyncStep1(randomStateVector(c.rng)))] }),
  ],
  [
    2,
    'empty-update',
    () => ({ kind: 'empty-update', frames: [encodeUpdate(Uint8Array.of(0, 0))] }),
  ],
  [
    4,
    'awareness-own',
    (c) => ({
      kind: 'awareness-own',
      frames: [
        remember(
          c,
          awarenessFrame([
            { clientId: c.awarenessClientId, clock: ++c.awarenessClock, state: randomState(c.rng) },
          ]),
        ),
      ],
    }),
  ],
  [
    3,
    'awareness-foreign',
    (c) => ({
      kind: 'awareness-foreign',
      frames: [
        awarenessFrame([
          { clientId: c.awarenessClientId, clock: ++c.awarenessClock, state: {} },
          {
            clientId: c.rng.pick(c.foreignClientIds),
            clock: 1e6 + c.rng.int(1e6),
            state: { hijacked: true },
          },
        ]),
      ],
    }),
  ],
  [2, 'query-awareness', () => ({ kind: 'query-awareness', frames: [encodeQueryAwareness()] })],
  [
    2,
    'stored-query',
    (c) => ({ kind: 'stored-query', frames: [encodeStoredQuery(c.rng.int(1e6))] }),
  ],
  [
    1,
    'auth',
    (c) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarString(encoder, `reason ${c.rng.int(100)}`);
      return { kind: 'auth', frames: [encoding.toUint8Array(encoder)] };
    },
  ],
  [
    6,
    'truncated',
    (c) => {
      const frame = pooled(c);
      return { kind: 'truncated', frames: [frame.subarray(0, c.rng.int(frame.length))] };
    },
  ],
  [
    4,
    'huge-length',
    (c) => {
      const head = c.rng.pick([
        Uint8Array.of(0, 0),
        Uint8Array.of(0, 1),
        Uint8Array.of(0, 2),
        Uint8Array.of(1),
        Uint8Array.of(2, 0),
      ]);
      return {
        kind: 'huge-length',
        frames: [concat(head, hugeVarUint(c.rng), c.rng.bytes(c.rng.int(32)))],
      };
    },
  ],
  [
    2,
    'nested-huge-count',
    (c) => {
      // A correct outer length around a payload that declares a huge count inside.
      const inner = concat(hugeVarUint(c.rng), c.rng.bytes(c.rng.int(16)));
      const head = c.rng.pick([Uint8Array.of(0, 0), Uint8Array.of(0, 2), Uint8Array.of(1)]);
      return { kind: 'nested-huge-count', frames: [concat(head, varUint(inner.length), inner)] };
    },
  ],
  [
    3,
    'unknown-type',
    (c) => {
      const type = c.rng.pick([4, 5, 99, 101, 127, 128, 255, 2 ** 20, c.rng.between(4, 99)]);
      return { kind: 'unknown-type', frames: [concat(varUint(type), c.rng.bytes(c.rng.int(16)))] };
    },
  ],
  [
    3,
    'unknown-sync-step',
    (c) => ({
      kind: 'unknown-sync-step',
      frames: [
        concat(Uint8Array.of(0), varUint(c.rng.between(3, 300)), c.rng.bytes(c.rng.int(16))),
      ],
    }),
  ],
  [
    1,
    'unknown-auth-step',
    (c) => ({
      kind: 'unknown-auth-step',
      frames: [concat(Uint8Array.of(2, 1 + c.rng.int(9)), c.rng.bytes(c.rng.int(8)))],
    }),
  ],
  [
    5,
    'random-bytes',
    (c) => ({
      kind: 'random-bytes',
      frames: [c.rng.bytes(1 + c.rng.int(c.rng.next() < 0.9 ? 64 : 4096))],
    }),
  ],
  [2, 'empty-frame', () => ({ kind: 'empty-frame', frames: [new Uint8Array(0)] })],
  [
    2,
    'text-frame',
    (c) => ({
      kind: 'text-frame',
      frames: [
        c.rng.pick([
          'hello',
          '{"type":"sync"}',
          '\u0000\u0000\u0001\u0000',
          '\u0003',
          '联办'.repeat(1 + c.rng.int(10)),
          String.fromCharCode(...Array.from({ length: 1 + c.rng.int(20) }, () => c.rng.int(128))),
        ]),
      ],
    }),
  ],
  [8, 'mutated', (c) => ({ kind: 'mutated', frames: [mutate(c.rng, pooled(c))] })],
  [
    2,
    'trailing-bytes',
    (c) => ({ kind: 'trailing-bytes', frames: [concat(pooled(c), c.rng.bytes(1 + c.rng.int(8)))] }),
  ],
  [
    1,
    'oversize',
    (c) => ({
      kind: 'oversize',
      frames: [
        concat(
          Uint8Array.of(0, 2),
          varUint(c.maxMessageBytes),
          c.rng.bytes(c.maxMessageBytes + c.rng.int(c.maxMessageBytes / 2)),
        ),
      ],
    }),
  ],
];

const totalWeight = generators.reduce((sum, [weight]) => sum + weight, 0);

/** The next random case for `context`. */
export function nextFuzzCase(context: FuzzContext): FuzzCase {
  let roll = context.rng.int(totalWeight);
  for (const [weight, , generate] of generators) {
    if (roll < weight) return generate(context);
    roll -= weight;
  }
  throw new Error('unreachable');
}
