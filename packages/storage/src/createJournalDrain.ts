import type { AppendJournal } from './appendJournal.ts';
import { PendingAppends, type PendingDocument } from './pendingAppends.ts';

/** Appends on their way from the journal into the database. */
export interface JournalDrain {
  /** Holds an append written to the journal until it is drained. */
  add(name: string, seq: number, data: Uint8Array, at: number): void;
  /** Update bytes held that no drain has started on. */
  readonly waitingBytes: number;
  /** Nothing is held. */
  readonly isEmpty: boolean;
  /**
   * Writes the next few documents into the database, starting a cycle (the journal rotated,
   * what was held set aside) when none is under way. Returns whether the cycle has more left.
   */
  step(): boolean;
  /**
   * Writes what is held for `name` into the database now, in one transaction (before an
   * operation on that document), leaving the other documents to their cycle.
   */
  document(name: string): void;
  /** Writes everything held into the database now and empties the journal. */
  all(): void;
}

/**
 * Drains a few documents at a time, so no single transaction holds the event loop for long:
 * one hundred documents in one transaction took 3–12 ms. A cycle sets aside everything held and
 * rotates the journal; appends made meanwhile go to the fresh journal and wait for the next
 * cycle; the set-aside file is deleted once all of its documents are in. Each document still
 * gets one row per cycle. `write` writes rows in one transaction and throws without effect.
 */
export function createJournalDrain(
  journal: AppendJournal | null,
  write: (documents: PendingDocument[]) => void,
  documentsPerStep: number,
): JournalDrain {
  let waiting = new PendingAppends();
  let cycle: PendingDocument[] = [];
  // Set when `document` drained a cycle's last document: the step already scheduled to go on
  // with that cycle must not start the next one before its time.
  let cycleEndedEarly = false;

  return {
    add: (name, seq, data, at) => waiting.add(name, seq, data, at),
    get waitingBytes() {
      return waiting.bytes;
    },
    get isEmpty() {
      return waiting.isEmpty && cycle.length === 0;
    },
    step() {
      if (cycle.length === 0) {
        if (cycleEndedEarly) {
          cycleEndedEarly = false;
          return false;
        }
        if (waiting.isEmpty) return false;
        journal?.rotate();
        cycle = waiting.list();
        waiting = new PendingAppends();
      }
      write(cycle.slice(0, documentsPerStep));
      cycle = cycle.slice(documentsPerStep);
      if (cycle.length > 0) return true;
      journal?.dropRotated();
      return false;
    },
    document(name) {
      // The set-aside part comes first: its seqs are the older ones.
      const index = cycle.findIndex((pending) => pending.name === name);
      const setAside = index >= 0 ? cycle[index] : undefined;
      const held = waiting.get(name);
      if (!setAside && !held) return;
      write(setAside && held ? [setAside, held] : [(setAside ?? held)!]);
      if (held) waiting.take(name);
      if (!setAside) return;
      cycle.splice(index, 1);
      // That was the cycle's last document: its file is all in the database.
      if (cycle.length === 0) {
        journal?.dropRotated();
        cycleEndedEarly = true;
      }
    },
    all() {
      if (cycle.length > 0) {
        write(cycle);
        cycle = [];
      }
      if (!waiting.isEmpty) {
        write(waiting.list());
        waiting.clear();
      }
      journal?.dropRotated();
      journal?.reset();
    },
  };
}
