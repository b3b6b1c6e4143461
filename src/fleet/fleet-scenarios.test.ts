import { describe, expect, it } from 'vitest';
import { checkScenario } from './check-scenario.js';
import { FLEET_SCENARIO_NAMES, type FleetScenarioName, fleetScenario } from './fleet-scenarios.js';

describe('fleetScenario', () => {
  it('has every preset, each valid and named after itself', () => {
    expect(FLEET_SCENARIO_NAMES).toEqual([
      'outage',
      'brownout',
      'isolated',
      'room-give-up',
      'capacity',
      'timeout-outage',
    ]);
    for (const name of FLEET_SCENARIO_NAMES) {
      const s = fleetScenario(name);
      expect(s.name).toBe(name);
      expect(() => checkScenario(s)).not.toThrow();
    }
  });

  it('holds the documented numbers', () => {
    const outage = fleetScenario('outage');
    expect(outage).toMatchObject({ joinSpreadMs: 5_000, endMs: 150_000, frameMs: 10 });
    expect(outage.outage).toEqual({ fromMs: 40_000, toMs: 100_000, code: 7004 });
    expect(fleetScenario('brownout').outage?.share).toBe(0.5);
    expect(fleetScenario('isolated').outage).toEqual({ fromMs: 0, toMs: 150_000, code: 7004, share: 0.02 });
    expect(fleetScenario('room-give-up').sdk.giveUpAfterMs).toBe(30_000);
    expect(fleetScenario('capacity')).toMatchObject({
      endMs: 180_000,
      capacity: { perClientPerSecond: 0.1, queueLimitMs: 15_000 },
      game: { uploadTimeoutMs: 10_000 },
    });
    expect(fleetScenario('timeout-outage')).toMatchObject({ endMs: 180_000, outage: { code: 'no-event' } });
  });

  it('gives a fresh copy each time', () => {
    const a = fleetScenario('outage') as { endMs: number };
    a.endMs = 1;
    expect(fleetScenario('outage').endMs).toBe(150_000);
  });

  it('refuses an unknown name, and inherited keys', () => {
    expect(() => fleetScenario('meltdown' as FleetScenarioName)).toThrow(
      new TypeError(
        'Expected a scenario name (outage, brownout, isolated, room-give-up, capacity, timeout-outage), got "meltdown".',
      ),
    );
    expect(() => fleetScenario('toString' as FleetScenarioName)).toThrow(TypeError);
  });
});
