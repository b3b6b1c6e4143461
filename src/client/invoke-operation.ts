import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { OperationArgs, OperationName } from '../operations.js';
import type { ResultSink } from '../policy/index.js';
import type { ConcurrencyLimit } from '../sdk/concurrency-limit.js';
import { BridgeRequest, type InvokeOutcome } from '../sdk/event-bridge.js';
import type { ClientContext } from './client-context.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { outcomeToResult } from './outcome-to-result.js';
import type { RoomSnapshot } from './room-tracker.js';

/**
 * The last stage of the call path: ONE SDK invocation of `op` through the event bridge (and,
 * for speech-to-text, through the concurrency limit first). It announces the invocation
 * (`attempt` event), tells the room tracker about room requests, and hands the Result to `then.take`,
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
  then: ResultSink<unknown, R>,
  recovery?: string,
  now?: number,
  owner?: InvocationOwner,
): R | Promise<R> {
  if (ctx.emitter.has('attempt')) {
    // Every SDK invocation is announced; one made by a recovery says so (`recovery: 'reinit'`).
    ctx.emitter.emit(
      'attempt',
      recovery === undefined
        ? { operation: op, callId: owner?.callId ?? 0, attempt }
        : { operation: op, callId: owner?.callId ?? 0, attempt, recovery },
    );
  }
  const spec = OPERATION_SPECS[op];
  // Any auth buffer in the arguments (the ones that need it, or one passed by mistake) is a secret.
  const buffer = (args as { readonly authBuffer?: unknown }).authBuffer;
  if (typeof buffer === 'string') ctx.secrets.add(buffer);
  const memory = ctx.memory;
  const roomRequest = spec.roomRequest;
  const before = roomRequest === undefined ? undefined : ctx.room.snapshot;
  if (roomRequest !== undefined) {
    ctx.room.requested(roomRequest, (args as { roomId?: string }).roomId);
  }
  const eventType = spec.answeredByReturn?.(memory) === true ? undefined : spec.eventType;
  const cleanup = spec.during?.(memory, args);
  return ctx.bridge.invoke(
    new OperationInvocation(
      ctx,
      op,
      args,
      attempt,
      eventType,
      timeoutMs,
      now,
      signal,
      before,
      cleanup,
      then,
      owner,
    ),
  );
}

/** The sink that hands an invocation's Result back as it is (retries, recoveries). */
export const SAME_RESULT: ResultSink<unknown, Result<unknown, GmeError>> = Object.freeze({
  take: (result: Result<unknown, GmeError>) => result,
});

/** The call an invocation belongs to, counting the invocations that reached the SDK. */
export interface InvocationOwner {
  /** The call's id, for the `attempt` event. */
  readonly callId: number;
  noteInvoked(): void;
}

/** One invocation of an operation, as the bridge's request: its `finish` builds the Result. */
class OperationInvocation<Op extends OperationName, R> extends BridgeRequest<R> {
  readonly eventType: number | undefined;
  readonly match: string;
  readonly timeoutMs: number;
  readonly now: number | undefined;
  readonly signal: AbortSignal | undefined;
  readonly #ctx: ClientContext;
  readonly #op: Op;
  readonly #args: OperationArgs[Op];
  readonly #attempt: number;
  readonly #before: RoomSnapshot | undefined;
  readonly #cleanup: (() => void) | undefined;
  readonly #then: ResultSink<unknown, R>;
  readonly #owner: InvocationOwner | undefined;

  constructor(
    ctx: ClientContext,
    op: Op,
    args: OperationArgs[Op],
    attempt: number,
    eventType: number | undefined,
    timeoutMs: number,
    now: number | undefined,
    signal: AbortSignal | undefined,
    before: RoomSnapshot | undefined,
    cleanup: (() => void) | undefined,
    then: ResultSink<unknown, R>,
    owner: InvocationOwner | undefined,
  ) {
    super();
    this.#owner = owner;
    const spec = OPERATION_SPECS[op];
    this.eventType = eventType;
    this.match = spec.match === undefined ? '' : spec.match(args);
    this.timeoutMs = timeoutMs;
    this.now = now;
    this.signal = signal;
    this.#ctx = ctx;
    this.#op = op;
    this.#args = args;
    this.#attempt = attempt;
    this.#before = before;
    this.#cleanup = cleanup;
    this.#then = then;
  }

  // Read from the spec, not stored: a pending invocation stays small.
  get limit(): ConcurrencyLimit | undefined {
    return OPERATION_SPECS[this.#op].limited === true ? this.#ctx.speechLimit : undefined;
  }

  get anyReturn(): boolean {
    return false;
  }

  call(): unknown {
    this.#owner?.noteInvoked();
    return this.#ctx.o.sdk.invoke(this.#op, this.#args);
  }

  finish(outcome: InvokeOutcome): R {
    const before = this.#before;
    if (before !== undefined) {
      // A request the SDK refused at once changed nothing in the room; one that timed out, nothing known.
      if (refusedAtOnce(outcome)) this.#ctx.room.refused(before);
      else if (outcome.kind === 'timeout') {
        this.#ctx.room.timedOut(before, OPERATION_SPECS[this.#op].roomRequest ?? 'enter');
      }
    }
    this.#cleanup?.();
    return this.#then.take(outcomeToResult(this.#ctx, this.#op, this.#args, this.#attempt, outcome));
  }
}

function refusedAtOnce(o: InvokeOutcome): boolean {
  return o.kind === 'threw' || o.kind === 'garbage' || (o.kind === 'code' && o.payload === undefined);
}
