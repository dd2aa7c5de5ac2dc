import { CloseCode } from './closeCode.ts';
import type { DecodeFailureReason } from './decodeFailure.ts';

/**
 * The close code for a frame that failed to decode: {@link CloseCode.MessageTooLarge} (4413) for
 * `too-large`, {@link CloseCode.BadMessage} (4400) for every other reason. Both are terminal
 * for a stock client, which is right: resending the same bytes would fail again.
 */
export function decodeFailureCloseCode(
  reason: DecodeFailureReason,
): typeof CloseCode.MessageTooLarge | typeof CloseCode.BadMessage {
  return reason === 'too-large' ? CloseCode.MessageTooLarge : CloseCode.BadMessage;
}
