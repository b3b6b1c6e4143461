import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeSdk } from '../../test/support/fake-sdk.js';
import { fail } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { Policy } from '../policy/index.js';
import { ClientContext } from './client-context.js';
import { resolveOptions } from './client-options.js';

const contexts: ClientContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.dispose();
});

function context(policy: Policy): ClientContext {
  const ctx = new ClientContext(
    resolveOptions({ sdk: new FakeSdk({ timeoutMs: 5_000 }), policy, poll: false }),
  );
  contexts.push(ctx);
  return ctx;
}

const withBudget = (capacity: number) =>
  definePolicy({ default: fail(), budget: { capacity }, breaker: false });
const withBreaker = (failureThreshold: number) =>
  definePolicy({ default: fail(), budget: false, breaker: { failureThreshold } });

describe('ClientContext.setPolicy', () => {
  it('keeps the retry budget when the new policy has the same budget settings', () => {
    const ctx = context(withBudget(20));
    const budget = ctx.budget;
    expect(budget).toBeDefined();
    ctx.setPolicy(withBudget(20));
    expect(ctx.budget).toBe(budget);
  });

  it('starts a fresh retry budget when the settings change', () => {
    const ctx = context(withBudget(20));
    const budget = ctx.budget;
    ctx.setPolicy(withBudget(30));
    expect(ctx.budget).toBeDefined();
    expect(ctx.budget).not.toBe(budget);
  });

  it('drops and restores the budget across a policy without one', () => {
    const ctx = context(withBudget(20));
    ctx.setPolicy(definePolicy({ default: fail(), budget: false, breaker: false }));
    expect(ctx.budget).toBeUndefined();
    ctx.setPolicy(withBudget(20));
    expect(ctx.budget).toBeDefined();
  });

  it('keeps the breaker for the same settings and replaces it for others', () => {
    const ctx = context(withBreaker(3));
    const breaker = ctx.breaker;
    expect(breaker).toBeDefined();
    ctx.setPolicy(withBreaker(3));
    expect(ctx.breaker).toBe(breaker);
    ctx.setPolicy(withBreaker(4));
    expect(ctx.breaker).not.toBe(breaker);
    ctx.setPolicy(withBudget(20));
    expect(ctx.breaker).toBeUndefined();
    ctx.setPolicy(withBreaker(4));
    expect(ctx.breaker).toBeDefined();
  });
});

describe('ClientContext.dispose', () => {
  it('tells each in-flight waiter -1 once, however often it is called', () => {
    const ctx = context(withBudget(20));
    const waiter = vi.fn();
    ctx.inFlightWaiters.add(waiter);
    ctx.dispose();
    ctx.dispose();
    expect(waiter.mock.calls).toEqual([[-1]]);
    expect(ctx.disposed.signal.aborted).toBe(true);
  });

  it('ends the running room session once', () => {
    const ctx = context(withBudget(20));
    const end = vi.fn();
    ctx.session = { end, roomId: 'lobby', connectionLost: false };
    ctx.dispose();
    ctx.dispose();
    expect(end).toHaveBeenCalledTimes(1);
  });
});

describe('ClientContext.memory', () => {
  it('starts knowing no init nor voice-message auth, and room type 1', () => {
    const ctx = context(withBudget(20));
    expect(ctx.memory).toEqual({
      init: undefined,
      pttAuth: undefined,
      roomType: 1,
      streamingPath: undefined,
    });
  });
});
