/**
 * How days are counted (domain.md §4, configurable). The defaults follow the Civil Code
 * Art 201–203 and R2005: see `defaultDayCountingRules`.
 */
export interface DayCountingRules {
  /** Count the starting day as the first day. Default false: the start day is not counted. */
  readonly countStartDay: boolean;
  /**
   * Move a due date that falls on a rest day (weekend or holiday, not a make-up working day)
   * to the next working day. Default true. Applies to day and month lengths.
   */
  readonly moveOffRestDays: boolean;
  /** Also move a due date fixed by an order (`ClockRun.dueDate`). Default false: the order's date stands. */
  readonly moveFixedDueDates: boolean;
  /**
   * Paused days (hearings) do not count. Default true. A pause covers every whole Asia/Shanghai
   * date it touches, its first and last date included; overlapping pauses count a date once.
   */
  readonly excludePausedDays: boolean;
  /** Elapsed fraction from which the warning is 'warn75'. Default 0.75. */
  readonly warn75At: number;
  /** Elapsed fraction from which the warning is 'warn90'. Default 0.9. */
  readonly warn90At: number;
}

/**
 * The default day-counting rules of domain.md §4: start day not counted; calendar days for day
 * lengths; a last day on a rest day moves to the next working day; working-day lengths count
 * only working days after the start day; paused days excluded; warnings at 75% and 90%.
 */
export const defaultDayCountingRules: DayCountingRules = {
  countStartDay: false,
  moveOffRestDays: true,
  moveFixedDueDates: false,
  excludePausedDays: true,
  warn75At: 0.75,
  warn90At: 0.9,
};
