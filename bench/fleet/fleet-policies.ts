import {
  type CodeRules,
  definePolicy,
  type Policy,
  type RetryBudgetOptions,
  type RetryOptions,
  retry,
} from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { policySummary } from './policy-summary.js';

/** A policy under test, with a name for the tables and the chart. */
export interface FleetPolicy {
  readonly name: string;
  /** One line, computed from the policy: its 7004 rule, budget, breaker and reconnect holding. */
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
  return named('defaultPolicy', defaultPolicy);
}

/** p-retry's defaults: 10 retries, factor 2, 1 s first wait, no jitter, no budget, no breaker. */
export function naivePRetryPolicy(): FleetPolicy {
  return named(
    'naive p-retry',
    definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 11, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: 'none' }),
      budget: false,
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  );
}

/** Three retries, a fixed 1 s apart, no jitter, no budget, no breaker. */
export function fixedRetryPolicy(): FleetPolicy {
  return named(
    'fixed 3 retries',
    definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 'none' }),
      budget: false,
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  );
}

/**
 * Like the AWS SDKs' "standard" retry mode: 3 attempts, full jitter, 100 ms base, 20 s cap, a
 * 500-token quota, 5 per retry, 1 back per success, no breaker. (AWS charges 10 for a retry after a
 * timeout; `RetryBudget` has one cost, and the outage here answers 7004, never a timeout.)
 */
export function awsStandardPolicy(): FleetPolicy {
  return named(
    'AWS standard-like',
    definePolicy({
      extends: defaultPolicy,
      codes: everyRetry({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 20_000, jitter: 'full' }),
      budget: { capacity: 500, retryCost: 5, refillPerSuccess: 1 },
      breaker: false,
      reconnect: { hold: 'off' },
    }),
  );
}

/**
 * `defaultPolicy` with `reconnect: { hold: 'off' }`: its retries run blind while the SDK
 * reconnects. The capacity scenario compares it with the shipped default, which holds calls.
 */
export function holdOffPolicy(): FleetPolicy {
  return named(
    'defaultPolicy, hold off',
    definePolicy({ extends: defaultPolicy, reconnect: { hold: 'off' } }),
  );
}

/**
 * `defaultPolicy` with `reconnect: { hold: 'failures' }`: a call started while the SDK
 * reconnects makes its first attempt, and only its retryable failure waits. The capacity scenario
 * shows it beside the shipped default (which holds calls from their first attempt) and hold off.
 */
export function holdFailuresPolicy(): FleetPolicy {
  return named(
    'defaultPolicy, hold failures',
    definePolicy({ extends: defaultPolicy, reconnect: { hold: 'failures' } }),
  );
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
  return named(name, definePolicy({ extends: defaultPolicy, budget, breaker }));
}

/** A fleet policy: the policy and its computed summary. */
function named(name: string, policy: Policy): FleetPolicy {
  return { name, summary: policySummary(policy, 7004), policy };
}
