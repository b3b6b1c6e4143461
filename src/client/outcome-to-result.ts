import { err, ok, type Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import type { OperationArgs, OperationName } from '../operations.js';
import type { InvokeOutcome } from '../sdk/event-bridge.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { OPERATION_SPECS } from './operation-specs.js';

/** Turns one invocation's outcome into a Result of the operation's data. */
export function outcomeToResult<Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  attempt: number,
  outcome: InvokeOutcome,
): Result<unknown, GmeError> {
  if (outcome.kind === 'ok') {
    const data = OPERATION_SPECS[op].data(args, outcome.payload, ctx.memory);
    if (data !== undefined) return ok(data);
    const t = clientMessages(ctx.o.locale);
    const cause = outcome.payload === undefined ? undefined : ctx.publicPayload(outcome.payload).data;
    return err(ctx.error(1006, op, attempt, t.lacksField(), cause));
  }
  if (outcome.kind === 'code') {
    if (outcome.code === -1 && outcome.payload === undefined) {
      const t = clientMessages(ctx.o.locale);
      return err(ctx.error(1006, op, attempt, t.addonMissing(), { returned: -1 }));
    }
    return err(sdkError(ctx, op, outcome.code, attempt, outcome));
  }
  return err(outcomeError(ctx, op, attempt, outcome));
}

/** The error of a code the SDK reported, returned at once or in the completion event. */
export function sdkError(
  ctx: ClientContext,
  operation: string,
  code: number,
  attempt: number,
  outcome: Extract<InvokeOutcome, { kind: 'code' }>,
): GmeError {
  return createGmeError({
    code,
    operation,
    source: 'sdk',
    attempts: attempt,
    locale: ctx.o.locale,
    table: ctx.o.table,
    cause: outcome.payload === undefined ? { returned: code } : ctx.publicPayload(outcome.payload).data,
  });
}

/** The client-made error of an outcome that carries no SDK code. */
export function outcomeError(
  ctx: ClientContext,
  operation: string,
  attempt: number,
  outcome: Exclude<InvokeOutcome, { kind: 'ok' | 'code' }>,
): GmeError {
  const t = clientMessages(ctx.o.locale);
  switch (outcome.kind) {
    case 'timeout':
      if (outcome.invoked === false)
        return ctx.error(1005, operation, attempt - 1, t.noSlot(outcome.timeoutMs));
      return ctx.error(1005, operation, attempt, t.noEvent(outcome.timeoutMs));
    case 'aborted':
      return ctx.error(7013, operation, outcome.invoked === false ? attempt - 1 : attempt, t.aborted());
    case 'threw':
      return ctx.error(1006, operation, attempt, t.threw(), outcome.error);
    case 'garbage':
      return ctx.error(1006, operation, attempt, t.garbage(), { returned: typeof outcome.value });
    case 'malformed':
      return ctx.error(1006, operation, attempt, t.malformed(), ctx.publicPayload(outcome.payload).data);
  }
}
