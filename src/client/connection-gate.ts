import type { RoomState } from '../events.js';
import type { Clock, OutageGate } from '../policy/index.js';

type Verdict = 'up' | 'timeout' | 'aborted';
type Waiter = (verdict: Verdict) => void;

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
 * otherwise. Calls held for the reconnect (see the policy's `reconnect` settings) wait here.
 *
 * When the connection comes back after the gate saw it down, the calls that need GME's servers go
 * **one at a time** (the gate is *recovering*): the held calls in the order they were held, then
 * the calls that started meanwhile, each when the one before it has ended. The recovery ends when
 * a call ends with an Ok and nobody is waiting. A fleet of clients that all come back at once
 * then sends one request per client, not its whole backlog: the least load that still tells each
 * client whether the backend serves again. On a healthy backend the backlog goes out one answer
 * after another (a round trip each); against one short of capacity, the line stays as long as
 * the fleet has clients instead of growing with every held call.
 */
export class ConnectionGate implements OutageGate {
  readonly #clock: Clock;
  readonly #signals: GateSignals;
  /** Calls waiting for the connection. */
  readonly #waiters = new Set<Waiter>();
  /** Calls waiting for their turn, the connection being up, in order. */
  readonly #turns: Waiter[] = [];
  /** The gate saw the connection down (a call asked, or the room state said so) since the last recovery began. */
  #outage = false;
  /** The connection came back after an outage: calls go one at a time. */
  #recovering = false;
  /** A call has the turn. */
  #busy = false;

  constructor(clock: Clock, signals: GateSignals) {
    this.#clock = clock;
    this.#signals = signals;
  }

  get state(): string {
    return this.#signals.room();
  }

  /** Calls waiting (for the connection or for their turn), for leak checks. */
  get waiting(): number {
    return this.#waiters.size + this.#turns.length;
  }

  isDown(): boolean {
    const state = this.#signals.room();
    const down = state === 'reconnecting' || state === 'disconnected' || this.#signals.sessionLost();
    if (down) this.#outage = true;
    return down;
  }

  admit(): 'wait' | 'turn' | 'go' {
    if (this.isDown()) return 'wait';
    this.#noteUp();
    if (!this.#recovering) return 'go';
    if (this.#busy || this.#turns.length > 0) return 'wait';
    this.#busy = true;
    return 'turn';
  }

  endTurn(ok: boolean): void {
    this.#busy = false;
    if (this.#grantNext()) return;
    if (ok) this.#recovering = false;
  }

  wait(ms: number, signal: AbortSignal | undefined): Promise<Verdict> {
    if (signal?.aborted) return Promise.resolve('aborted');
    const down = this.isDown();
    if (!down) {
      this.#noteUp();
      if (!this.#busy && this.#turns.length === 0) {
        this.#busy = true;
        return Promise.resolve('up');
      }
    }
    return new Promise<Verdict>((resolve) => {
      const timer = new AbortController();
      let settled = false;
      const done: Waiter = (verdict) => {
        if (settled) return;
        settled = true;
        this.#waiters.delete(done);
        const at = this.#turns.indexOf(done);
        if (at !== -1) this.#turns.splice(at, 1);
        timer.abort();
        signal?.removeEventListener('abort', onAbort);
        resolve(verdict);
      };
      const onAbort = (): void => done('aborted');
      if (down) this.#waiters.add(done);
      else this.#turns.push(done);
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
    // Noted even when no call asks meanwhile: the calls that start after the reconnect take turns.
    else if (state === 'reconnecting' || state === 'disconnected') this.#outage = true;
  }

  /**
   * If the gate is up (the room was entered again, or the session stopped counting the room as
   * lost), the held calls line up for their turns, and the first goes unless a call has the turn.
   */
  recheck(): void {
    if (this.#waiters.size === 0 || this.isDown()) return;
    this.#noteUp();
    this.#turns.push(...this.#waiters);
    this.#waiters.clear();
    if (!this.#busy) this.#grantNext();
  }

  /** Ends every wait (the client is disposed: the calls' own signals end them as aborted). */
  release(): void {
    for (const waiter of [...this.#waiters, ...this.#turns]) waiter('aborted');
  }

  /** The connection is up: if the gate saw it down before, a recovery begins. */
  #noteUp(): void {
    if (!this.#outage) return;
    this.#outage = false;
    this.#recovering = true;
  }

  /** Gives the turn to the first call waiting for it; false when none waits. */
  #grantNext(): boolean {
    const next = this.#turns[0];
    if (next === undefined) return false;
    this.#busy = true;
    next('up');
    return true;
  }
}
