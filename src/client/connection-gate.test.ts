import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RoomState } from '../events.js';
import { systemClock } from '../policy/index.js';
import { ConnectionGate } from './connection-gate.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A gate over a room state the test sets. */
function gate(initial: RoomState = 'entered') {
  const s = { room: initial, lost: false };
  const g = new ConnectionGate(systemClock, { room: () => s.room, sessionLost: () => s.lost });
  return { g, s };
}

/** A gate that saw an outage and is up again (recovering). */
function recovering() {
  const t = gate('reconnecting');
  expect(t.g.isDown()).toBe(true);
  t.s.room = 'entered';
  return t;
}

describe('ConnectionGate', () => {
  it('is down while reconnecting, disconnected or while the session counts the room lost', () => {
    const { g, s } = gate();
    expect(g.isDown()).toBe(false);
    for (const room of ['reconnecting', 'disconnected'] as const) {
      s.room = room;
      expect(g.isDown()).toBe(true);
      expect(g.state).toBe(room);
    }
    s.room = 'idle';
    expect(g.isDown()).toBe(false);
    s.lost = true;
    expect(g.isDown()).toBe(true);
  });

  it('gives no turn and makes nobody wait when it never saw the connection down', () => {
    const { g } = gate();
    expect(g.admit()).toBe('go');
    g.changed('entering');
    g.changed('idle');
    expect(g.admit()).toBe('go');
  });

  it('a reconnect the room state reported starts a recovery even when no call asked during it', () => {
    for (const down of ['reconnecting', 'disconnected'] as const) {
      const { g, s } = gate();
      s.room = down;
      g.changed(down);
      s.room = 'entered';
      g.changed('entered');
      expect(g.admit()).toBe('turn');
      expect(g.admit()).toBe('wait');
    }
  });

  it('after an outage, one call at a time has the turn; an Ok with nobody waiting ends the recovery', async () => {
    const { g } = recovering();
    expect(g.admit()).toBe('turn');
    expect(g.admit()).toBe('wait');
    const next = g.wait(5_000, undefined);
    expect(g.waiting).toBe(1);
    g.endTurn(false); // a failure passes the turn on
    expect(await next).toBe('up');
    expect(g.waiting).toBe(0);
    expect(g.admit()).toBe('wait'); // the call released has the turn
    g.endTurn(true);
    expect(g.admit()).toBe('go'); // the recovery is over
    expect(g.admit()).toBe('go');
  });

  it('a failed turn with nobody waiting keeps the recovery: the next call takes the turn', () => {
    const { g } = recovering();
    expect(g.admit()).toBe('turn');
    g.endTurn(false);
    expect(g.admit()).toBe('turn');
  });

  it('a call waiting for its turn leaves the line on timeout and on abort', async () => {
    const { g } = recovering();
    expect(g.admit()).toBe('turn');
    const timedOut = g.wait(1_000, undefined);
    const controller = new AbortController();
    const aborted = g.wait(5_000, controller.signal);
    expect(g.waiting).toBe(2);
    controller.abort();
    expect(await aborted).toBe('aborted');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await timedOut).toBe('timeout');
    expect(g.waiting).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases the held calls in order when the room is entered again, one per turn', async () => {
    const { g, s } = gate('reconnecting');
    const order: number[] = [];
    const held = [0, 1, 2].map((i) =>
      g.wait(10_000, undefined).then((v) => {
        order.push(i);
        return v;
      }),
    );
    expect(g.waiting).toBe(3);
    g.changed('entering'); // an entry in flight is no sign the backend is back
    await Promise.resolve();
    expect(order).toEqual([]);
    s.room = 'entered';
    g.changed('entered');
    await Promise.resolve();
    expect(order).toEqual([0]);
    g.endTurn(true);
    await Promise.resolve();
    expect(order).toEqual([0, 1]);
    g.endTurn(true);
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    expect(await Promise.all(held)).toEqual(['up', 'up', 'up']);
    g.endTurn(true);
    expect(g.admit()).toBe('go');
    await vi.runAllTimersAsync();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('recheck lets nothing go while the gate is still down, and release ends every wait as aborted', async () => {
    const { g, s } = gate('reconnecting');
    const down = g.wait(10_000, undefined);
    s.lost = true;
    s.room = 'entered';
    g.recheck();
    expect(g.waiting).toBe(1);
    s.lost = false;
    g.recheck();
    expect(await down).toBe('up');
    const turn = g.wait(10_000, undefined);
    g.release();
    expect(await turn).toBe('aborted');
    expect(g.waiting).toBe(0);
  });

  it('answers at once: aborted for an aborted signal, up with the turn when the line is empty', async () => {
    const { g } = gate();
    expect(await g.wait(1_000, AbortSignal.abort())).toBe('aborted');
    expect(await g.wait(1_000, undefined)).toBe('up');
    expect(g.admit()).toBe('go');
  });
});
