import { type ClockKind, type ClockWarning, diffDays } from '@lianban/case-model';

/**
 * Nominal lengths in calendar days of the clocks the list and the inbox name (case-model's
 * `clockRuns`: 15 days to route, 5 working days to object, 60 days to handle…; an order's due
 * date, usually about two weeks). Only for an estimate where the start is not sent.
 */
const nominalDays: Readonly<Record<ClockKind, number>> = {
  route: 15,
  acceptNotice: 15,
  objection: 7,
  assignmentReport: 15,
  handle: 60,
  reviewWindow: 30,
  review: 30,
  reexamWindow: 30,
  reexam: 30,
  improvementAnswer: 30,
  leaderOwnership: 91,
  evaluation: 7,
  supervision: 15,
};

/**
 * The warning level of a due date where only the date and the clock's kind are known (the case
 * list, the inbox): overdue after the date, else the share of the clock's nominal length already
 * used, at 75 % and 90 %. The case page shows each clock's exact figure.
 */
export function estimateWarning(
  dueDate: string | null,
  kind: string | null | undefined,
  today: string,
  overdue = false,
): ClockWarning {
  if (!dueDate) return 'none';
  if (overdue || dueDate < today) return 'overdue';
  const length = nominalDays[kind as ClockKind] ?? 30;
  const left = diffDays(dueDate, today);
  const used = (length - left) / length;
  if (used >= 0.9) return 'warn90';
  if (used >= 0.75) return 'warn75';
  return 'none';
}
