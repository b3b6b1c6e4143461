import type { Policy } from 'gme-result';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** How the policy's rule for `code` retries, or what else it does. */
function ruleOf(policy: Policy, code: number): string {
  const action = policy.codes[code];
  if (action === undefined) return `${code}: no rule of its own`;
  if (action.action !== 'retry') return `${code}: ${action.action}`;
  const jitter = action.jitter === 'none' ? 'no jitter' : `${action.jitter} jitter`;
  return `${code}: ${action.maxAttempts} attempts, ${int(action.baseDelayMs)} ms base, ${int(action.maxDelayMs)} ms cap, ${jitter}`;
}

/**
 * One line, computed from the policy itself, for the fleet tables: the retry rule of `code` (the
 * outage's), the budget, the breaker and what it does while the SDK reconnects.
 *
 * @example
 * import { defaultPolicy } from 'gme-result/policies';
 * policySummary(defaultPolicy, 7004); // "7004: 3 attempts, 200 ms base, 5,000 ms cap, full jitter; budget …"
 */
export function policySummary(policy: Policy, code: number): string {
  const b = policy.budget;
  const budget =
    b === false
      ? 'no budget'
      : `budget of ${int(b.capacity)} tokens (${b.retryCost} per retry, ${b.refillPerSuccess} back per success)`;
  const k = policy.breaker;
  const breaker =
    k === false ? 'no breaker' : `breaker at ${k.failureThreshold} failures for ${int(k.cooldownMs)} ms`;
  const r = policy.reconnect;
  const hold =
    r.hold === 'off'
      ? 'holds nothing while the SDK reconnects'
      : `holds ${r.hold === 'calls' ? 'calls' : 'retryable failures'} up to ${int(r.maxHoldMs)} ms while the SDK reconnects`;
  return [ruleOf(policy, code), budget, breaker, hold].join('; ');
}
