import { describe, expect, it } from 'vitest';
import type { RoomPeer } from './room.ts';
import { composeRoomHooks } from './roomHooks.ts';
import { createRoomRegistry } from './roomRegistry.ts';

const peer: RoomPeer = { send: () => {}, failWrite: () => {}, awarenessClientIds: new Set() };
const ref = { caseId: 'r', kind: 'file' } as const;

describe('room registry', () => {
  it('at shutdown, stores and unloads a room that is still loading only once it has loaded', async () => {
    const events: string[] = [];
    let finishLoad = (): void => {};
    const registry = createRoomRegistry({
      hooks: composeRoomHooks([
        {
          onLoad: () =>
            new Promise<void>((resolve) => {
              finishLoad = () => {
                events.push('loaded');
                resolve();
              };
            }),
          onStore: async () => {
            events.push('stored');
          },
          onUnload: async () => {
            events.push('unloaded');
          },
        },
      ]),
      idleMs: 60_000,
      onError: (error) => events.push(`error ${String(error)}`),
    });
    const joined = registry.join('case/r/file', ref, peer);
    const closed = registry.closeAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events).toEqual([]);
    finishLoad();
    await joined;
    await closed;
    expect(events).toEqual(['loaded', 'stored', 'unloaded']);
    expect(registry.size()).toBe(0);
  });
});
