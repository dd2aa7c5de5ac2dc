import type { Logger } from './logger.ts';

/**
 * A progress callback that logs `event` at the start and end of each phase and about every
 * fifth of the way between, not at every step.
 */
export function logProgress(
  log: Logger,
  event: string,
): (done: number, total: number, phase?: string) => void {
  let reported = 0;
  return (done, total, phase) => {
    if (done > 0 && done < total && done - reported < total / 5) return;
    reported = done;
    log.info(event, { ...(phase === undefined ? {} : { phase }), done, total });
  };
}
