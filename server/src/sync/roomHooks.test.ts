import { createMemoryStore } from '@lianban/storage';
import { describe, expect, it } from 'vitest';
import { Room, type RoomPeer } from './room.ts';
import { composeRoomHooks, type RoomHooks } from './roomHooks.ts';

function peer(): RoomPeer & { sent: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  return {
    sent,
    send: (message) => sent.push(message),
    failWrite: () => {},
    awarenessClientIds: new Set(),
  };
}

describe('room hooks and the update pipeline', () => {
  it('refuses two hooks that both store updates', () => {
    const storing: RoomHooks = { onChange: () => Promise.resolve(1) };
    expect(() => composeRoomHooks([storing, storing])).toThrow('one room hook stores updates');
  });

  it('forwards updates in arrival order, each after its store resolved, with its seq', async () => {
    const store = createMemoryStore();
    const seen: number[] = [];
    const hooks = composeRoomHooks([
      { onChange: (room, update) => store.append(room.name, update) },
      { afterChange: (_room, _update, seq) => seq !== undefined && seen.push(seq) },
    ]);
    const room = new Room('case/x/file', { caseId: 'x', kind: 'file' }, hooks);
    const sender = peer();
    const receiver = peer();
    room.join(sender);
    room.join(receiver);
    for (let index = 1; index <= 5; index++) room.submitUpdate(new Uint8Array([index, 0]), sender);
    expect(receiver.sent).toEqual([]);
    await room.settled();
    expect(receiver.sent.map((message) => message.at(-2))).toEqual([1, 2, 3, 4, 5]);
    expect(sender.sent).toEqual([]);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    room.destroy();
  });
});
