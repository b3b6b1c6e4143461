import type { RetryBudgetOptions } from 'gme-result';
import {
  type FleetResult,
  type FleetScenarioName,
  type RoomKeepingName,
  simulateFleet,
} from 'gme-result/fleet';
import { candidatePolicy, comparedPolicies, type FleetPolicy } from './fleet-policies.js';

/** The seed of every benchmark run. */
export const FLEET_SEED = 2024;

/** A candidate for new budget and breaker defaults. */
export interface Candidate {
  readonly id: string;
  readonly budget: RetryBudgetOptions;
  readonly breaker: { readonly failureThreshold: number; readonly cooldownMs: number };
}

/**
 * The candidates tried against the default numbers (budget: capacity 10, retry cost 1, 0.2 back per
 * success; breaker: 3 failures, 5 s). In the full outage the breaker binds long before the budget
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
  readonly scenario: FleetScenarioName;
  readonly clients: number;
  readonly policy: string;
  /** How the simulated games keep their room. @default 'loop' */
  readonly roomKeeping?: RoomKeepingName;
}

/** Runs one job through `simulateFleet` (a preset scenario, the benchmark's seed). */
export function runJob(job: FleetJob): Promise<FleetResult> {
  return simulateFleet({
    policy: policyByName(job.policy).policy,
    scenario: job.scenario,
    clients: job.clients,
    seed: FLEET_SEED,
    ...(job.roomKeeping === undefined ? {} : { roomKeeping: job.roomKeeping }),
  });
}
