import { describe, expect, it } from 'vitest';
import { type PlayerTrace, recoveryFigures } from './recovery-figures.js';

const INF = Number.POSITIVE_INFINITY;
const msg = (createdAt: number, deliveredAt: number, failures = 0) => ({
  filePath: '/v',
  createdAt,
  deliveredAt,
  failures,
});
const player = (over: Partial<PlayerTrace> = {}): PlayerTrace => ({
  roomEnteredAt: [0],
  roomLostAt: [],
  messages: [],
  ...over,
});

describe('recoveryFigures', () => {
  it('is 0 for a client that kept its room and had no message touched by the failure', () => {
    const r = recoveryFigures([player({ messages: [msg(10, 20)] })], 100, 200);
    expect(r).toMatchObject({ p50Ms: 0, p95Ms: 0, maxMs: 0, within5s: 1, within10s: 1, notRecovered: 0 });
  });

  it('waits for the room to be entered again after the backend returned, and for touched messages', () => {
    const lostRoom = player({ roomLostAt: [120], roomEnteredAt: [0, 150, 3_200] });
    const failedMessage = player({ messages: [msg(130, 7_200, 2)] });
    const inFlight = player({ messages: [msg(190, 1_200)] });
    const r = recoveryFigures([lostRoom, failedMessage, inFlight], 100, 200);
    // Back at 3.0 s, 7.0 s and 1.0 s after the return at 200.
    expect(r.p50Ms).toBe(3_000);
    expect(r.maxMs).toBe(7_000);
    expect(r.within5s).toBeCloseTo(2 / 3);
    expect(r.within10s).toBe(1);
    expect(r.byS.slice(0, 8)).toEqual([0, 1 / 3, 1 / 3, 2 / 3, 2 / 3, 2 / 3, 2 / 3, 1]);
    expect(r.byS).toHaveLength(61);
  });

  it('counts clients never back, and reports null for the percentiles they decide', () => {
    const never = player({ roomLostAt: [150], roomEnteredAt: [0] });
    const undelivered = player({ messages: [msg(150, INF, 1)] });
    const fine = player();
    const r = recoveryFigures([never, undelivered, fine, fine], 100, 200);
    expect(r.notRecovered).toBe(2);
    expect(r.p50Ms).toBe(0);
    expect(r.p95Ms).toBeNull();
    expect(r.maxMs).toBeNull();
    expect(r.within10s).toBe(0.5);
  });
});
