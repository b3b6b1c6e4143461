import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../policies/index.js';
import { definePolicy, fail, type Policy, retry } from '../index.js';
import type { FleetResult } from './fleet-result.js';
import type { FleetScenario } from './fleet-scenario.js';
import { fleetScenario } from './fleet-scenarios.js';
import { simulateFleet } from './simulate-fleet.js';

// Small fleets on shortened scenarios: a 20 s outage from 20 s to 40 s, 80 s in all.
const short = (name: Parameters<typeof fleetScenario>[0]): FleetScenario => {
  const s = fleetScenario(name);
  return {
    ...s,
    endMs: 80_000,
    ...(s.outage === undefined
      ? {}
      : {
          outage:
            s.outage.fromMs === 0
              ? { ...s.outage, toMs: 80_000 }
              : { ...s.outage, fromMs: 20_000, toMs: 40_000 },
        }),
  };
};

/** Every transient rule as p-retry's defaults would do it: 11 attempts, doubling from 1 s, no budget or breaker. */
const naive: Policy = definePolicy({
  extends: defaultPolicy,
  codes: {
    7004: retry({ maxAttempts: 11, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: 'none' }),
    1005: retry({ maxAttempts: 11, baseDelayMs: 1000, maxDelayMs: 300_000, jitter: 'none' }),
  },
  budget: false,
  breaker: false,
  // A library without it: no holding while the SDK reconnects.
  reconnect: { hold: 'off' },
});

const sum = (values: readonly number[], fromS: number, toS: number): number =>
  values.slice(fromS, toS).reduce((a, b) => a + b, 0);

describe('simulateFleet', () => {
  it('gives identical figures for the same seed, and other figures for another seed', async () => {
    const options = { policy: defaultPolicy, scenario: short('outage'), clients: 100 };
    const first = await simulateFleet({ ...options, seed: 5 });
    const again = await simulateFleet({ ...options, seed: 5 });
    const other = await simulateFleet({ ...options, seed: 6 });
    expect(again).toEqual(first);
    expect(other.requestsPerSecond).not.toEqual(first.requestsPerSecond);
    expect(first).toMatchObject({ scenario: 'outage', clients: 100, seed: 5, roomKeeping: 'session' });
  });

  it('reports figures that agree with its own per-second counts', async () => {
    const r = await simulateFleet({
      policy: defaultPolicy,
      scenario: short('outage'),
      clients: 100,
      seed: 1,
    });
    expect(r.windowMs).toEqual([20_000, 40_000]);
    expect(r.requestsPerSecond).toHaveLength(80);
    expect(r.baselineRequestsPerSecond).toHaveLength(40);
    expect(r.requestsInWindow).toBe(sum(r.requestsPerSecond, 20, 40));
    expect(r.baselineRequestsInWindow).toBe(sum(r.baselineRequestsPerSecond, 20, 40));
    expect(r.amplification).toBeCloseTo(r.requestsInWindow / r.baselineRequestsInWindow, 12);
    expect(r.peakRequestsPerSecond).toBe(Math.max(...r.requestsPerSecond.slice(20)));
    expect(r.requestsPerSecond[r.peakAtSecond]).toBe(r.peakRequestsPerSecond);
    const g = r.gaveUp;
    expect(g.total).toBe(g.budgetExhausted + g.circuitOpen + g.timedOut + g.other);
    expect(r.gaveUpPer1000Calls).toBeCloseTo((1000 * g.total) / r.calls, 12);
    expect(r.messages).toBeGreaterThan(100);
    expect(r.recovery?.byS.at(10)).toBe(r.recovery?.within10s);
    expect(r.recovery?.byS.at(5)).toBe(r.recovery?.within5s);
    expect(r.backend).toBeNull();
    // The SDKs probe while the backend is down, not before it.
    expect(sum(r.probesPerSecond, 0, 20)).toBe(0);
    expect(sum(r.probesPerSecond, 20, 45)).toBeGreaterThan(0);
  });

  it('loads the backend less with defaultPolicy than with naive retries, on the same baseline', async () => {
    const options = { scenario: short('outage'), clients: 100, seed: 2 };
    const withDefault = await simulateFleet({ ...options, policy: defaultPolicy });
    const withNaive = await simulateFleet({ ...options, policy: naive });
    expect(withNaive.baselineRequestsPerSecond).toEqual(withDefault.baselineRequestsPerSecond);
    // defaultPolicy holds uploads while the SDKs reconnect: below the normal load during the outage.
    expect(withDefault.amplification).toBeLessThan(1);
    expect(withNaive.amplification).toBeGreaterThan(1);
    expect(withNaive.gaveUp.circuitOpen).toBe(0);
  });

  it('has the game re-enter its room when the SDKs give up reconnecting', async () => {
    const options = { policy: defaultPolicy, clients: 100, seed: 3 };
    const reconnects = await simulateFleet({ ...options, scenario: short('outage') });
    const givesUp = await simulateFleet({
      ...options,
      scenario: { ...short('room-give-up'), sdk: { ...short('room-give-up').sdk, giveUpAfterMs: 5_000 } },
    });
    expect(givesUp.requestsInWindow).toBeGreaterThan(reconnects.requestsInWindow);
  });

  it('has no recovery to report when the failures last the whole run, and retries save isolated failures', async () => {
    const options = { scenario: short('isolated'), clients: 100, seed: 4 };
    const retried = await simulateFleet({ ...options, policy: defaultPolicy });
    const never = await simulateFleet({
      ...options,
      policy: definePolicy({ extends: defaultPolicy, codes: { 7004: fail() } }),
    });
    expect(retried.recovery).toBeNull();
    expect(retried.windowMs).toEqual([0, 80_000]);
    expect(never.gaveUp.total).toBeGreaterThan(5 * retried.gaveUp.total);
  });

  it('ends calls with 1005 when the backend never answers', async () => {
    const s = short('timeout-outage');
    const r = await simulateFleet({
      policy: definePolicy({ extends: defaultPolicy, codes: { 1005: fail() } }),
      scenario: { ...s, game: { ...s.game, uploadTimeoutMs: 3_000 } },
      clients: 100,
      seed: 5,
    });
    expect(r.gaveUp.timedOut).toBeGreaterThan(0);
    expect(r.gaveUp.timedOut).toBe(
      r.gaveUp.total - r.gaveUp.circuitOpen - r.gaveUp.budgetExhausted - r.gaveUp.other,
    );
  });

  it('shows a metastable failure behind a capacity limit: fixed retries keep the backend saturated', async () => {
    const fixed = definePolicy({
      extends: defaultPolicy,
      codes: {
        7004: retry({ maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 'none' }),
        1005: retry({ maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 1000, jitter: 'none' }),
      },
      budget: false,
      breaker: false,
      reconnect: { hold: 'off' },
    });
    const options = { scenario: 'capacity', clients: 200, seed: 2024 } as const;
    const withDefault = (await simulateFleet({ ...options, policy: defaultPolicy })).backend;
    const withFixed = (await simulateFleet({ ...options, policy: fixed })).backend;
    expect(withDefault).toMatchObject({ capacityPerSecond: 20, lateMs: 1000, settleMs: 10_000 });
    expect(withDefault?.timeToRecoverMs).toBeTypeOf('number');
    expect(withFixed?.timeToRecoverMs).toBeNull();
    expect(withFixed?.refused).toBeGreaterThan(0);
  });

  it('reports progress outside the simulation, up to 1, and leaves the global timers as they were', async () => {
    const before = globalThis.setTimeout;
    const shares: number[] = [];
    const kinds = new Set<string>();
    const r: FleetResult = await simulateFleet({
      policy: defaultPolicy,
      scenario: { ...short('outage'), name: 'progress' },
      clients: 20,
      onProgress: (share) => {
        shares.push(share);
        const t = setTimeout(() => {}, 1_000_000);
        kinds.add(t.constructor.name);
        clearTimeout(t);
      },
    });
    expect(r.scenario).toBe('progress');
    expect(shares.length).toBeGreaterThanOrEqual(80);
    expect(shares.at(-1)).toBe(1);
    expect(shares.every((s, i) => i === 0 || s >= (shares[i - 1] as number))).toBe(true);
    // A real Node timer, not one on the simulated clock.
    expect([...kinds]).toEqual(['Timeout']);
    expect(globalThis.setTimeout).toBe(before);
  });

  it('throws a TypeError at once for bad options, before anything runs', () => {
    expect(() => simulateFleet({ policy: defaultPolicy, clients: 0 })).toThrow(TypeError);
  });
});

describe('simulateFleet, two at once', () => {
  it('gives each concurrent run the figures it gives alone', async () => {
    const a = { policy: defaultPolicy, scenario: short('outage'), clients: 60, seed: 11 };
    const b = { policy: naive, scenario: short('brownout'), clients: 40, seed: 12 };
    const alone = [await simulateFleet(a), await simulateFleet(b)];
    const together = await Promise.all([simulateFleet(a), simulateFleet(b)]);
    expect(together).toEqual(alone);
  });
});
