import type { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';
import { scanAny } from './scanAny.ts';

// Yjs type refs 0–6: Array, Map, Text, XmlElement (has a name), XmlFragment, XmlHook (has a name), XmlText.
const typeRefCount = 7;
const xmlElementRef = 3;
const xmlHookRef = 5;

/** Parses a JSON string where Yjs would (`JSON.parse` in `readJSON`), so that Yjs cannot throw later. */
function scanJsonString(reader: ByteReader, what: string, allowUndefined: boolean): void {
  const text = reader.readVarString(what);
  if (allowUndefined && text === 'undefined') return;
  try {
    JSON.parse(text);
  } catch {
    throw new DecodeFailure('malformed-update', `${what} is not JSON`);
  }
}

/**
 * Walks the content of one Yjs v1 item with content ref `ref` (1–9) and returns its length in
 * clock units, mirroring yjs 13.6's `contentRefs` readers (ContentDeleted … ContentDoc).
 */
export function scanItemContent(reader: ByteReader, ref: number): number {
  switch (ref) {
    case 1: // ContentDeleted
      return reader.readVarUint();
    case 2: {
      const count = reader.readCount('JSON item count');
      for (let index = 0; index < count; index += 1) scanJsonString(reader, 'JSON item', true);
      return count;
    }
    case 3:
      reader.readVarBytes('binary content');
      return 1;
    case 4:
      // Yjs counts a string's length in UTF-16 code units.
      return reader.readVarString('string content').length;
    case 5:
      scanJsonString(reader, 'embed', false);
      return 1;
    case 6:
      reader.readVarString('format key');
      scanJsonString(reader, 'format value', false);
      return 1;
    case 7: {
      const typeRef = reader.readVarUint();
      if (typeRef >= typeRefCount)
        throw new DecodeFailure('malformed-update', `type ref ${typeRef}`);
      if (typeRef === xmlElementRef || typeRef === xmlHookRef) reader.readVarString('node name');
      return 1;
    }
    case 8: {
      const count = reader.readCount('value count');
      for (let index = 0; index < count; index += 1) scanAny(reader);
      return count;
    }
    case 9: {
      reader.readVarString('subdocument guid');
      // Yjs reads `opts.shouldLoad`, which throws unless the options are an object.
      if (scanAny(reader) !== 'object') {
        throw new DecodeFailure('malformed-update', 'subdocument options are not an object');
      }
      return 1;
    }
    default:
      throw new DecodeFailure('malformed-update', `unknown content ref ${ref}`);
  }
}
