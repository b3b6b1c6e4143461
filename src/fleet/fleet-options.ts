import { definePolicy, isPolicy, type Policy } from '../index.js';
import { checkScenario } from './check-scenario.js';
import { integer, refuse } from './fleet-checks.js';
import type { FleetScenario } from './fleet-scenario.js';
import { FLEET_SCENARIO_NAMES, type FleetScenarioName, fleetScenario } from './fleet-scenarios.js';
import { ROOM_KEEPING, type RoomKeepingName } from './room-keeping.js';
import type { RoomKeepingStrategy } from './room-keeping-strategy.js';

/**
 * Options of {@link simulateFleet}. Invalid values throw a `TypeError` naming the field and the
 * value, before anything runs.
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * import { strictPolicy } from 'gme-result/policies';
 * const result = await simulateFleet({ policy: strictPolicy, scenario: 'brownout', clients: 2_000, seed: 7 });
 */
export interface SimulateFleetOptions {
  /** The policy every simulated client runs (from `definePolicy` or `parsePolicy`). */
  readonly policy: Policy;
  /** A preset's name, or a whole scenario (spread a preset of `fleetScenario` to change it). @default 'outage' */
  readonly scenario?: FleetScenarioName | FleetScenario;
  /** How many clients the fleet has, from 1 to 100 000. @default 1000 */
  readonly clients?: number;
  /** Seeds every random draw: the same seed gives the same figures. From 0 to 2³² − 1. @default 2024 */
  readonly seed?: number;
  /** How the simulated games stay in their room: `'session'`, the library's `keepInRoom`, or `'loop'`, their own re-entry loop. @default 'session' */
  readonly roomKeeping?: RoomKeepingName;
  /**
   * Start every client with a full retry budget (`initialTokens = capacity`), as a client that has
   * run for a while has: successes refill the budget and nothing spends it before the failure.
   * `false` keeps the policy's `initialTokens` (a fleet that has just started).
   * @default true
   */
  readonly fullBudget?: boolean;
  /**
   * Called with the share of the work done, from 0 to 1, about once per simulated second; outside
   * the simulation, so it may use timers and I/O. @default none
   */
  readonly onProgress?: (share: number) => void;
}

/** Options with every default filled in. */
export interface ResolvedFleetOptions {
  readonly policy: Policy;
  readonly scenario: FleetScenario;
  readonly clients: number;
  readonly seed: number;
  readonly roomKeeping: RoomKeepingName;
  readonly keepRoom: RoomKeepingStrategy;
  readonly onProgress: ((share: number) => void) | undefined;
}

const KNOWN = ['policy', 'scenario', 'clients', 'seed', 'roomKeeping', 'fullBudget', 'onProgress'];

/** Fleet sizes above this take minutes per run and gigabytes of memory. */
export const MAX_CLIENTS = 100_000;

/** Only an absent or `undefined` option takes the default; `null` is checked like any value (and refused). */
function orDefault<T>(value: T | undefined, fallback: NoInfer<T>): T {
  return value === undefined ? fallback : value;
}

/** A client that has run for a while: its budget refilled to `capacity`. */
function withFullBudget(policy: Policy): Policy {
  const budget = policy.budget;
  if (budget === false || budget.initialTokens === budget.capacity) return policy;
  return definePolicy({ extends: policy, budget: { initialTokens: budget.capacity } });
}

function scenarioOf(value: unknown): FleetScenario {
  if (value === undefined) return fleetScenario('outage');
  if (typeof value === 'string') {
    if (!(FLEET_SCENARIO_NAMES as readonly string[]).includes(value)) {
      refuse('scenario', `one of ${FLEET_SCENARIO_NAMES.join(', ')}, or a scenario object`, value);
    }
    return fleetScenario(value as FleetScenarioName);
  }
  if (typeof value !== 'object' || value === null) {
    refuse('scenario', `one of ${FLEET_SCENARIO_NAMES.join(', ')}, or a scenario object`, value);
  }
  return checkScenario(value);
}

/** Checks the options and fills in the defaults, in one place. Never changes `options`. */
export function resolveFleetOptions(options: SimulateFleetOptions): ResolvedFleetOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    refuse('options', 'an object', options);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) {
      throw new TypeError(`Unknown option \`${key}\` given to simulateFleet (known: ${KNOWN.join(', ')}).`);
    }
  }
  if (!isPolicy(options.policy)) {
    refuse('policy', 'a policy made by definePolicy() or parsePolicy()', options.policy);
  }
  const roomKeeping = orDefault(options.roomKeeping, 'session');
  if (!Object.hasOwn(ROOM_KEEPING, roomKeeping)) {
    refuse('roomKeeping', `one of ${Object.keys(ROOM_KEEPING).join(', ')}`, roomKeeping);
  }
  const fullBudget = orDefault(options.fullBudget, true);
  if (typeof fullBudget !== 'boolean') refuse('fullBudget', 'true or false', fullBudget);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    refuse('onProgress', 'a function', onProgress);
  }
  return {
    policy: fullBudget ? withFullBudget(options.policy) : options.policy,
    scenario: scenarioOf(options.scenario),
    clients: integer('clients', orDefault(options.clients, 1000), 1, MAX_CLIENTS),
    seed: integer('seed', orDefault(options.seed, 2024), 0, 2 ** 32 - 1),
    roomKeeping,
    keepRoom: ROOM_KEEPING[roomKeeping],
    onProgress,
  };
}
