import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';

function encode(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

function failure(read: () => unknown): DecodeFailure {
  try {
    read();
  } catch (error) {
    if (error instanceof DecodeFailure) return error;
    throw error;
  }
  throw new Error('expected a DecodeFailure');
}

describe('ByteReader', () => {
  it('reads every safe varuint lib0 writes', () => {
    for (const value of [0, 127, 128, 16_383, 16_384, 2 ** 32, Number.MAX_SAFE_INTEGER]) {
      expect(new ByteReader(encode((e) => encoding.writeVarUint(e, value))).readVarUint()).toBe(
        value,
      );
    }
    fc.assert(
      fc.property(fc.maxSafeNat(), (value) => {
        const reader = new ByteReader(encode((e) => encoding.writeVarUint(e, value)));
        expect(reader.readVarUint()).toBe(value);
        expect(reader.remaining).toBe(0);
      }),
    );
  });

  it('reads every safe varint lib0 writes', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        const reader = new ByteReader(encode((e) => encoding.writeVarInt(e, value)));
        expect(reader.readVarInt()).toBe(value);
        expect(reader.remaining).toBe(0);
      }),
    );
  });

  it('rejects varuints over 53 bits and unterminated ones', () => {
    const twoTo53 = Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10);
    expect(failure(() => new ByteReader(twoTo53).readVarUint()).reason).toBe('bad-length');
    const padded = Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00);
    expect(failure(() => new ByteReader(padded).readVarUint()).reason).toBe('bad-length');
    expect(failure(() => new ByteReader(Uint8Array.of(0x80)).readVarUint()).reason).toBe(
      'truncated',
    );
    expect(failure(() => new ByteReader(new Uint8Array()).readByte()).reason).toBe('truncated');
    expect(failure(() => new ByteReader(Uint8Array.of(0xc0)).readVarInt()).reason).toBe(
      'truncated',
    );
  });

  it('checks declared lengths against the bytes left before the limit', () => {
    const huge = encode((e) => encoding.writeVarUint(e, 2 ** 40));
    expect(failure(() => new ByteReader(huge).readVarBytes('x', 10)).reason).toBe('bad-length');
    const fits = Uint8Array.of(3, 1, 2, 3);
    expect(failure(() => new ByteReader(fits).readVarBytes('x', 2)).reason).toBe('too-large');
    expect([...new ByteReader(fits).readVarBytes('x', 3)]).toEqual([1, 2, 3]);
    expect(failure(() => new ByteReader(Uint8Array.of(3, 1, 2)).readCount('n', 10, 1)).reason).toBe(
      'bad-length',
    );
    expect(
      failure(() => new ByteReader(Uint8Array.of(2, 1, 2, 3)).readCount('n', 10, 2)).reason,
    ).toBe('bad-length');
  });

  it('decodes strings as lib0 does and refuses invalid UTF-8', () => {
    for (const text of ['', 'a', 'ascii only here', '判决书 §3 😀', '\uFEFFbom kept']) {
      expect(
        new ByteReader(encode((e) => encoding.writeVarString(e, text))).readVarString('s'),
      ).toBe(text);
    }
    expect(() => new ByteReader(Uint8Array.of(2, 0xc3, 0x28)).readVarString('s')).toThrow(
      DecodeFailure,
    );
    expect(() => new ByteReader(Uint8Array.of(1, 0xff)).readVarString('s')).toThrow(DecodeFailure);
  });

  it('reports trailing bytes', () => {
    const reader = new ByteReader(Uint8Array.of(1, 2));
    reader.readByte();
    expect(failure(() => reader.expectEnd('x')).reason).toBe('trailing-bytes');
  });
});
