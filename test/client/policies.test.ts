import { createGmeClient, definePolicy, fromElectron, type GmeEventMap, recover, retry } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { createSimulatedGme } from 'gme-result/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const init = { appId: '1400000001', openId: '10001' } as const;
const enter = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;

function collect<K extends keyof GmeEventMap>(h: ReturnType<typeof harness>, name: K): GmeEventMap[K][] {
  const seen: GmeEventMap[K][] = [];
  h.gme.on(name, (e) => seen.push(e));
  return seen;
}

describe('the default policy against the simulator', () => {
  it('retries 7004 twice, then enters: attempts 3 and two retry events with growing, capped delays', async () => {
    // random() = 1: full jitter gives the whole capped exponential delay, so growth is visible.
    const h = harness('electron', {}, { random: () => 0.999 });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 0 }]);
    const retries = collect(h, 'retry');
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'lobby', attempts: 3, code: 0 });
    expect(retries.map((e) => [e.operation, e.code, e.attempt])).toEqual([
      ['enterRoom', 7004, 1],
      ['enterRoom', 7004, 2],
    ]);
    const [d1, d2] = retries.map((e) => e.delayMs) as [number, number];
    expect(d2).toBeGreaterThan(d1);
    expect(d2).toBeLessThanOrEqual(5_000);
    expect(h.control.stats.calls.EnterRoom).toBe(3);
    h.gme.dispose();
  });

  it('retries 1005 twice, then enters', async () => {
    const h = harness('electron');
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 1005 }, { event: 1005 }, { event: 0 }]);
    const retries = collect(h, 'retry');
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 3, code: 0 });
    expect(retries.map((e) => e.code)).toEqual([1005, 1005]);
    h.gme.dispose();
  });

  it('treats 1003 as success after one attempt', async () => {
    const h = harness('electron');
    await ready(h);
    const successes = collect(h, 'success');
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toEqual({ roomId: 'lobby', roomType: 1, attempts: 1, code: 1003 });
    expect(successes).toMatchObject([{ operation: 'enterRoom', attempts: 1, code: 1003 }]);
    h.gme.dispose();
  });

  it('recovers a room switch answered 2002 by entering the target room again', async () => {
    const h = harness('electron', { switchRoom: true });
    await ready(h, 'lobby');
    h.control.script('SwitchRoom', [{ event: 2002 }]);
    const recoveries = collect(h, 'recovery');
    const r = await settle(h.gme.switchRoom({ roomId: 'arena', authBuffer: 'arena-secret' }));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'arena', attempts: 1, recovered: 'reenterRoom' });
    expect(recoveries).toMatchObject([
      { operation: 'switchRoom', code: 2002, action: 'reenterRoom', ok: true },
    ]);
    expect(h.gme.room).toEqual({ state: 'entered', roomId: 'arena' });
    expect(h.control.state.roomId).toBe('arena');
    h.gme.dispose();
  });

  it('fails fast on 7005 after exactly one attempt, with its explanation in Korean', async () => {
    const h = harness('electron', {}, { locale: 'ko' });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 7005 }]);
    const r = await settle(h.gme.enterRoom(enter));
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 7005, name: 'AV_ERR_CHARGE_OVERDUE', attempts: 1, source: 'sdk' });
    expect(e.message).toMatch(/[가-힣]/);
    expect(h.control.stats.calls.EnterRoom).toBe(1);
    h.gme.dispose();
  });

  it('heals 7006 with the auth refresher: the new buffer is used and the call succeeds', async () => {
    const refresh = vi.fn(async () => 'fresh-secret');
    const sim = createSimulatedGme({ latencyMs: 10 });
    const sent: string[] = [];
    // Records the auth buffer of every EnterRoom the SDK receives.
    const spied = new Proxy(sim, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (key !== 'EnterRoom' || typeof value !== 'function') return value;
        return (...a: unknown[]) => {
          sent.push(String(a[2]));
          return (value as (...x: unknown[]) => unknown).apply(target, a);
        };
      },
    });
    const gme = createGmeClient({ sdk: fromElectron(spied), auth: { refresh } });
    await settle(gme.init(init));
    sim.control.script('EnterRoom', [{ event: 7006 }]);
    const r = await settle(gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2, code: 0 });
    expect(refresh).toHaveBeenCalledWith(
      expect.objectContaining({ operation: 'enterRoom', roomId: 'lobby' }),
    );
    expect(sent).toEqual(['room-secret', 'fresh-secret']);
    gme.dispose();
  });

  it('fails 7006 when no refresher is configured', async () => {
    const h = harness('electron');
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 7006 }]);
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7006, attempts: 1 });
    h.gme.dispose();
  });
});

describe('retry limits and aborts', () => {
  it('invokes a code that always fails exactly maxAttempts times', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      codes: { 7004: retry({ maxAttempts: 3, baseDelayMs: 10 }) },
    });
    const h = harness('electron', {}, { policy });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', Array(10).fill({ event: 7004 }));
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 3 });
    expect(h.control.stats.calls.EnterRoom).toBe(3);
    h.gme.dispose();
  });

  it('ends at once with 7013 when aborted during a backoff, and makes no further SDK call', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      codes: { 7004: retry({ maxAttempts: 5, baseDelayMs: 10_000, maxDelayMs: 10_000, jitter: 'none' }) },
    });
    const h = harness('electron', {}, { policy });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', Array(5).fill({ event: 7004 }));
    const ctl = new AbortController();
    const retries = collect(h, 'retry');
    const p = h.gme.enterRoom(enter, { signal: ctl.signal });
    for (let i = 0; i < 50 && retries.length === 0; i++) await vi.advanceTimersByTimeAsync(10);
    expect(retries).toHaveLength(1);
    const abortedAt = Date.now();
    ctl.abort();
    const r = await p;
    expect(Date.now()).toBe(abortedAt);
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7013, source: 'client', attempts: 1 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(h.control.stats.calls.EnterRoom).toBe(1);
    h.gme.dispose();
  });

  it('never waits past the deadline: stops with the last error instead', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      codes: { 7004: retry({ maxAttempts: 5, baseDelayMs: 3_000, maxDelayMs: 3_000, jitter: 'none' }) },
    });
    const h = harness('electron', {}, { policy });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', Array(5).fill({ event: 7004 }));
    const start = Date.now();
    const r = await settle(h.gme.enterRoom(enter, { deadlineMs: 5_000 }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 2 });
    expect(Date.now() - start).toBeLessThan(5_000);
    h.gme.dispose();
  });
});

describe('the retry budget', () => {
  it('keeps total retries of 200 concurrent calls in an outage within the budget', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      codes: { 32770: retry({ maxAttempts: 3, baseDelayMs: 50 }) },
      budget: { capacity: 10, initialTokens: 5, retryCost: 1, refillPerSuccess: 0.2 },
      breaker: false,
    });
    const h = harness('electron', { latencyMs: 20 }, { policy, speechToTextConcurrency: 1000 });
    await ready(h);
    const tokensBefore = h.gme.stats().budgetTokens;
    h.control.outage({ from: Date.now(), to: Date.now() + 600_000, group: 'voice-message', code: 32770 });
    const retries = collect(h, 'retry');
    const exhausted = collect(h, 'budgetExhausted');
    const calls = Array.from({ length: 200 }, (_, i) =>
      h.gme.speechToText({ fileId: `https://sim.example/${i}` }),
    );
    const results = await settle(Promise.all(calls));
    expect(results.every((r) => r.isErr() && r.error.code === 32770)).toBe(true);
    expect(retries.length).toBe(5);
    expect(h.control.stats.calls.PttSpeechToText).toBe(205);
    expect(exhausted.length).toBeGreaterThan(0);
    expect(results.filter((r) => r._unsafeUnwrapErr().budgetExhausted).length).toBe(exhausted.length);
    // Every retry spent one token: what is left is what the budget held before, less the five.
    expect(h.gme.stats().budgetTokens).toBeCloseTo((tokensBefore ?? Number.NaN) - 5, 9);
    h.gme.dispose();
  });
});

describe('setPolicy', () => {
  it('applies a new policy to calls that start afterwards', async () => {
    const h = harness('electron');
    await settle(h.gme.init(init));
    h.gme.setPolicy(definePolicy({ extends: defaultPolicy, codes: { 7004: recover('awaitInFlight') } }));
    expect(() => h.gme.setPolicy({} as never)).toThrow(TypeError);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 0 }]);
    const recoveries = collect(h, 'recovery');
    const r = await settle(h.gme.enterRoom(enter));
    expect(r.isOk()).toBe(true);
    expect(recoveries.map((e) => e.action)).toEqual(['awaitInFlight']);
    h.gme.dispose();
  });
});
