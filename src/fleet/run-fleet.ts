import { OPERATION_SPECS } from '../client/operation-specs.js';
import { createGmeClient, type GmeClient, type Policy } from '../index.js';
import { createSimRandom } from '../testing/index.js';
import { FleetBackend } from './fleet-backend.js';
import { type FleetTally, Player } from './fleet-player.js';
import type { FleetScenario } from './fleet-scenario.js';
import { FleetSdk } from './fleet-sdk.js';
import type { RoomKeepingStrategy } from './room-keeping-strategy.js';
import { VirtualTime } from './virtual-time.js';

/** One run to make: a scenario, a fleet size, a seed, a policy and a room-keeping strategy. */
export interface FleetRunSettings {
  readonly scenario: FleetScenario;
  readonly clients: number;
  readonly seed: number;
  readonly policy: Policy;
  readonly keepRoom: RoomKeepingStrategy;
  /** Called outside the simulation at most once per simulated second, with the simulated time. */
  readonly onSecond?: ((nowMs: number) => void) | undefined;
}

/** What a run leaves for the figures. */
export interface FleetRunRecord {
  readonly backend: FleetBackend;
  readonly players: readonly Player[];
  readonly tally: FleetTally;
}

/** A per-client seed from the run's seed, one stream per use. */
function mix(seed: number, i: number, stream: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(i + 1, 0x85ebca6b) + stream * 0x27d4eb2f) >>> 0;
}

/**
 * Runs one fleet on virtual time: `clients` full `GmeClient`s, each over its own {@link FleetSdk},
 * all on one {@link FleetBackend}. Deterministic: the same settings give the same record.
 */
export async function runFleet(settings: FleetRunSettings): Promise<FleetRunRecord> {
  const { scenario, clients, seed } = settings;
  const time = new VirtualTime(scenario.frameMs);
  const backend = new FleetBackend(time, {
    seed,
    clients,
    sdk: scenario.sdk,
    outage: scenario.outage,
    capacity: scenario.capacity,
    endMs: scenario.endMs,
  });
  const tally: FleetTally = {
    gaveUp: { total: 0, budgetExhausted: 0, circuitOpen: 0, timedOut: 0, other: 0 },
    calls: 0,
    messages: 0,
  };
  const order = createSimRandom(seed ^ 0x5eed);
  const players: Player[] = [];
  const sdks: FleetSdk[] = [];
  const gmes: GmeClient[] = [];
  const outage = scenario.outage;
  if (outage !== undefined && (outage.share ?? 1) >= 1) {
    time.at(outage.fromMs, () => {
      for (const sdk of sdks) sdk.connectionLost();
    });
  }
  // Saturation during the outage is the outage itself: time-to-recover counts from its end.
  if (outage !== undefined) backend.lateSince = outage.toMs;
  const upload = scenario.game.uploadTimeoutMs;
  const timeouts = {
    enterRoom: OPERATION_SPECS.enterRoom.timeoutMs,
    uploadRecordedFile: upload ?? OPERATION_SPECS.uploadRecordedFile.timeoutMs,
  };
  try {
    for (let i = 0; i < clients; i++) {
      const sdk = new FleetSdk(backend, timeouts);
      sdks.push(sdk);
      const jitter = createSimRandom(mix(seed, i, 1));
      const gme = createGmeClient({
        sdk: sdk.adapter,
        policy: settings.policy,
        poll: false,
        clock: time,
        random: () => jitter.next(),
        ...(upload === undefined ? {} : { timeouts: { uploadRecordedFile: upload } }),
      });
      gmes.push(gme);
      const player = new Player(gme, {
        index: i,
        time,
        random: createSimRandom(mix(seed, i, 2)),
        game: scenario.game,
        tally,
        keepRoom: settings.keepRoom,
      });
      players.push(player);
      player.start(Math.floor(order.next() * scenario.joinSpreadMs));
    }
    await time.runUntil(scenario.endMs, settings.onSecond);
  } finally {
    for (const gme of gmes) gme.dispose();
  }
  return { backend, players, tally };
}
