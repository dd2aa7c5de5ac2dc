import { type Instruction, readInstructions } from '@lianban/case-model';
import { type Accessor, createSignal, onCleanup } from 'solid-js';
import type * as Y from 'yjs';

/** Leaders' instructions (领导批示) in a case's notes document, oldest first (reactive). */
export function createInstructions(notes: Y.Doc): Accessor<Instruction[]> {
  const read = () => {
    try {
      return readInstructions(notes);
    } catch {
      return [];
    }
  };
  const [instructions, setInstructions] = createSignal(read());
  const update = () => setInstructions(read());
  notes.on('update', update);
  onCleanup(() => notes.off('update', update));
  return instructions;
}
