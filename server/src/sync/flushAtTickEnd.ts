/** Something that holds output back until the tick ends, then writes it at once. */
export interface TickEndFlushable {
  flushAtTickEnd(): void;
}

const due: TickEndFlushable[] = [];

function flushDue(): void {
  // Indexed, not iterated: a flush may queue another target, which runs in this same pass.
  for (let index = 0; index < due.length; index++) due[index]!.flushAtTickEnd();
  due.length = 0;
}

/**
 * Calls `target.flushAtTickEnd()` once the current tick's microtasks have run. Updates stored
 * together are forwarded within one tick, so a recipient of several of them gets one write.
 * Call it once per tick per target (when its first output of the tick is queued).
 */
export function flushAtTickEnd(target: TickEndFlushable): void {
  if (due.length === 0) process.nextTick(flushDue);
  due.push(target);
}
