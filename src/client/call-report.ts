import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { ClientContext } from './client-context.js';

/** What every Ok value carries, as far as the report reads it. */
interface OkFields {
  readonly attempts: number;
  readonly code: number;
  readonly recovered?: string;
}

/**
 * Reports a call that ended: exactly one `success` or `error` per call, whichever way it ended
 * (an SDK answer, a policy decision, a bad argument, an unsupported operation, a disposed client).
 * The event goes to the listeners registered when the call ends; `durationMs` counts from the
 * call's start (`started`, on the client's clock; 0 for a call refused before it started).
 * Nothing is built when nobody listens, and a failing clock never breaks the call. `joined`: the
 * call shares the outcome of an identical one in flight (the payload says so).
 *
 * The points that end a call, and so call this once each: `refuse` (before the policy),
 * `executeOperation`'s finish, `rawCall`'s finish, and a call that joins another.
 */
export function reportEnd(
  ctx: ClientContext,
  operation: string,
  callId: number,
  result: Result<OkFields, GmeError>,
  started: number | undefined,
  joined = false,
): void {
  const emitter = ctx.emitter;
  try {
    if (result.isOk()) {
      if (!emitter.has('success')) return;
      const { attempts, code, recovered } = result.value;
      emitter.emit('success', {
        operation,
        callId,
        attempts,
        code,
        durationMs: elapsed(ctx, started),
        ...(recovered === undefined ? {} : { recovered }),
        ...(joined ? { joined: true as const } : {}),
      });
    } else if (emitter.has('error')) {
      emitter.emit('error', {
        operation,
        callId,
        attempts: result.error.attempts,
        error: result.error,
        durationMs: elapsed(ctx, started),
        ...(joined ? { joined: true as const } : {}),
      });
    }
  } catch {
    // The clock threw: the call's outcome stands, unreported.
  }
}

function elapsed(ctx: ClientContext, started: number | undefined): number {
  return started === undefined ? 0 : ctx.o.clock.now() - started;
}
