import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { encodeAwarenessEntries } from './encodeAwarenessEntries.ts';

describe('encodeAwarenessEntries', () => {
  it('produces an update y-protocols applies, states and removals alike', () => {
    const awareness = new Awareness(new Y.Doc());
    applyAwarenessUpdate(
      awareness,
      encodeAwarenessEntries([
        { clientId: 7, clock: 3, state: { user: { name: '李强' } } },
        { clientId: 9, clock: 1, state: { cursor: null } },
      ]),
      'test',
    );
    expect(awareness.getStates().get(7)).toEqual({ user: { name: '李强' } });
    expect(awareness.getStates().get(9)).toEqual({ cursor: null });
    applyAwarenessUpdate(
      awareness,
      encodeAwarenessEntries([{ clientId: 7, clock: 4, state: null }]),
      'test',
    );
    expect(awareness.getStates().has(7)).toBe(false);
    awareness.destroy();
  });
});
