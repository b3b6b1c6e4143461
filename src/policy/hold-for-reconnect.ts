import { joinSignals } from './call-signal.js';
import type { ExecuteOptions, OutageGate } from './execute-types.js';
import { callHook } from './fire-hook.js';

/**
 * True when the policy's `reconnect` settings hold this call now: it has an outage gate (it needs
 * GME's servers), the SDK reports the connection down, and the mode covers the moment — a
 * retryable failure (`'failures'` and `'calls'`) or the first attempt (`'calls'` only).
 */
export function shouldHold(o: ExecuteOptions<unknown>, moment: 'failure' | 'first'): boolean {
  const gate = o.outage;
  if (gate === undefined) return false;
  const hold = o.policy.reconnect.hold;
  if (hold === 'off' || (moment === 'first' && hold !== 'calls')) return false;
  return gate.isDown();
}

/**
 * Waits until the connection is back, at most `maxHoldMs` and never past the deadline, telling
 * the `held` and `released` hooks. `code` is the failure held (0 before the first attempt),
 * `attempt` the attempts made so far. Answers `'up'` (released by the reconnect), `'timeout'`
 * (the wait ended and the connection is up after all), `'down'` (the wait ended with the
 * connection still down: the caller ends the call without an attempt, since a request now would
 * be wasted, and calls held since the same outage began would all send it at the same moment)
 * or `'aborted'`. Only for a call {@link shouldHold} holds, so the call has an outage gate.
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
