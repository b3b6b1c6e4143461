import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';

/**
 * The serialize stage: room operations run one at a time, in the order they were called (GME's
 * room events carry no request id, so two in flight could not be told apart).
 */
export function serialize<T>(ctx: ClientContext, task: () => T | Promise<T>): Promise<T> {
  const run = ctx.roomTail.then(task);
  ctx.roomTail = run;
  return run;
}

/**
 * Serializes a call that an identical one may join: while a call with the same `key` is queued
 * or in flight, the new call shares its outcome instead of reaching the SDK again. A joining call
 * is still a call of its own: it reports its end (`success` or `error`, flagged `joined`), timed
 * from when it joined.
 */
export function serializeJoined<T extends Result<unknown, GmeError>>(
  ctx: ClientContext,
  operation: string,
  key: string,
  task: () => T | Promise<T>,
): Promise<T> {
  const flight = ctx.joinable.get(key) as Promise<T> | undefined;
  if (flight !== undefined) {
    const started = ctx.o.clock.now();
    return flight.then((shared) => {
      reportEnd(ctx, operation, shared as Parameters<typeof reportEnd>[2], started, true);
      return shared;
    });
  }
  const started = serialize(ctx, task);
  ctx.joinable.set(key, started);
  void started.then(() => ctx.joinable.delete(key));
  return started;
}
