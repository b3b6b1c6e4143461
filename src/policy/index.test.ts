import { describe, expect, it } from 'vitest';
import * as api from './index.js';

describe('the policy index', () => {
  it('exports the public values by name', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CircuitBreaker',
        'CallScope',
        'DEFAULT_CIRCUIT_BREAKER',
        'DEFAULT_RECONNECT',
        'DEFAULT_RETRY_BUDGET',
        'JITTER_MODES',
        'MAX_INVOCATIONS',
        'NEVER_APPLIED_CODES',
        'POLICY_CATEGORIES',
        'PolicyConfigError',
        'RECOVERY_NAMES',
        'RetryBudget',
        'computeDelay',
        'definePolicy',
        'executeWithPolicy',
        'fail',
        'HOLD_MODES',
        'isPolicy',
        'isPolicyAction',
        'parsePolicy',
        'policyToJSON',
        'recover',
        'resolveAction',
        'retry',
        'startWithPolicy',
        'succeed',
        'systemClock',
      ].sort(),
    );
  });
});
