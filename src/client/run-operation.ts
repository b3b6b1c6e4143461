import { err, type Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName, OperationValue } from '../operations.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { executeOperation } from './execute-operation.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { serialize, serializeJoined } from './room-queue.js';
import { validateCallOptions } from './validate-call-options.js';

type Outcome<Op extends OperationName> = Result<OperationValue<Op>, GmeError>;

/**
 * The call path of every operation, in a fixed order:
 * 1. validate — the arguments and per-call options (client 1004), a disposed client (7013), an
 *    SDK without the method (1006); each such call ends here, reported like any other;
 * 2. serialize — room operations one at a time (`room-queue.ts`); identical entries join;
 * 3. policy — breaker, retries, recoveries, budget (`execute-operation.ts`);
 * 4. limit and bridge — one SDK invocation at a time through the event bridge (`invoke-operation.ts`).
 * Never throws and never rejects. `retries: false` (a room session's own entries) ends a call at
 * its first transient failure: the session schedules the next try itself.
 */
export function runOperation<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  rawArgs: unknown,
  options: CallOptions | undefined,
  retries = true,
): Promise<Outcome<Op>> {
  const callId = ++ctx.lastCallId;
  try {
    const spec = OPERATION_SPECS[op];
    const args = (rawArgs === undefined ? {} : rawArgs) as OperationArgs[Op];
    const problem = (spec.validate(args) ?? validateCallOptions(options))?.render(ctx.o.locale);
    if (problem !== undefined) return refuse(ctx, op, callId, 1004, problem);
    const t = clientMessages(ctx.o.locale);
    if (ctx.disposed.signal.aborted) return refuse(ctx, op, callId, 7013, t.disposed());
    if (!ctx.o.sdk.supports(op)) return refuse(ctx, op, callId, 1006, t.unsupported(ctx.o.sdk.surface, op));
    if (!spec.serial) {
      const outcome = executeOperation(ctx, op, args, options, { callId, retries });
      return outcome instanceof Promise ? outcome : Promise.resolve(outcome);
    }
    // A queued call's deadline counts from now, its wait in the queue included.
    const started = ctx.o.clock.now();
    const call = {
      operation: op,
      callId,
      signal: options?.signal,
      started,
      deadline: started + (options?.deadlineMs ?? ctx.o.deadlineMs),
    };
    const task = () => executeOperation(ctx, op, args, options, { callId, started, retries });
    if (spec.joinKey !== undefined && options === undefined) {
      return serializeJoined(ctx, `${op}\u0000${spec.joinKey(args)}`, call, task);
    }
    return serialize(ctx, call, task);
  } catch (error) {
    return refuse(ctx, op, callId, 1006, clientMessages(ctx.o.locale).unexpected(), error);
  }
}

/** Ends a call before it reaches the policy, with a client-made error, and reports it. */
export function refuse<T>(
  ctx: ClientContext,
  operation: string,
  callId: number,
  code: number,
  detail: string,
  cause?: unknown,
): Promise<Result<T, GmeError>> {
  const error = ctx.error(code, operation, 0, detail, cause);
  const result = err(error);
  reportEnd(ctx, operation, callId, result, undefined);
  return Promise.resolve(result);
}
