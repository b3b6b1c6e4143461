import { integer, positive, record, refuse, text } from './fleet-checks.js';
import type {
  FleetCapacity,
  FleetGameTiming,
  FleetOutage,
  FleetScenario,
  FleetSdkTiming,
  MsRange,
} from './fleet-scenario.js';

/** The longest simulated run, ms (an hour). */
const MAX_RUN_MS = 3_600_000;

function range(field: string, value: unknown, min: number): MsRange {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !Number.isInteger(value[0]) ||
    !Number.isInteger(value[1]) ||
    value[0] < min ||
    value[0] > value[1] ||
    value[1] > MAX_RUN_MS
  ) {
    refuse(field, `a [min, max] pair of integers with ${min} ≤ min ≤ max ≤ ${MAX_RUN_MS}`, value);
  }
  return Object.freeze([value[0], value[1]] as const);
}

function outage(value: unknown, endMs: number): FleetOutage {
  const o = record('scenario.outage', value, ['fromMs', 'toMs', 'code', 'share']);
  const fromMs = integer('scenario.outage.fromMs', o.fromMs, 0, endMs - 1);
  const toMs = integer('scenario.outage.toMs', o.toMs, fromMs + 1, endMs);
  const code = o.code === 'no-event' ? 'no-event' : o.code;
  if (code !== 'no-event' && (!Number.isInteger(code) || code === 0 || Math.abs(code as number) > 2 ** 31)) {
    refuse('scenario.outage.code', "a non-zero integer GME code or 'no-event'", o.code);
  }
  const share = o.share === undefined ? 1 : positive('scenario.outage.share', o.share, 1);
  return Object.freeze({ fromMs, toMs, code: code as number | 'no-event', share });
}

function capacity(value: unknown): FleetCapacity {
  const c = record('scenario.capacity', value, ['perClientPerSecond', 'queueLimitMs']);
  return Object.freeze({
    perClientPerSecond: positive('scenario.capacity.perClientPerSecond', c.perClientPerSecond, 1000),
    queueLimitMs: integer('scenario.capacity.queueLimitMs', c.queueLimitMs, 0, MAX_RUN_MS),
  });
}

function game(value: unknown): FleetGameTiming {
  const g = record('scenario.game', value, [
    'messageEveryMs',
    'resendEveryMs',
    'reenterAfterMs',
    'uploadTimeoutMs',
  ]);
  const timing = {
    messageEveryMs: range('scenario.game.messageEveryMs', g.messageEveryMs, 1),
    resendEveryMs: range('scenario.game.resendEveryMs', g.resendEveryMs, 1),
    reenterAfterMs: range('scenario.game.reenterAfterMs', g.reenterAfterMs, 1),
  };
  if (g.uploadTimeoutMs === undefined) return Object.freeze(timing);
  return Object.freeze({
    ...timing,
    uploadTimeoutMs: integer('scenario.game.uploadTimeoutMs', g.uploadTimeoutMs, 1, MAX_RUN_MS),
  });
}

function sdk(value: unknown): FleetSdkTiming {
  const s = record('scenario.sdk', value, ['latencyMs', 'detectMs', 'probeEveryMs', 'giveUpAfterMs']);
  const timing = {
    latencyMs: range('scenario.sdk.latencyMs', s.latencyMs, 0),
    detectMs: range('scenario.sdk.detectMs', s.detectMs, 0),
    probeEveryMs: range('scenario.sdk.probeEveryMs', s.probeEveryMs, 1),
  };
  if (s.giveUpAfterMs === undefined) return Object.freeze(timing);
  return Object.freeze({
    ...timing,
    giveUpAfterMs: integer('scenario.sdk.giveUpAfterMs', s.giveUpAfterMs, 0, MAX_RUN_MS),
  });
}

/**
 * Checks a scenario given as an object and returns a frozen copy (the caller's object is never
 * changed or kept). Every problem is a TypeError naming the field and the value.
 */
export function checkScenario(value: unknown): FleetScenario {
  const s = record('scenario', value, [
    'name',
    'summary',
    'joinSpreadMs',
    'endMs',
    'frameMs',
    'outage',
    'capacity',
    'game',
    'sdk',
  ]);
  const endMs = integer('scenario.endMs', s.endMs, 1000, MAX_RUN_MS);
  const scenario: FleetScenario = {
    name: text('scenario.name', s.name, 64),
    summary: text('scenario.summary', s.summary, 400),
    joinSpreadMs: integer('scenario.joinSpreadMs', s.joinSpreadMs, 0, endMs),
    endMs,
    frameMs: integer('scenario.frameMs', s.frameMs, 1, 100),
    game: game(s.game),
    sdk: sdk(s.sdk),
    ...(s.outage === undefined ? {} : { outage: outage(s.outage, endMs) }),
    ...(s.capacity === undefined ? {} : { capacity: capacity(s.capacity) }),
  };
  return Object.freeze(scenario);
}
