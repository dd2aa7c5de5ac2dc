import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type { Awareness } from 'y-protocols/awareness';
import { type PresentUser, readPresence } from './readPresence.ts';

/** The other people in a document, kept current from its awareness. Call in an owner. */
export function createPresence(awareness: Awareness, ownUserId: string): Accessor<PresentUser[]> {
  const read = () =>
    readPresence(
      awareness.getStates() as Map<number, Record<string, unknown>>,
      awareness.clientID,
      ownUserId,
    );
  const [present, setPresent] = createSignal(read(), {
    equals: (a, b) =>
      a.length === b.length &&
      a.every((user, i) => user.userId === b[i]?.userId && user.name === b[i]?.name),
  });
  // 'change' fires only when states change, not on every renewal of the same state.
  const update = () => setPresent(read());
  awareness.on('change', update);
  onCleanup(() => awareness.off('change', update));
  return present;
}
