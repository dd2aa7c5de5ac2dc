import type { DecisionPayload } from './commandPayloads.ts';
import { hasText } from './hasText.ts';
import type { Refusal } from './refusal.ts';
import { refusals } from './refusals.ts';
import { replyOutcomes } from './replyOutcome.ts';

/** Checks the outcome and summary of a reply, review or re-examination decision. */
export function checkDecision(payload: DecisionPayload): Refusal | undefined {
  if (replyOutcomes.includes(payload.outcome) && hasText(payload.summary)) return undefined;
  return refusals.invalidPayload(
    '须写明处理结果（支持、解释或不予支持）和意见',
    'Give the outcome (supported, explained or not supported) and a summary',
  );
}
