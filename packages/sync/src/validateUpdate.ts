import { ByteReader } from './byteReader.ts';
import { DecodeFailure } from './decodeFailure.ts';
import { scanItemContent } from './scanItemContent.ts';

/** The outcome of {@link validateUpdate}: counts when valid, a detail for logs when not. */
export type UpdateValidation =
  | { ok: true; structs: number; deleteRanges: number }
  | { ok: false; detail: string };

const gcRef = 0;
const skipRef = 10;
const hasOrigin = 0x80;
const hasRightOrigin = 0x40;
const hasParentSub = 0x20;

function fail(detail: string): never {
  throw new DecodeFailure('malformed-update', detail);
}

function advance(clock: number, length: number): number {
  if (length === 0) fail('zero-length struct');
  const next = clock + length;
  if (next > Number.MAX_SAFE_INTEGER) fail('clock exceeds 2^53');
  return next;
}

// Yjs integrates an item only after its own earlier clocks; a reference to the same client at or
// after the item's clock makes applyUpdate throw halfway through a transaction.
function scanId(reader: ByteReader, client: number, clock: number, what: string): void {
  const idClient = reader.readVarUint();
  const idClock = reader.readVarUint();
  if (idClient === client && idClock >= clock)
    fail(`${what} ${idClient}:${idClock} is not before ${clock}`);
}

function scanStruct(reader: ByteReader, client: number, clock: number): number {
  const info = reader.readByte();
  const ref = info & 0x1f;
  if (ref === gcRef) return advance(clock, reader.readVarUint());
  if (ref === skipRef) {
    if (info !== skipRef) fail(`skip struct with flags ${info}`);
    return advance(clock, reader.readVarUint());
  }
  if (info & hasOrigin) scanId(reader, client, clock, 'origin');
  if (info & hasRightOrigin) scanId(reader, client, clock, 'right origin');
  if ((info & (hasOrigin | hasRightOrigin)) === 0) {
    const parentIsKey = reader.readVarUint();
    if (parentIsKey === 1) reader.readVarString('parent key');
    else if (parentIsKey === 0) scanId(reader, client, clock, 'parent');
    else fail(`parent info ${parentIsKey}`);
    if (info & hasParentSub) reader.readVarString('parent sub key');
  }
  return advance(clock, scanItemContent(reader, ref));
}

function scanStructs(reader: ByteReader): number {
  // A client block takes at least 3 bytes, a struct at least 2.
  const clientCount = reader.readCount('client count', undefined, 3);
  // Most updates come from one client: no set is made for them.
  const seen = clientCount > 1 ? new Set<number>() : null;
  let structs = 0;
  for (let index = 0; index < clientCount; index += 1) {
    const structCount = reader.readCount('struct count', undefined, 2);
    const client = reader.readVarUint();
    // Yjs keeps only the last block of a repeated client; refuse rather than drop data.
    if (seen?.has(client)) fail(`client ${client} appears twice`);
    seen?.add(client);
    let clock = reader.readVarUint();
    for (let struct = 0; struct < structCount; struct += 1)
      clock = scanStruct(reader, client, clock);
    structs += structCount;
  }
  return structs;
}

function scanDeleteSet(reader: ByteReader): number {
  const clientCount = reader.readCount('delete set client count', undefined, 2);
  let ranges = 0;
  for (let index = 0; index < clientCount; index += 1) {
    reader.readVarUint();
    const rangeCount = reader.readCount('delete range count', undefined, 2);
    for (let range = 0; range < rangeCount; range += 1) {
      const clock = reader.readVarUint();
      const length = reader.readVarUint();
      // A zero-length range left pending makes Yjs throw while re-encoding it.
      if (length === 0) fail('zero-length delete range');
      if (clock + length > Number.MAX_SAFE_INTEGER) fail('delete range beyond 2^53');
    }
    ranges += rangeCount;
  }
  return ranges;
}

/**
 * Checks that `update` is a well-formed Yjs v1 update that `Y.applyUpdate` (yjs 13.6) can
 * decode and integrate without throwing: the full structure, every declared count against the
 * bytes left, strings as UTF-8, JSON where Yjs parses JSON, known content and type refs,
 * non-zero struct and delete lengths, clocks within 2^53, no same-client forward references, no repeated client
 * block, no trailing bytes. It builds no Yjs objects and never throws. It does not check the
 * document's schema.
 */
export function validateUpdate(update: Uint8Array): UpdateValidation {
  try {
    const reader = new ByteReader(update);
    const structs = scanStructs(reader);
    const deleteRanges = scanDeleteSet(reader);
    reader.expectEnd('the delete set');
    return { ok: true, structs, deleteRanges };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}
