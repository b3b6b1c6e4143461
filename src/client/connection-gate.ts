import type { RoomState } from '../events.js';
import type { Clock, OutageGate } from '../policy/index.js';

type Verdict = 'up' | 'timeout' | 'aborted';

/** What the gate reads from its client. */
export interface GateSignals {
  /** The room state as tracked. */
  readonly room: () => RoomState;
  /** True while the room session counts the room as lost (see `RoomSessionImpl.connectionLost`). */
  readonly sessionLost: () => boolean;
}

/**
 * What the client knows of the SDK's connection, from the SDK's own signals: down while the SDK
 * reconnects (RECONNECT_START without RECONNECT_SUCCESS yet), after ROOM_DISCONNECT until the
 * room is entered again, and while a room session waits to enter again after a loss or an entry
 * that failed with a code the policy retries (the SDK just said the backend is out of reach; a
 * failed entry leaves the room state `idle`, which alone would let every held call go). Up
 * otherwise. Calls held for the reconnect (see the policy's `reconnect` settings) wait here and
 * go on when the room is entered again, or when the session stops counting the room as lost.
 */
export class ConnectionGate implements OutageGate {
  readonly #clock: Clock;
  readonly #signals: GateSignals;
  readonly #waiters = new Set<(verdict: Verdict) => void>();

  constructor(clock: Clock, signals: GateSignals) {
    this.#clock = clock;
    this.#signals = signals;
  }

  get state(): string {
    return this.#signals.room();
  }

  /** Calls waiting, for leak checks. */
  get waiting(): number {
    return this.#waiters.size;
  }

  isDown(): boolean {
    const state = this.#signals.room();
    return state === 'reconnecting' || state === 'disconnected' || this.#signals.sessionLost();
  }

  wait(ms: number, signal: AbortSignal | undefined): Promise<Verdict> {
    if (signal?.aborted) return Promise.resolve('aborted');
    if (!this.isDown()) return Promise.resolve('up');
    return new Promise<Verdict>((resolve) => {
      const timer = new AbortController();
      const done = (verdict: Verdict): void => {
        if (!this.#waiters.delete(done)) return;
        timer.abort();
        signal?.removeEventListener('abort', onAbort);
        resolve(verdict);
      };
      const onAbort = (): void => done('aborted');
      this.#waiters.add(done);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#clock.sleep(ms, timer.signal).then(
        () => done('timeout'),
        () => {},
      );
    });
  }

  /**
   * The room state changed: held calls go on once the room is entered again (not on `entering`:
   * an entry in flight is no sign the backend is back).
   */
  changed(state: RoomState): void {
    if (state === 'entered') this.recheck();
  }

  /** Held calls go on if the gate is up (the room session stopped counting the room as lost). */
  recheck(): void {
    if (this.#waiters.size === 0 || this.isDown()) return;
    for (const waiter of [...this.#waiters]) waiter('up');
  }

  /** Ends every wait (the client is disposed: the calls' own signals end them as aborted). */
  release(): void {
    for (const waiter of [...this.#waiters]) waiter('aborted');
  }
}
