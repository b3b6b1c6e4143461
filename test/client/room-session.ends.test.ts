/**
 * The room session (`gme.keepInRoom`) against the simulator, healing and ending: 7006 healed by
 * auth.refresh, codes no retry can fix, stop() and dispose(), one session per client, a game
 * that mixes its own room calls, the Web surface, and the calls the session holds for its
 * re-entry. Each scenario asserts the SDK calls made, the states and events in order, and that
 * nothing is left behind.
 */
import { definePolicy, fail, recover, retry, type SessionState } from 'gme-result';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, record, settle } from '../support/harness.js';
import { calls, expectIdle, HALF, initOf, ROOM, start } from '../support/session-harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('keepInRoom: healing and ending', () => {
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

  it('holds uploads while it waits to enter again after a failed re-entry, and lets them go once in the room', async () => {
    const { h } = start();
    await initOf(h);
    expect((await settle(h.gme.applyPttAuthbuffer({ authBuffer: 'ptt-secret' }))).isOk()).toBe(true);
    await record(h, '/voice/held.silk');
    const session = h.gme.keepInRoom(ROOM, { baseDelayMs: 1_000, maxDelayMs: 8_000 });
    await settle(session.entered());
    const seen: string[] = [];
    h.gme.on('held', (e) => seen.push(`held ${e.roomState}`));
    h.gme.on('released', (e) => seen.push(`released ${e.reason}`));
    h.gme.on('session', (e) => seen.push(`session ${e.state}`));
    h.control.script('EnterRoom', [{ event: 7004 }]);
    h.control.disconnect({ reconnectAfterMs: 500, giveUp: true });
    // Given up at 500 ms, a 500 ms wait, then the re-entry fails with 7004: the room state is idle.
    await vi.advanceTimersByTimeAsync(1_100);
    expect(session.state).toBe('waiting');
    expect(h.gme.room.state).toBe('idle');
    const uploads = calls(h, 'PttUploadRecordedFile');
    const upload = h.gme.uploadRecordedFile({ filePath: '/voice/held.silk' });
    await vi.advanceTimersByTimeAsync(500);
    expect(calls(h, 'PttUploadRecordedFile')).toBe(uploads);
    const r = await settle(upload);
    expect(r._unsafeUnwrap()).toMatchObject({ filePath: '/voice/held.silk', attempts: 1 });
    expect(calls(h, 'PttUploadRecordedFile')).toBe(uploads + 1);
    expect(seen).toEqual([
      'session reconnecting',
      'session waiting',
      'session entering',
      'session waiting',
      'held idle',
      'session entering',
      'session entered',
      'released reconnected',
    ]);
    await settle(session.stop());
    expectIdle(h, 4);
    h.gme.dispose();
  });
});
