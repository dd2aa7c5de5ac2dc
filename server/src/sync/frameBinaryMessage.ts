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
  const frame = binaryFrameStart(message.byteLength, message.byteLength);
  frame.set(message, frame.length - message.byteLength);
  lastMessage = message;
  lastFrame = frame;
  return frame;
}

/**
 * The header of a binary frame whose payload is `payloadLength` bytes, then the first `room`
 * bytes of space for its payload: the whole frame when `room` is the payload length, the header
 * and a prefix when the rest of the payload follows in a later write.
 */
export function binaryFrameStart(payloadLength: number, room: number): Buffer {
  const headerBytes = payloadLength < 126 ? 2 : payloadLength < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(headerBytes + room);
  frame[0] = finBinary;
  if (headerBytes === 2) {
    frame[1] = payloadLength;
  } else if (headerBytes === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(payloadLength, 2);
  } else {
    frame[1] = 127;
    frame.writeBigUInt64BE(BigInt(payloadLength), 2);
  }
  return frame;
}
