const finBinary = 0x82;

let lastMessage: Uint8Array | null = null;
let lastFrame: Buffer | null = null;

/**
 * One unfragmented, unmasked WebSocket binary frame (RFC 6455 §5.2; server frames are never
 * masked) holding `message`, header and payload in one buffer so it is written with one call.
 * A broadcast hands the same message to every peer in turn: the last frame is reused when asked
 * for the same message again, so a broadcast is framed once. Messages are never mutated once
 * encoded, which is what makes reuse by identity safe.
 */
export function frameBinaryMessage(message: Uint8Array): Buffer {
  if (message === lastMessage && lastFrame) return lastFrame;
  const length = message.byteLength;
  const headerBytes = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = finBinary;
  if (headerBytes === 2) {
    frame[1] = length;
  } else if (headerBytes === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  frame.set(message, headerBytes);
  lastMessage = message;
  lastFrame = frame;
  return frame;
}
