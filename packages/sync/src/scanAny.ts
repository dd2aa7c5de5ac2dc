import type { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';

/** What kind of value a lib0 `writeAny` encoding held (only as much as the callers need). */
export type AnyKind = 'object' | 'other';

// Nesting beyond this is refused: real documents stay far below, and it bounds our recursion.
const maxDepth = 256;

/**
 * Walks one lib0 `writeAny` value without building it, checking every length against the bytes
 * left, every string for valid UTF-8 and every tag for a case lib0 `readAny` knows.
 */
export function scanAny(reader: ByteReader, depth = 0): AnyKind {
  if (depth > maxDepth)
    throw new DecodeFailure('malformed-update', `value nested over ${maxDepth}`);
  const tag = reader.readByte();
  switch (tag) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return 'other';
    case 125:
      reader.readVarInt();
      return 'other';
    case 124:
      reader.readBytes(4);
      return 'other';
    case 123: // float64
    case 122: // bigint64
      reader.readBytes(8);
      return 'other';
    case 119:
      reader.readVarString('string');
      return 'other';
    case 118: {
      // Each entry needs a key length byte and a tag byte.
      const size = reader.readCount('object size', undefined, 2);
      for (let index = 0; index < size; index += 1) {
        reader.readVarString('object key');
        scanAny(reader, depth + 1);
      }
      return 'object';
    }
    case 117: {
      const length = reader.readCount('array length');
      for (let index = 0; index < length; index += 1) scanAny(reader, depth + 1);
      return 'other';
    }
    case 116:
      reader.readVarBytes('binary');
      return 'other';
    default:
      throw new DecodeFailure('malformed-update', `unknown value tag ${tag}`);
  }
}
