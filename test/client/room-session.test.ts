/**
 * The room session (`gme.keepInRoom`) against the simulator: each scenario asserts the SDK calls
 * made, the session's states and events in order, and that nothing is left behind.
 */
import {
  definePolicy,
  fail,
  type GmeEventMap,
  type GmeLocale,
  recover,
  retry,
  type SessionState,
} from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Harness, harness, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const ROOM = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;
/** A fixed random draw: every full-jitter backoff is half its cap. */
const HALF = () => 0.5;

function start(
  options: {
    policy?: typeof defaultPolicy;
    refresh?: () => Promise<string>;
    switchRoom?: boolean;
    locale?: GmeLocale;
  } = {},
) {
  const h = harness(
    'electron',
    { latencyMs: 10, switchRoom: options.switchRoom ?? false },
    {
      policy: options.policy ?? defaultPolicy,
      random: HALF,
      ...(options.refresh === undefined ? {} : { auth: { refresh: options.refresh } }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    },
  );
  const events: GmeEventMap['session'][] = [];
  h.gme.on('session', (e) => events.push(e));
  return { h, events, states: () => events.map((e) => e.state) };
}

async function initOf(h: Harness): Promise<void> {
  expect((await settle(h.gme.init({ appId: '1400000001', openId: '10001' }))).isOk()).toBe(true);
}

/** Nothing of the client left: no pending call, timer, listener beyond the test's own. */
function expectIdle(h: Harness, listeners: number): void {
  expect(h.gme.stats()).toMatchObject({ pending: 0, timers: 0, live: 0, enterFlights: 0, listeners });
  // The one timer left is the client's Poll interval; the session's waits are all gone.
  expect(vi.getTimerCount()).toBe(1);
}

const calls = (h: Harness, method: string): number => h.control.stats.calls[method as 'EnterRoom'] ?? 0;

describe('keepInRoom', () => {
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
    await vi.advanceTimersByTimeAsync(2_100);
    expect(calls(h, 'EnterRoom')).toBe(2);
    expect(states().slice(0, 4)).toEqual(['entering', 'entered', 'reconnecting', 'entering']);
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

  it('heals a 7006 with auth.refresh', async () => {
    const refresh = vi.fn(async () => 'fresh-room-auth');
    const { h } = start({ refresh });
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7006 }]);
    const session = h.gme.keepInRoom(ROOM);
    const first = await settle(session.entered());
    expect(first._unsafeUnwrap()).toMatchObject({ roomId: 'lobby', recovered: 'refreshAuth', attempts: 2 });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(session.state).toBe('entered');
    await settle(session.stop());
    h.gme.dispose();
  });

  it('stops on 7005: a code no retry can fix ends the session, never a loop', async () => {
    const { h, events } = start();
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7005 }]);
    const session = h.gme.keepInRoom(ROOM);
    const first = await settle(session.entered());
    expect(first._unsafeUnwrapErr()).toMatchObject({ code: 7005 });
    expect(session.state).toBe('stopped');
    const last = events.at(-1);
    expect(last).toMatchObject({ state: 'stopped', previous: 'entering' });
    expect(last?.error?.code).toBe(7005);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(calls(h, 'EnterRoom')).toBe(1);
    expectIdle(h, 1);
    h.gme.dispose();
  });

  it('ends with stop() during a backoff wait: no SDK call afterwards', async () => {
    const { h, states } = start();
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 5_000 });
    await vi.advanceTimersByTimeAsync(100);
    expect(session.state).toBe('waiting');
    const stopped = await settle(session.stop());
    expect(stopped._unsafeUnwrap()).toEqual({ exited: false });
    expect((await session.entered())._unsafeUnwrapErr()).toMatchObject({ code: 7013 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls(h, 'EnterRoom')).toBe(1);
    expect(calls(h, 'ExitRoom')).toBe(0);
    expect(states()).toEqual(['entering', 'waiting', 'stopped']);
    expectIdle(h, 1);
    h.gme.dispose();
  });

  it('ends with dispose() while entering: entered() is a 7013, nothing is left', async () => {
    const { h, states } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    expect(session.state).toBe('entering');
    h.gme.dispose();
    expect((await session.entered())._unsafeUnwrapErr()).toMatchObject({ code: 7013 });
    expect(session.state).toBe('stopped');
    expect(states()).toEqual(['entering', 'stopped']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('allows one session per client: a second one comes back stopped, naming the room in force', async () => {
    const { h } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    const second = h.gme.keepInRoom({ ...ROOM, roomId: 'arena' });
    expect(second.state).toBe('stopped');
    const refused = (await second.entered())._unsafeUnwrapErr();
    expect(refused).toMatchObject({ code: 1001, source: 'client' });
    expect(refused.message).toContain('"lobby"');
    await settle(session.stop());
    // Once stopped, another may start.
    const third = h.gme.keepInRoom({ ...ROOM, roomId: 'arena' });
    expect((await settle(third.entered())).isOk()).toBe(true);
    await settle(third.stop());
    h.gme.dispose();
  });

  it('refuses bad arguments with a client 1004 and bad options with a TypeError naming them', async () => {
    const { h } = start();
    const bad = h.gme.keepInRoom({ ...ROOM, roomId: '' });
    expect((await bad.entered())._unsafeUnwrapErr()).toMatchObject({ code: 1004 });
    expect(() => h.gme.keepInRoom(ROOM, { baseDelayMs: -1 })).toThrow(
      'Expected `baseDelayMs` to be an integer from 0 to 60000, got -1.',
    );
    expect(() => h.gme.keepInRoom(ROOM, { retries: 3 } as never)).toThrow('Unknown option `retries`');
    h.gme.dispose();
  });

  it('stops, without a fight, when the game leaves the room with its own exitRoom', async () => {
    const { h, events } = start();
    await initOf(h);
    const session = h.gme.keepInRoom(ROOM);
    await settle(session.entered());
    await settle(h.gme.exitRoom());
    expect(session.state).toBe('stopped');
    expect(events.at(-1)?.reason).toBe('the game left the room itself');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls(h, 'EnterRoom')).toBe(1);
    h.gme.dispose();
  });

  it('works on the Web surface', async () => {
    const h = harness('web', { latencyMs: 10 }, { random: HALF });
    const states: SessionState[] = [];
    h.gme.on('session', (e) => states.push(e.state));
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const session = h.gme.keepInRoom(ROOM);
    expect((await settle(session.entered())).isOk()).toBe(true);
    await settle(session.stop());
    expect(states).toEqual(['entering', 'entered', 'stopped']);
    h.gme.dispose();
  });

  it('uses the policy only for healing: a rule without retries still lets the session space its entries', async () => {
    const policy = definePolicy({
      codes: { 7004: retry({ maxAttempts: 5, baseDelayMs: 0 }), 7006: recover('refreshAuth') },
      default: fail(),
      budget: false,
    });
    const { h } = start({ policy });
    await initOf(h);
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000 });
    await vi.advanceTimersByTimeAsync(100);
    // The session asked for one invocation, not the policy's five.
    expect(calls(h, 'EnterRoom')).toBe(1);
    expect(session.state).toBe('waiting');
    await settle(session.entered());
    expect(calls(h, 'EnterRoom')).toBe(2);
    await settle(session.stop());
    h.gme.dispose();
  });
});
