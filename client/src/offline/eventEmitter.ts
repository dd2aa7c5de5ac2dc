/**
 * The part of Node's `events` module that PouchDB uses, for the browser bundle (vite aliases
 * `events` here). Methods are enumerable on the prototype because pouchdb-core copies
 * `Object.keys(EventEmitter.prototype)` onto its constructor.
 */
type Listener = (...args: unknown[]) => void;

interface EventEmitterShape {
  _events: Map<string | symbol, Listener[]>;
  _maxListeners: number;
}

/** A minimal Node-compatible event emitter (on, once, off, emit, listeners and friends). */
export function EventEmitter(this: EventEmitterShape): void {
  this._events = new Map();
  this._maxListeners = 10;
}

function list(emitter: EventEmitterShape, name: string | symbol): Listener[] {
  emitter._events ??= new Map();
  return emitter._events.get(name) ?? [];
}

const methods = {
  on(this: EventEmitterShape, name: string | symbol, listener: Listener): EventEmitterShape {
    this._events ??= new Map();
    this._events.set(name, [...list(this, name), listener]);
    return this;
  },
  prependListener(this: EventEmitterShape, name: string | symbol, listener: Listener) {
    this._events ??= new Map();
    this._events.set(name, [listener, ...list(this, name)]);
    return this;
  },
  once(this: EventEmitterShape, name: string | symbol, listener: Listener): EventEmitterShape {
    const wrapper: Listener & { listener?: Listener } = (...args) => {
      methods.removeListener.call(this, name, wrapper);
      listener.apply(this, args);
    };
    wrapper.listener = listener;
    return methods.on.call(this, name, wrapper);
  },
  removeListener(
    this: EventEmitterShape,
    name: string | symbol,
    listener: Listener,
  ): EventEmitterShape {
    const current = list(this, name);
    const index = current.findIndex(
      (item) => item === listener || (item as { listener?: Listener }).listener === listener,
    );
    if (index >= 0)
      this._events.set(
        name,
        current.filter((_, at) => at !== index),
      );
    return this;
  },
  removeAllListeners(this: EventEmitterShape, name?: string | symbol) {
    this._events ??= new Map();
    if (name === undefined) this._events.clear();
    else this._events.delete(name);
    return this;
  },
  emit(this: EventEmitterShape, name: string | symbol, ...args: unknown[]): boolean {
    const current = list(this, name);
    if (name === 'error' && current.length === 0) {
      throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
    }
    for (const listener of current) listener.apply(this, args);
    return current.length > 0;
  },
  listeners(this: EventEmitterShape, name: string | symbol): Listener[] {
    return [...list(this, name)];
  },
  listenerCount(this: EventEmitterShape, name: string | symbol): number {
    return list(this, name).length;
  },
  setMaxListeners(this: EventEmitterShape, count: number) {
    this._maxListeners = count;
    return this;
  },
  getMaxListeners(this: EventEmitterShape): number {
    return this._maxListeners ?? 10;
  },
};

Object.assign(EventEmitter.prototype, methods, {
  addListener: methods.on,
  off: methods.removeListener,
});

/** Node's static form, which pouchdb-utils falls back to. */
EventEmitter.listenerCount = (emitter: EventEmitterShape, name: string | symbol): number =>
  list(emitter, name).length;

export default EventEmitter;
