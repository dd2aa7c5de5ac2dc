import type { RoomHooks } from './room.ts';

export type { RoomHooks } from './room.ts';

/** Composes hooks into one, calling each concern in list order. */
export function composeRoomHooks(list: readonly RoomHooks[]): Required<RoomHooks> {
  const storing = list.filter((hooks) => hooks.onChange);
  if (storing.length > 1) throw new Error('one room hook stores updates (onChange), not several');
  const store = storing[0]?.onChange?.bind(storing[0]);
  return {
    async onLoad(room) {
      for (const hooks of list) await hooks.onLoad?.(room);
    },
    onChange: (room, update) => store?.(room, update),
    afterChange(room, update, seq, storeMs) {
      for (const hooks of list) hooks.afterChange?.(room, update, seq, storeMs);
    },
    async onStore(room) {
      for (const hooks of list) await hooks.onStore?.(room);
    },
    async onUnload(room) {
      for (const hooks of list) await hooks.onUnload?.(room);
    },
    onLoadError(room, error) {
      for (const hooks of list) hooks.onLoadError?.(room, error);
    },
  };
}
