import type { FleetScenario } from './fleet-scenario.js';

/**
 * The names of the preset scenarios, in the order `--scenario all` runs them.
 *
 * @example
 * import { FLEET_SCENARIO_NAMES, simulateFleet } from 'gme-result/fleet';
 * for (const scenario of FLEET_SCENARIO_NAMES) console.log(scenario, (await simulateFleet({ policy, scenario })).amplification);
 */
export const FLEET_SCENARIO_NAMES = [
  'outage',
  'brownout',
  'isolated',
  'room-give-up',
  'capacity',
  'timeout-outage',
] as const;

/**
 * The name of a preset scenario.
 *
 * @example
 * import type { FleetScenarioName } from 'gme-result/fleet';
 * const name: FleetScenarioName = 'timeout-outage';
 */
export type FleetScenarioName = (typeof FLEET_SCENARIO_NAMES)[number];

const GAME = {
  messageEveryMs: [25_000, 35_000],
  resendEveryMs: [4_000, 6_000],
  reenterAfterMs: [4_000, 6_000],
} as const;

const SDK = { latencyMs: [50, 150], detectMs: [0, 2_000], probeEveryMs: [1_000, 3_000] } as const;

/** The 60 s full outage most presets share: from 40 s to 100 s every request fails with 7004. */
const OUTAGE = { fromMs: 40_000, toMs: 100_000, code: 7004 } as const;

const base = { joinSpreadMs: 5_000, endMs: 150_000, frameMs: 10, game: GAME, sdk: SDK } as const;

const PRESETS: Readonly<Record<FleetScenarioName, FleetScenario>> = {
  outage: {
    ...base,
    name: 'outage',
    summary:
      'a 60 s outage (40 s to 100 s): every request fails with 7004 and room connections drop; the SDKs reconnect by themselves',
    outage: OUTAGE,
  },
  brownout: {
    ...base,
    name: 'brownout',
    summary: 'a 60 s brownout (40 s to 100 s): half of the requests fail with 7004, rooms stay up',
    outage: { ...OUTAGE, share: 0.5 },
  },
  isolated: {
    ...base,
    name: 'isolated',
    summary: 'no outage, but 2 % of all requests fail with 7004, each on its own (a flaky mobile network)',
    outage: { fromMs: 0, toMs: base.endMs, code: 7004, share: 0.02 },
  },
  'room-give-up': {
    ...base,
    name: 'room-give-up',
    summary:
      'the 60 s outage, with SDKs that give up reconnecting after 30 s (ROOM_DISCONNECT), so the game enters its room again',
    outage: OUTAGE,
    sdk: { ...SDK, giveUpAfterMs: 30_000 },
  },
  capacity: {
    ...base,
    name: 'capacity',
    summary:
      'the 60 s outage, against a backend that serves at most 0.1 requests per second per client: the excess waits in line and is answered late (the game waits 10 s for an upload, then the call ends with 1005), and what would wait more than 15 s is refused with 7004',
    endMs: 180_000,
    outage: OUTAGE,
    capacity: { perClientPerSecond: 0.1, queueLimitMs: 15_000 },
    game: { ...GAME, uploadTimeoutMs: 10_000 },
  },
  'timeout-outage': {
    ...base,
    name: 'timeout-outage',
    summary:
      'the 60 s outage, but failed requests get no answer at all: each call waits for its own timeout (1005)',
    endMs: 180_000,
    outage: { ...OUTAGE, code: 'no-event' },
  },
};

/**
 * A preset scenario, as a plain object to run as it is or to spread and change. Every preset has
 * players join over 5 s, send a voice message every 25–35 s, and run on SDKs that answer in
 * 50–150 ms, notice a dropped room connection within 2 s and probe every 1–3 s to reconnect.
 *
 * - `outage`: 60 s (40 s to 100 s) in which every request fails with 7004 and the rooms drop; 150 s.
 * - `brownout`: the same window, half of the requests fail, the rooms stay up; 150 s.
 * - `isolated`: 2 % of the requests fail, all along; 150 s.
 * - `room-give-up`: the outage, with SDKs that give up reconnecting after 30 s; 150 s.
 * - `capacity`: the outage against a backend that serves at most 0.1 requests per second per
 *   client (a client sends one voice message every 25–35 s when nothing fails). The excess waits in
 *   line; what would wait more than 15 s is refused with 7004; the game waits 10 s for an upload
 *   (`timeouts.uploadRecordedFile`), so a late answer ends the call with 1005 and the backend's
 *   work on it is wasted; 180 s.
 * - `timeout-outage`: the outage, but failed requests never get an answer (the clients time out); 180 s.
 *
 * @example
 * import { fleetScenario, simulateFleet } from 'gme-result/fleet';
 * const shortOutage = { ...fleetScenario('outage'), outage: { fromMs: 40_000, toMs: 60_000, code: 7004 } };
 * const result = await simulateFleet({ policy, scenario: shortOutage, clients: 200 });
 */
export function fleetScenario(name: FleetScenarioName): FleetScenario {
  const preset = PRESETS[name as FleetScenarioName] as FleetScenario | undefined;
  if (preset === undefined || !Object.hasOwn(PRESETS, name)) {
    throw new TypeError(
      `Expected a scenario name (${FLEET_SCENARIO_NAMES.join(', ')}), got ${JSON.stringify(String(name))}.`,
    );
  }
  return structuredClone(preset);
}
