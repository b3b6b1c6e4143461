import type { RetryBudgetOptions } from 'gme-result';
import {
  type FleetResult,
  type FleetScenarioName,
  type RoomKeepingName,
  simulateFleet,
} from 'gme-result/fleet';
import {
  candidatePolicy,
  comparedPolicies,
  type FleetPolicy,
  holdFailuresPolicy,
  holdOffPolicy,
} from './fleet-policies.js';

/** The seed of every benchmark run. */
export const FLEET_SEED = 2024;

/** A candidate for new budget and breaker defaults. */
export interface Candidate {
  readonly id: string;
  readonly budget: RetryBudgetOptions;
  readonly breaker: { readonly failureThreshold: number; readonly cooldownMs: number };
}

/**
 * Candidates for other budget and breaker numbers than `defaultPolicy`'s: most vary the breaker;
 * C5 lowers the budget as well, to show where it starts to bind.
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

/** A compared policy, the hold-off variant of the default, or a candidate, by name. */
export function policyByName(name: string): FleetPolicy {
  const compared = [...comparedPolicies(), holdOffPolicy(), holdFailuresPolicy()].find(
    (p) => p.name === name,
  );
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
  /** How the simulated games keep their room: the library's `keepInRoom`, or their own loop. */
  readonly roomKeeping: RoomKeepingName;
}

/** Runs one job through `simulateFleet` (a preset scenario, the benchmark's seed). */
export function runJob(job: FleetJob): Promise<FleetResult> {
  return simulateFleet({
    policy: policyByName(job.policy).policy,
    scenario: job.scenario,
    clients: job.clients,
    seed: FLEET_SEED,
    roomKeeping: job.roomKeeping,
  });
}
