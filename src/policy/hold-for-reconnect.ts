import { joinSignals } from './call-signal.js';
import type { ExecuteOptions, OutageGate } from './execute-types.js';
import { callHook } from './fire-hook.js';

/**
 * True when the policy's `reconnect` settings hold this retryable failure now: the call has an
 * outage gate (it needs GME's servers), the mode is `'failures'` or `'calls'`, and the SDK
 * reports the connection down.
 */
export function shouldHold(o: ExecuteOptions<unknown>): boolean {
  const gate = o.outage;
  return gate !== undefined && o.policy.reconnect.hold !== 'off' && gate.isDown();
}

/** The outage gate of a call whose first attempt the policy may hold (`'calls'` mode), else undefined. */
export function firstAttemptGate(o: ExecuteOptions<unknown>): OutageGate | undefined {
  const gate = o.outage;
  return gate !== undefined && o.policy.reconnect.hold === 'calls' ? gate : undefined;
}

/**
 * Waits until the connection is back, at most `maxHoldMs` and never past the deadline, telling
 * the `held` and `released` hooks. `code` is the failure held (0 before the first attempt),
 * `attempt` the attempts made so far. Answers `'up'` (released by the reconnect: the call has the
 * gate's turn and must end it with `endTurn` when it ends), `'timeout'`
 * (the wait ended and the connection is up after all), `'down'` (the wait ended with the
 * connection still down: the caller ends the call without an attempt, since a request now would
 * be wasted, and calls held since the same outage began would all send it at the same moment)
 * or `'aborted'`. Only for a call that has an outage gate.
 */
export async function holdForReconnect(
  o: ExecuteOptions<unknown>,
  code: number,
  attempt: number,
): Promise<'up' | 'timeout' | 'down' | 'aborted'> {
  const gate = o.outage as OutageGate;
  const start = o.clock.now();
  const ms = Math.max(0, Math.min(o.policy.reconnect.maxHoldMs, o.deadline - start));
  callHook(o.hooks, 'held', () => ({ operation: o.operation, code, attempt, roomState: gate.state }));
  let why: 'up' | 'timeout' | 'aborted';
  try {
    why = ms <= 0 ? 'timeout' : await gate.wait(ms, joinSignals(o));
  } catch {
    why = 'timeout';
  }
  callHook(o.hooks, 'released', () => ({
    operation: o.operation,
    heldMs: o.clock.now() - start,
    reason: why === 'up' ? 'reconnected' : why,
  }));
  return why === 'timeout' && gate.isDown() ? 'down' : why;
}
