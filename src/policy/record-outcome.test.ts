import { describe, expect, it, vi } from 'vitest';
import { CircuitBreaker } from './circuit-breaker.js';
import type { ExecuteOptions } from './execute-with-policy.js';
import { recordSuccess, recordTransientFailure } from './record-outcome.js';
import { RetryBudget } from './retry-budget.js';

function books(breaker: CircuitBreaker | undefined, budget?: RetryBudget) {
  const hooks = { circuitOpen: vi.fn(), circuitClose: vi.fn() };
  const o = { family: 'room', breaker, budget, hooks, clock: { now: () => 50, sleep: async () => {} } };
  return { o: o as unknown as ExecuteOptions<unknown>, hooks };
}

describe('recordTransientFailure / recordSuccess', () => {
  it('opens the family with the hook, then closes it with the hook', () => {
    const { o, hooks } = books(new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 }));
    recordTransientFailure(o, 7004);
    expect(hooks.circuitOpen).toHaveBeenCalledWith({ family: 'room', until: 150 });
    recordSuccess(o);
    expect(hooks.circuitClose).toHaveBeenCalledWith({ family: 'room' });
  });

  it('stays silent when the breaker reports transitions itself', () => {
    const onOpen = vi.fn();
    const { o, hooks } = books(new CircuitBreaker({ failureThreshold: 1, onOpen }));
    recordTransientFailure(o, 7004);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(hooks.circuitOpen).not.toHaveBeenCalled();
  });

  it('refills the budget on success and tolerates no breaker', () => {
    const budget = new RetryBudget({ initialTokens: 0, refillPerSuccess: 1 });
    const { o } = books(undefined, budget);
    recordSuccess(o);
    recordTransientFailure(o, 7004);
    expect(budget.tokens).toBe(1);
  });

  it('fires circuitOpen only for the failure that opens the family', () => {
    const { o, hooks } = books(new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 }));
    recordTransientFailure(o, 7004);
    expect(hooks.circuitOpen).not.toHaveBeenCalled();
    recordTransientFailure(o, 7004);
    expect(hooks.circuitOpen.mock.calls).toEqual([[{ family: 'room', until: 150 }]]);
  });

  it('fires circuitClose only for the success that closes an open family', () => {
    const { o, hooks } = books(new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 }));
    recordSuccess(o);
    recordTransientFailure(o, 7004);
    recordSuccess(o);
    expect(hooks.circuitClose).not.toHaveBeenCalled();
  });
});
