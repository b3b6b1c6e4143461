/**
 * The room session (`gme.keepInRoom`) against the simulator, staying in the room: the SDK's own
 * reconnect, re-entries with backoff through the budget and breaker, the grace period, switches.
 * Each scenario asserts the SDK calls made, the session's states and events in order, and that
 * nothing is left behind.
 */
import { definePolicy, fail } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../support/harness.js';
import { calls, expectIdle, initOf, ROOM, start } from '../support/session-harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keepInRoom: staying in the room', () => {
  it('enters, then waits for the SDK while it reconnects by itself: no entry of its own', async () => {
    const { h, states } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    expect(session.state).toBe('entering');
    const first = await settle(session.entered());
    expect(first._unsafeUnwrap()).toMatchObject({ roomId: 'lobby', roomType: 1, attempts: 1, code: 0 });
    expect(session.state).toBe('entered');
    h.control.disconnect({ reconnectAfterMs: 3_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(session.state).toBe('entered');
    expect(calls(h, 'EnterRoom')).toBe(1);
    expect(states()).toEqual(['entering', 'entered', 'reconnecting', 'entered']);
    expect((await settle(session.stop()))._unsafeUnwrap()).toEqual({ exited: true });
    expect(states().at(-1)).toBe('stopped');
    expect(calls(h, 'ExitRoom')).toBe(1);
    expectIdle(h, 1);
    h.gme.dispose();
  });

  it('enters again with a full-jitter backoff after ROOM_DISCONNECT', async () => {
    const { h, events, states } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000, maxDelayMs: 8_000 });
    await settle(session.entered());
    let waitingAt = 0;
    h.gme.on('session', (e) => {
      if (e.state === 'waiting') waitingAt = Date.now();
    });
    h.control.disconnect({ reconnectAfterMs: 500, giveUp: true });
    await vi.advanceTimersByTimeAsync(560);
    expect(session.state).toBe('waiting');
    const waiting = events.find((e) => e.state === 'waiting');
    // Attempt 1 of the backoff: min(8 000, 1 000 · 2⁰) · 0.5.
    expect(waiting).toMatchObject({ roomId: 'lobby', reason: 'ROOM_DISCONNECT', nextAttemptInMs: 500 });
    expect(calls(h, 'EnterRoom')).toBe(1);
    await vi.advanceTimersByTimeAsync(waitingAt + 499 - Date.now());
    expect(calls(h, 'EnterRoom')).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls(h, 'EnterRoom')).toBe(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toBe('entered');
    expect(states()).toEqual(['entering', 'entered', 'reconnecting', 'waiting', 'entering', 'entered']);
    await settle(session.stop());
    expectIdle(h, 2);
    h.gme.dispose();
  });

  it('backs off further after failed entries, each needing a budget token', async () => {
    // No breaker here, so the three failures do not open the room family (see the next test).
    const policy = definePolicy({
      extends: defaultPolicy,
      budget: { capacity: 5, initialTokens: 5 },
      breaker: false,
    });
    const { h, events } = start({ policy });
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000, maxDelayMs: 3_000 });
    const first = await settle(session.entered());
    expect(first.isOk()).toBe(true);
    // One invocation per entry: the session, not the policy, spaces them.
    expect(calls(h, 'EnterRoom')).toBe(4);
    expect(events.filter((e) => e.state === 'waiting').map((e) => e.nextAttemptInMs)).toEqual([
      500, 1_000, 1_500,
    ]);
    // Three re-entries, three tokens; the success gives 0.2 back.
    expect(h.gme.stats().budgetTokens).toBeCloseTo(5 - 3 + 0.2, 9);
    await settle(session.stop());
    h.gme.dispose();
  });

  it('probes once after the longest backoff, without a token, when the retry budget is empty', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      budget: { capacity: 1, initialTokens: 0 },
      breaker: false,
    });
    const { h, events } = start({ policy });
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000, maxDelayMs: 6_000 });
    expect((await settle(session.entered())).isOk()).toBe(true);
    const waits = events.filter((e) => e.state === 'waiting');
    // First the backoff of attempt 1, then, with no token, the probe: half of the 6 000 ms cap.
    expect(waits.map((e) => e.nextAttemptInMs)).toEqual([500, 3_000]);
    expect(waits[1]?.reason).toContain('retry budget is empty');
    expect(calls(h, 'EnterRoom')).toBe(2);
    await settle(session.stop());
    h.gme.dispose();
  });

  it('goes through the breaker: once the room family opens, entries are refused without an SDK call', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      breaker: { failureThreshold: 2, cooldownMs: 10_000 },
    });
    const { h, events } = start({ policy });
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000, maxDelayMs: 2_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls(h, 'EnterRoom')).toBe(2);
    expect(events.some((e) => e.state === 'waiting' && e.error?.circuitOpen === true)).toBe(true);
    expect((await settle(session.entered())).isOk()).toBe(true);
    expect(calls(h, 'EnterRoom')).toBe(3);
    await settle(session.stop());
    h.gme.dispose();
  });

  it('takes over after the reconnect grace period when the SDK stays silent', async () => {
    const { h, states } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM, { reconnectGraceMs: 2_000 });
    await settle(session.entered());
    h.control.disconnect({ reconnectAfterMs: 60_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toBe('reconnecting');
    const waits: number[] = [];
    h.gme.on('session', (e) => {
      if (e.nextAttemptInMs !== undefined) waits.push(e.nextAttemptInMs);
    });
    await vi.advanceTimersByTimeAsync(2_000);
    // The SDK's 2 s of reconnecting count as backoff: one full-jitter wait of at most 2 s, then an entry.
    expect(session.state).toBe('waiting');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeLessThanOrEqual(2_000);
    expect(calls(h, 'EnterRoom')).toBe(1);
    await vi.advanceTimersByTimeAsync((waits[0] ?? 0) + 100);
    expect(calls(h, 'EnterRoom')).toBe(2);
    expect(states().slice(0, 5)).toEqual(['entering', 'entered', 'reconnecting', 'waiting', 'entering']);
    await settle(session.stop());
    h.gme.dispose();
  });

  it('re-enters the new room after a switch fails with 2002 and left every room', async () => {
    const policy = definePolicy({ extends: defaultPolicy, operations: { switchRoom: { 2002: fail() } } });
    const { h, states } = start({ policy, switchRoom: true });
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000 });
    await settle(session.entered());
    h.control.script('SwitchRoom', [{ event: 2002 }]);
    const switched = await settle(session.switchTo({ roomId: 'arena', authBuffer: 'arena-secret' }));
    expect(switched._unsafeUnwrapErr().code).toBe(2002);
    expect(session.roomId).toBe('arena');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(session.state).toBe('entered');
    expect(h.control.state).toMatchObject({ room: 'entered', roomId: 'arena' });
    expect(calls(h, 'SwitchRoom')).toBe(1);
    expect(calls(h, 'EnterRoom')).toBe(2);
    expect(states()).toEqual(['entering', 'entered', 'entering', 'waiting', 'entering', 'entered']);
    await settle(session.stop());
    h.gme.dispose();
  });

  it('switches with ExitRoom then EnterRoom on an SDK without SwitchRoom (gme-electron-sdk 2.1.3)', async () => {
    const { h } = start({ switchRoom: false });
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    await settle(session.entered());
    const switched = await settle(session.switchTo({ roomId: 'arena', authBuffer: 'arena-secret' }));
    expect(switched._unsafeUnwrap()).toMatchObject({ roomId: 'arena', roomType: 1 });
    expect([calls(h, 'SwitchRoom'), calls(h, 'ExitRoom'), calls(h, 'EnterRoom')]).toEqual([0, 1, 2]);
    expect(session.state).toBe('entered');
    await settle(session.stop());
    h.gme.dispose();
  });

  it("answers switchTo with the switch's own attempts and code", async () => {
    const { h } = start({ switchRoom: true });
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    await settle(session.entered());
    h.control.script('SwitchRoom', [{ event: 7004 }]);
    const switched = await settle(session.switchTo({ roomId: 'arena', authBuffer: 'arena-secret' }));
    expect(switched._unsafeUnwrap()).toEqual({ roomId: 'arena', roomType: 1, attempts: 2, code: 0 });
    expect(calls(h, 'SwitchRoom')).toBe(2);
    await settle(session.stop());
    h.gme.dispose();
  });
});
