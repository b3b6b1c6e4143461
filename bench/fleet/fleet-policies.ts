import {
  type CodeRules,
  definePolicy,
  type Policy,
  type RetryBudgetOptions,
  type RetryOptions,
  retry,
} from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';

/** A policy under test, with a name for the tables and the chart. */
export interface FleetPolicy {
  readonly name: string;
  /** One line: what differs from the default policy. */
  readonly summary: string;
  readonly policy: Policy;
}

/** The default policy's rules with every `retry` rule replaced by `options`. */
function everyRetry(options: RetryOptions): CodeRules {
  const codes: Record<number, ReturnType<typeof retry>> = {};
  for (const [code, action] of Object.entries(defaultPolicy.codes)) {
    if (action.action === 'retry') codes[Number(code)] = retry(options);
  }
  return codes;
}

/**
 * `defaultPolicy` as shipped. (`simulateFleet` starts every client with a full budget, as a client
 * that has run for a while has: for every policy here.)
 */
export function defaultFleetPolicy(): FleetPolicy {
  return {
    name: 'defaultPolicy',
    summary: 'as shipped: 3 attempts, 200 ms base, 5 s cap, full jitter; budget and breaker defaults',
    policy: defaultPolicy,
  };
}

/** p-retry's defaults: 10 retries, factor 2, 1 s first wait, no jitter, no budget, no breaker. */
export function naivePRetryPolicy(): FleetPolicy {
  return {
    name: 'naive p-retry',
    summary: '11 attempts, 1 s doubling (p-retry defaults), no jitter, no budget, no breaker',
    policy: definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 11, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: 'none' }),
      budget: false,
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  };
}

/** Three retries, a fixed 1 s apart, no jitter, no budget, no breaker. */
export function fixedRetryPolicy(): FleetPolicy {
  return {
    name: 'fixed 3 retries',
    summary: '4 attempts, a fixed 1 s apart, no jitter, no budget, no breaker',
    policy: definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 'none' }),
      budget: false,
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  };
}

/**
 * Like the AWS SDKs' "standard" retry mode: 3 attempts, full jitter, 100 ms base, 20 s cap, a
 * 500-token quota, 5 per retry, 1 back per success, no breaker. (AWS charges 10 for a retry after a
 * timeout; `RetryBudget` has one cost, and the outage here answers 7004, never a timeout.)
 */
export function awsStandardPolicy(): FleetPolicy {
  return {
    name: 'AWS standard-like',
    summary:
      '3 attempts, 100 ms base, 20 s cap, full jitter; 500-token quota, 5 per retry, 1 back per success',
    policy: definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000, jitter: 'full' }),
      budget: { capacity: 500, retryCost: 5, refillPerSuccess: 1 },
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  };
}

/** The four policies the fleet compares. */
export function comparedPolicies(): FleetPolicy[] {
  return [defaultFleetPolicy(), naivePRetryPolicy(), fixedRetryPolicy(), awsStandardPolicy()];
}

/** A candidate for new defaults: `defaultPolicy` with other budget and breaker numbers. */
export function candidatePolicy(
  name: string,
  budget: RetryBudgetOptions,
  breaker: { readonly failureThreshold: number; readonly cooldownMs: number },
): FleetPolicy {
  const parts = [
    ...Object.entries(budget).map(([k, v]) => `${k} ${String(v)}`),
    ...Object.entries(breaker).map(([k, v]) => `${k} ${String(v)}`),
  ];
  return {
    name,
    summary: `defaultPolicy with ${parts.join(', ')}`,
    policy: definePolicy({ extends: defaultPolicy, budget, breaker }),
  };
}
