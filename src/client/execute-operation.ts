import { err, ok, type Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName, OperationValue } from '../operations.js';
import {
  type ExecuteHooks,
  type ExecuteOptions,
  type ExecuteSuccess,
  type ResultSink,
  startWithPolicy,
} from '../policy/index.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { ClientHooks } from './client-hooks.js';
import { clientMessages } from './client-messages.js';
import { invokeOperation, SAME_RESULT } from './invoke-operation.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { succeedData } from './succeed-data.js';

type Outcome<Op extends OperationName> = Result<OperationValue<Op>, GmeError>;

/** What a call that is not a plain one needs the policy stage to know. */
export interface ExecuteExtra {
  /** When the call began, when it waited its turn in the room queue first. @default now */
  readonly started?: number | undefined;
  /** The recovery this operation runs for (see above). */
  readonly recovery?: string | undefined;
  /** The id of the call (for a recovery's operation: of the call it heals). @default a new one */
  readonly callId?: number | undefined;
  /** `false`: a room session's entry, retried by the session itself (see `ExecuteOptions.retries`). @default true */
  readonly retries?: boolean | undefined;
}

const NO_EXTRA: ExecuteExtra = Object.freeze({});

/**
 * The policy stage: runs `op` under the client's policy (breaker, retries, recoveries, budget),
 * each attempt through {@link invokeOperation}, and turns the outcome into the operation's
 * Ok value (`attempts`, `code`, `recovered`), teaching the client what the spec says it learns.
 * Ends by reporting the call (`success` or `error`). Returns at once when the first attempt was
 * answered by its return value, else a promise; never throws or rejects.
 *
 * `recovery`: the operation runs inside another call's recovery (`reenterRoom`'s `enterRoom`).
 * Its invocations are announced with the recovery's name and it reports no end of its own: the
 * call that recovers reports one, as every call does exactly once.
 */
export function executeOperation<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  options: CallOptions | undefined,
  extra: ExecuteExtra = NO_EXTRA,
): Outcome<Op> | Promise<Outcome<Op>> {
  const { recovery } = extra;
  let call: OperationCall<Op>;
  try {
    call = new OperationCall(ctx, op, args, options, extra);
  } catch (error) {
    // Only a throwing clock gets here.
    return finish(ctx, op, args, err(unexpected(ctx, op, error)), undefined, recovery, extra.callId ?? 0);
  }
  return startWithPolicy(call, finishCall) as Outcome<Op> | Promise<Outcome<Op>>;
}

/** The engine's finish for every call: one function, the call's own state read from `o`. */
function finishCall(
  result: Result<ExecuteSuccess<unknown>, GmeError>,
  o: ExecuteOptions<unknown>,
): Outcome<OperationName> {
  const call = o as OperationCall<OperationName>;
  return finish(call.ctx, call.operation, call.args, result, call.started, call.recovery, call.callId);
}

/**
 * One call of an operation as the policy engine sees it. A class, so that a call costs one
 * object: the engine's callbacks are its methods, not closures made per call.
 */
class OperationCall<Op extends OperationName> implements ExecuteOptions<unknown> {
  readonly operation: Op;
  readonly policy: ExecuteOptions<unknown>['policy'];
  readonly args: OperationArgs[Op];
  readonly budget: ExecuteOptions<unknown>['budget'];
  readonly breaker: ExecuteOptions<unknown>['breaker'];
  readonly signal: AbortSignal | undefined;
  readonly started: number;
  readonly callId: number;
  readonly retries: boolean;
  readonly ctx: ClientContext;
  /** The recovery this call runs for (its end is reported by the call it heals). */
  readonly recovery: string | undefined;
  readonly #timeoutMs: number;
  readonly #callTimeoutMs: number | undefined;
  /** True when the call began before this object was made (it waited in the room queue). */
  readonly #queued: boolean;
  #invoked = 0;
  readonly #deadlineMs: number;

  constructor(
    ctx: ClientContext,
    op: Op,
    args: OperationArgs[Op],
    options: CallOptions | undefined,
    extra: ExecuteExtra,
  ) {
    const spec = OPERATION_SPECS[op];
    this.ctx = ctx;
    this.operation = op;
    this.policy = ctx.policy;
    this.args = args;
    this.budget = ctx.budget;
    this.breaker = ctx.breaker;
    this.signal = options?.signal;
    this.callId = extra.callId ?? ++ctx.lastCallId;
    this.#callTimeoutMs = options?.timeoutMs;
    this.#timeoutMs = options?.timeoutMs ?? ctx.o.timeouts[op] ?? spec.timeoutMs;
    this.#deadlineMs = options?.deadlineMs ?? ctx.o.deadlineMs;
    this.recovery = extra.recovery;
    this.retries = extra.retries ?? true;
    this.#queued = extra.started !== undefined;
    this.started = extra.started ?? ctx.o.clock.now();
  }

  // Read from the spec and the client, not stored: a pending call stays small.
  get family(): string {
    return OPERATION_SPECS[this.operation].family;
  }

  get idempotent(): boolean {
    return OPERATION_SPECS[this.operation].idempotent;
  }

  get outage(): ExecuteOptions<unknown>['outage'] {
    return OPERATION_SPECS[this.operation].holdsForReconnect === true ? this.ctx.gate : undefined;
  }

  get stop(): AbortSignal {
    return this.ctx.disposed.signal;
  }

  get clock(): ExecuteOptions<unknown>['clock'] {
    return this.ctx.o.clock;
  }

  get random(): () => number {
    return this.ctx.o.random;
  }

  get deadline(): number {
    return this.started + this.#deadlineMs;
  }

  firstAttempt<R>(args: unknown, then: ResultSink<unknown, R>): R | Promise<R> {
    const a = args as OperationArgs[Op];
    if (this.#queued) {
      // It waited its turn: the deadline is nearer than `deadlineMs`, and the timeout counts from now.
      const left = Math.max(1, Math.round(this.deadline - this.clock.now()));
      const wait = Math.min(this.#timeoutMs, left);
      return invokeOperation(
        this.ctx,
        this.operation,
        a,
        1,
        this.signal,
        wait,
        then,
        undefined,
        undefined,
        this,
      );
    }
    // No invocation waits past the call's deadline for its event.
    const timeoutMs = Math.min(this.#timeoutMs, this.#deadlineMs);
    return invokeOperation(
      this.ctx,
      this.operation,
      a,
      1,
      this.signal,
      timeoutMs,
      then,
      this.recovery,
      this.started,
      this,
    );
  }

  attempt(n: number, args: unknown): Result<unknown, GmeError> | Promise<Result<unknown, GmeError>> {
    const left = Math.max(1, Math.round(this.deadline - this.clock.now()));
    const a = args as OperationArgs[Op];
    return invokeOperation(
      this.ctx,
      this.operation,
      a,
      n,
      this.signal,
      Math.min(this.#timeoutMs, left),
      SAME_RESULT,
      this.recovery,
      undefined,
      this,
    );
  }

  #hooks: ExecuteHooks | undefined;

  /** The hooks, with this call's id on its events: made when the engine first asks (a failure). */
  get hooks(): ExecuteHooks {
    this.#hooks ??= ClientHooks.of(this.ctx.emitter, this.callId);
    return this.#hooks;
  }

  /** Counts an invocation that reached the SDK (see `ExecuteOptions.invocations`). */
  noteInvoked(): void {
    this.#invoked++;
  }

  invocations(): number {
    return this.#invoked;
  }

  succeedValue(_error: GmeError, args: unknown): unknown {
    return succeedData(this.operation, args as OperationArgs[Op], this.ctx.memory);
  }

  runRecovery(
    recovery: Parameters<ExecuteOptions<unknown>['runRecovery']>[0],
    error: GmeError,
    args: unknown,
    signal: AbortSignal | undefined,
  ): ReturnType<ExecuteOptions<unknown>['runRecovery']> {
    const call = { deadline: this.deadline, timeoutMs: this.#callTimeoutMs, callId: this.callId };
    return this.ctx.recoveries.run(this.operation, recovery, error, args, signal, call);
  }

  abortError(attempts: number): GmeError {
    const ctx = this.ctx;
    return ctx.error(7013, this.operation, attempts, clientMessages(ctx.o.locale).aborted());
  }

  heldError(heldMs: number): GmeError {
    const ctx = this.ctx;
    return ctx.error(1005, this.operation, 0, clientMessages(ctx.o.locale).heldTooLong(heldMs));
  }

  circuitOpenError(code: number): GmeError {
    const ctx = this.ctx;
    return createGmeError({
      code,
      operation: this.operation,
      source: 'client',
      attempts: 0,
      circuitOpen: true,
      locale: ctx.o.locale,
      table: ctx.o.table,
      detail: clientMessages(ctx.o.locale).circuitOpen(this.family),
    });
  }
}

/** Builds the call's final Result from the engine's, and reports it (unless a recovery runs it). */
function finish<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  result: Result<ExecuteSuccess<unknown>, GmeError>,
  started: number | undefined,
  recovery: string | undefined,
  callId: number,
): Outcome<Op> {
  let final: Outcome<Op>;
  try {
    if (result.isOk()) {
      const s = result.value;
      // A first-attempt success carries the object its spec's `data` just made: it gets the
      // fields in place. Any other value (a recovery's, perhaps the game's own) is copied, with
      // Object.assign: V8 (Node 20) takes a slow path for `{ ...data, a, b }`.
      const fresh = s.attempts === 1 && s.code === 0 && s.recovered === undefined;
      const value = (fresh ? s.value : Object.assign({}, s.value as object)) as {
        attempts: number;
        code: number;
        recovered?: string;
      };
      value.attempts = s.attempts;
      value.code = s.code;
      if (s.recovered !== undefined) value.recovered = s.recovered;
      OPERATION_SPECS[op].remember?.(ctx.memory, args);
      final = ok(value as OperationValue<Op>);
    } else final = err(result.error);
  } catch (error) {
    final = err(unexpected(ctx, op, error));
  }
  if (recovery === undefined) reportEnd(ctx, op, callId, final, started);
  return final;
}

function unexpected(ctx: ClientContext, op: string, error: unknown): GmeError {
  return ctx.error(1006, op, 0, clientMessages(ctx.o.locale).unexpected(), error);
}
