import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { caretAwareness } from './caretAwareness.ts';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

function watched() {
  const awareness = new Awareness(new Y.Doc());
  const cursors: unknown[] = [];
  awareness.on('change', () => cursors.push(awareness.getLocalState()?.cursor));
  return { awareness, caret: caretAwareness(awareness), cursors };
}

describe('caretAwareness', () => {
  it('publishes the latest cursor of a burst in a later task, and shows it meanwhile', async () => {
    const { awareness, caret, cursors } = watched();
    caret.setLocalStateField('cursor', { head: 1 });
    caret.setLocalStateField('cursor', { head: 2 });
    expect(cursors).toEqual([]);
    expect(caret.getLocalState()?.cursor).toEqual({ head: 2 });
    await nextTask();
    expect(cursors).toEqual([{ head: 2 }]);
    expect(awareness.getLocalState()?.cursor).toEqual({ head: 2 });
    awareness.destroy();
  });

  it('clears the cursor and sets other fields at once, dropping a cursor still waiting', async () => {
    const { awareness, caret, cursors } = watched();
    caret.setLocalStateField('cursor', { head: 1 });
    caret.setLocalStateField('cursor', null);
    caret.setLocalStateField('user', { name: '张三' });
    expect(awareness.getLocalState()?.user).toEqual({ name: '张三' });
    expect(cursors).toEqual([null, null]);
    await nextTask();
    expect(cursors).toEqual([null, null]);
    expect(caret.clientID).toBe(awareness.clientID);
    awareness.destroy();
  });

  it('tells its change listeners about other clients only', () => {
    const { awareness, caret } = watched();
    const heard: number[][] = [];
    const listener = ({ updated, added }: { updated: number[]; added: number[] }) =>
      heard.push([...added, ...updated]);
    caret.on('change', listener);
    awareness.setLocalStateField('cursor', { head: 3 });
    expect(heard).toEqual([]);
    const peer = new Awareness(new Y.Doc());
    peer.setLocalStateField('cursor', { head: 7 });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer');
    expect(heard).toEqual([[peer.clientID]]);
    caret.off('change', listener);
    peer.setLocalStateField('cursor', { head: 8 });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peer.clientID]), 'peer');
    expect(heard).toHaveLength(1);
    peer.destroy();
    awareness.destroy();
  });
});
