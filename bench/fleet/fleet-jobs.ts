import type { RetryBudgetOptions } from 'gme-result';
import { candidatePolicy, comparedPolicies, type FleetPolicy } from './fleet-policies.js';
import { type FleetRun, type FleetScenario, runFleet, standardScenario } from './run-fleet.js';

/** The scenarios the benchmark runs, by name (workers get names, not objects). */
export type ScenarioName = 'baseline' | 'outage' | 'brownout' | 'isolated' | 'room-give-up';

/** One line per scenario, for the report. */
export const SCENARIO_TEXT: Readonly<Record<ScenarioName, string>> = {
  baseline: 'no outage: the requests the same clients make anyway (the denominator of the amplification)',
  outage: 'a 60 s outage: every request fails with 7004 and room connections drop; the SDK reconnects',
  brownout: 'a 60 s brownout: half of the requests fail with 7004, rooms stay up',
  isolated: 'no outage, but 2 % of all requests fail with 7004, independently (a flaky mobile network)',
  'room-give-up':
    'the 60 s outage, with SDKs that give up reconnecting after 30 s (ROOM_DISCONNECT) so the game re-enters',
};

/** A scenario at a fleet size. */
export function scenarioByName(name: ScenarioName, clients: number): FleetScenario {
  const s = standardScenario({ clients });
  const outage = s.outage as NonNullable<FleetScenario['outage']>;
  switch (name) {
    case 'baseline':
      return { ...s, outage: undefined, endMs: outage.to };
    case 'outage':
      return s;
    case 'brownout':
      return { ...s, outage: { ...outage, share: 0.5 } };
    case 'isolated':
      return { ...s, outage: { from: 0, to: s.endMs, code: outage.code, share: 0.02 } };
    case 'room-give-up':
      return { ...s, sdk: { ...s.sdk, giveUpAfterMs: 30_000 } };
  }
}

/** A candidate for new budget and breaker defaults. */
export interface Candidate {
  readonly id: string;
  readonly budget: RetryBudgetOptions;
  readonly breaker: { readonly failureThreshold: number; readonly cooldownMs: number };
}

/**
 * The candidates tried against the default numbers (budget: capacity 10, retry cost 1, 0.2 back per
 * success; breaker: 5 failures, 10 s). In the full outage the breaker binds long before the budget
 * does, so most candidates vary the breaker; C5 lowers the budget to show where it starts to bind.
 */
export const CANDIDATES: readonly Candidate[] = [
  // C1 is the default breaker before the fleet simulation chose 3 failures / 5 s.
  { id: 'C1', budget: {}, breaker: { failureThreshold: 5, cooldownMs: 10_000 } },
  { id: 'C2', budget: {}, breaker: { failureThreshold: 3, cooldownMs: 3_000 } },
  { id: 'C3', budget: {}, breaker: { failureThreshold: 2, cooldownMs: 5_000 } },
  { id: 'C4', budget: {}, breaker: { failureThreshold: 2, cooldownMs: 3_000 } },
  { id: 'C5', budget: { capacity: 3 }, breaker: { failureThreshold: 2, cooldownMs: 3_000 } },
  { id: 'C6', budget: {}, breaker: { failureThreshold: 1, cooldownMs: 5_000 } },
];

/** The lower-load candidate the benchmark also runs at full size (see BENCHMARKS.md for why). */
export const RECOMMENDED = 'C4';

/** A compared policy or a candidate, by name. */
export function policyByName(name: string): FleetPolicy {
  const compared = comparedPolicies().find((p) => p.name === name);
  if (compared !== undefined) return compared;
  const c = CANDIDATES.find((candidate) => candidate.id === name);
  if (c === undefined) throw new Error(`No fleet policy named ${name}.`);
  return candidatePolicy(c.id, c.budget, c.breaker);
}

/** One fleet run to make: plain data, so a worker thread can take it. */
export interface FleetJob {
  readonly scenario: ScenarioName;
  readonly clients: number;
  readonly policy: string;
}

export function runJob(job: FleetJob): Promise<FleetRun> {
  return runFleet(scenarioByName(job.scenario, job.clients), policyByName(job.policy));
}
