import { err, type Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import { CallScope, type CutShort } from '../policy/index.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';

type Outcome = Result<unknown, GmeError>;

/** What the serialize stage needs to know of a call. */
export interface QueuedCall {
  readonly operation: string;
  readonly callId: number;
  readonly signal: AbortSignal | undefined;
  /** When the call started (client clock) and when it must be over. */
  readonly started: number;
  readonly deadline: number;
}

/**
 * The serialize stage: room operations run one at a time, in the order they were called (GME's
 * room events carry no request id, so two in flight could not be told apart). A call waiting its
 * turn still ends at once when it is aborted or the client is disposed (7013), and when its
 * deadline passes (client 1005); its task then never runs, and the queue moves on.
 */
export function serialize<T extends Outcome>(
  ctx: ClientContext,
  call: QueuedCall,
  task: () => T | Promise<T>,
): Promise<T> {
  const previous = ctx.roomTail;
  const waiting = ctx.roomQueued > 0;
  ctx.roomQueued++;
  const done = (): void => {
    ctx.roomQueued--;
  };
  // Nobody ahead: the task starts at once, nothing to race.
  if (!waiting) {
    const run = previous.then(task);
    ctx.roomTail = run.then(done, done);
    return run;
  }
  let turn: () => void = () => {};
  const mine = new Promise<void>((resolve) => {
    turn = resolve;
  });
  ctx.roomTail = mine.then(done, done);
  return new Promise<T>((resolve) => {
    let state: 'queued' | 'running' | 'cut' = 'queued';
    const scope = new CallScope([call.signal, ctx.disposed.signal], call.deadline, ctx.o.clock);
    const onCut = (): void => {
      // Once the task runs, it answers abort, dispose and deadline itself.
      if (state !== 'queued') return;
      state = 'cut';
      scope.close();
      resolve(cutShort(ctx, call, scope.why) as T);
    };
    if (scope.why !== undefined) onCut();
    else scope.signal.addEventListener('abort', onCut, { once: true });
    previous.then(() => {
      if (state === 'cut') {
        turn();
        return;
      }
      state = 'running';
      scope.close();
      Promise.resolve()
        .then(task)
        .then(resolve, (error: unknown) => resolve(Promise.reject(error)))
        .finally(turn);
    });
  });
}

/** The Err of a call that left the queue before its turn, reported like every call's end. */
function cutShort(ctx: ClientContext, call: QueuedCall, why: CutShort | undefined): Outcome {
  const t = clientMessages(ctx.o.locale);
  const error =
    why === 'deadline'
      ? ctx.error(1005, call.operation, 0, t.queuedPastDeadline())
      : ctx.error(7013, call.operation, 0, t.aborted());
  const result = err(error);
  reportEnd(ctx, call.operation, call.callId, result, call.started);
  return result;
}

/**
 * Serializes a call that an identical one may join: while a call with the same `key` is queued
 * or in flight, the new call shares its outcome instead of reaching the SDK again. A joining call
 * is still a call of its own: it reports its end (`success` or `error`, flagged `joined`), timed
 * from when it joined.
 */
export function serializeJoined<T extends Outcome>(
  ctx: ClientContext,
  key: string,
  call: QueuedCall,
  task: () => T | Promise<T>,
): Promise<T> {
  const flight = ctx.joinable.get(key) as Promise<T> | undefined;
  if (flight !== undefined) {
    return flight.then((shared) => {
      reportEnd(
        ctx,
        call.operation,
        call.callId,
        shared as Parameters<typeof reportEnd>[3],
        call.started,
        true,
      );
      return shared;
    });
  }
  const started = serialize(ctx, call, task);
  ctx.joinable.set(key, started);
  void started.then(() => ctx.joinable.delete(key));
  return started;
}
