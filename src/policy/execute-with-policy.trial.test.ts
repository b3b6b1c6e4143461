import { ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createGmeError } from '../errors/gme-error.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { definePolicy } from './define-policy.js';
import { type ExecuteOptions, executeWithPolicy } from './execute-with-policy.js';

function options(breaker: CircuitBreaker, now: () => number): ExecuteOptions<string> {
  return {
    operation: 'enterRoom',
    family: 'room',
    idempotent: true,
    policy: definePolicy({ budget: false, breaker: false }),
    attempt: async () => ok('joined'),
    args: undefined,
    succeedValue: () => 'accepted',
    runRecovery: async () => ok({ next: 'retry' }),
    budget: undefined,
    breaker,
    signal: undefined,
    deadline: Number.POSITIVE_INFINITY,
    clock: { now, sleep: async () => {} },
    random: () => 1,
    hooks: {},
    abortError: (attempts) =>
      createGmeError({ code: 7013, operation: 'enterRoom', source: 'client', attempts }),
    circuitOpenError: (code) => createGmeError({ code, operation: 'enterRoom', source: 'client' }),
  };
}

describe('executeWithPolicy: a clock that throws before the breaker is asked', () => {
  it('ends the call with a client error and leaves the trial slot of another caller in place', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 100)).toBe(true);
    const broken = () => {
      throw new Error('clock broke');
    };
    const r = await executeWithPolicy(options(breaker, broken));
    const e = r.isErr() ? r.error : undefined;
    expect([e?.code, e?.source, e?.attempts]).toEqual([-1, 'client', 1]);
    expect(breaker.canPass('room', 101)).toBe(false);
  });
});
