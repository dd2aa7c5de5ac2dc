/**
 * Several consecutive updates of one document stored in one row of `updates`: a row's `seq` is
 * the last update's, `count` how many it holds. One update is stored as it is; several as
 * (u32 little-endian length, bytes) each, so `length(data) - 4 * count` is their size. Rows are
 * written by `PackedUpdates`.
 */
export const rowFramingBytes = 4;

/**
 * The updates of a row holding `count` of them; views into `data`, no copies. Throws when the
 * framing does not add up (a damaged file).
 */
export function unpackRowUpdates(data: Uint8Array, count: number): Uint8Array[] {
  if (count === 1) return [data];
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const updates: Uint8Array[] = [];
  let offset = 0;
  for (let index = 0; index < count; index++) {
    if (offset + rowFramingBytes > data.byteLength) break;
    const length = view.getUint32(offset, true);
    offset += rowFramingBytes;
    if (offset + length > data.byteLength) break;
    updates.push(data.subarray(offset, offset + length));
    offset += length;
  }
  if (updates.length !== count || offset !== data.byteLength) {
    throw new Error(`a stored row of ${count} updates is damaged (${data.byteLength} bytes)`);
  }
  return updates;
}
