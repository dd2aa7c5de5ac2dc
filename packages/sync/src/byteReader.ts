import { DecodeFailure } from './decodeFailure.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// 8 bytes carry 56 bits; anything longer cannot hold a value of at most 53 bits.
const maxVarUintBytes = 8;
const shortString = 16;

/**
 * A bounded cursor over untrusted bytes. Every read checks the remaining length before it
 * touches, slices or allocates anything, and throws a {@link DecodeFailure} otherwise.
 * Views it returns share memory with the input; copy them before keeping them.
 */
export class ByteReader {
  readonly #bytes: Uint8Array;
  #position = 0;

  /** @param bytes the input; never modified. */
  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
  }

  /** Bytes not yet read. */
  get remaining(): number {
    return this.#bytes.length - this.#position;
  }

  /** Offset of the next byte to read. */
  get position(): number {
    return this.#position;
  }

  /** Reads one byte (`truncated` at the end). */
  readByte(): number {
    const byte = this.#bytes[this.#position];
    if (byte === undefined)
      throw new DecodeFailure('truncated', `byte expected at ${this.#position}`);
    this.#position += 1;
    return byte;
  }

  /** Reads an unsigned LEB128 varuint of at most 53 bits (lib0 `writeVarUint`). */
  readVarUint(): number {
    const start = this.#position;
    let value = 0;
    let multiplier = 1;
    for (let count = 1; ; count += 1) {
      const byte = this.#bytes[this.#position];
      if (byte === undefined)
        throw new DecodeFailure('truncated', `varuint at ${start} ends early`);
      this.#position += 1;
      value += (byte & 0x7f) * multiplier;
      if (value > Number.MAX_SAFE_INTEGER || (byte >= 0x80 && count === maxVarUintBytes)) {
        throw new DecodeFailure('bad-length', `varuint at ${start} exceeds 53 bits`);
      }
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
  }

  /** Reads a signed varint of at most 53 bits (lib0 `writeVarInt`: 6 bits and a sign first). */
  readVarInt(): number {
    const start = this.#position;
    const first = this.readByte();
    let value = first & 0x3f;
    let multiplier = 64;
    let byte = first;
    for (let count = 1; byte >= 0x80; count += 1) {
      if (count === maxVarUintBytes)
        throw new DecodeFailure('bad-length', `varint at ${start} too long`);
      byte = this.readByte();
      value += (byte & 0x7f) * multiplier;
      if (value > Number.MAX_SAFE_INTEGER) {
        throw new DecodeFailure('bad-length', `varint at ${start} exceeds 53 bits`);
      }
      multiplier *= 128;
    }
    return (first & 0x40) === 0 ? value : -value;
  }

  /**
   * Reads a varuint count or length and checks it against `limit` (`too-large`) and, assuming each
   * counted element takes at least `minBytesEach` bytes, against what remains (`bad-length`).
   */
  readCount(what: string, limit = Number.MAX_SAFE_INTEGER, minBytesEach = 1): number {
    const count = this.readVarUint();
    if (count * minBytesEach > this.remaining) {
      throw new DecodeFailure(
        'bad-length',
        `${what} ${count} exceeds the ${this.remaining} bytes left`,
      );
    }
    if (count > limit)
      throw new DecodeFailure('too-large', `${what} ${count} exceeds limit ${limit}`);
    return count;
  }

  /** Returns a view of the next `length` bytes (checked against what remains). */
  readBytes(length: number): Uint8Array {
    if (length > this.remaining) {
      throw new DecodeFailure('bad-length', `${length} bytes declared, ${this.remaining} left`);
    }
    const start = this.#position;
    this.#position += length;
    return this.#bytes.subarray(start, start + length);
  }

  /** Reads a varuint length, then that many bytes (lib0 `writeVarUint8Array`). */
  readVarBytes(what: string, limit = Number.MAX_SAFE_INTEGER): Uint8Array {
    return this.readBytes(this.readCount(what, limit));
  }

  /**
   * Reads a length-prefixed string that must be valid UTF-8, decoded exactly as lib0 does
   * (fatal, BOM kept). Payload readers re-label its failures with their own reason.
   */
  readVarString(what: string, limit = Number.MAX_SAFE_INTEGER): string {
    const bytes = this.readVarBytes(what, limit);
    // Short ASCII strings are most of a document's keys and values; TextDecoder costs more per call.
    if (bytes.length <= shortString) {
      let text = '';
      for (const byte of bytes) {
        if (byte >= 0x80) return this.#decodeUtf8(bytes, what);
        text += String.fromCharCode(byte);
      }
      return text;
    }
    return this.#decodeUtf8(bytes, what);
  }

  #decodeUtf8(bytes: Uint8Array, what: string): string {
    try {
      return utf8.decode(bytes);
    } catch {
      throw new DecodeFailure('bad-length', `${what} is not valid UTF-8`);
    }
  }

  /** Fails with `trailing-bytes` unless every byte was read. */
  expectEnd(what: string): void {
    if (this.remaining !== 0) {
      throw new DecodeFailure('trailing-bytes', `${this.remaining} bytes after ${what}`);
    }
  }
}
