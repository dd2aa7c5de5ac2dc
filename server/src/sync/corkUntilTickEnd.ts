import type { Writable } from 'node:stream';

const corked = new Set<Writable>();

function uncorkAll(): void {
  for (const stream of corked) stream.uncork();
  corked.clear();
}

/**
 * Corks `stream` until the current tick's microtasks have run, so that everything written to it
 * meanwhile leaves in one system call. Updates committed together are forwarded in one tick:
 * a recipient that gets several of them costs one write, not one per update. Idempotent within
 * a tick.
 */
export function corkUntilTickEnd(stream: Writable): void {
  if (corked.has(stream)) return;
  if (corked.size === 0) process.nextTick(uncorkAll);
  corked.add(stream);
  stream.cork();
}
