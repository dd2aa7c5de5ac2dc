import type { RoomHooks } from './room.ts';

export type { RoomHooks } from './room.ts';

/** Composes hooks into one, calling each concern in list order. */
export function composeRoomHooks(list: readonly RoomHooks[]): Required<RoomHooks> {
  const changeHooks = list.filter((hooks) => hooks.onChange);
  return {
    async onLoad(room) {
      for (const hooks of list) await hooks.onLoad?.(room);
    },
    onChange(room, update) {
      if (changeHooks.length === 1) return changeHooks[0]!.onChange!(room, update);
      const pending: Promise<void>[] = [];
      for (const hooks of changeHooks) {
        const result = hooks.onChange!(room, update);
        if (result) pending.push(result);
      }
      return pending.length === 0 ? undefined : Promise.all(pending).then(() => undefined);
    },
    afterChange(room, update) {
      for (const hooks of list) hooks.afterChange?.(room, update);
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
