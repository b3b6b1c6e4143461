/**
 * Policies: which codes a call retries, accepts, recovers from or fails on, and the engine that
 * applies them (the only place that uses p-retry).
 */
export {
  type ActionOptions,
  type FailAction,
  fail,
  isPolicyAction,
  JITTER_MODES,
  type JitterMode,
  MAX_INVOCATIONS,
  type PolicyAction,
  type RecoverAction,
  type RecoverOptions,
  type RetryAction,
  type RetryOptions,
  recover,
  retry,
  type SucceedAction,
  succeed,
} from './actions.js';
export { computeDelay, type DelayInput } from './backoff.js';
export { CallScope, type CutShort, type Raced } from './call-scope.js';
export {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitBreakerSettings,
  type CircuitState,
  DEFAULT_CIRCUIT_BREAKER,
} from './circuit-breaker.js';
export { type Clock, systemClock } from './clock.js';
export {
  type CategoryRules,
  type CodeRules,
  definePolicy,
  isPolicy,
  type OperationRules,
  type Policy,
  type PolicyOptions,
} from './define-policy.js';
export {
  type ExecuteHooks,
  type ExecuteOptions,
  type ExecuteSuccess,
  executeWithPolicy,
  type OutageGate,
  type ResultSink,
  startWithPolicy,
} from './execute-with-policy.js';
export { NEVER_APPLIED_CODES } from './never-applied-codes.js';
export { type ParsePolicyOptions, parsePolicy } from './parse-policy.js';
export { POLICY_CATEGORIES } from './policy-categories.js';
export { PolicyConfigError, type PolicyIssue } from './policy-config-error.js';
export { type PolicyActionJSON, type PolicyJSON, policyToJSON } from './policy-to-json.js';
export {
  DEFAULT_RECONNECT,
  HOLD_MODES,
  type HoldMode,
  type ReconnectOptions,
  type ReconnectSettings,
} from './reconnect-settings.js';
export {
  type CustomRecovery,
  RECOVERY_NAMES,
  type RecoveryContext,
  type RecoveryName,
  type RecoveryOutcome,
} from './recovery-types.js';
export { type ResolvedAction, type RuleKind, resolveAction } from './resolve-action.js';
export {
  DEFAULT_RETRY_BUDGET,
  RetryBudget,
  type RetryBudgetOptions,
  type RetryBudgetSettings,
} from './retry-budget.js';
