import { err, ok, type Result, ResultAsync } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { RoomState, SessionState } from '../events.js';
import { resolveAction } from '../policy/index.js';
import type { ClientContext, RoomListener } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { runOperation } from './run-operation.js';
import { SessionBackoff } from './session-backoff.js';
import type {
  KeepInRoomArgs,
  RoomSession,
  RoomValue,
  SessionSettings,
  SessionStopValue,
  SwitchToArgs,
} from './session-options.js';
import { type SwitchableSession, switchSession } from './session-switch.js';

type Entry = Result<RoomValue, GmeError>;

/**
 * The room session behind `gme.keepInRoom(...)` (see {@link RoomSession} for the states). It
 * enters through the client's own call path — serialized with the other room operations, under
 * the policy (its recoveries heal 7006 with `auth.refresh`), the budget and the breaker — but
 * with retries off: the session spaces its entries itself, with a full-jitter exponential
 * backoff that ends in a steady cadence at its cap ({@link SessionBackoff}), and each entry after
 * the first needs a retry-budget token (with none left it goes straight to the cap and probes
 * once without one, so a long outage cannot strand it). While it waits to enter again, the
 * client's connection gate counts the backend as out of reach (`connectionLost`).
 */
export class RoomSessionImpl implements RoomSession {
  readonly #ctx: ClientContext;
  readonly #settings: SessionSettings;
  readonly #stopped = new AbortController();
  #target: KeepInRoomArgs;
  #state: SessionState = 'entering';
  /** Entries made since the session was last in the room. */
  #attempt = 0;
  /** The session's own room operations in flight: room changes they cause are not the game's. */
  #busy = 0;
  /** The backoff or grace wait in progress. */
  #wait: AbortController | undefined;
  #first: Promise<Entry>;
  #settleFirst: (entry: Entry) => void = () => {};
  #firstDone = false;
  /** Out of the room after a loss or a transient failure, until entered again (see `connectionLost`). */
  #lost = false;
  readonly #backoff: SessionBackoff;
  /** When the SDK started its own reconnect (RECONNECT_START), while it runs. */
  #reconnectSince = 0;
  readonly #onRoom: RoomListener = (state, _previous, roomId, reason) =>
    this.#roomChanged(state, roomId, reason);

  constructor(ctx: ClientContext, target: KeepInRoomArgs, settings: SessionSettings) {
    this.#ctx = ctx;
    this.#target = target;
    this.#settings = settings;
    this.#backoff = new SessionBackoff(settings, ctx.o.random);
    this.#first = new Promise<Entry>((resolve) => {
      this.#settleFirst = resolve;
    });
    ctx.roomListeners.add(this.#onRoom);
    ctx.session = this;
    this.#emit('entering', 'entering', 'keepInRoom');
    void this.#enter();
  }

  get roomId(): string {
    return this.#target.roomId;
  }

  get state(): SessionState {
    return this.#state;
  }

  /**
   * True while the session waits to enter again (or is entering again) after a loss or an entry
   * that failed with a transient code: the client's connection gate counts the backend as out of
   * reach then, so calls the policy holds for a reconnect wait for the session's next entry.
   */
  get connectionLost(): boolean {
    return this.#lost;
  }

  entered(): ResultAsync<RoomValue, GmeError> {
    return new ResultAsync(this.#first);
  }

  switchTo(args: SwitchToArgs): ResultAsync<RoomValue, GmeError> {
    return new ResultAsync(switchSession(this.#internal, args));
  }

  /** What `switchSession` may do to this session (kept off the public face). */
  readonly #internal: SwitchableSession = {
    ctx: () => this.#ctx,
    stopped: () => this.#stopped.signal,
    target: () => this.#target,
    retarget: (target, attempt) => {
      this.#target = target;
      this.#attempt = attempt;
    },
    set: (state, reason, error) => this.#set(state, reason, undefined, error),
    failed: (error) => this.#failed(error),
    own: (work) => this.#own(work),
    cancelWait: () => this.#cancelWait(),
    enter: () => this.#enter(),
  };

  stop(): ResultAsync<SessionStopValue, GmeError> {
    return new ResultAsync(this.#stop());
  }

  /** Ends the session without leaving the room (the client is being disposed). */
  end(): void {
    this.#finish('dispose()', undefined);
  }

  // ---------------------------------------------------------------------------------------------

  async #enter(): Promise<Entry | undefined> {
    if (this.#stopped.signal.aborted) return undefined;
    const retry = this.#attempt > 0;
    this.#attempt++;
    const budget = this.#ctx.budget;
    // A re-entry is a retry: it spends a token, or waits for a probe without one.
    if (retry && budget !== undefined && !budget.tryAcquire() && !this.#probing) {
      this.#probing = true;
      this.#attempt--;
      this.#schedule('the retry budget is empty: one probe after the longest backoff', undefined, true);
      return undefined;
    }
    this.#probing = false;
    this.#set('entering', retry ? 'entering again' : 'entering');
    const entry = await this.#own(() =>
      runOperation(this.#ctx, 'enterRoom', this.#target, { signal: this.#stopped.signal }, false),
    );
    if (this.#stopped.signal.aborted) return entry;
    if (entry.isOk()) {
      this.#attempt = 0;
      this.#backoff.reset();
      this.#set('entered', 'entered');
      this.#resolveFirst(entry);
    } else this.#failed(entry.error);
    return entry;
  }

  #probing = false;

  /** An entry failed: wait and enter again when a retry can fix the code, else end the session. */
  #failed(error: GmeError): void {
    if (this.#transient(error)) this.#schedule(`enterRoom ${error.code}`, error, false);
    else this.#finish(`enterRoom ${error.code}: no retry can fix it`, error);
  }

  #transient(error: GmeError): boolean {
    if (error.circuitOpen || error.budgetExhausted || error.code === 1005 || error.code === 2002) return true;
    return resolveAction(this.#ctx.policy, 'enterRoom', error.code).action.action === 'retry';
  }

  /** Waits a backoff (`probe`: at the cap, for a probe without a budget token), then enters. */
  #schedule(reason: string, error: GmeError | undefined, probe: boolean): void {
    this.#cancelWait();
    const delay = this.#backoff.next(probe);
    this.#lost = true;
    this.#set('waiting', reason, delay, error);
    this.#sleep(delay, () => void this.#enter());
  }

  #roomChanged(state: RoomState, roomId: string | null, reason: string): void {
    if (this.#stopped.signal.aborted || this.#busy > 0) return;
    switch (state) {
      case 'reconnecting':
        if (this.#state !== 'entered') return;
        this.#reconnectSince = this.#ctx.o.clock.now();
        this.#set('reconnecting', reason);
        this.#sleep(this.#settings.reconnectGraceMs, () => {
          this.#attempt = Math.max(this.#attempt, 1);
          this.#backoff.takeOver(this.#settings.reconnectGraceMs);
          this.#schedule('the SDK did not reconnect within the grace period', undefined, false);
        });
        return;
      case 'entered':
        if (this.#state === 'reconnecting') {
          this.#cancelWait();
          this.#set('entered', reason);
        } else if (roomId !== this.#target.roomId)
          this.#finish('the game entered another room itself', undefined);
        return;
      case 'disconnected':
        if (this.#state === 'entered' || this.#state === 'reconnecting') {
          this.#attempt = 0;
          const since = this.#state === 'reconnecting' ? this.#reconnectSince : this.#ctx.o.clock.now();
          this.#backoff.takeOver(this.#ctx.o.clock.now() - since);
          this.#schedule(reason, undefined, false);
        }
        return;
      case 'idle':
        if (this.#state === 'entered' || this.#state === 'reconnecting') {
          this.#finish('the game left the room itself', undefined);
        }
        return;
      default:
        return;
    }
  }

  async #stop(): Promise<Result<SessionStopValue, GmeError>> {
    if (this.#stopped.signal.aborted) return ok({ exited: false });
    const state = this.#ctx.room.state;
    this.#finish('stop()', undefined);
    // Leave whatever the SDK may be in or entering; an entry aborted just now may still land.
    if (state !== 'entering' && state !== 'entered' && state !== 'reconnecting' && state !== 'switching') {
      return ok({ exited: false });
    }
    const exited = await runOperation(this.#ctx, 'exitRoom', {}, undefined);
    return exited.map(() => ({ exited: true }));
  }

  /** Ends the session: no more waits, entries or events but this one. */
  #finish(reason: string, error: GmeError | undefined): void {
    if (this.#stopped.signal.aborted) return;
    this.#cancelWait();
    this.#stopped.abort();
    this.#ctx.roomListeners.delete(this.#onRoom);
    if (this.#ctx.session === this) this.#ctx.session = undefined;
    this.#set('stopped', reason, undefined, error);
    const t = clientMessages(this.#ctx.o.locale);
    this.#resolveFirst(err(error ?? this.#ctx.error(7013, 'enterRoom', 0, t.sessionStopped())));
  }

  #resolveFirst(entry: Entry): void {
    if (this.#firstDone) return;
    this.#firstDone = true;
    this.#settleFirst(entry);
  }

  /** Runs one of the session's own room operations (its room changes are the session's). */
  async #own<T>(work: () => Promise<T>): Promise<T> {
    this.#busy++;
    try {
      return await work();
    } finally {
      this.#busy--;
    }
  }

  #sleep(ms: number, then: () => void): void {
    this.#cancelWait();
    const wait = new AbortController();
    this.#wait = wait;
    this.#ctx.o.clock.sleep(ms, wait.signal).then(
      () => {
        if (this.#wait !== wait) return;
        this.#wait = undefined;
        then();
      },
      () => {},
    );
  }

  #cancelWait(): void {
    const wait = this.#wait;
    this.#wait = undefined;
    wait?.abort();
  }

  /** Moves to `state` and says so; staying in a state is news only with a new wait or error. */
  #set(state: SessionState, reason: string, nextAttemptInMs?: number, error?: GmeError): void {
    const previous = this.#state;
    if (previous === state && nextAttemptInMs === undefined && error === undefined) return;
    this.#state = state;
    this.#emit(previous, state, reason, nextAttemptInMs, error);
    if ((state === 'entered' || state === 'stopped') && this.#lost) {
      this.#lost = false;
      this.#ctx.gate.recheck();
    }
  }

  #emit(
    previous: SessionState,
    state: SessionState,
    reason: string,
    nextAttemptInMs?: number,
    error?: GmeError,
  ): void {
    const emitter = this.#ctx.emitter;
    if (!emitter.has('session')) return;
    emitter.emit('session', {
      roomId: this.#target.roomId,
      previous,
      state,
      reason,
      attempt: this.#attempt,
      ...(nextAttemptInMs === undefined ? {} : { nextAttemptInMs }),
      ...(error === undefined ? {} : { error }),
    });
  }
}
