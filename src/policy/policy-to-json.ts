import type { JitterMode, PolicyAction } from './actions.js';
import type { CircuitBreakerSettings } from './circuit-breaker.js';
import type { Policy } from './define-policy.js';
import type { ReconnectSettings } from './reconnect-settings.js';
import type { RecoveryName } from './recovery-types.js';
import type { RetryBudgetSettings } from './retry-budget.js';

/** An action in the JSON form. Omitted numbers take the helpers' defaults when parsed. */
export type PolicyActionJSON =
  | {
      readonly action: 'retry';
      readonly maxAttempts?: number;
      readonly baseDelayMs?: number;
      readonly maxDelayMs?: number;
      readonly jitter?: JitterMode;
      readonly reason?: string;
    }
  | { readonly action: 'succeed'; readonly reason?: string }
  | {
      readonly action: 'recover';
      readonly recovery: RecoveryName;
      readonly maxRecoveries?: number;
      readonly reason?: string;
    }
  | { readonly action: 'fail'; readonly reason?: string };

/** The JSON form of a policy (what `policies/policy.schema.json` describes). */
export interface PolicyJSON {
  readonly $schema?: string;
  /** A registered preset name, e.g. `"default"`. */
  readonly extends?: string;
  readonly codes?: { readonly [code: string]: PolicyActionJSON };
  readonly operations?: { readonly [operation: string]: { readonly [code: string]: PolicyActionJSON } };
  readonly categories?: { readonly [category: string]: PolicyActionJSON };
  readonly default?: PolicyActionJSON;
  readonly budget?: Partial<RetryBudgetSettings> | false;
  readonly breaker?: Partial<CircuitBreakerSettings> | false;
  readonly reconnect?: Partial<ReconnectSettings>;
}

function actionToJSON(action: PolicyAction, path: string): PolicyActionJSON {
  const reason = action.reason === undefined ? {} : { reason: action.reason };
  switch (action.action) {
    case 'retry': {
      const { maxAttempts, baseDelayMs, maxDelayMs, jitter } = action;
      return { action: 'retry', maxAttempts, baseDelayMs, maxDelayMs, jitter, ...reason };
    }
    case 'recover':
      if (typeof action.recovery === 'function') {
        throw new TypeError(`Cannot turn \`${path}\` into JSON: its recovery is a function.`);
      }
      return { action: 'recover', recovery: action.recovery, maxRecoveries: action.maxRecoveries, ...reason };
    default:
      return { action: action.action, ...reason };
  }
}

function rulesToJSON(rules: object, path: string): Record<string, PolicyActionJSON> {
  const out: Record<string, PolicyActionJSON> = {};
  for (const [key, action] of Object.entries(rules) as [string, PolicyAction][]) {
    out[key] = actionToJSON(action, `${path}.${key}`);
  }
  return out;
}

/**
 * The JSON form of a policy, every rule and setting written out (inherited ones included), so
 * that `parsePolicy(policyToJSON(p))` gives a policy deep-equal to `p`. Throws a `TypeError` when
 * the policy holds a custom recovery function, which JSON cannot express.
 *
 * @example
 * import { policyToJSON } from 'gme-result';
 * import { defaultPolicy } from 'gme-result/policies';
 * const text = JSON.stringify(policyToJSON(defaultPolicy), null, 2);
 */
export function policyToJSON(policy: Policy): PolicyJSON {
  const operations: Record<string, Record<string, PolicyActionJSON>> = {};
  for (const [name, rules] of Object.entries(policy.operations)) {
    if (rules !== undefined) operations[name] = rulesToJSON(rules, `operations.${name}`);
  }
  return {
    codes: rulesToJSON(policy.codes, 'codes'),
    operations,
    categories: rulesToJSON(policy.categories, 'categories'),
    default: actionToJSON(policy.default, 'default'),
    budget: policy.budget === false ? false : { ...policy.budget },
    breaker: policy.breaker === false ? false : { ...policy.breaker },
    reconnect: { ...policy.reconnect },
  };
}
