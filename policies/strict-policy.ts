import { fail, retry, succeed } from '../src/policy/actions.js';
import { definePolicy, type Policy } from '../src/policy/define-policy.js';
import { registerPolicyPreset } from '../src/policy/preset-registry.js';

const brief = (reason: string) =>
  retry({ maxAttempts: 2, baseDelayMs: 200, maxDelayMs: 2000, jitter: 'full', reason });

/**
 * A policy that hides as little as possible: no recoveries, no success except 1003, and one
 * retry (2 invocations) only for the two most plainly transient codes, 7004 (network request
 * failed) and 1005 (no result in time). Everything else fails at once, 7015 after Init included.
 * Use it in tests and CI to see every code, or when the game runs its own recovery logic.
 * Budget and breaker are the library defaults. It holds nothing while the SDK reconnects
 * (`reconnect: { hold: 'off' }`): a call reports what the SDK answered, when it answered, and
 * holding would hide an outage behind a slow success.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * import { strictPolicy } from 'gme-result/policies';
 * const gme = createGmeClient({ sdk, policy: strictPolicy });
 */
export const strictPolicy: Policy = definePolicy({
  codes: {
    1003: succeed({ reason: 'Already in the requested state: the goal of the call is met.' }),
    7004: brief('A network request failed: one retry after a short backoff, then report it.'),
    1005: brief('No result in time: one retry after a short backoff, then report it.'),
  },
  default: fail({ reason: 'Strict: every other code is reported at once, with no retry or recovery.' }),
  reconnect: { hold: 'off' },
});

registerPolicyPreset('strict', strictPolicy);
