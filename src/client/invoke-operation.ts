import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { OperationArgs, OperationName } from '../operations.js';
import type { InvokeOutcome } from '../sdk/event-bridge.js';
import type { ClientContext } from './client-context.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { outcomeToResult } from './outcome-to-result.js';

/**
 * The last stage of the call path: ONE SDK invocation of `op` through the event bridge (and,
 * for speech-to-text, through the concurrency limit first). It announces the invocation
 * (`attempt` event), tells the room tracker about room requests, and hands the Result to `then`,
 * whose value it returns: at once when the return value answers, else as a promise.
 * Everything operation-specific comes from the operation's spec.
 */
export function invokeOperation<Op extends OperationName, R>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  attempt: number,
  signal: AbortSignal | undefined,
  timeoutMs: number,
  then: (result: Result<unknown, GmeError>) => R,
  recovery?: string,
): R | Promise<R> {
  if (ctx.emitter.has('attempt')) {
    // Every SDK invocation is announced; one made by a recovery says so (`recovery: 'reinit'`).
    ctx.emitter.emit(
      'attempt',
      recovery === undefined ? { operation: op, attempt } : { operation: op, attempt, recovery },
    );
  }
  const spec = OPERATION_SPECS[op];
  const memory = ctx.memory;
  const roomRequest = spec.roomRequest;
  const before = roomRequest === undefined ? undefined : ctx.room.snapshot;
  if (roomRequest !== undefined) {
    ctx.room.requested(roomRequest, (args as { roomId?: string }).roomId);
  }
  const eventType = spec.answeredByReturn?.(memory) === true ? undefined : spec.eventType;
  const cleanup = spec.during?.(memory, args);
  const sdk = ctx.o.sdk;
  return ctx.bridge.invoke(
    {
      call: () => sdk.invoke(op, args),
      eventType,
      match: spec.match === undefined ? '' : spec.match(args),
      timeoutMs,
      signal,
      limit: spec.limited === true ? ctx.speechLimit : undefined,
    },
    (outcome: InvokeOutcome) => {
      // A request the SDK refused at once changed nothing in the room.
      if (before !== undefined && refusedAtOnce(outcome)) ctx.room.refused(before);
      cleanup?.();
      return then(outcomeToResult(ctx, op, args, attempt, outcome));
    },
  );
}

function refusedAtOnce(o: InvokeOutcome): boolean {
  return o.kind === 'threw' || o.kind === 'garbage' || (o.kind === 'code' && o.payload === undefined);
}
