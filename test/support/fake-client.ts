import type {
  ClientStats,
  GmeClient,
  GmeEventMap,
  GmeEventName,
  GmeListener,
  RoomSnapshot,
} from 'gme-result';
import type { InstrumentedClient } from 'gme-result/otel';

/**
 * A stand-in for a client, for event orders and shapes the real client cannot be driven into on
 * demand: `emit` sends any event to the listeners. The events of one call carry its `callId`, as
 * the client's do; `newCallId()` numbers calls the way the client does (1, 2, 3...).
 */
export class FakeClient implements InstrumentedClient {
  readonly #listeners = new Map<GmeEventName, Set<GmeListener<never>>>();
  #room: RoomSnapshot = { state: 'idle', roomId: null };
  /** How often `room` was read. */
  roomReads = 0;
  /** How often `off` was called. */
  offCalls = 0;
  budgetTokens: number | null = 3;
  circuits: Record<string, 'closed' | 'open' | 'half-open'> = {};
  /** `on` throws once this many listeners were added (to test a half-done instrumentation). */
  failAfter = Number.POSITIVE_INFINITY;
  #lastCallId = 0;

  /** The id of a new call: one more than the last. */
  newCallId(): number {
    this.#lastCallId += 1;
    return this.#lastCallId;
  }

  get room(): RoomSnapshot {
    this.roomReads += 1;
    return this.#room;
  }

  set room(room: RoomSnapshot) {
    this.#room = room;
  }

  on<K extends GmeEventName>(event: K, listener: GmeListener<K>): GmeClient {
    if (this.listenerCount() >= this.failAfter) throw new Error('on() failed');
    let set = this.#listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.#listeners.set(event, set);
    }
    set.add(listener as GmeListener<never>);
    return this as unknown as GmeClient;
  }

  off<K extends GmeEventName>(event: K, listener: GmeListener<K>): GmeClient {
    this.offCalls += 1;
    this.#listeners.get(event)?.delete(listener as GmeListener<never>);
    return this as unknown as GmeClient;
  }

  emit<K extends GmeEventName>(event: K, payload: GmeEventMap[K]): void {
    for (const listener of this.#listeners.get(event) ?? [])
      (listener as GmeListener<K>)(Object.freeze(payload) as GmeEventMap[K]);
  }

  /** The events with at least one listener. */
  listenedEvents(): GmeEventName[] {
    return [...this.#listeners].filter(([, set]) => set.size > 0).map(([event]) => event);
  }

  listenerCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }

  stats(): ClientStats {
    return {
      pending: 0,
      correlationKeys: 0,
      timers: 0,
      live: 0,
      enterFlights: 0,
      inFlightWaiters: 0,
      listeners: this.listenerCount(),
      budgetTokens: this.budgetTokens,
      circuits: { ...this.circuits },
    };
  }
}
