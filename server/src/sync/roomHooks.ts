import type { Room } from './room.ts';

/**
 * The lifecycle of a room, implemented by one concern per file (persistence, metrics, audit)
 * and composed in one list. Authentication happens before a room is opened (at the upgrade).
 */
export interface RoomHooks {
  /** Fills a newly opened room from storage; no client is answered before it resolves. */
  onLoad?(room: Room): Promise<void>;
  /**
   * An accepted update, before it is applied or forwarded. The returned promise resolves once
   * the update is durable; only then is it applied and forwarded.
   */
  onChange?(room: Room, update: Uint8Array): Promise<void> | void;
  /** After an update was applied to the room and forwarded. */
  afterChange?(room: Room, update: Uint8Array): void;
  /** Stores derived state (a snapshot) when the room is idle or asks for it. */
  onStore?(room: Room): Promise<void>;
  /** The room leaves memory. */
  onUnload?(room: Room): Promise<void>;
}

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
  };
}
