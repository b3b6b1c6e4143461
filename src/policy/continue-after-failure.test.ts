import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { fail, type JitterMode, recover, retry, succeed } from './actions.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { definePolicy, type Policy } from './define-policy.js';
import { type ExecuteOptions, executeWithPolicy } from './execute-with-policy.js';
import { RetryBudget } from './retry-budget.js';

const policyWith = (jitter: JitterMode = 'none'): Policy =>
  definePolicy({
    codes: {
      7004: retry({ maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 300, jitter }),
      1005: retry({ maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 10, jitter: 'none' }),
      8196: retry({ maxAttempts: 3, baseDelayMs: 0, jitter: 'none' }),
      1003: succeed(),
      7005: fail(),
      1101: recover('reinit', { maxRecoveries: 2 }),
    },
    budget: false,
    breaker: false,
  });
const policy = policyWith();

const sdkError = (code: number, attempts = 1): GmeError =>
  createGmeError({ code, operation: 'enterRoom', source: 'sdk', attempts });

type Clock = ExecuteOptions<string>['clock'];

function setup(codes: number[], overrides: Partial<ExecuteOptions<string>> = {}) {
  const calls: { n: number; args: unknown }[] = [];
  const sleeps: number[] = [];
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      clock.t += ms;
    },
  };
  const o: ExecuteOptions<string> = {
    operation: 'enterRoom',
    family: 'room',
    idempotent: true,
    policy,
    attempt: async (n, args): Promise<Result<string, GmeError>> => {
      calls.push({ n, args });
      const code = codes[Math.min(n, codes.length) - 1] ?? 0;
      return code === 0 ? ok(`value ${n}`) : err(sdkError(code, n));
    },
    args: { roomId: 'lobby' },
    succeedValue: (e) => `accepted ${e.code}`,
    runRecovery: async () => ok({ next: 'retry' }),
    budget: undefined,
    breaker: undefined,
    signal: undefined,
    deadline: Number.POSITIVE_INFINITY,
    clock: clock as Clock,
    random: () => 1,
    hooks: {},
    abortError: (attempts) =>
      createGmeError({ code: 7013, operation: 'enterRoom', source: 'client', attempts }),
    circuitOpenError: (code) => createGmeError({ code, operation: 'enterRoom', source: 'client' }),
    ...overrides,
  };
  return { run: () => executeWithPolicy(o), calls, sleeps, clock };
}

const errorOf = <T>(r: Result<T, GmeError>) => (r.isErr() ? r.error : undefined);

describe('retry rules', () => {
  it('retries 7004 three times, then returns the last Err', async () => {
    const { run, calls } = setup([7004, 7004, 7004, 0]);
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([7004, 3]);
    expect(calls.map((c) => c.n)).toEqual([1, 2, 3]);
  });

  it('7004, 7004, 0 gives Ok after 3 attempts, with growing capped delays in the retry hook', async () => {
    const retryHook = vi.fn();
    const { run, sleeps } = setup([7004, 7004, 0], { hooks: { retry: retryHook } });
    expect(await run()).toEqual(ok({ value: 'value 3', attempts: 3, code: 0 }));
    expect(retryHook.mock.calls.map(([e]) => [e.attempt, e.delayMs, e.code])).toEqual([
      [1, 200, 7004],
      [2, 300, 7004],
    ]);
    expect(sleeps).toEqual([200, 300]);
  });

  it('full jitter scales the same delays by random()', async () => {
    const half = setup([7004, 7004, 0], { policy: policyWith('full'), random: () => 0.5 });
    await half.run();
    expect(half.sleeps).toEqual([100, 150]);
    const one = setup([7004, 7004, 0], { policy: policyWith('full'), random: () => 1 });
    await one.run();
    expect(one.sleeps).toEqual([200, 300]);
  });

  it('decorrelated jitter grows from the previous wait', async () => {
    const p = definePolicy({
      codes: { 7004: retry({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, jitter: 'decorrelated' }) },
    });
    const { run, sleeps } = setup([7004, 7004, 7004, 0], { policy: p });
    await run();
    expect(sleeps).toEqual([300, 900, 1000]);
  });

  it('resolves each new code again: 7004, 7004, then 7005 stops at 7005', async () => {
    const { run, calls } = setup([7004, 7004, 7005, 0]);
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([7005, 3]);
    expect(calls).toHaveLength(3);
  });

  it('a succeed rule after retries gives Ok with that code', async () => {
    const { run } = setup([7004, 1003]);
    expect(await run()).toEqual(ok({ value: 'accepted 1003', attempts: 2, code: 1003 }));
  });

  it('maxAttempts caps the invocations of an always-failing call exactly', async () => {
    const { run, calls } = setup([1005]);
    expect(errorOf(await run())?.attempts).toBe(5);
    expect(calls).toHaveLength(5);
  });

  it('does not retry a non-idempotent call unless the code says it was never applied', async () => {
    const applied = setup([7004, 0], { idempotent: false });
    expect(errorOf(await applied.run())?.attempts).toBe(1);
    const neverApplied = setup([8196, 0], { idempotent: false });
    expect((await neverApplied.run()).isOk()).toBe(true);
    expect(neverApplied.calls).toHaveLength(2);
  });
});

describe('what stops retries', () => {
  it('the deadline: no wait may end past it', async () => {
    const { run, calls, sleeps } = setup([7004, 7004, 0], { deadline: 250 });
    const e = errorOf(await run());
    expect([e?.code, e?.attempts, e?.budgetExhausted]).toEqual([7004, 2, false]);
    expect(calls).toHaveLength(2);
    expect(sleeps).toEqual([200]);
  });

  it('an abort during the backoff sleep: 7013 at once, no further attempt', async () => {
    const ctl = new AbortController();
    let sleeping = false;
    const clock: Clock = {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          sleeping = true;
          signal?.addEventListener('abort', () => reject(signal.reason));
        }),
    };
    const { run, calls } = setup([7004, 0], { clock, signal: ctl.signal });
    const pending = run();
    await vi.waitFor(() => expect(sleeping).toBe(true));
    ctl.abort();
    const e = errorOf(await pending);
    expect([e?.code, e?.attempts]).toEqual([7013, 1]);
    expect(calls).toHaveLength(1);
  });

  it('an abort between attempts (from a hook) ends the call before the next invocation', async () => {
    const ctl = new AbortController();
    const { run, calls } = setup([7004, 0], { signal: ctl.signal, hooks: { retry: () => ctl.abort() } });
    expect(errorOf(await run())?.code).toBe(7013);
    expect(calls).toHaveLength(1);
  });

  it('an empty budget: Err flagged budgetExhausted, and the hook fires', async () => {
    const budgetExhausted = vi.fn();
    const budget = new RetryBudget({ initialTokens: 1 });
    const { run, calls } = setup([7004], { budget, hooks: { budgetExhausted } });
    const e = errorOf(await run());
    expect([e?.code, e?.attempts, e?.budgetExhausted]).toEqual([7004, 2, true]);
    expect(calls).toHaveLength(2);
    expect(budgetExhausted).toHaveBeenCalledWith({
      operation: 'enterRoom',
      code: 7004,
      attempt: 2,
      tokens: 0,
    });
  });

  it('200 concurrent always-7004 calls share one budget: retries never exceed its tokens', async () => {
    const budget = new RetryBudget();
    let invocations = 0;
    const attempt = async (): Promise<Result<string, GmeError>> => {
      invocations++;
      await Promise.resolve();
      return err(sdkError(7004));
    };
    const runs = Array.from({ length: 200 }, () => setup([7004], { budget, attempt }).run());
    const results = await Promise.all(runs);
    expect(invocations - 200).toBe(3);
    expect(results.every((r) => errorOf(r)?.budgetExhausted)).toBe(true);
    expect(results.filter((r) => errorOf(r)?.attempts === 2)).toHaveLength(3);
  });

  it('with successes in the mix, retries stay within initial tokens plus refills', async () => {
    const budget = new RetryBudget();
    let invocations = 0;
    let successes = 0;
    const runs = Array.from({ length: 200 }, (_, i) => {
      const attempt = async (): Promise<Result<string, GmeError>> => {
        invocations++;
        await Promise.resolve();
        if (i % 2 === 0) {
          successes++;
          return ok('fine');
        }
        return err(sdkError(7004));
      };
      return setup([7004], { budget, attempt }).run();
    });
    await Promise.all(runs);
    expect(invocations - 200).toBeLessThanOrEqual(3 + successes * 0.2);
    expect(invocations - 200).toBeGreaterThan(3);
  });

  it('the breaker: opens after N transient failures, refuses, half-opens after the cool-down', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000 });
    const first = setup([7004], { breaker });
    const e = errorOf(await first.run());
    expect([e?.attempts, e?.circuitOpen]).toEqual([2, true]);
    const refused = setup([0], { breaker });
    refused.clock.t = 500;
    expect(errorOf(await refused.run())?.circuitOpen).toBe(true);
    expect(refused.calls).toHaveLength(0);
    const trial = setup([0], { breaker });
    trial.clock.t = 1200;
    expect((await trial.run()).isOk()).toBe(true);
    expect(breaker.state('room', 1200)).toBe('closed');
  });
});

describe('after the first failure: edges', () => {
  it('a success after plain retries carries no `recovered` field', async () => {
    const { run } = setup([7004, 0]);
    const value = (await run())._unsafeUnwrap();
    expect(Object.keys(value)).toEqual(['value', 'attempts', 'code']);
  });

  it('a retry that succeeds refunds the budget, and so does a succeed rule after a retry', async () => {
    const budget = () => new RetryBudget({ capacity: 10, initialTokens: 3, refillPerSuccess: 0.5 });
    const retried = budget();
    expect((await setup([7004, 0], { budget: retried }).run()).isOk()).toBe(true);
    expect(retried.tokens).toBe(2.5);
    const accepted = budget();
    expect((await setup([7004, 1003], { budget: accepted }).run()).isOk()).toBe(true);
    expect(accepted.tokens).toBe(2.5);
  });

  it('a wait that ends exactly at the deadline still happens', async () => {
    const { run, sleeps } = setup([7004, 0], { deadline: 200 });
    expect(await run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0 }));
    expect(sleeps).toEqual([200]);
  });

  it('a zero delay retries at once, without asking the clock to sleep', async () => {
    const { run, sleeps } = setup([8196, 0]);
    expect(await run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0 }));
    expect(sleeps).toEqual([]);
  });

  it('a clock whose sleep fails ends the call with the last SDK error, without another attempt', async () => {
    const clock = {
      now: () => 0,
      sleep: async () => {
        throw new Error('clock broke');
      },
    };
    const { run, calls } = setup([7004, 0], { clock });
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([7004, 1]);
    expect(calls).toHaveLength(1);
  });

  it('a recovery that runs until the deadline ends the call instead of invoking again', async () => {
    let s: ReturnType<typeof setup> | undefined;
    s = setup([1101, 0], {
      deadline: 1000,
      runRecovery: async () => {
        if (s !== undefined) s.clock.t = 1000;
        return ok({ next: 'retry' });
      },
    });
    const e = errorOf(await s.run());
    expect([e?.code, e?.attempts]).toEqual([1101, 1]);
    expect(s.calls).toHaveLength(1);
  });

  it('a half-open trial that turns to a recovery frees its slot once, not the slot of the trial after it', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    breaker.recordFailure('room', 0, 7004);
    const s = setup([1101, 0], {
      breaker,
      runRecovery: async () => {
        // While this call recovers, the next caller becomes the trial.
        expect(breaker.canPass('room', 100)).toBe(true);
        return err(sdkError(1101));
      },
    });
    s.clock.t = 100;
    const e = errorOf(await s.run());
    expect([e?.code, e?.attempts]).toEqual([1101, 1]);
    expect(breaker.canPass('room', 101)).toBe(false);
  });
});
