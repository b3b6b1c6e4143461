import { err, ok, type Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName, OperationValue } from '../operations.js';
import { type ExecuteOptions, type ExecuteSuccess, startWithPolicy } from '../policy/index.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { invokeOperation } from './invoke-operation.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { succeedData } from './succeed-data.js';

type Outcome<Op extends OperationName> = Result<OperationValue<Op>, GmeError>;

const same = <T>(value: T): T => value;

/**
 * The policy stage: runs `op` under the client's policy (breaker, retries, recoveries, budget),
 * each attempt through {@link invokeOperation}, and turns the outcome into the operation's
 * Ok value (`attempts`, `code`, `recovered`), teaching the client what the spec says it learns.
 * Ends by reporting the call (`success` or `error`). Returns at once when the first attempt was
 * answered by its return value, else a promise; never throws or rejects.
 */
export function executeOperation<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  options: CallOptions | undefined,
): Outcome<Op> | Promise<Outcome<Op>> {
  const spec = OPERATION_SPECS[op];
  const signal = options?.signal;
  const timeoutMs = options?.timeoutMs ?? ctx.o.timeouts[op] ?? spec.timeoutMs;
  const deadlineMs = options?.deadlineMs ?? ctx.o.deadlineMs;
  const clock = ctx.o.clock;
  let started: number;
  try {
    started = clock.now();
  } catch (error) {
    return finish(ctx, op, args, err(unexpected(ctx, op, error)), undefined);
  }
  const deadline = started + deadlineMs;
  // No invocation waits past the call's deadline for its event.
  const firstTimeout = Math.min(timeoutMs, deadlineMs);
  const laterTimeout = (): number => Math.min(timeoutMs, Math.max(1, Math.round(deadline - clock.now())));
  const o: ExecuteOptions<unknown> = {
    operation: op,
    family: spec.family,
    idempotent: spec.idempotent,
    policy: ctx.policy,
    args,
    firstAttempt: (a, then) =>
      invokeOperation(ctx, op, a as OperationArgs[Op], 1, signal, firstTimeout, then),
    attempt: (n, a) => invokeOperation(ctx, op, a as OperationArgs[Op], n, signal, laterTimeout(), same),
    succeedValue: (_error, a) => succeedData(op, a as OperationArgs[Op], ctx.memory),
    runRecovery: (recovery, error, a, s) => ctx.recoveries.run(op, recovery, error, a, s, deadline),
    budget: ctx.budget,
    breaker: ctx.breaker,
    signal,
    stop: ctx.disposed.signal,
    deadline,
    clock,
    random: ctx.o.random,
    hooks: ctx.hooks,
    abortError: (attempts) => ctx.error(7013, op, attempts, clientMessages(ctx.o.locale).aborted()),
    circuitOpenError: (code) =>
      createGmeError({
        code,
        operation: op,
        source: 'client',
        attempts: 0,
        circuitOpen: true,
        locale: ctx.o.locale,
        table: ctx.o.table,
        detail: clientMessages(ctx.o.locale).circuitOpen(spec.family),
      }),
  };
  return startWithPolicy(o, (result) => finish(ctx, op, args, result, started));
}

/** Builds the call's final Result from the engine's, and reports it. */
function finish<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  result: Result<ExecuteSuccess<unknown>, GmeError>,
  started: number | undefined,
): Outcome<Op> {
  let final: Outcome<Op>;
  try {
    if (result.isOk()) {
      const s = result.value;
      // Object.assign, not a spread: V8 (Node 20) takes a slow runtime path for `{ ...data, a, b }`.
      const value = Object.assign({}, s.value as object) as {
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
  reportEnd(ctx, op, final, started);
  return final;
}

function unexpected(ctx: ClientContext, op: string, error: unknown): GmeError {
  return ctx.error(1006, op, 0, clientMessages(ctx.o.locale).unexpected(), error);
}
