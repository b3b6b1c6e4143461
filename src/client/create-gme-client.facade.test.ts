import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOp, drive, FAKE_TIMERS, FakeSdk } from '../../test/support/fake-sdk.js';
import type { CallOptions } from '../operations.js';
import { fail, recover } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { Policy } from '../policy/index.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });
const INIT = { appId: '1400000001', openId: '10001' } as const;

function setup(sdk = new FakeSdk({ timeoutMs: 1_000 }), policy: Policy = ONCE) {
  return { sdk, gme: createGmeClient({ sdk, policy, poll: false }) };
}

describe('createGmeClient: per-call options', () => {
  const signalProblem = 'Expected `signal` to be an AbortSignal.';
  const range = (field: string, value: string) =>
    `Expected \`${field}\` to be an integer from 1 to 3600000, got ${value}.`;

  it.each<[string, unknown, string]>([
    ['null', null, 'Expected the call options to be an object.'],
    ['a string', 'fast', 'Expected the call options to be an object.'],
    ['an empty object as signal', { signal: {} }, signalProblem],
    ['null as signal', { signal: null }, signalProblem],
    ['a string as signal', { signal: 'aborted' }, signalProblem],
    ['timeoutMs 0', { timeoutMs: 0 }, range('timeoutMs', '0')],
    ['timeoutMs 1.5', { timeoutMs: 1.5 }, range('timeoutMs', '1.5')],
    ['timeoutMs 3600001', { timeoutMs: 3_600_001 }, range('timeoutMs', '3600001')],
    ['deadlineMs 0', { deadlineMs: 0 }, range('deadlineMs', '0')],
    ['deadlineMs 3600001', { deadlineMs: 3_600_001 }, range('deadlineMs', '3600001')],
  ])(
    'rejects %s with a client 1004 that says what is wrong, before calling the SDK',
    async (_l, options, text) => {
      const { sdk, gme } = setup();
      const r = await callOp(gme, 'init', INIT, options as CallOptions);
      const e = r._unsafeUnwrapErr();
      expect(e).toMatchObject({ code: 1004, source: 'client', operation: 'init', attempts: 0 });
      expect(e.message).toContain(text);
      expect(sdk.calls).toEqual([]);
    },
  );

  it.each<[string, CallOptions]>([
    ['no field', {}],
    ['an AbortSignal', { signal: new AbortController().signal }],
    ['the smallest timeoutMs and deadlineMs', { timeoutMs: 1, deadlineMs: 1 }],
    ['the largest timeoutMs and deadlineMs', { timeoutMs: 3_600_000, deadlineMs: 3_600_000 }],
  ])('accepts %s', async (_l, options) => {
    const { sdk, gme } = setup();
    const r = await gme.init(INIT, options);
    expect(r._unsafeUnwrap()).toEqual({ openId: '10001', attempts: 1, code: 0 });
    expect(sdk.count('init')).toBe(1);
  });
});

describe('createGmeClient: calls it refuses itself', () => {
  it('answers 7013 after dispose, without calling the SDK', async () => {
    const { sdk, gme } = setup();
    gme.dispose();
    const r = await gme.init(INIT);
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 7013,
      source: 'client',
      operation: 'init',
      attempts: 0,
    });
    expect(r._unsafeUnwrapErr().message).toContain('The client was disposed.');
    expect(sdk.calls).toEqual([]);
  });

  it('turns an adapter that throws in supports() into a client 1006 with what it threw', async () => {
    const boom = new Error('supports broke');
    const sdk = Object.assign(new FakeSdk({ timeoutMs: 1_000 }), {
      supports: (): boolean => {
        throw boom;
      },
    });
    const { gme } = setup(sdk);
    const r = await gme.exitRoom();
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 1006,
      source: 'client',
      operation: 'exitRoom',
      attempts: 0,
    });
    expect(r._unsafeUnwrapErr().message).toContain('Unexpected internal failure.');
    expect(r._unsafeUnwrapErr().cause).toBe(boom);
  });
});

describe('createGmeClient: listeners', () => {
  it('calls a `once` listener for the first event only, and returns the client for chaining', async () => {
    const { gme } = setup();
    const seen: string[] = [];
    expect(gme.once('success', (e) => seen.push(e.operation))).toBe(gme);
    await gme.init(INIT);
    await gme.applyPttAuthbuffer({ authBuffer: 'ptt' });
    expect(seen).toEqual(['init']);
  });

  it('stops calling a listener removed with `off`', async () => {
    const { gme } = setup();
    const seen: string[] = [];
    const listener = (e: { operation: string }) => seen.push(e.operation);
    gme.on('success', listener);
    await gme.init(INIT);
    expect(gme.off('success', listener)).toBe(gme);
    await gme.applyPttAuthbuffer({ authBuffer: 'ptt' });
    expect(seen).toEqual(['init']);
  });

  it('reports an Err to an `error` listener even when nobody listens to `success`', async () => {
    const { sdk, gme } = setup();
    sdk.script('init', [{ kind: 'sync', code: 7004 }]);
    const errors: unknown[] = [];
    gme.on('error', (e) => errors.push({ operation: e.operation, attempts: e.attempts, code: e.error.code }));
    await gme.init(INIT);
    expect(errors).toEqual([{ operation: 'init', attempts: 1, code: 7004 }]);
  });

  it('reports how long a call took, from start to end, in success events', async () => {
    const { sdk, gme } = setup();
    sdk.script('uploadRecordedFile', [{ kind: 'event', code: 0, delayMs: 250 }]);
    const seen: unknown[] = [];
    gme.on('success', (e) => seen.push(e));
    const r = await drive(gme.uploadRecordedFile({ filePath: '/fake/a.silk' }));
    expect(r.state).toBe('resolved');
    expect(seen).toStrictEqual([
      { operation: 'uploadRecordedFile', callId: expect.any(Number), attempts: 1, code: 0, durationMs: 250 },
    ]);
  });
});

describe('createGmeClient: its public fields', () => {
  it('shows the policy in force and the room as enumerable getters', () => {
    const { gme } = setup();
    expect(Object.keys(gme)).toEqual(expect.arrayContaining(['policy', 'room']));
    expect(gme.policy).toBe(ONCE);
    const other = definePolicy({ extends: ONCE });
    gme.setPolicy(other);
    expect(gme.policy).toBe(other);
    expect(gme.room).toEqual({ state: 'idle', roomId: null });
    expect({ ...gme }).toMatchObject({ policy: other, room: { state: 'idle', roomId: null } });
  });

  it('throws a TypeError for a policy that definePolicy() did not make', () => {
    const { gme } = setup();
    expect(() => gme.setPolicy({ default: fail() } as unknown as Policy)).toThrow(
      new TypeError('Expected `policy` to be a policy made by definePolicy() or parsePolicy().'),
    );
    expect(gme.policy).toBe(ONCE);
  });
});

describe('createGmeClient: dispose', () => {
  it('wakes a call waiting in awaitInFlight at once', async () => {
    const sdk = new FakeSdk({ timeoutMs: 1_000 });
    const policy = definePolicy({
      codes: { 1001: recover('awaitInFlight') },
      default: fail(),
      budget: false,
    });
    const gme = createGmeClient({ sdk, policy, poll: false, awaitInFlightMs: 60_000 });
    sdk.script('uploadRecordedFile', [{ kind: 'sync', code: 1001 }]);
    const t0 = Date.now();
    const pending = gme.uploadRecordedFile({ filePath: '/fake/a.silk' });
    await vi.advanceTimersByTimeAsync(100);
    expect(gme.stats().inFlightWaiters).toBe(1);
    gme.dispose();
    const r = await drive(pending);
    expect(Date.now() - t0).toBe(100);
    expect(r.state === 'resolved' && r.value._unsafeUnwrapErr().code).toBe(7013);
    expect(gme.stats().inFlightWaiters).toBe(0);
    expect(sdk.count('uploadRecordedFile')).toBe(1);
  });
});
