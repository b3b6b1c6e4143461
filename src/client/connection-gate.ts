import type { RoomState } from '../events.js';
import type { Clock, OutageGate } from '../policy/index.js';

type Verdict = 'up' | 'timeout' | 'aborted';

/**
 * What the client knows of the SDK's connection, from its room events: down while the SDK
 * reconnects (RECONNECT_START without RECONNECT_SUCCESS yet) and after ROOM_DISCONNECT until the
 * room is entered again; up when the room state is `entered`. Calls held for the reconnect (see
 * the policy's `reconnect` settings) wait here.
 */
export class ConnectionGate implements OutageGate {
  readonly #clock: Clock;
  readonly #room: () => RoomState;
  readonly #waiters = new Set<(verdict: Verdict) => void>();

  constructor(clock: Clock, room: () => RoomState) {
    this.#clock = clock;
    this.#room = room;
  }

  get state(): string {
    return this.#room();
  }

  /** Calls waiting, for leak checks. */
  get waiting(): number {
    return this.#waiters.size;
  }

  isDown(): boolean {
    const state = this.#room();
    return state === 'reconnecting' || state === 'disconnected';
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

  /** The room state changed: held calls go on once the room is entered again. */
  changed(state: RoomState): void {
    if (state !== 'entered' || this.#waiters.size === 0) return;
    for (const waiter of [...this.#waiters]) waiter('up');
  }

  /** Ends every wait (the client is disposed: the calls' own signals end them as aborted). */
  release(): void {
    for (const waiter of [...this.#waiters]) waiter('aborted');
  }
}
