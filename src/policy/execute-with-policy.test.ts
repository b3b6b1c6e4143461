import { err, ok, type Result } from 'neverthrow';
import pRetry from 'p-retry';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { fail, retry, succeed } from './actions.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { definePolicy } from './define-policy.js';
import { type ExecuteOptions, executeWithPolicy } from './execute-with-policy.js';
import { RetryBudget } from './retry-budget.js';

vi.mock('p-retry', async (importOriginal) => {
  const actual = await importOriginal<typeof import('p-retry')>();
  return { ...actual, default: vi.fn(actual.default) };
});

const policy = definePolicy({
  codes: {
    7004: retry({ maxAttempts: 3, baseDelayMs: 200, maxDelayMs: 300, jitter: 'none' }),
    1003: succeed(),
    7005: fail(),
  },
  budget: false,
  breaker: false,
});

const sdkError = (code: number, attempts = 1): GmeError =>
  createGmeError({ code, operation: 'enterRoom', source: 'sdk', attempts });

function setup(codes: number[], overrides: Partial<ExecuteOptions<string>> = {}) {
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

beforeEach(() => {
  vi.mocked(pRetry).mockClear();
});

describe('executeWithPolicy: the first attempt', () => {
  it('returns Ok with attempts 1 and code 0, without touching p-retry', async () => {
    const { run, calls } = setup([0]);
    expect(await run()).toEqual(ok({ value: 'value 1', attempts: 1, code: 0 }));
    expect(calls).toEqual([1]);
    expect(pRetry).not.toHaveBeenCalled();
  });

  it('turns 1003 into Ok with code 1003 through the succeed rule, without p-retry', async () => {
    const { run, calls } = setup([1003]);
    expect(await run()).toEqual(ok({ value: 'accepted 1003', attempts: 1, code: 1003 }));
    expect(calls).toEqual([1]);
    expect(pRetry).not.toHaveBeenCalled();
  });

  it('fails fast on 7005 with attempts 1', async () => {
    const { run, calls } = setup([7005, 0]);
    const result = await run();
    expect(result.isErr() && [result.error.code, result.error.attempts]).toEqual([7005, 1]);
    expect(calls).toEqual([1]);
  });

  it('uses p-retry once a retry rule applies', async () => {
    const { run } = setup([7004, 0]);
    expect((await run()).isOk()).toBe(true);
    expect(pRetry).toHaveBeenCalledTimes(1);
  });

  it('answers an already aborted signal with 7013 and 0 attempts, calling nothing', async () => {
    const { run, calls } = setup([0], { signal: AbortSignal.abort() });
    const result = await run();
    expect(result.isErr() && [result.error.code, result.error.attempts]).toEqual([7013, 0]);
    expect(calls).toEqual([]);
  });

  it('refuses at once when the breaker is open, with circuitOpen and the code that opened it', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000 });
    breaker.recordFailure('room', 0, 10_004);
    const circuitOpenError = vi.fn((code: number) =>
      createGmeError({ code, operation: 'enterRoom', source: 'client' }),
    );
    const { run, calls } = setup([0], { breaker, circuitOpenError });
    const result = await run();
    expect(result.isErr() && [result.error.code, result.error.attempts, result.error.circuitOpen]).toEqual([
      10_004,
      0,
      true,
    ]);
    expect(circuitOpenError).toHaveBeenCalledWith(10_004);
    expect(calls).toEqual([]);
  });

  it('records a success on the budget and the breaker', async () => {
    const budget = new RetryBudget({ initialTokens: 0, refillPerSuccess: 1 });
    const breaker = new CircuitBreaker({ failureThreshold: 2 });
    breaker.recordFailure('room', 0, 7004);
    const { run } = setup([0], { budget, breaker });
    await run();
    expect(budget.tokens).toBe(1);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 1)).toBe(true);
  });
});

describe('executeWithPolicy never rejects', () => {
  it('turns a rejecting attempt into a client-made Err holding the thrown value', async () => {
    const boom = new Error('boom');
    const { run } = setup([0], { attempt: () => Promise.reject(boom) });
    const result = await run();
    expect(result.isErr() && [result.error.code, result.error.source, result.error.cause]).toEqual([
      -1,
      'client',
      boom,
    ]);
  });

  it('survives garbage from attempt and a throwing clock', async () => {
    const garbage = setup([0], { attempt: async () => 42 as never });
    expect((await garbage.run()).isErr()).toBe(true);
    const broken = {
      now: () => {
        throw new Error('clock');
      },
      sleep: async () => {},
    };
    const badClock = setup([7004, 0], { clock: broken });
    const result = await badClock.run();
    expect(result.isErr() && result.error.code).toBe(7004);
  });

  it('ends with the last SDK error when succeedValue throws', async () => {
    const { run } = setup([1003], {
      succeedValue: () => {
        throw new Error('bad');
      },
    });
    const result = await run();
    expect(result.isErr() && [result.error.code, result.error.attempts]).toEqual([1003, 1]);
  });

  it('ignores throwing and rejecting hooks', async () => {
    const hooks = {
      retry: () => {
        throw new Error('listener');
      },
      circuitOpen: () => Promise.reject(new Error('async listener')),
      circuitClose: () => {
        throw new Error('listener');
      },
    };
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    const { run, calls } = setup([7004, 0], { hooks, breaker });
    const result = await run();
    expect(result.isErr() && result.error.circuitOpen).toBe(true);
    expect(calls).toEqual([1]);
    const again = setup([0], { hooks, breaker });
    again.clock.t = 100;
    expect((await again.run()).isOk()).toBe(true);
    const retried = setup([7004, 0], { hooks });
    expect(await retried.run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0 }));
  });
});

describe('bookkeeping and hooks never change the outcome', () => {
  it('a hooks object whose getters throw counts as nobody listening', async () => {
    const hooks = Object.defineProperty({}, 'retry', {
      get() {
        throw new Error('getter');
      },
    });
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 0 });
    const { run } = setup([7004, 0], { hooks, breaker });
    expect(await run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0 }));
  });

  it('a success stays a success when the budget throws while booking it', async () => {
    const budget = new RetryBudget();
    vi.spyOn(budget, 'recordSuccess').mockImplementation(() => {
      throw new Error('books');
    });
    const { run } = setup([0], { budget });
    expect(await run()).toEqual(ok({ value: 'value 1', attempts: 1, code: 0 }));
    const retried = setup([7004, 0], { budget: new RetryBudget(), hooks: undefined as never });
    expect(await retried.run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0 }));
  });
});

describe('executeWithPolicy and the breaker', () => {
  it('fires circuitOpen/circuitClose hooks when the breaker has no listeners of its own', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    const circuitOpen = vi.fn();
    const circuitClose = vi.fn();
    const failing = setup([7005, 7004], { breaker, hooks: { circuitOpen, circuitClose } });
    // 7005 is not transient: it neither counts nor opens.
    await failing.run();
    expect(circuitOpen).not.toHaveBeenCalled();
    const transient = setup([7004], { breaker, hooks: { circuitOpen, circuitClose } });
    await transient.run();
    expect(circuitOpen).toHaveBeenCalledWith({ family: 'room', until: 100 });
    const healed = setup([0], { breaker, hooks: { circuitOpen, circuitClose } });
    healed.clock.t = 100;
    expect((await healed.run()).isOk()).toBe(true);
    expect(circuitClose).toHaveBeenCalledWith({ family: 'room' });
  });

  it('leaves the reporting to the breaker when it has onOpen/onClose (no doubles)', async () => {
    const onOpen = vi.fn();
    const breaker = new CircuitBreaker({ failureThreshold: 1, onOpen });
    const circuitOpen = vi.fn();
    await setup([7004], { breaker, hooks: { circuitOpen } }).run();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(circuitOpen).not.toHaveBeenCalled();
  });

  it('half-open: a trial that ends with a non-transient code frees the slot for the next caller', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    breaker.recordFailure('room', 0, 7004);
    const trial = setup([7005], { breaker });
    trial.clock.t = 100;
    await trial.run();
    const next = setup([0], { breaker });
    next.clock.t = 101;
    expect((await next.run()).isOk()).toBe(true);
  });
});

describe('executeWithPolicy: a call never frees a half-open trial slot it does not hold', () => {
  /** A breaker opened at t=0 for 100 ms, and a call whose first attempt waits until `finish` is called. */
  function straddling(outcome: () => Promise<Result<string, GmeError>>) {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    let finish: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const s = setup([0], {
      breaker,
      attempt: async () => {
        await gate;
        return outcome();
      },
    });
    return { breaker, finish, ...s };
  }

  it('a call that started while the family was closed and ends on a fail rule leaves the later trial in place', async () => {
    const s = straddling(async () => err(sdkError(7005)));
    const running = s.run();
    s.breaker.recordFailure('room', 0, 7004);
    expect(s.breaker.canPass('room', 100)).toBe(true); // someone else's trial
    s.finish();
    expect((await running).isErr()).toBe(true);
    expect(s.breaker.canPass('room', 101)).toBe(false);
  });

  it('a call that started while the family was closed and whose attempt throws leaves the later trial in place', async () => {
    const s = straddling(async () => {
      throw new Error('attempt crashed');
    });
    const running = s.run();
    s.breaker.recordFailure('room', 0, 7004);
    expect(s.breaker.canPass('room', 100)).toBe(true);
    s.finish();
    expect((await running).isErr()).toBe(true);
    expect(s.breaker.canPass('room', 101)).toBe(false);
  });

  it('a trial whose attempt throws frees its slot for the next caller', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    breaker.recordFailure('room', 0, 7004);
    const trial = setup([0], {
      breaker,
      attempt: async () => {
        throw new Error('attempt crashed');
      },
    });
    trial.clock.t = 100;
    const result = await trial.run();
    expect(result.isErr() && result.error.code).toBe(-1);
    expect(breaker.canPass('room', 101)).toBe(true);
  });
});

describe('executeWithPolicy: the error for a throwing callback', () => {
  it('says in its message that a callback of the client threw', async () => {
    const { run } = setup([0], { attempt: () => Promise.reject(new Error('boom')) });
    const result = await run();
    expect(result.isErr() && result.error.message).toContain(
      'A callback of the client threw instead of returning a Result.',
    );
  });
});
