import { err, ok, type Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName } from '../operations.js';
import {
  CallScope,
  type Clock,
  type CustomRecovery,
  type RecoveryName,
  type RecoveryOutcome,
} from '../policy/index.js';
import type { AuthOptions } from './client-options.js';
import { OPERATION_SPECS } from './operation-specs.js';

/** What the recoveries need from the client. */
export interface RecoveryHost {
  readonly o: { readonly auth: AuthOptions; readonly awaitInFlightMs: number };
  readonly clock: Clock;
  readonly inFlightWaiters: Set<(eventType: number) => void>;
  readonly lastInit: OperationArgs['init'] | undefined;
  lastPttAuth: string | undefined;
  readonly lastRoomType: OperationArgs['enterRoom']['roomType'];
  /** How long one invocation of `op` waits for its event: the client's `timeouts`, else GME's default. */
  timeoutOf(op: OperationName): number;
  /** Remembers a buffer the game's refresher gave, so it is redacted from everything handed out. */
  noteSecret(buffer: string): void;
  invokeOnce<Op extends OperationName>(
    op: Op,
    args: OperationArgs[Op],
    attempt: number,
    signal: AbortSignal | undefined,
    timeoutMs: number,
    recovery?: string,
    callId?: number,
  ): Promise<Result<unknown, GmeError>>;
  /**
   * Runs an operation under the policy as part of the recovering call: its invocations carry
   * `recovery` and it reports no `success` or `error` of its own.
   */
  execute<Op extends OperationName>(
    op: Op,
    args: OperationArgs[Op],
    options: CallOptions | undefined,
    recovery: string,
    callId?: number,
  ): Promise<Result<unknown, GmeError>>;
}

/** What a recovery knows of the call it heals. */
export interface RecoveryCall {
  /** The call's deadline, on the client's clock. */
  readonly deadline: number;
  /** The call's own per-call `timeoutMs`, when it gave one. */
  readonly timeoutMs?: number | undefined;
  /** The call's id: the invocations the recovery makes carry it. */
  readonly callId?: number | undefined;
}

/** Runs a policy's recovery action for a failed call. */
export interface Recoveries {
  run(
    operation: string,
    recovery: RecoveryName | CustomRecovery,
    error: GmeError,
    args: unknown,
    signal: AbortSignal | undefined,
    call: RecoveryCall | number,
  ): Promise<Result<RecoveryOutcome, GmeError>>;
}

type Outcome = Promise<Result<RecoveryOutcome, GmeError>>;
type Step = (op: string, error: GmeError, args: unknown, scope: CallScope, call: RecoveryCall) => Outcome;
const RETRY: RecoveryOutcome = Object.freeze({ next: 'retry' });

/**
 * Calls a game-supplied function that may throw, return garbage, or hang (the scope ends the
 * wait: see {@link Recoveries}). Hands it the scope's signal, which fires on abort, dispose and
 * the deadline, so a `fetch` given that signal is cancelled too.
 */
async function ask(
  fn: ((ctx: { operation: string; roomId?: string; signal?: AbortSignal }) => unknown) | undefined,
  operation: string,
  roomId: string | undefined,
  scope: CallScope,
): Promise<string | undefined> {
  if (fn === undefined) return undefined;
  try {
    const value = await fn({ operation, ...(roomId === undefined ? {} : { roomId }), signal: scope.signal });
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The built-in recoveries. Each either says "try again" (maybe with new arguments), finishes the
 * call itself (`reenterRoom` after a failed switch), or fails with the original error when it has
 * nothing to work with (no refresher configured, nothing applied before...).
 *
 * Every recovery races the call's signal, the client's dispose and the call's deadline: a
 * refresher that never answers, or ignores its signal, cannot hold the call. When one of them
 * fires first, the recovery ends with the error it was meant to heal (the engine then answers
 * 7013 for an abort, and that error for the deadline). The invocations a recovery makes itself
 * wait for their events as long as the client's `timeouts` say for their operation (the re-entry
 * after a failed switch: the switch call's own `timeoutMs` when it gave one), never past the
 * call's deadline, and are aborted with the call.
 */
export function createRecoveries(host: RecoveryHost): Recoveries {
  const roomIdOf = (args: unknown): string | undefined => {
    const id = (args as { roomId?: unknown } | undefined)?.roomId;
    return typeof id === 'string' ? id : undefined;
  };
  /** The wait of one invocation of `op` inside a recovery: its timeout, cut to the time left. */
  const waitFor = (op: OperationName, call: RecoveryCall, own?: number): number =>
    Math.max(1, Math.min(own ?? host.timeoutOf(op), Math.round(call.deadline - host.clock.now())));

  const builtIn: Record<RecoveryName, Step> = {
    async reenterRoom(op, error, args, scope, call) {
      if (op === 'enterRoom') return ok(RETRY);
      if (op !== 'switchRoom') return err(error);
      const a = args as OperationArgs['switchRoom'];
      const timeoutMs = waitFor('enterRoom', call, call.timeoutMs);
      const entered = await host.execute(
        'enterRoom',
        { roomId: a.roomId, roomType: host.lastRoomType, authBuffer: a.authBuffer },
        {
          signal: scope.signal,
          timeoutMs,
          deadlineMs: Math.max(1, Math.round(call.deadline - host.clock.now())),
        },
        'reenterRoom',
        call.callId,
      );
      return entered.map(() => ({ next: 'done', value: { roomId: a.roomId } }) as RecoveryOutcome);
    },
    async refreshAuth(op, error, args, scope) {
      const pttOp = op === 'applyPttAuthbuffer';
      const fn = pttOp ? (host.o.auth.refreshPtt ?? host.o.auth.refresh) : host.o.auth.refresh;
      const buffer = await ask(fn, op, roomIdOf(args), scope);
      if (buffer === undefined || typeof args !== 'object' || args === null || !('authBuffer' in args))
        return err(error);
      host.noteSecret(buffer);
      return ok({ next: 'retry', args: { ...args, authBuffer: buffer } });
    },
    async reapplyPttAuth(op, error, _args, scope, call) {
      const refreshed = await ask(host.o.auth.refreshPtt, op, undefined, scope);
      if (refreshed !== undefined) host.noteSecret(refreshed);
      const buffer = refreshed ?? host.lastPttAuth;
      if (buffer === undefined || scope.why !== undefined) return err(error);
      const applied = await host.invokeOnce(
        'applyPttAuthbuffer',
        { authBuffer: buffer },
        1,
        scope.signal,
        waitFor('applyPttAuthbuffer', call),
        'reapplyPttAuth',
        call.callId,
      );
      if (applied.isErr()) return err(error);
      host.lastPttAuth = buffer;
      return ok(RETRY);
    },
    async reinit(op, error, _args, scope, call) {
      if (host.lastInit === undefined || op === 'init') return err(error);
      const inited = await host.invokeOnce(
        'init',
        host.lastInit,
        1,
        scope.signal,
        waitFor('init', call),
        'reinit',
        call.callId,
      );
      return inited.isOk() ? ok(RETRY) : err(error);
    },
    async exitThenEnter(op, error, _args, scope, call) {
      if (op !== 'enterRoom') return err(error);
      const exited = await host.invokeOnce(
        'exitRoom',
        {},
        1,
        scope.signal,
        waitFor('exitRoom', call),
        'exitThenEnter',
        call.callId,
      );
      return exited.isOk() ? ok(RETRY) : err(error);
    },
    awaitInFlight(op, _error, _args, scope, call) {
      const spec = OPERATION_SPECS[op as OperationName] as { eventType?: number | undefined } | undefined;
      // Recording operations wait for the recording (or the streaming job) in progress to end.
      const types = spec?.eventType === undefined ? [5001, 5006] : [spec.eventType, 5006];
      const waitMs = Math.max(0, Math.min(host.o.awaitInFlightMs, call.deadline - host.clock.now()));
      return new Promise((resolve) => {
        const timer = new AbortController();
        const done = (): void => {
          host.inFlightWaiters.delete(waiter);
          timer.abort();
          resolve(ok(RETRY));
        };
        const waiter = (eventType: number): void => {
          if (eventType === -1 || types.includes(eventType)) done();
        };
        host.inFlightWaiters.add(waiter);
        // The scope's race ends the wait on abort, dispose or deadline; this only cleans up.
        scope.signal.addEventListener('abort', done, { once: true });
        host.clock.sleep(waitMs, timer.signal).then(done, () => {});
      });
    },
  };

  return {
    async run(operation, recovery, error, args, signal, callOrDeadline) {
      const call = typeof callOrDeadline === 'number' ? { deadline: callOrDeadline } : callOrDeadline;
      const scope = new CallScope([signal], call.deadline, host.clock);
      if (scope.why !== undefined) return err(error);
      try {
        const work =
          typeof recovery === 'function'
            ? Promise.resolve(recovery({ operation, error, signal: scope.signal })).then(
                (outcome: unknown) => (isOutcome(outcome) ? ok(outcome) : err(error)),
              )
            : (builtIn[recovery]?.(operation, error, args, scope, call) ?? Promise.resolve(err(error)));
        const raced = await scope.race(work);
        return raced.done ? raced.value : err(error);
      } catch {
        return err(error);
      } finally {
        scope.close();
      }
    },
  };
}

function isOutcome(value: unknown): value is RecoveryOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const next = (value as { next?: unknown }).next;
  return next === 'retry' || (next === 'done' && 'value' in value);
}
