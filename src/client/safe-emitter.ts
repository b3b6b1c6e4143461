import { EventEmitter } from 'eventemitter3';
import type { GmeEventMap, GmeEventName } from '../events.js';

/** A listener of one client event. */
export type GmeListener<K extends GmeEventName> = (payload: GmeEventMap[K]) => void;

/**
 * eventemitter3 behind a typed, throw-proof face. Listeners are wrapped once, when added, so a
 * throwing listener is reported as `listenerError` and the other listeners and the call go on.
 * `emit` stays internal: the client exposes only `on`/`once`/`off`.
 */
export class SafeEmitter {
  readonly #ee = new EventEmitter();
  // Per event name: the game's listener -> our wrapper, so `off(name, listener)` finds it.
  readonly #wrappers = new Map<string, Map<(payload: never) => void, (payload: unknown) => void>>();
  /** Listeners per event name, kept beside eventemitter3's so `has` is one property read. */
  readonly #counts: Record<string, number> = Object.create(null);

  on<K extends GmeEventName>(event: K, listener: GmeListener<K>, once = false): void {
    if (typeof listener !== 'function') {
      throw new TypeError(
        `Expected \`listener\` for '${String(event)}' to be a function, got ${typeof listener}.`,
      );
    }
    let byListener = this.#wrappers.get(event);
    if (byListener === undefined) {
      byListener = new Map();
      this.#wrappers.set(event, byListener);
    }
    if (byListener.has(listener)) return; // adding the same listener twice is a no-op
    const wrapper = (payload: unknown): void => {
      if (once) this.off(event, listener);
      try {
        listener(payload as GmeEventMap[K]);
      } catch (error) {
        this.#reportListenerError(event, error);
      }
    };
    byListener.set(listener, wrapper);
    this.#ee.on(event, wrapper);
    this.#counts[event] = (this.#counts[event] ?? 0) + 1;
  }

  off<K extends GmeEventName>(event: K, listener: GmeListener<K>): void {
    const byListener = this.#wrappers.get(event);
    const wrapper = byListener?.get(listener);
    if (byListener === undefined || wrapper === undefined) return;
    byListener.delete(listener);
    if (byListener.size === 0) this.#wrappers.delete(event);
    this.#ee.off(event, wrapper);
    this.#counts[event] = (this.#counts[event] ?? 1) - 1;
  }

  /** True when somebody listens: callers build no payload otherwise. */
  has(event: GmeEventName): boolean {
    return (this.#counts[event] ?? 0) > 0;
  }

  /** Emits a frozen payload. Internal: never exposed on the client. */
  emit<K extends GmeEventName>(event: K, payload: GmeEventMap[K]): void {
    this.#ee.emit(event, Object.freeze(payload));
  }

  /** Total listeners, for leak checks. */
  listenerCount(): number {
    let n = 0;
    for (const name of this.#ee.eventNames()) n += this.#ee.listenerCount(name);
    return n;
  }

  removeAll(): void {
    this.#ee.removeAllListeners();
    this.#wrappers.clear();
    for (const event of Object.keys(this.#counts)) this.#counts[event] = 0;
  }

  #reportListenerError(event: string, error: unknown): void {
    if (event !== 'listenerError' && this.has('listenerError')) {
      this.emit('listenerError', { event, error });
    } else {
      console.error(`gme-result: a '${event}' listener threw`, error);
    }
  }
}
