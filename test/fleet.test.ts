// The benchmark's fleet jobs on a small, shortened fleet: the policies of bench/fleet/ through
// simulateFleet, as `npm run bench` runs them.
import { type FleetScenario, fleetScenario, simulateFleet } from 'gme-result/fleet';
import { describe, expect, it } from 'vitest';
import { CANDIDATES, FLEET_SEED, policyByName } from '../bench/fleet/fleet-jobs.js';
import { comparedPolicies } from '../bench/fleet/fleet-policies.js';

// 200 clients, a 30 s outage from 40 s to 70 s, 130 s in all.
const outage: FleetScenario = {
  ...fleetScenario('outage'),
  endMs: 130_000,
  outage: { fromMs: 40_000, toMs: 70_000, code: 7004 },
};
const run = (policy: string) =>
  simulateFleet({ policy: policyByName(policy).policy, scenario: outage, clients: 200, seed: FLEET_SEED });

describe('the benchmark’s fleet', () => {
  it('gives identical figures for the same seed', async () => {
    const first = await run('defaultPolicy');
    expect(await run('defaultPolicy')).toEqual(first);
    expect(first.messages).toBeGreaterThan(200);
  });

  it('amplifies load less with the default policy than with naive p-retry defaults', async () => {
    const withDefault = await run('defaultPolicy');
    const withNaive = await run('naive p-retry');
    expect(withDefault.baselineRequestsInWindow).toBeGreaterThan(0);
    expect(withDefault.amplification).toBeLessThan(withNaive.amplification as number);
  });

  it('knows every policy it reports by name, the hold-off variant of the default among them', () => {
    const names = [
      ...comparedPolicies().map((p) => p.name),
      'defaultPolicy, hold off',
      ...CANDIDATES.map((c) => c.id),
    ];
    for (const name of names) expect(policyByName(name).name).toBe(name);
    expect(policyByName('defaultPolicy, hold off').policy.reconnect.hold).toBe('off');
    expect(policyByName('defaultPolicy').policy.reconnect.hold).not.toBe('off');
    expect(() => policyByName('nobody')).toThrow('No fleet policy named nobody.');
  });
});
