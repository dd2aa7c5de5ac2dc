import { crc32 } from 'node:zlib';

/** One append as the journal holds it: the document, its sequence number and the update. */
export interface JournalRecord {
  name: string;
  seq: number;
  data: Uint8Array;
}

/** One group commit as the journal holds it: its appends and when they were made. */
export interface JournalBatch {
  /** Milliseconds since the epoch, from the store's clock. */
  at: number;
  records: JournalRecord[];
}

/** What `decodeJournal` read: the whole batches, and where the readable part ends. */
export interface DecodedJournal {
  batches: JournalBatch[];
  /** Bytes from the start that hold whole, intact batches; anything after is a torn write. */
  intactBytes: number;
}

// A batch: payload length (u32), CRC-32 of the payload (u32), payload. The payload: the time
// (f64), the record count (u32), then per record the name's UTF-8 length (u16) and bytes, the
// seq (f64) and the update's length (u32) and bytes. Little-endian throughout.
const batchHeaderBytes = 8;
const payloadHeaderBytes = 12;
const recordFixedBytes = 2 + 8 + 4;

// Names repeat from batch to batch: their UTF-8 bytes are kept rather than encoded each time.
const nameBytesCache = new Map<string, Buffer>();
const maxCachedNames = 10_000;

function nameBytes(name: string): Buffer {
  let bytes = nameBytesCache.get(name);
  if (!bytes) {
    if (nameBytesCache.size >= maxCachedNames) nameBytesCache.clear();
    bytes = Buffer.from(name, 'utf8');
    nameBytesCache.set(name, bytes);
  }
  return bytes;
}

/** Encodes one batch as a single buffer, to be written with one call. */
export function encodeJournalBatch(batch: JournalBatch): Buffer {
  const { records } = batch;
  const names: Buffer[] = new Array(records.length);
  let payloadBytes = payloadHeaderBytes;
  for (let index = 0; index < records.length; index++) {
    const name = nameBytes(records[index]!.name);
    names[index] = name;
    payloadBytes += recordFixedBytes + name.length + records[index]!.data.byteLength;
  }
  const buffer = Buffer.allocUnsafe(batchHeaderBytes + payloadBytes);
  buffer.writeUInt32LE(payloadBytes, 0);
  let offset = batchHeaderBytes;
  offset = buffer.writeDoubleLE(batch.at, offset);
  offset = buffer.writeUInt32LE(records.length, offset);
  for (let index = 0; index < records.length; index++) {
    const { seq, data } = records[index]!;
    const name = names[index]!;
    offset = buffer.writeUInt16LE(name.length, offset);
    buffer.set(name, offset);
    offset += name.length;
    offset = buffer.writeDoubleLE(seq, offset);
    offset = buffer.writeUInt32LE(data.byteLength, offset);
    buffer.set(data, offset);
    offset += data.byteLength;
  }
  buffer.writeUInt32LE(crc32(buffer.subarray(batchHeaderBytes)), 4);
  return buffer;
}

// Reads one payload whose checksum matched; null if its contents do not add up.
function decodePayload(payload: Buffer): JournalBatch | null {
  if (payload.length < payloadHeaderBytes) return null;
  const at = payload.readDoubleLE(0);
  const count = payload.readUInt32LE(8);
  const records: JournalRecord[] = [];
  let offset = payloadHeaderBytes;
  for (let index = 0; index < count; index++) {
    if (offset + 2 > payload.length) return null;
    const nameLength = payload.readUInt16LE(offset);
    offset += 2;
    if (offset + nameLength + 12 > payload.length) return null;
    const name = payload.toString('utf8', offset, offset + nameLength);
    offset += nameLength;
    const seq = payload.readDoubleLE(offset);
    const dataLength = payload.readUInt32LE(offset + 8);
    offset += 12;
    if (offset + dataLength > payload.length) return null;
    // A view, not a copy: replay hands it to the drain, which copies it into its own buffer.
    records.push({
      name,
      seq,
      data: new Uint8Array(payload.buffer, payload.byteOffset + offset, dataLength),
    });
    offset += dataLength;
  }
  return offset === payload.length ? { at, records } : null;
}

/**
 * Decodes a journal file's bytes into its batches, in order. It stops at the first batch that is
 * cut short or fails its checksum: a write torn by a crash, or by power loss before the OS had
 * the whole of it; nothing after it is trusted.
 */
export function decodeJournal(bytes: Buffer): DecodedJournal {
  const batches: JournalBatch[] = [];
  let offset = 0;
  while (offset + batchHeaderBytes <= bytes.length) {
    const payloadBytes = bytes.readUInt32LE(offset);
    const end = offset + batchHeaderBytes + payloadBytes;
    if (end > bytes.length) break;
    const payload = bytes.subarray(offset + batchHeaderBytes, end);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) break;
    const batch = decodePayload(payload);
    if (!batch) break;
    batches.push(batch);
    offset = end;
  }
  return { batches, intactBytes: offset };
}
