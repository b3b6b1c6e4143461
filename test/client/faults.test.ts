import { getEventListeners } from 'node:events';
import { definePolicy, fail } from 'gme-result';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

// No retries: these tests look at one invocation's outcome.
const noRetry = definePolicy({ default: fail(), budget: false, breaker: false });

describe('faults at the bridge', () => {
  it('ends with a client-made 1005 when the event never comes, after the timeout', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    h.control.script('ExitRoom', [{ noEvent: true }]);
    const started = Date.now();
    const r = await settle(h.gme.exitRoom(undefined, { timeoutMs: 2_000 }));
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 1005,
      name: 'AV_ERR_TIMEOUT',
      source: 'client',
      attempts: 1,
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(Date.now() - started).toBeLessThan(2_200);
    h.gme.dispose();
  });

  it('uses 30 s as the default wait for room entry, as GME documents', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    h.control.script('EnterRoom', [{ noEvent: true }]);
    const started = Date.now();
    const r = await settle(h.gme.enterRoom({ roomId: 'a', roomType: 1, authBuffer: 's' }), 500);
    expect(r._unsafeUnwrapErr().code).toBe(1005);
    expect(Date.now() - started).toBeGreaterThanOrEqual(30_000);
    expect(Date.now() - started).toBeLessThan(30_600);
    h.gme.dispose();
  });

  it('ignores a duplicate event for a settled call and reports it as lateResult', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const late: number[] = [];
    h.gme.on('lateResult', (e) => late.push(e.eventType));
    h.control.script('EnterRoom', [{ duplicate: true }]);
    const first = await settle(h.gme.enterRoom({ roomId: 'a', roomType: 1, authBuffer: 's' }));
    expect(first._unsafeUnwrap().attempts).toBe(1);
    await settle(new Promise((r) => setTimeout(r, 500)));
    expect(late).toEqual([1]);
    expect(h.gme.room).toEqual({ state: 'entered', roomId: 'a' });
    h.gme.dispose();
  });

  it('keeps a timed-out entry Err, but tracks the room when its success arrives late', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const late: string[] = [];
    h.gme.on('lateResult', (e) => late.push(e.operation));
    h.control.script('EnterRoom', [{ event: 0, delayMs: 5_000 }]);
    const r = await settle(
      h.gme.enterRoom({ roomId: 'far', roomType: 1, authBuffer: 's' }, { timeoutMs: 1_000 }),
    );
    expect(r._unsafeUnwrapErr().code).toBe(1005);
    // The client cannot tell what the SDK did: it goes back to what it knew before (issue 15).
    expect(h.gme.room).toEqual({ state: 'idle', roomId: null });
    await settle(new Promise((res) => setTimeout(res, 5_000)));
    expect(late).toEqual(['enterRoom']);
    expect(h.gme.room).toEqual({ state: 'entered', roomId: 'far' });
    h.gme.dispose();
  });

  it.each([
    ['a method that throws', { throws: new Error('native crash') }, 'threw'],
    ['a garbage return', { returns: 'garbage' }, 'not a code'],
    ['NaN', { returns: Number.NaN }, 'not a code'],
    ['undefined on Electron', { returns: undefined }, 'not a code'],
  ])('turns %s into an Err with code 1006 from the client', async (_label, step, text) => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    h.control.script('ExitRoom', [step as never]);
    const r = await settle(h.gme.exitRoom());
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain(text);
    h.gme.dispose();
  });

  it('turns a malformed completion payload into a client 1006', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    h.control.script('ExitRoom', [{ malformed: '{"result":' }]);
    const r = await settle(h.gme.exitRoom());
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1006, source: 'client' });
    h.gme.dispose();
  });

  it('passes an immediate non-zero code through as an SDK error without waiting', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    h.control.script('ExitRoom', [{ sync: 1001 }]);
    const r = await h.gme.exitRoom();
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 1001,
      name: 'AV_ERR_REPEATED_OPERATION',
      source: 'sdk',
    });
    h.gme.dispose();
  });

  it('rejects bad arguments with a client 1004 naming the field, before touching the SDK', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const before = h.control.stats.calls.EnterRoom ?? 0;
    const cases = [
      [{ roomId: '', roomType: 1, authBuffer: 's' }, /`roomId`.*got "" \(0 characters\)/],
      [{ roomId: 'x'.repeat(128), roomType: 1, authBuffer: 's' }, /`roomId`.*1 to 127/],
      [{ roomId: 'a', roomType: 4, authBuffer: 's' }, /`roomType`.*one of 1, 2, 3, got 4/],
      [{ roomId: 'a', roomType: 1, authBuffer: '' }, /`authBuffer`.*empty string/],
      [null, /argument to be an object, got null/],
    ] as const;
    for (const [args, message] of cases) {
      const r = await h.gme.enterRoom(args as never);
      const e = r._unsafeUnwrapErr();
      expect(e).toMatchObject({ code: 1004, source: 'client', attempts: 0 });
      expect(e.message).toMatch(message);
    }
    expect(h.control.stats.calls.EnterRoom ?? 0).toBe(before);
    h.gme.dispose();
  });

  it('never rejects or throws, even when the adapter itself throws everywhere', async () => {
    const evil = {
      surface: 'evil',
      supports: () => {
        throw new Error('supports');
      },
      invoke: () => {
        throw new Error('invoke');
      },
      callMethod: () => {
        throw new Error('callMethod');
      },
      hasMethod: () => true,
      attach: () => () => {},
    };
    const { createGmeClient } = await import('gme-result');
    const gme = createGmeClient({ sdk: evil, poll: false, policy: noRetry });
    const r1 = await gme.enterRoom({ roomId: 'a', roomType: 1, authBuffer: 's' });
    const r2 = await gme.call('EnableMic', [true]);
    expect(r1._unsafeUnwrapErr().code).toBe(1006);
    expect(r2._unsafeUnwrapErr()).toMatchObject({ code: 1006, message: expect.stringContaining('threw') });
    gme.dispose();
  });

  it('aborts a pending call at once with a client 7013', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    h.control.script('ExitRoom', [{ noEvent: true }]);
    const ctl = new AbortController();
    const p = h.gme.exitRoom(undefined, { signal: ctl.signal });
    await vi.advanceTimersByTimeAsync(100);
    ctl.abort();
    const r = await p;
    expect(r._unsafeUnwrapErr()).toMatchObject({
      code: 7013,
      name: 'AV_ERR_USER_CANCELED',
      source: 'client',
    });
    h.gme.dispose();
  });

  it('shares one abort listener among all calls given the same signal, and aborts them all', async () => {
    const h = harness('electron', { latencyMs: 1_000 }, { policy: noRetry });
    await ready(h);
    const ctl = new AbortController();
    const calls = Array.from({ length: 50 }, (_, i) =>
      h.gme.downloadRecordedFile(
        { fileId: `https://sim.example/${i}`, filePath: `/tmp/${i}.silk` },
        { signal: ctl.signal },
      ),
    );
    await vi.advanceTimersByTimeAsync(1);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    ctl.abort();
    const results = await Promise.all(calls);
    expect(results.map((r) => r._unsafeUnwrapErr().code)).toEqual(Array(50).fill(7013));
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
    expect(h.gme.stats()).toMatchObject({ pending: 0, timers: 0, live: 0 });
    h.gme.dispose();
  });

  it('calls any other SDK method through call(), reading its return value as a code', async () => {
    const h = harness('electron', {}, { policy: noRetry });
    await ready(h);
    const mic = await h.gme.call('EnableMic', [true]);
    expect(mic._unsafeUnwrap()).toEqual({ value: 0, attempts: 1, code: 0 });
    const version = await h.gme.call('GetSDKVersion', [], { returnsCode: false });
    expect(typeof version._unsafeUnwrap().value).toBe('string');
    const missing = await h.gme.call('NoSuchMethod');
    expect(missing._unsafeUnwrapErr()).toMatchObject({ code: 1006, attempts: 0 });
    const proto = await h.gme.call('constructor');
    expect(proto._unsafeUnwrapErr().code).toBe(1006);
    h.gme.dispose();
  });
});
