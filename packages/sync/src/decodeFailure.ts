/**
 * Why a frame was rejected.
 *
 * - `empty`: a zero-length frame.
 * - `too-large`: the frame, or a payload whose bytes are present, exceeds a {@link MessageLimits} bound.
 * - `truncated`: the frame ended inside a header field (type, sub-type, a length or a varuint).
 * - `unknown-type`: an unknown message type, sync sub-type or auth sub-type.
 * - `bad-length`: a declared length or count larger than the bytes that remain, or a varuint over 53 bits.
 * - `trailing-bytes`: bytes after the message's last field.
 * - `malformed-update` / `malformed-awareness` / `malformed-state-vector`: the payload is present but invalid.
 */
export type DecodeFailureReason =
  | 'empty'
  | 'too-large'
  | 'truncated'
  | 'unknown-type'
  | 'bad-length'
  | 'trailing-bytes'
  | 'malformed-update'
  | 'malformed-awareness'
  | 'malformed-state-vector';

/** A rejected frame: a stable reason and a human-readable detail for logs. */
export type DecodeFailureResult = { ok: false; reason: DecodeFailureReason; detail: string };

/** Thrown inside the readers only; the public decoders catch it and return it as a result. */
export class DecodeFailure extends Error {
  /** The stable reason code. */
  readonly reason: DecodeFailureReason;

  /** @param reason the stable code; @param detail what exactly was wrong, for logs. */
  constructor(reason: DecodeFailureReason, detail: string) {
    super(detail);
    this.name = 'DecodeFailure';
    this.reason = reason;
  }

  /**
   * Turns anything thrown while reading a payload into a failure with the payload's reason,
   * keeping `too-large` (a limit, not a malformation) as it is.
   */
  static within(error: unknown, reason: DecodeFailureReason): DecodeFailure {
    if (error instanceof DecodeFailure) {
      return error.reason === 'too-large' ? error : new DecodeFailure(reason, error.message);
    }
    return new DecodeFailure(reason, error instanceof Error ? error.message : String(error));
  }

  /** Converts anything thrown into a {@link DecodeFailureResult}. */
  static toResult(error: unknown, fallback: DecodeFailureReason): DecodeFailureResult {
    const failure = error instanceof DecodeFailure ? error : DecodeFailure.within(error, fallback);
    return { ok: false, reason: failure.reason, detail: failure.message };
  }
}
