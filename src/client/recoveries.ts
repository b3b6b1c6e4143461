import { err, ok, type Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName } from '../operations.js';
import type { Clock, CustomRecovery, RecoveryName, RecoveryOutcome } from '../policy/index.js';
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
  invokeOnce<Op extends OperationName>(
    op: Op,
    args: OperationArgs[Op],
    attempt: number,
    signal: AbortSignal | undefined,
    timeoutMs: number,
    recovery?: string,
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
  ): Promise<Result<unknown, GmeError>>;
}

/** Runs a policy's recovery action for a failed call. */
export interface Recoveries {
  run(
    operation: string,
    recovery: RecoveryName | CustomRecovery,
    error: GmeError,
    args: unknown,
    signal: AbortSignal | undefined,
    deadline: number,
  ): Promise<Result<RecoveryOutcome, GmeError>>;
}

type Outcome = Promise<Result<RecoveryOutcome, GmeError>>;
const RETRY: RecoveryOutcome = Object.freeze({ next: 'retry' });

/** Calls a game-supplied function that may throw, return garbage, or hang until the signal fires. */
async function ask(
  fn: ((ctx: { operation: string; roomId?: string; signal?: AbortSignal }) => unknown) | undefined,
  operation: string,
  roomId: string | undefined,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  if (fn === undefined) return undefined;
  try {
    const value = await fn({
      operation,
      ...(roomId === undefined ? {} : { roomId }),
      ...(signal === undefined ? {} : { signal }),
    });
    return typeof value === 'string' && value.length > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The built-in recoveries. Each either says "try again" (maybe with new arguments), finishes the
 * call itself (`reenterRoom` after a failed switch), or fails with the original error when it has
 * nothing to work with (no refresher configured, nothing applied before...).
 */
export function createRecoveries(host: RecoveryHost): Recoveries {
  const roomIdOf = (args: unknown): string | undefined => {
    const id = (args as { roomId?: unknown } | undefined)?.roomId;
    return typeof id === 'string' ? id : undefined;
  };

  const builtIn: Record<
    RecoveryName,
    (op: string, error: GmeError, args: unknown, signal: AbortSignal | undefined, deadline: number) => Outcome
  > = {
    async reenterRoom(op, error, args, signal, deadline) {
      if (op === 'enterRoom') return ok(RETRY);
      if (op !== 'switchRoom') return err(error);
      const a = args as OperationArgs['switchRoom'];
      const entered = await host.execute(
        'enterRoom',
        { roomId: a.roomId, roomType: host.lastRoomType, authBuffer: a.authBuffer },
        {
          ...(signal === undefined ? {} : { signal }),
          deadlineMs: Math.max(1, Math.round(deadline - host.clock.now())),
        },
        'reenterRoom',
      );
      return entered.map(() => ({ next: 'done', value: { roomId: a.roomId } }) as RecoveryOutcome);
    },
    async refreshAuth(op, error, args, signal) {
      const pttOp = op === 'applyPttAuthbuffer';
      const fn = pttOp ? (host.o.auth.refreshPtt ?? host.o.auth.refresh) : host.o.auth.refresh;
      const buffer = await ask(fn, op, roomIdOf(args), signal);
      if (buffer === undefined || typeof args !== 'object' || args === null || !('authBuffer' in args))
        return err(error);
      return ok({ next: 'retry', args: { ...args, authBuffer: buffer } });
    },
    async reapplyPttAuth(op, error, _args, signal) {
      const buffer = (await ask(host.o.auth.refreshPtt, op, undefined, signal)) ?? host.lastPttAuth;
      if (buffer === undefined) return err(error);
      const applied = await host.invokeOnce(
        'applyPttAuthbuffer',
        { authBuffer: buffer },
        1,
        signal,
        5_000,
        'reapplyPttAuth',
      );
      if (applied.isErr()) return err(error);
      host.lastPttAuth = buffer;
      return ok(RETRY);
    },
    async reinit(op, error, _args, signal) {
      if (host.lastInit === undefined || op === 'init') return err(error);
      const inited = await host.invokeOnce('init', host.lastInit, 1, signal, 5_000, 'reinit');
      return inited.isOk() ? ok(RETRY) : err(error);
    },
    async exitThenEnter(op, error, _args, signal) {
      if (op !== 'enterRoom') return err(error);
      const exited = await host.invokeOnce(
        'exitRoom',
        {},
        1,
        signal,
        OPERATION_SPECS.exitRoom.timeoutMs,
        'exitThenEnter',
      );
      return exited.isOk() ? ok(RETRY) : err(error);
    },
    awaitInFlight(op, _error, _args, signal, deadline) {
      const spec = OPERATION_SPECS[op as OperationName] as { eventType?: number | undefined } | undefined;
      // Recording operations wait for the recording (or the streaming job) in progress to end.
      const types = spec?.eventType === undefined ? [5001, 5006] : [spec.eventType, 5006];
      const waitMs = Math.max(0, Math.min(host.o.awaitInFlightMs, deadline - host.clock.now()));
      return new Promise((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = (): void => {
          host.inFlightWaiters.delete(waiter);
          if (timer !== undefined) clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve(ok(RETRY));
        };
        const waiter = (eventType: number): void => {
          if (eventType === -1 || types.includes(eventType)) done();
        };
        host.inFlightWaiters.add(waiter);
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: `once` is redundant, done() removes this listener itself
        signal?.addEventListener('abort', done, { once: true });
        timer = setTimeout(done, waitMs);
      });
    },
  };

  return {
    async run(operation, recovery, error, args, signal, deadline) {
      try {
        if (typeof recovery === 'function') {
          const outcome: unknown = await recovery({ operation, error, signal });
          return isOutcome(outcome) ? ok(outcome) : err(error);
        }
        const action = builtIn[recovery];
        return action === undefined ? err(error) : await action(operation, error, args, signal, deadline);
      } catch {
        return err(error);
      }
    },
  };
}

function isOutcome(value: unknown): value is RecoveryOutcome {
  if (typeof value !== 'object' || value === null) return false;
  const next = (value as { next?: unknown }).next;
  return next === 'retry' || (next === 'done' && 'value' in value);
}
