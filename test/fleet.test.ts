import { describe, expect, it } from 'vitest';
import { policyByName, scenarioByName } from '../bench/fleet/fleet-jobs.js';
import { naivePRetryPolicy } from '../bench/fleet/fleet-policies.js';
import { type FleetRun, type FleetScenario, runFleet } from '../bench/fleet/run-fleet.js';

// A small fleet, shortened: 200 clients, a 30 s outage. Everything runs on virtual time.
const small = (scenario: FleetScenario): FleetScenario => ({
  ...scenario,
  clients: 200,
  outage: scenario.outage === undefined ? undefined : { ...scenario.outage, from: 40_000, to: 70_000 },
  endMs: scenario.outage === undefined ? 70_000 : 130_000,
});
const outage = small(scenarioByName('outage', 200));
const baseline = small(scenarioByName('baseline', 200));

/** Requests in the outage window of a run, from its per-second counts. */
const inWindow = (run: FleetRun): number => run.requestsPerSecond.slice(40, 70).reduce((a, b) => a + b, 0);

describe('the fleet simulation', () => {
  it('gives identical figures for the same seed', async () => {
    const first = await runFleet(outage, policyByName('defaultPolicy'));
    const second = await runFleet(outage, policyByName('defaultPolicy'));
    expect(second).toEqual(first);
    expect(first.messages).toBeGreaterThan(200);
  });

  it('amplifies load less with the default policy than with naive p-retry defaults', async () => {
    const normal = inWindow(await runFleet(baseline, policyByName('defaultPolicy')));
    const withDefault = await runFleet(outage, policyByName('defaultPolicy'));
    const withNaive = await runFleet(outage, naivePRetryPolicy());
    const amplification = (run: FleetRun): number => run.requestsDuringOutage / normal;
    expect(normal).toBeGreaterThan(0);
    expect(amplification(withDefault)).toBeLessThan(amplification(withNaive));
    expect(withDefault.requestsDuringOutage).toBe(inWindow(withDefault));
  });
});
