import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle as settleWith } from '../../test/support/harness.js';
import { fail, retry } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import { fromElectron } from '../sdk/from-electron.js';
import { createSimulatedGme } from '../testing/create-simulated-gme.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Fake time in 10 ms steps, so the breaker's `until` can be checked to within 100 ms. */
const settle = <T>(promise: PromiseLike<T>) => settleWith(promise, 10, 120_000);

const INIT = { appId: '1400000001', openId: '10001' } as const;
const ROOM = { roomId: 'lobby', roomType: 1, authBuffer: 'secret' } as const;

describe('createGmeClient: the circuit breaker of its policy', () => {
  const breakerPolicy = definePolicy({
    codes: { 7004: retry({ maxAttempts: 1 }) },
    default: fail(),
    budget: false,
    breaker: { failureThreshold: 1, cooldownMs: 1_000 },
  });

  it("uses the policy's breaker settings and reports circuitOpen and circuitClose", async () => {
    const sim = createSimulatedGme({ latencyMs: 10 });
    const gme = createGmeClient({ sdk: fromElectron(sim), policy: breakerPolicy });
    const seen: unknown[] = [];
    gme.on('circuitOpen', (e) => seen.push({ open: e.family, until: e.until }));
    gme.on('circuitClose', (e) => seen.push({ close: e.family }));
    await settle(gme.init(INIT));
    sim.control.script('EnterRoom', [{ event: 7004 }]);
    const opened = Date.now();
    const first = await settle(gme.enterRoom(ROOM));
    expect(first._unsafeUnwrapErr().code).toBe(7004);
    // One transient failure opens the family (the default breaker would need three).
    expect(seen).toEqual([{ open: 'room', until: expect.any(Number) }]);
    expect((seen[0] as { until: number }).until - opened).toBeGreaterThanOrEqual(1_000);
    expect((seen[0] as { until: number }).until - opened).toBeLessThan(1_100);
    const calls = sim.control.stats.calls.EnterRoom;
    const refused = await settle(gme.enterRoom(ROOM));
    expect(refused._unsafeUnwrapErr()).toMatchObject({
      code: 7004,
      attempts: 0,
      circuitOpen: true,
      source: 'client',
    });
    expect(refused._unsafeUnwrapErr().message).toContain(
      'The room circuit is open after repeated failures; failing fast.',
    );
    expect(sim.control.stats.calls.EnterRoom).toBe(calls);
    expect(gme.stats().circuits).toEqual({ room: 'open' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(gme.stats().circuits).toEqual({ room: 'half-open' });
    expect((await settle(gme.enterRoom(ROOM))).isOk()).toBe(true);
    expect(seen.at(-1)).toEqual({ close: 'room' });
    expect(gme.stats().circuits).toEqual({});
    gme.dispose();
  });

  it('has no breaker when the policy says `breaker: false`', async () => {
    const sim = createSimulatedGme({ latencyMs: 10 });
    const policy = definePolicy({ extends: breakerPolicy, breaker: false });
    const gme = createGmeClient({ sdk: fromElectron(sim), policy });
    expect(gme.stats()).toMatchObject({ circuits: {}, budgetTokens: null });
    await settle(gme.init(INIT));
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    await settle(gme.enterRoom(ROOM));
    const second = await settle(gme.enterRoom(ROOM));
    expect(second._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    expect(second._unsafeUnwrapErr().circuitOpen).not.toBe(true);
    gme.dispose();
  });
});

describe('createGmeClient: Poll and the game delegate', () => {
  it('drives Poll by default and never with `poll: false`', async () => {
    const driven = createSimulatedGme();
    const gme = createGmeClient({ sdk: fromElectron(driven), poll: { intervalMs: 20 } });
    await vi.advanceTimersByTimeAsync(200);
    expect(driven.control.stats.calls.Poll).toBe(10);
    gme.dispose();

    const manual = createSimulatedGme();
    const quiet = createGmeClient({ sdk: fromElectron(manual), poll: false });
    await vi.advanceTimersByTimeAsync(200);
    expect(manual.control.stats.calls.Poll ?? 0).toBe(0);
    quiet.dispose();
  });

  it("reports a throwing game delegate as delegateError, with the event's type", async () => {
    const sim = createSimulatedGme({ latencyMs: 10 });
    const boom = new Error('game delegate crashed');
    const gme = createGmeClient({
      sdk: fromElectron(sim, {
        delegate: {
          onEvent: () => {
            throw boom;
          },
        },
      }),
    });
    const errors: unknown[] = [];
    gme.on('delegateError', (e) => errors.push(e));
    await settle(gme.init(INIT));
    const entered = await settle(gme.enterRoom(ROOM));
    expect(entered.isOk()).toBe(true);
    expect(errors).toEqual([{ eventType: 1, error: boom }]);
    gme.dispose();
  });
});

describe('createGmeClient: errors it makes itself', () => {
  it('keeps what a throwing SDK method threw as the cause', async () => {
    const sim = createSimulatedGme({ latencyMs: 10 });
    const gme = createGmeClient({ sdk: fromElectron(sim), policy: definePolicy({ default: fail() }) });
    const boom = new Error('native crash');
    sim.control.script('Init', [{ throws: boom }]);
    const r = await settle(gme.init(INIT));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(r._unsafeUnwrapErr().cause).toBe(boom);
    gme.dispose();
  });
});

describe('createGmeClient: awaitInFlight', () => {
  it('retries as soon as the running operation reports back, not after awaitInFlightMs', async () => {
    const sim = createSimulatedGme({ latencyMs: 50 });
    const gme = createGmeClient({ sdk: fromElectron(sim), awaitInFlightMs: 20_000 });
    await settle(gme.init(INIT));
    // The game enters on its own, past the client: the client's own entry meets 1001 (in progress).
    expect(sim.EnterRoom('lobby', 1, 'secret')).toBe(0);
    const started = Date.now();
    const r = await settle(gme.enterRoom(ROOM));
    expect(r.isOk()).toBe(true);
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2, recovered: 'awaitInFlight' });
    expect(Date.now() - started).toBeLessThan(1_000);
    gme.dispose();
  });
});
