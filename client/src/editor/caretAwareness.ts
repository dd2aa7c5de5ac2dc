import type { Awareness } from 'y-protocols/awareness';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
type Listener = (change: AwarenessChange, origin: unknown) => void;

/**
 * The awareness as the caret extension should see it, so that typing does not pay for carets:
 * - the local cursor it sets on every keystroke is published in a task of its own (the latest
 *   of a burst), not inside the keystroke: publishing runs every awareness listener and sends a
 *   message, and the keystroke's frame should not wait for that. Clearing the cursor (blur, an
 *   editor going away) and every other field are published at once;
 * - its `change` listeners hear only of other clients' states: it draws only their carets, and
 *   each change it hears costs a whole editor update.
 */
export function caretAwareness(awareness: Awareness, field = 'cursor'): Awareness {
  let pending: { value: unknown } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const publish = () => {
    timer = undefined;
    const next = pending;
    pending = null;
    if (next) awareness.setLocalStateField(field, next.value);
  };
  const setLocalStateField = (name: string, value: unknown) => {
    if (name === field && value !== null) {
      pending = { value };
      timer ??= setTimeout(publish, 0);
      return;
    }
    if (name === field) {
      pending = null;
      clearTimeout(timer);
      timer = undefined;
    }
    awareness.setLocalStateField(name, value);
  };
  // The caret extension compares the cursor it is about to set with the current one.
  const getLocalState = () => {
    const state = awareness.getLocalState();
    return pending && state ? { ...state, [field]: pending.value } : state;
  };

  const othersOnly = new Map<Listener, Listener>();
  const on = (name: string, listener: Listener) => {
    if (name !== 'change') return awareness.on(name, listener);
    const filtered: Listener = (change, origin) => {
      const others = [...change.added, ...change.updated, ...change.removed].some(
        (client) => client !== awareness.clientID,
      );
      if (others) listener(change, origin);
    };
    othersOnly.set(listener, filtered);
    awareness.on(name, filtered);
  };
  const off = (name: string, listener: Listener) => {
    awareness.off(name, othersOnly.get(listener) ?? listener);
    othersOnly.delete(listener);
  };

  const overrides: Record<PropertyKey, unknown> = { setLocalStateField, getLocalState, on, off };
  return new Proxy(awareness, {
    get(target, property) {
      if (property in overrides) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
