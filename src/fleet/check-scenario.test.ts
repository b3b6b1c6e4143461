import { describe, expect, it } from 'vitest';
import { checkScenario } from './check-scenario.js';
import { fleetScenario } from './fleet-scenarios.js';

const base = fleetScenario('outage');
const check = (over: Record<string, unknown>) => () => checkScenario({ ...base, ...over });

describe('checkScenario', () => {
  it('returns a frozen copy with the outage share filled in', () => {
    const s = checkScenario(base);
    expect(s).not.toBe(base);
    expect(Object.isFrozen(s.outage)).toBe(true);
    expect(s.outage).toEqual({ ...base.outage, share: 1 });
    expect(s.game).toEqual(base.game);
  });

  it('keeps optional parts only when given', () => {
    const s = checkScenario({ ...fleetScenario('capacity') });
    expect(s.capacity).toEqual({ perClientPerSecond: 0.1, queueLimitMs: 15_000 });
    expect(s.game.uploadTimeoutMs).toBe(10_000);
    expect(checkScenario({ ...fleetScenario('room-give-up') }).sdk.giveUpAfterMs).toBe(30_000);
    const { outage: _o, ...quiet } = base;
    expect('outage' in checkScenario(quiet)).toBe(false);
  });

  it('names the field and the value of every bad number', () => {
    expect(check({ endMs: 10 })).toThrow(
      'Expected `scenario.endMs` to be an integer from 1000 to 3600000, got 10.',
    );
    expect(check({ joinSpreadMs: 200_000 })).toThrow(
      'Expected `scenario.joinSpreadMs` to be an integer from 0 to 150000, got 200000.',
    );
    expect(check({ frameMs: 0 })).toThrow(
      'Expected `scenario.frameMs` to be an integer from 1 to 100, got 0.',
    );
    expect(check({ name: '' })).toThrow(
      'Expected `scenario.name` to be a string of 1 to 64 characters, got "" (0 characters).',
    );
    expect(check({ outage: { fromMs: 50_000, toMs: 40_000, code: 7004 } })).toThrow(
      'Expected `scenario.outage.toMs` to be an integer from 50001 to 150000, got 40000.',
    );
    expect(check({ outage: { fromMs: 0, toMs: 10, code: 0 } })).toThrow(
      "Expected `scenario.outage.code` to be a non-zero integer GME code or 'no-event', got 0.",
    );
    expect(check({ outage: { fromMs: 0, toMs: 10, code: 7004, share: 0 } })).toThrow(
      'Expected `scenario.outage.share` to be a number above 0 and at most 1, got 0.',
    );
    expect(check({ outage: null })).toThrow('Expected `scenario.outage` to be an object, got null.');
    expect(check({ capacity: { perClientPerSecond: -1, queueLimitMs: 0 } })).toThrow(
      'Expected `scenario.capacity.perClientPerSecond` to be a number above 0 and at most 1000, got -1.',
    );
    expect(check({ game: { ...base.game, messageEveryMs: [5, 1] } })).toThrow(
      'Expected `scenario.game.messageEveryMs` to be a [min, max] pair of integers with 1 ≤ min ≤ max ≤ 3600000, got an array.',
    );
    expect(check({ game: { ...base.game, uploadTimeoutMs: 0 } })).toThrow(
      'Expected `scenario.game.uploadTimeoutMs` to be an integer from 1 to 3600000, got 0.',
    );
    expect(check({ sdk: { ...base.sdk, probeEveryMs: [0, 10] } })).toThrow('`scenario.sdk.probeEveryMs`');
    expect(check({ sdk: { ...base.sdk, giveUpAfterMs: -5 } })).toThrow(
      'Expected `scenario.sdk.giveUpAfterMs` to be an integer from 0 to 3600000, got -5.',
    );
    expect(check({ sdk: { ...base.sdk, retries: 1 } })).toThrow(
      'Unknown field `retries` in `scenario.sdk` (known: latencyMs, detectMs, probeEveryMs, giveUpAfterMs).',
    );
    expect(check({ extra: true })).toThrow('Unknown field `extra` in `scenario`');
    expect(() => checkScenario([])).toThrow('Expected `scenario` to be an object, got an array.');
  });
});
