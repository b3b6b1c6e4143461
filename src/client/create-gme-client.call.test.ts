import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../../test/support/harness.js';
import { fail, recover, retry, succeed } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { Policy } from '../policy/index.js';
import type { GmeAdapter } from '../sdk/adapter.js';
import type { GmeClientOptions } from './client-options.js';
import { createGmeClient, type RawCallOptions } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });
const BREAKER = definePolicy({
  codes: { 7004: retry({ maxAttempts: 1 }) },
  default: fail(),
  budget: false,
  breaker: { failureThreshold: 1, cooldownMs: 1_000 },
});

/** An adapter whose `callMethod` answers with the next of `returns` (then 0), recording each call. */
function manual(returns: unknown[] = [], extra: Partial<GmeAdapter> = {}) {
  const calls: { method: string; args: readonly unknown[]; at: number }[] = [];
  const adapter: GmeAdapter = {
    surface: 'manual',
    supports: () => true,
    invoke: () => 0,
    hasMethod: (method) => method !== 'Missing',
    callMethod: (method, args) => {
      calls.push({ method, args, at: Date.now() });
      return returns.length > 0 ? returns.shift() : 0;
    },
    attach: () => () => {},
    ...extra,
  };
  return { adapter, calls };
}

function client(adapter: GmeAdapter, policy: Policy = ONCE, more: Partial<GmeClientOptions> = {}) {
  return createGmeClient({ sdk: adapter, policy, poll: false, ...more });
}

/** Calls `call` with arguments the types would not allow. */
function callLoosely(gme: ReturnType<typeof client>, method: unknown, args?: unknown, options?: unknown) {
  return gme.call(method as string, args as unknown[], options as RawCallOptions);
}

const settled = <T>(promise: PromiseLike<T>) => settle(promise, 10, 10_000);

describe('createGmeClient: call() checks what it is given before touching the SDK', () => {
  it.each([
    [42, '42'],
    ['', ''],
  ])('rejects the method name %j with a client 1004 for operation %j', async (method, operation) => {
    const { adapter, calls } = manual();
    const r = await callLoosely(client(adapter), method);
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1004, source: 'client', operation, attempts: 0 });
    expect(r._unsafeUnwrapErr().message).toContain('Expected `method` to be a non-empty string.');
    expect(calls).toEqual([]);
  });

  it('rejects arguments that are not an array', async () => {
    const { adapter, calls } = manual();
    const r = await callLoosely(client(adapter), 'EnableMic', 'yes');
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1004, operation: 'EnableMic', attempts: 0 });
    expect(r._unsafeUnwrapErr().message).toContain('Expected `args` to be an array.');
    expect(calls).toEqual([]);
  });

  it('rejects bad call options, naming the field', async () => {
    const { adapter, calls } = manual();
    const r = await callLoosely(client(adapter), 'EnableMic', [true], { timeoutMs: 0 });
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1004, operation: 'EnableMic', attempts: 0 });
    expect(r._unsafeUnwrapErr().message).toContain(
      'Expected `timeoutMs` to be an integer from 1 to 3600000, got 0.',
    );
    expect(calls).toEqual([]);
  });

  it('answers 7013 after dispose, without calling the SDK', async () => {
    const { adapter, calls } = manual();
    const gme = client(adapter);
    gme.dispose();
    const r = await gme.call('EnableMic', [true]);
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 7013,
      source: 'client',
      operation: 'EnableMic',
      attempts: 0,
    });
    expect(r._unsafeUnwrapErr().message).toContain('The client was disposed.');
    expect(calls).toEqual([]);
  });

  it('answers a method the SDK lacks with a client 1006 naming the surface and the method', async () => {
    const { adapter, calls } = manual();
    const r = await client(adapter).call('Missing');
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 1006,
      source: 'client',
      operation: 'Missing',
      attempts: 0,
    });
    expect(r._unsafeUnwrapErr().message).toContain('The manual SDK has no method Missing.');
    expect(calls).toEqual([]);
  });

  it('turns an adapter that throws while checking the method into a client 1006', async () => {
    const boom = new Error('adapter broke');
    const { adapter } = manual([], {
      hasMethod: () => {
        throw boom;
      },
    });
    const r = await client(adapter).call('EnableLoopBack');
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 1006,
      source: 'client',
      operation: 'EnableLoopBack',
      attempts: 0,
    });
    expect(r._unsafeUnwrapErr().message).toContain('Unexpected internal failure.');
    expect(r._unsafeUnwrapErr().cause).toBe(boom);
  });

  it('ends at once with 7013 when the signal has already aborted', async () => {
    const { adapter, calls } = manual();
    const r = await client(adapter).call('EnableLoopBack', [], { signal: AbortSignal.abort() });
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7013, source: 'client', attempts: 0 });
    expect(r._unsafeUnwrapErr().message).toContain('The call was aborted.');
    expect(calls).toEqual([]);
  });
});

describe('createGmeClient: call() reads what the method returns', () => {
  it('passes no arguments as an empty array', async () => {
    const { adapter, calls } = manual();
    const r = await client(adapter).call('EnableLoopBack');
    expect(r._unsafeUnwrap()).toEqual({ value: 0, attempts: 1, code: 0 });
    expect(calls.map((c) => c.args)).toEqual([[]]);
  });

  it('reads a non-zero return as an SDK error of that code', async () => {
    const { adapter } = manual([7004]);
    const r = await client(adapter).call('EnableMic', [true]);
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 7004, source: 'sdk', operation: 'EnableMic', attempts: 1 });
    expect(e.cause).toBeUndefined();
  });

  it('reads a return that is not a code as a client 1006, unless `returnsCode: false`', async () => {
    const { adapter } = manual(['good', 'good']);
    const gme = client(adapter);
    const strict = await gme.call('GetQualityTips');
    expect(strict._unsafeUnwrapErr()).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(strict._unsafeUnwrapErr().cause).toEqual({ returned: 'string' });
    const loose = await gme.call('GetQualityTips', [], { returnsCode: false });
    expect(loose._unsafeUnwrap()).toEqual({ value: 'good', attempts: 1, code: 0 });
  });

  it('announces every invocation as an attempt event with the method name', async () => {
    const { adapter } = manual([1001, 0]);
    const policy = definePolicy({
      codes: { 1001: retry({ maxAttempts: 2, baseDelayMs: 10, jitter: 'none' }) },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const gme = client(adapter, policy);
    const attempts: unknown[] = [];
    gme.on('attempt', (e) => attempts.push(e));
    const r = await settled(gme.call('EnableMic', [true]));
    expect(r._unsafeUnwrap()).toEqual({ value: 0, attempts: 2, code: 0 });
    // Both invocations belong to one call: one call id.
    const callId = (attempts[0] as { callId: number }).callId;
    expect(attempts).toStrictEqual([
      { operation: 'EnableMic', callId, attempt: 1 },
      { operation: 'EnableMic', callId, attempt: 2 },
    ]);
  });

  it('treats every method as not idempotent: a retry rule applies only to never-applied codes', async () => {
    const { adapter, calls } = manual([7004, 0]);
    const policy = definePolicy({
      codes: { 7004: retry({ maxAttempts: 3, baseDelayMs: 10, jitter: 'none' }) },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const r = await settled(client(adapter, policy).call('EnableLoopBack'));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    expect(calls).toHaveLength(1);
  });

  it('stops retrying at the per-call deadline', async () => {
    const policy = definePolicy({
      codes: { 1001: retry({ maxAttempts: 3, baseDelayMs: 100, jitter: 'none' }) },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const short = manual([1001, 1001, 0]);
    const cut = await settled(client(short.adapter, policy).call('EnableLoopBack', [], { deadlineMs: 50 }));
    expect(cut._unsafeUnwrapErr()).toMatchObject({ code: 1001, attempts: 1 });
    const long = manual([1001, 1001, 0]);
    const full = await settled(
      client(long.adapter, policy).call('EnableLoopBack', [], { deadlineMs: 10_000 }),
    );
    expect(full._unsafeUnwrap()).toEqual({ value: 0, attempts: 3, code: 0 });
    const byDefault = manual([1001, 1001, 0]);
    const dflt = await settled(client(byDefault.adapter, policy).call('EnableLoopBack'));
    expect(dflt._unsafeUnwrap()).toEqual({ value: 0, attempts: 3, code: 0 });
  });

  it('ends with 7013 when aborted during a retry wait', async () => {
    const { adapter, calls } = manual([1001, 0]);
    const policy = definePolicy({
      codes: { 1001: retry({ maxAttempts: 2, baseDelayMs: 1_000, jitter: 'none' }) },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const leave = new AbortController();
    const pending = client(adapter, policy).call('EnableLoopBack', [], { signal: leave.signal });
    setTimeout(() => leave.abort(), 100);
    const r = await settled(pending);
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7013, source: 'client', attempts: 1 });
    expect(r._unsafeUnwrapErr().message).toContain('The call was aborted.');
    expect(calls).toHaveLength(1);
  });

  it('makes a code a succeed() rule accepts the Ok value', async () => {
    const { adapter } = manual([1003]);
    const policy = definePolicy({
      codes: { 1003: succeed() },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const r = await client(adapter, policy).call('EnableMic', [true]);
    expect(r._unsafeUnwrap()).toEqual({ value: 1003, attempts: 1, code: 1003 });
  });

  it('runs a recovery: awaitInFlight waits up to awaitInFlightMs, then calls again', async () => {
    const { adapter, calls } = manual([1001, 0]);
    const policy = definePolicy({
      codes: { 1001: recover('awaitInFlight') },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const gme = client(adapter, policy, { awaitInFlightMs: 3_000 });
    const r = await settled(gme.call('EnableLoopBack'));
    expect(r._unsafeUnwrap()).toEqual({ value: 0, attempts: 2, code: 0 });
    expect(calls).toHaveLength(2);
    expect((calls[1]?.at ?? 0) - (calls[0]?.at ?? 0)).toBe(3_000);
  });

  it("shares the breaker family 'call', and fails fast while it is open", async () => {
    const { adapter, calls } = manual([7004]);
    const policy = BREAKER;
    const gme = client(adapter, policy);
    const opened: string[] = [];
    gme.on('circuitOpen', (e) => opened.push(e.family));
    expect((await gme.call('EnableLoopBack'))._unsafeUnwrapErr()).toMatchObject({
      code: 7004,
      source: 'sdk',
    });
    expect(opened).toEqual(['call']);
    const refused = (await gme.call('EnableSpeaker', [true]))._unsafeUnwrapErr();
    expect(refused).toMatchObject({ code: 7004, source: 'client', operation: 'EnableSpeaker', attempts: 0 });
    expect(refused).toMatchObject({ circuitOpen: true });
    expect(refused.message).toContain('The circuit is open; failing fast.');
    expect(calls).toHaveLength(1);
  });

  it('opens and closes the breaker quietly when nobody listens to circuit events', async () => {
    const { adapter, calls } = manual([7004]);
    const policy = BREAKER;
    const gme = client(adapter, policy);
    expect((await gme.call('EnableLoopBack'))._unsafeUnwrapErr()).toMatchObject({
      code: 7004,
      source: 'sdk',
    });
    expect((await gme.call('EnableLoopBack'))._unsafeUnwrapErr()).toMatchObject({
      code: 7004,
      circuitOpen: true,
    });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await gme.call('EnableLoopBack'))._unsafeUnwrap()).toEqual({ value: 0, attempts: 1, code: 0 });
    expect((await gme.call('EnableLoopBack'))._unsafeUnwrap()).toEqual({ value: 0, attempts: 1, code: 0 });
    expect(calls).toHaveLength(3);
  });
});
