import { ByteReader } from './byteReader.ts';
import { DecodeFailure, type DecodeFailureResult } from './decodeFailure.ts';
import type { MessageLimits } from './limits.ts';

/**
 * The envelope shared by both decoders: rejects empty and oversized frames, runs `readBody`,
 * requires that it consumed every byte, and turns anything thrown into a failure result.
 */
export function decodeFrame<Message extends { type: string }>(
  bytes: Uint8Array,
  limits: MessageLimits,
  readBody: (reader: ByteReader, limits: MessageLimits) => Message,
): { ok: true; message: Message } | DecodeFailureResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty', detail: 'empty frame' };
  if (bytes.length > limits.maxMessageBytes) {
    const detail = `frame of ${bytes.length} bytes exceeds limit ${limits.maxMessageBytes}`;
    return { ok: false, reason: 'too-large', detail };
  }
  try {
    const reader = new ByteReader(bytes);
    const message = readBody(reader, limits);
    reader.expectEnd(`the ${message.type} message`);
    return { ok: true, message };
  } catch (error) {
    // Only DecodeFailure is expected here; anything else would be a reader bug.
    return DecodeFailure.toResult(error, 'bad-length');
  }
}
