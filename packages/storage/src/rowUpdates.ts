/**
 * Several consecutive updates of one document stored in one row of `updates`: a row's `seq` is
 * the last update's, `count` how many it holds. One update is stored as it is; several as
 * (u32 little-endian length, bytes) each, so `length(data) - 4 * count` is their size. Rows are
 * written by `PackedUpdates`.
 */
export const rowFramingBytes = 4;

/**
 * Reads up to `count` framed updates from `data`, starting at byte `offset`, as views (no
 * copies); stops early where the framing runs past the end. Returns them and the offset after
 * the last one read.
 */
export function readFramedUpdates(
  data: Uint8Array,
  offset: number,
  count: number,
): { updates: Uint8Array[]; end: number } {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const updates: Uint8Array[] = [];
  let end = offset;
  for (let index = 0; index < count; index++) {
    if (end + rowFramingBytes > data.byteLength) break;
    const length = view.getUint32(end, true);
    if (end + rowFramingBytes + length > data.byteLength) break;
    end += rowFramingBytes;
    updates.push(data.subarray(end, end + length));
    end += length;
  }
  return { updates, end };
}

/**
 * The updates of a row holding `count` of them; views into `data`, no copies. Throws when the
 * framing does not add up (a damaged file).
 */
export function unpackRowUpdates(data: Uint8Array, count: number): Uint8Array[] {
  if (count === 1) return [data];
  const { updates, end } = readFramedUpdates(data, 0, count);
  if (updates.length !== count || end !== data.byteLength) {
    throw new Error(`a stored row of ${count} updates is damaged (${data.byteLength} bytes)`);
  }
  return updates;
}
