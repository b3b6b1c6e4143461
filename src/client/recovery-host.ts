import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { CallOptions, OperationArgs, OperationName } from '../operations.js';
import type { ClientContext } from './client-context.js';
import { invokeOperation, SAME_RESULT } from './invoke-operation.js';
import { OPERATION_SPECS } from './operation-specs.js';
import type { RecoveryHost } from './recoveries.js';

/** Runs an operation under the policy, as `execute-operation.ts` does. Passed in to avoid an import circle. */
export type ExecuteFn = <Op extends OperationName>(
  ctx: ClientContext,
  op: Op,
  args: OperationArgs[Op],
  options: CallOptions | undefined,
  extra?: { readonly recovery?: string | undefined; readonly callId?: number | undefined },
) => Result<unknown, GmeError> | Promise<Result<unknown, GmeError>>;

/** What the recoveries see of a client: its memory, its options, and two ways to call the SDK. */
export function recoveryHost(ctx: ClientContext, execute: ExecuteFn): RecoveryHost {
  return {
    o: ctx.o,
    clock: ctx.o.clock,
    inFlightWaiters: ctx.inFlightWaiters,
    get lastInit() {
      return ctx.memory.init;
    },
    get lastPttAuth() {
      return ctx.memory.pttAuth;
    },
    set lastPttAuth(buffer: string | undefined) {
      ctx.memory.pttAuth = buffer;
    },
    get lastRoomType() {
      return ctx.memory.roomType;
    },
    timeoutOf: (op) => ctx.o.timeouts[op] ?? OPERATION_SPECS[op].timeoutMs,
    noteSecret: (buffer) => ctx.secrets.add(buffer),
    invokeOnce: (op, args, attempt, signal, timeoutMs, recovery, callId) =>
      Promise.resolve(
        invokeOperation(ctx, op, args, attempt, signal, timeoutMs, SAME_RESULT, recovery, undefined, {
          callId: callId ?? 0,
          noteInvoked: () => {},
        }),
      ),
    execute: (op, args, options, recovery, callId) =>
      Promise.resolve(execute(ctx, op, args, options, { recovery, callId })),
  };
}
