import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { validateUpdate } from './validateUpdate.ts';

// Small ids so that generated references hit structs that exist.
const id = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 12 }));
const content = fc.oneof(
  fc.tuple(fc.constant(1), fc.integer({ min: 0, max: 3 })),
  fc.tuple(
    fc.constant(2),
    fc.array(fc.constantFrom('1', '"x"', 'undefined', '{'), { maxLength: 3 }),
  ),
  fc.tuple(fc.constant(4), fc.constantFrom('', 'a', 'ab', '😀')),
  fc.tuple(fc.constant(5), fc.constantFrom('{"a":1}', '[')),
  fc.tuple(fc.constant(6), fc.constantFrom('true', 'null', '{')),
  fc.tuple(fc.constant(7), fc.integer({ min: 0, max: 7 })),
  fc.tuple(fc.constant(8), fc.integer({ min: 0, max: 3 })),
  fc.tuple(fc.constantFrom(3, 9), fc.constant(0)),
);
const struct = fc.oneof(
  fc.tuple(fc.constantFrom(0, 10), fc.integer({ min: 0, max: 3 })),
  fc.record({
    origin: fc.option(id),
    right: fc.option(id),
    parent: fc.oneof(fc.constantFrom('t', 'a', 'm', 'x'), id),
    sub: fc.option(fc.constantFrom('k', 'j')),
    content,
  }),
);
const block = fc.record({
  client: fc.integer({ min: 1, max: 4 }),
  clock: fc.integer({ min: 0, max: 12 }),
  structs: fc.array(struct, { minLength: 1, maxLength: 5 }),
});
const range = fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 4 }));
const shape = fc.record({
  blocks: fc.uniqueArray(block, { selector: (each) => each.client, maxLength: 3 }),
  deletes: fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.array(range, { maxLength: 3 })), {
    maxLength: 2,
  }),
});
type Shape = typeof shape extends fc.Arbitrary<infer T> ? T : never;
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

function writeContent(e: encoding.Encoder, [ref, value]: Content): void {
  if (ref === 1 || ref === 8) encoding.writeVarUint(e, value as number);
  if (ref === 8)
    for (let i = 0; i < (value as number); i++) encoding.writeAny(e, i % 2 ? 'v' : { a: [i] });
  if (ref === 2) {
    encoding.writeVarUint(e, (value as string[]).length);
    for (const each of value as string[]) encoding.writeVarString(e, each);
  }
  if (ref === 3) encoding.writeVarUint8Array(e, Uint8Array.of(1, 2));
  if (ref === 4 || ref === 5) encoding.writeVarString(e, value as string);
  if (ref === 6) encoding.writeVarString(e, 'bold');
  if (ref === 6) encoding.writeVarString(e, value as string);
  if (ref === 7) encoding.writeVarUint(e, value as number);
  if (ref === 7 && (value === 3 || value === 5)) encoding.writeVarString(e, 'p');
  if (ref === 9) encoding.writeVarString(e, 'guid');
  if (ref === 9) encoding.writeAny(e, {});
}

function encodeShape({ blocks, deletes }: Shape): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, blocks.length);
  for (const { client, clock, structs } of blocks) {
    for (const value of [structs.length, client, clock]) encoding.writeVarUint(e, value);
    for (const each of structs) {
      if (Array.isArray(each)) {
        encoding.writeUint8(e, each[0]);
        encoding.writeVarUint(e, each[1]);
        continue;
      }
      const flags = (each.origin ? 0x80 : 0) | (each.right ? 0x40 : 0) | (each.sub ? 0x20 : 0);
      encoding.writeUint8(e, each.content[0] | flags);
      for (const ref of [each.origin, each.right])
        if (ref) for (const v of ref) encoding.writeVarUint(e, v);
      if (!each.origin && !each.right) {
        encoding.writeVarUint(e, typeof each.parent === 'string' ? 1 : 0);
        if (typeof each.parent === 'string') encoding.writeVarString(e, each.parent);
        else for (const v of each.parent) encoding.writeVarUint(e, v);
        if (each.sub) encoding.writeVarString(e, each.sub);
      }
      writeContent(e, each.content);
    }
  }
  encoding.writeVarUint(e, deletes.length);
  for (const [client, ranges] of deletes) {
    for (const value of [client, ranges.length, ...ranges.flat()]) encoding.writeVarUint(e, value);
  }
  return encoding.toUint8Array(e);
}

/** A document with structs from clients 1 and 2 in every root type the shapes refer to. */
function populated(gc: boolean): Y.Doc {
  const doc = new Y.Doc({ gc });
  doc.clientID = 1;
  doc.getText('t').insert(0, 'hello');
  doc.getArray('a').insert(0, [1, new Y.Map()]);
  doc.getXmlFragment('x').insert(0, [new Y.XmlElement('p')]);
  doc.getText('t').delete(1, 2);
  const other = new Y.Doc({ gc });
  other.clientID = 2;
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  other.getText('t').insert(2, 'XY');
  other.getMap('m').set('k', 'w');
  other.getArray('a').delete(0, 1);
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
  return doc;
}

describe('validateUpdate against Yjs itself', () => {
  // Yjs warns when an update reuses the local client id; expected with generated ids.
  beforeAll(() => vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterAll(() => vi.restoreAllMocks());

  it('accepted updates apply, re-encode, merge and reload without throwing', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(shape, { minLength: 1, maxLength: 3 }), fc.boolean(), (shapes, gc) => {
        const docs = [new Y.Doc({ gc }), populated(gc)];
        const valid = shapes.map(encodeShape).filter((bytes) => validateUpdate(bytes).ok);
        accepted += valid.length;
        for (const doc of docs) {
          for (const bytes of valid) Y.applyUpdate(doc, bytes);
          const state = Y.encodeStateAsUpdate(doc);
          expect(validateUpdate(state).ok).toBe(true);
          Y.applyUpdate(new Y.Doc({ gc }), state);
        }
        if (valid.length > 0) Y.applyUpdate(new Y.Doc({ gc }), Y.mergeUpdates(valid));
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('mutated real updates either fail validation or apply cleanly', () => {
    const doc = new Y.Doc();
    doc.clientID = 11;
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getText('t').insert(0, 'hello wörld');
    doc.getText('t').format(0, 3, { bold: true });
    doc.getMap('m').set('a', { deep: [1, 'x', null] });
    doc.getXmlFragment('x').insert(0, [new Y.XmlElement('p')]);
    doc.getText('t').delete(1, 2);
    updates.push(Y.encodeStateAsUpdate(doc));
    const flip = fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(
        fc.constantFrom(...updates),
        fc.array(flip, { minLength: 1, maxLength: 4 }),
        (base, flips) => {
          const bytes = base.slice();
          for (const [position, value] of flips) bytes[position % bytes.length] = value;
          if (!validateUpdate(bytes).ok) return;
          const target = populated(true);
          Y.applyUpdate(target, bytes);
          Y.applyUpdate(new Y.Doc(), Y.encodeStateAsUpdate(target));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
