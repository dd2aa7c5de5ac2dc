import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { validateUpdate } from './validateUpdate.ts';

/** Every update a lively session emits, touching every content kind Yjs 13.6 writes. */
function sessionUpdates(gc: boolean): Uint8Array[] {
  const doc = new Y.Doc({ gc });
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const text = doc.getText('text');
  text.insert(0, '原告 wörld 😀 hello');
  text.format(0, 3, { bold: true });
  text.insertEmbed(2, { image: 'x.png' });
  text.delete(1, 4);
  const map = doc.getMap('map');
  map.set('any', { deep: [1, 2n, 'x', null, true, 1.5, new Uint8Array([1, 2])] });
  map.set('binary', new Uint8Array([3]));
  map.set('subdoc', new Y.Doc({ guid: 'sub' }));
  map.set('any', 'replaced');
  const xml = doc.getXmlFragment('xml');
  const paragraph = new Y.XmlElement('paragraph');
  // Yjs's typings omit hooks from fragment children; the runtime accepts them.
  xml.insert(0, [paragraph, new Y.XmlHook('hook') as unknown as Y.XmlElement]);
  paragraph.insert(0, [new Y.XmlText('段落')]);
  paragraph.setAttribute('align', 'left');
  const array = doc.getArray('array');
  array.insert(0, [1, 2, 3, null, new Y.Map(), new Y.Array(), new Y.Text('t')]);
  array.delete(1, 2);
  return [...updates, Y.encodeStateAsUpdate(doc)];
}

function update(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** One client block (client 7 from `clock`) holding `structs` written by `writeStructs`. */
function block(structs: number, writeStructs: (e: encoding.Encoder) => void, clock = 0) {
  return update((e) => {
    for (const value of [1, structs, 7, clock]) encoding.writeVarUint(e, value);
    writeStructs(e);
    encoding.writeVarUint(e, 0);
  });
}

/** An item with no origins, in root type `text`, with content ref `ref`. */
function rootItem(e: encoding.Encoder, ref: number, info = 0) {
  encoding.writeUint8(e, ref | info);
  encoding.writeVarUint(e, 1);
  encoding.writeVarString(e, 'text');
}

describe('validateUpdate', () => {
  it('accepts every update Yjs writes, merged and diffed too', () => {
    for (const gc of [true, false]) {
      const updates = sessionUpdates(gc);
      for (const each of [
        ...updates,
        Y.mergeUpdates(updates),
        Y.diffUpdate(updates.at(-1)!, Y.encodeStateVectorFromUpdate(updates[0]!)),
      ]) {
        expect(validateUpdate(each)).toMatchObject({ ok: true });
      }
    }
  });

  it('counts structs and delete ranges; an empty update has neither', () => {
    expect(validateUpdate(Uint8Array.of(0, 0))).toEqual({ ok: true, structs: 0, deleteRanges: 0 });
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'abc');
    doc.getText('t').delete(0, 1);
    expect(validateUpdate(Y.encodeStateAsUpdate(doc))).toEqual({
      ok: true,
      structs: 2,
      deleteRanges: 1,
    });
  });

  it('rejects same-client references that Y.decodeUpdate accepts but Y.applyUpdate throws on', () => {
    const forward = block(1, (e) => {
      encoding.writeUint8(e, 4 | 0x80);
      encoding.writeVarUint(e, 7);
      encoding.writeVarUint(e, 3);
      encoding.writeVarString(e, 'x');
    });
    expect(() => Y.decodeUpdate(forward)).not.toThrow();
    expect(() => Y.applyUpdate(new Y.Doc(), forward)).toThrow();
    expect(validateUpdate(forward)).toEqual({ ok: false, detail: 'origin 7:3 is not before 0' });
  });

  const rejected: Array<[string, Uint8Array, RegExp]> = [
    ['truncated', Uint8Array.of(1, 1, 7, 0, 4, 1), /ends early|expected/],
    ['trailing bytes', Uint8Array.of(0, 0, 0), /bytes after/],
    ['a struct count beyond the bytes', block(30_000_000, (e) => rootItem(e, 1)), /exceeds the/],
    ['an unknown content ref', block(1, (e) => rootItem(e, 11)), /content ref 11/],
    [
      'a skip with flags',
      block(1, (e) => {
        encoding.writeUint8(e, 42);
        encoding.writeVarUint(e, 1);
      }),
      /skip/,
    ],
    [
      'parent info 2',
      block(1, (e) => {
        encoding.writeUint8(e, 4);
        encoding.writeVarUint(e, 2);
      }),
      /parent info/,
    ],
    [
      'a self parent',
      block(1, (e) => {
        encoding.writeUint8(e, 4);
        for (const v of [0, 7, 0]) encoding.writeVarUint(e, v);
        encoding.writeVarString(e, 'x');
      }),
      /parent 7:0/,
    ],
    [
      'a forward right origin',
      block(
        1,
        (e) => {
          encoding.writeUint8(e, 4 | 0x40);
          for (const v of [7, 5]) encoding.writeVarUint(e, v);
          encoding.writeVarString(e, 'x');
        },
        5,
      ),
      /right origin/,
    ],
    [
      'a zero-length string',
      block(1, (e) => {
        rootItem(e, 4);
        encoding.writeVarString(e, '');
      }),
      /zero-length/,
    ],
    [
      'a zero-length GC',
      block(1, (e) => {
        encoding.writeUint8(e, 0);
        encoding.writeVarUint(e, 0);
      }),
      /zero-length/,
    ],
    [
      'a clock past 2^53',
      block(
        1,
        (e) => {
          rootItem(e, 1);
          encoding.writeVarUint(e, 10);
        },
        2 ** 53 - 5,
      ),
      /2\^53/,
    ],
    ['a repeated client', Uint8Array.of(2, 0, 7, 0, 0, 7, 0, 0), /twice/],
    [
      'JSON that does not parse',
      block(1, (e) => {
        rootItem(e, 5);
        encoding.writeVarString(e, '{');
      }),
      /not JSON/,
    ],
    [
      'invalid UTF-8',
      block(1, (e) => {
        rootItem(e, 4);
        encoding.writeVarUint8Array(e, Uint8Array.of(0xff));
      }),
      /UTF-8/,
    ],
    [
      'an unknown value tag',
      block(1, (e) => {
        rootItem(e, 8);
        encoding.writeVarUint(e, 1);
        encoding.writeUint8(e, 1);
      }),
      /value tag/,
    ],
    [
      'deep nesting',
      block(1, (e) => {
        rootItem(e, 8);
        encoding.writeVarUint(e, 1);
        for (let i = 0; i < 300; i++) {
          encoding.writeUint8(e, 117);
          encoding.writeVarUint(e, 1);
        }
        encoding.writeUint8(e, 126);
      }),
      /nested/,
    ],
    [
      'an unknown type ref',
      block(1, (e) => {
        rootItem(e, 7);
        encoding.writeVarUint(e, 7);
      }),
      /type ref/,
    ],
    [
      'subdocument options that are not an object',
      block(1, (e) => {
        rootItem(e, 9);
        encoding.writeVarString(e, 'g');
        encoding.writeUint8(e, 126);
      }),
      /subdocument/,
    ],
    ['a zero-length delete range', Uint8Array.of(0, 1, 7, 1, 0, 0), /zero-length delete/],
  ];

  it.each(rejected)('rejects %s', (_name, bytes, detail) => {
    const result = validateUpdate(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).toMatch(detail);
  });

  it('accepts the same shapes when they are well formed', () => {
    const subdoc = block(1, (e) => {
      rootItem(e, 9);
      encoding.writeVarString(e, 'g');
      encoding.writeAny(e, {});
    });
    const json = block(1, (e) => {
      rootItem(e, 2);
      encoding.writeVarUint(e, 2);
      encoding.writeVarString(e, 'undefined');
      encoding.writeVarString(e, '{"a":1}');
    });
    for (const each of [subdoc, json]) {
      expect(validateUpdate(each)).toMatchObject({ ok: true });
      expect(() => Y.applyUpdate(new Y.Doc(), each)).not.toThrow();
    }
  });
});
