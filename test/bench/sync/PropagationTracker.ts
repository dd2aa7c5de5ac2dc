import * as Y from 'yjs';

interface Pending {
  clock: number;
  sentAt: number;
  /** Receivers that have not seen this edit yet. */
  remaining: number;
}

interface Queue {
  items: Pending[];
  head: number;
}

/**
 * Matches received updates to sent edits by (clientID, clock) via `Y.parseUpdateMeta`. An edit is
 * propagated when every other client on its document has received it; its latency is the last
 * receiver's arrival time minus the send time. Only edits sent inside the window are measured;
 * deliveries (one edit reaching one other client) are counted while the window is open.
 */
export class PropagationTracker {
  readonly latencies: number[] = [];
  windowStart = Number.POSITIVE_INFINITY;
  windowEnd = Number.POSITIVE_INFINITY;
  sentInWindow = 0;
  deliveredInWindow = 0;
  /** Sync update messages that reached a client during the window (echoes included). */
  messagesInWindow = 0;
  private readonly queues = new Map<number, Queue>();
  /** receiver clientID → (sender clientID → end clock already received). */
  private readonly seen = new Map<number, Map<number, number>>();

  private inWindow(at: number): boolean {
    return at >= this.windowStart && at < this.windowEnd;
  }

  recordSend(clientId: number, clock: number, sentAt: number, receivers: number): void {
    if (receivers <= 0) return;
    let queue = this.queues.get(clientId);
    if (!queue) {
      queue = { items: [], head: 0 };
      this.queues.set(clientId, queue);
    }
    queue.items.push({ clock, sentAt, remaining: receivers });
    if (this.inWindow(sentAt)) this.sentInWindow++;
  }

  recordReceipt(receiverId: number, update: Uint8Array, at: number): void {
    const counting = this.inWindow(at);
    if (counting) this.messagesInWindow++;
    const { from, to } = Y.parseUpdateMeta(update);
    let seen = this.seen.get(receiverId);
    if (!seen) {
      seen = new Map();
      this.seen.set(receiverId, seen);
    }
    for (const [clientId, fromClock] of from) {
      if (clientId === receiverId) continue;
      const toClock = to.get(clientId) ?? fromClock;
      const low = Math.max(fromClock, seen.get(clientId) ?? 0);
      if (toClock <= low) continue;
      seen.set(clientId, toClock);
      const queue = this.queues.get(clientId);
      if (!queue) continue;
      for (let i = queue.head; i < queue.items.length; i++) {
        const pending = queue.items[i];
        if (!pending || pending.clock >= toClock) break;
        if (pending.clock < low || pending.remaining === 0) continue;
        if (counting) this.deliveredInWindow++;
        pending.remaining--;
        if (pending.remaining === 0 && this.inWindow(pending.sentAt)) {
          this.latencies.push(at - pending.sentAt);
        }
      }
      this.compact(queue);
    }
  }

  private compact(queue: Queue): void {
    while (queue.head < queue.items.length && queue.items[queue.head]?.remaining === 0)
      queue.head++;
    if (queue.head > 256 && queue.head * 2 > queue.items.length) {
      queue.items = queue.items.slice(queue.head);
      queue.head = 0;
    }
  }

  /** Edits sent inside the window that some receiver still lacks. */
  unpropagatedInWindow(): number {
    let count = 0;
    for (const queue of this.queues.values()) {
      for (let i = queue.head; i < queue.items.length; i++) {
        const pending = queue.items[i];
        if (pending && pending.remaining > 0 && this.inWindow(pending.sentAt)) count++;
      }
    }
    return count;
  }
}
