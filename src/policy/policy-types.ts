import type { GmeCategory } from '../codes/catalog.js';
import type { OperationName } from '../operations.js';
import type { PolicyAction } from './actions.js';
import type { CircuitBreakerSettings } from './circuit-breaker.js';
import type { ReconnectSettings } from './reconnect-settings.js';
import type { RetryBudgetSettings } from './retry-budget.js';

/** Rules keyed by GME code. */
export type CodeRules = { readonly [code: number]: PolicyAction };
/** Rules for one operation, keyed by code. */
export type OperationRules = { readonly [Op in OperationName]?: CodeRules };
/** Rules keyed by catalog category. */
export type CategoryRules = { readonly [C in GmeCategory]?: PolicyAction };

/**
 * An immutable table from failures to actions, plus the retry budget and circuit breaker the
 * client builds from it. Make one with `definePolicy` or `parsePolicy`; every record is frozen.
 */
export interface Policy {
  readonly codes: CodeRules;
  readonly operations: OperationRules;
  readonly categories: CategoryRules;
  readonly default: PolicyAction;
  /** The client's retry budget, or `false` for none (retries limited only by the rules). */
  readonly budget: RetryBudgetSettings | false;
  /** The client's circuit breaker, or `false` for none. */
  readonly breaker: CircuitBreakerSettings | false;
  /** What calls do while the SDK reports its connection is down (see `HoldMode`). */
  readonly reconnect: ReconnectSettings;
}
