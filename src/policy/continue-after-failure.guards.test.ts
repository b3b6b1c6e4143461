import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { fail, MAX_INVOCATIONS, retry } from './actions.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { definePolicy, type Policy } from './define-policy.js';
import { type ExecuteOptions, executeWithPolicy } from './execute-with-policy.js';

const policy = definePolicy({
  codes: {
    7004: retry({ maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 300, jitter: 'none' }),
    7005: fail(),
  },
  budget: false,
  breaker: false,
});

const sdkError = (code: number, attempts = 1): GmeError =>
  createGmeError({ code, operation: 'enterRoom', source: 'sdk', attempts });

/** Runs one call whose n-th invocation answers `answer(n)` (0 for Ok). */
function setup(answer: (n: number) => number, overrides: Partial<ExecuteOptions<string>> = {}) {
  const calls: number[] = [];
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  const o: ExecuteOptions<string> = {
    operation: 'enterRoom',
    family: 'room',
    idempotent: true,
    policy,
    attempt: async (n): Promise<Result<string, GmeError>> => {
      calls.push(n);
      const code = answer(n);
      return code === 0 ? ok(`value ${n}`) : err(sdkError(code, n));
    },
    args: undefined,
    succeedValue: (e) => `accepted ${e.code}`,
    runRecovery: async () => ok({ next: 'retry' }),
    budget: undefined,
    breaker: undefined,
    signal: undefined,
    deadline: Number.POSITIVE_INFINITY,
    clock,
    random: () => 1,
    hooks: {},
    abortError: (attempts) =>
      createGmeError({ code: 7013, operation: 'enterRoom', source: 'client', attempts }),
    circuitOpenError: (code) => createGmeError({ code, operation: 'enterRoom', source: 'client' }),
    ...overrides,
  };
  return { run: () => executeWithPolicy(o), calls, clock };
}

const errorOf = <T>(r: Result<T, GmeError>) => (r.isErr() ? r.error : undefined);

describe('continueAfterFailure: an abort during an attempt', () => {
  it('ends the call with 7013 even when the code it failed with has a fail rule', async () => {
    const ctl = new AbortController();
    const { run, calls } = setup(
      () => {
        ctl.abort();
        return 7005;
      },
      { signal: ctl.signal },
    );
    const e = errorOf(await run());
    expect([e?.code, e?.source, e?.attempts]).toEqual([7013, 'client', 1]);
    expect(calls).toEqual([1]);
  });

  it('ends the call with 7013 before a retry wait, firing no retry hook', async () => {
    const ctl = new AbortController();
    const retryHook = vi.fn();
    const { run, calls, clock } = setup(
      (n) => {
        if (n === 2) ctl.abort();
        return 7004;
      },
      { signal: ctl.signal, hooks: { retry: retryHook } },
    );
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([7013, 2]);
    expect(calls).toEqual([1, 2]);
    expect(retryHook).toHaveBeenCalledTimes(1);
    expect(clock.t).toBe(200);
  });
});

describe('continueAfterFailure: the cap of invocations', () => {
  it(`stops at ${MAX_INVOCATIONS} invocations even when a foreign rule allows more attempts`, async () => {
    // A policy from another copy of the package: plain fields, a retry rule past the cap.
    const foreign = {
      operations: {},
      codes: {
        7004: {
          action: 'retry',
          maxAttempts: MAX_INVOCATIONS + 10,
          baseDelayMs: 0,
          maxDelayMs: 0,
          jitter: 'none',
        },
      },
      categories: {},
      default: fail(),
    } as unknown as Policy;
    const { run, calls } = setup(() => 7004, { policy: foreign });
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([7004, MAX_INVOCATIONS]);
    expect(calls).toHaveLength(MAX_INVOCATIONS);
  });
});

describe('continueAfterFailure: half-open trial slots', () => {
  it('a call that was no trial frees no slot when it fails after a transient failure', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 100 });
    const s = setup((n) => (n === 1 ? 7004 : 7005), {
      breaker,
      hooks: {
        retry: () => {
          // While this call waits, another call's failure opens the family and, after the
          // cool-down, a third caller becomes the trial.
          breaker.recordFailure('room', 0, 7004);
          expect(breaker.canPass('room', 100)).toBe(true);
        },
      },
    });
    const e = errorOf(await s.run());
    expect([e?.code, e?.attempts]).toEqual([7005, 2]);
    expect(breaker.canPass('room', 101)).toBe(false);
  });
});
