/**
 * The policy's `reconnect` settings against the simulator: while the SDK reports that it is
 * reconnecting (or has dropped the room), uploads, downloads and speech-to-text wait for the
 * connection instead of reaching a backend the SDK cannot reach.
 */
import { definePolicy, type GmeEventMap, type GmeEventName, type Policy, retry } from 'gme-result';
import { defaultPolicy, strictPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Harness, harness, ready, record, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const FILE = '/voice/a.silk';

/** Every event of the names given, in order, as `name` plus payload. */
function collect(h: Harness, names: readonly GmeEventName[]) {
  const seen: { name: GmeEventName; at: number; payload: GmeEventMap[GmeEventName] }[] = [];
  for (const name of names) h.gme.on(name, (payload) => seen.push({ name, at: Date.now(), payload }));
  return seen;
}

/** A client in the room with a recorded file, over a simulator answering in 10 ms. */
async function inRoom(policy: Policy): Promise<Harness> {
  const h = harness('electron', { latencyMs: 10 }, { policy });
  await ready(h);
  await record(h, FILE);
  return h;
}

const withHold = (hold: 'failures' | 'calls', maxHoldMs = 60_000) =>
  definePolicy({ extends: defaultPolicy, reconnect: { hold, maxHoldMs } });

describe('holding calls while the SDK reconnects', () => {
  it("'calls': an upload started while reconnecting waits, then makes one attempt once the SDK is back", async () => {
    const h = await inRoom(defaultPolicy);
    const events = collect(h, ['held', 'released', 'attempt', 'retry']);
    const start = Date.now();
    h.control.disconnect({ reconnectAfterMs: 3_000 });
    h.control.outage({ from: start, to: start + 3_000, group: 'voice-message' });
    await vi.advanceTimersByTimeAsync(100); // RECONNECT_START is delivered
    expect(h.gme.room.state).toBe('reconnecting');
    const calls = h.control.stats.calls.PttUploadRecordedFile ?? 0;
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
    expect(r._unsafeUnwrap()).toMatchObject({ filePath: FILE, attempts: 1 });
    expect((h.control.stats.calls.PttUploadRecordedFile ?? 0) - calls).toBe(1);
    expect(events.map((e) => e.name)).toEqual(['held', 'released', 'attempt']);
    expect(events[0]?.payload).toEqual({
      operation: 'uploadRecordedFile',
      callId: expect.any(Number),
      code: 0,
      attempt: 0,
      roomState: 'reconnecting',
    });
    expect(events[1]?.payload).toMatchObject({ operation: 'uploadRecordedFile', reason: 'reconnected' });
    // Released by RECONNECT_SUCCESS, after the outage, not by a timer.
    expect(events[1]?.at).toBeGreaterThanOrEqual(start + 3_000);
    expect(h.gme.stats()).toMatchObject({ pending: 0, timers: 0, live: 0 });
    h.gme.dispose();
  });

  it("'failures': a 7004 while reconnecting is held, not retried blind; no token spent, no breaker count", async () => {
    const h = await inRoom(withHold('failures'));
    const events = collect(h, ['held', 'released', 'retry']);
    h.control.disconnect({ reconnectAfterMs: 2_000 });
    await vi.advanceTimersByTimeAsync(100);
    h.control.script('PttUploadRecordedFile', [{ event: 7004 }]);
    const tokens = h.gme.stats().budgetTokens;
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2, code: 0 });
    expect(events.map((e) => e.name)).toEqual(['held', 'released']);
    expect(events[0]?.payload).toEqual({
      operation: 'uploadRecordedFile',
      callId: expect.any(Number),
      code: 7004,
      attempt: 1,
      roomState: 'reconnecting',
    });
    // The upload succeeded: tokens only came back.
    expect(h.gme.stats().budgetTokens).toBeGreaterThanOrEqual(tokens ?? Number.NaN);
    expect(h.gme.stats().circuits).toEqual({});
    h.gme.dispose();
  });

  it('ends the call with 1005 after maxHoldMs when the SDK stays down, without sending it', async () => {
    const h = await inRoom(withHold('calls', 1_000));
    const events = collect(h, ['held', 'released', 'attempt']);
    h.control.disconnect({ reconnectAfterMs: 10_000 });
    await vi.advanceTimersByTimeAsync(100);
    const heldAt = Date.now();
    const calls = h.control.stats.calls.PttUploadRecordedFile ?? 0;
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
    const error = r._unsafeUnwrapErr();
    expect(error).toMatchObject({ code: 1005, source: 'client', attempts: 0 });
    expect(error.message).toContain('waited 1000 ms for the SDK to reconnect');
    // Sent now, every call held since the outage began would reach a backend the SDK cannot reach at once.
    expect((h.control.stats.calls.PttUploadRecordedFile ?? 0) - calls).toBe(0);
    expect(events.map((e) => e.name)).toEqual(['held', 'released']);
    expect(events[1]?.payload).toEqual({
      operation: 'uploadRecordedFile',
      callId: (events[0] as { payload: { callId: number } }).payload.callId,
      heldMs: 1_000,
      reason: 'timeout',
    });
    expect((events[1]?.at ?? 0) - heldAt).toBe(1_000);
    h.gme.dispose();
  });

  it('a held failure whose hold ends with the SDK still down ends with that failure, no attempt more', async () => {
    const h = await inRoom(withHold('failures', 1_000));
    h.control.disconnect({ reconnectAfterMs: 10_000 });
    await vi.advanceTimersByTimeAsync(100);
    h.control.script('PttUploadRecordedFile', [{ event: 7004 }]);
    const calls = h.control.stats.calls.PttUploadRecordedFile ?? 0;
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    expect((h.control.stats.calls.PttUploadRecordedFile ?? 0) - calls).toBe(1);
    h.gme.dispose();
  });

  it('a call released by the reconnect makes one attempt: its failure ends it, with retries left in its rule', async () => {
    const h = await inRoom(withHold('failures'));
    const events = collect(h, ['held', 'released', 'retry']);
    h.control.disconnect({ reconnectAfterMs: 2_000 });
    await vi.advanceTimersByTimeAsync(100);
    // Fails while reconnecting (held), then fails again right after the reconnect.
    h.control.script('PttUploadRecordedFile', [{ event: 7004 }, { event: 7004 }]);
    const calls = h.control.stats.calls.PttUploadRecordedFile ?? 0;
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 2 });
    expect((h.control.stats.calls.PttUploadRecordedFile ?? 0) - calls).toBe(2);
    expect(events.map((e) => e.name)).toEqual(['held', 'released']);
    h.gme.dispose();
  });

  it("never holds past the call's deadline", async () => {
    const h = await inRoom(withHold('calls'));
    const events = collect(h, ['released']);
    h.control.disconnect({ reconnectAfterMs: 10_000 });
    await vi.advanceTimersByTimeAsync(100);
    const start = Date.now();
    await settle(h.gme.uploadRecordedFile({ filePath: FILE }, { deadlineMs: 400 }), 1);
    expect(events[0]?.payload).toMatchObject({ heldMs: 400, reason: 'timeout' });
    expect(Date.now() - start).toBeLessThanOrEqual(401);
    h.gme.dispose();
  });

  it('ends a held call at once when it is aborted, and when the client is disposed', async () => {
    const h = await inRoom(defaultPolicy);
    const events = collect(h, ['released', 'error']);
    h.control.disconnect({ reconnectAfterMs: 10_000 });
    await vi.advanceTimersByTimeAsync(100);
    const controller = new AbortController();
    const aborted = h.gme.uploadRecordedFile({ filePath: FILE }, { signal: controller.signal });
    const disposed = h.gme.speechToText({ fileId: 'https://sim.example/1' });
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    const first = await aborted;
    expect(first._unsafeUnwrapErr()).toMatchObject({ code: 7013, attempts: 0 });
    h.gme.dispose();
    expect((await disposed)._unsafeUnwrapErr()).toMatchObject({ code: 7013, attempts: 0 });
    expect(
      events.filter((e) => e.name === 'released').map((e) => (e.payload as { reason: string }).reason),
    ).toEqual(['aborted', 'aborted']);
    expect(events.filter((e) => e.name === 'error')).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('releases held calls when the room is entered again after ROOM_DISCONNECT', async () => {
    const h = await inRoom(defaultPolicy);
    const events = collect(h, ['held', 'released']);
    h.control.disconnect({ reconnectAfterMs: 500, giveUp: true });
    await vi.advanceTimersByTimeAsync(600);
    expect(h.gme.room.state).toBe('disconnected');
    const upload = h.gme.uploadRecordedFile({ filePath: FILE });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(events.map((e) => e.name)).toEqual(['held']);
    const entered = await settle(
      h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }),
    );
    expect(entered.isOk()).toBe(true);
    expect((await settle(upload)).isOk()).toBe(true);
    expect(events[1]?.payload).toMatchObject({ reason: 'reconnected' });
    h.gme.dispose();
  });

  it.each([
    ['strictPolicy', strictPolicy],
    ["reconnect: { hold: 'off' }", definePolicy({ extends: defaultPolicy, reconnect: { hold: 'off' } })],
  ])(
    'holds nothing under %s: a 7004 while reconnecting is retried as its rule says',
    async (_label, policy) => {
      const h = await inRoom(
        definePolicy({ extends: policy, codes: { 7004: retry({ maxAttempts: 2, baseDelayMs: 0 }) } }),
      );
      const events = collect(h, ['held', 'retry']);
      h.control.disconnect({ reconnectAfterMs: 2_000 });
      await vi.advanceTimersByTimeAsync(100);
      h.control.script('PttUploadRecordedFile', [{ event: 7004 }]);
      const r = await settle(h.gme.uploadRecordedFile({ filePath: FILE }));
      expect(r._unsafeUnwrap().attempts).toBe(2);
      expect(events.map((e) => e.name)).toEqual(['retry']);
      h.gme.dispose();
    },
  );

  it('never holds what does not need GME servers: room operations, init, recording', async () => {
    const h = await inRoom(defaultPolicy);
    const events = collect(h, ['held']);
    h.control.disconnect({ reconnectAfterMs: 5_000 });
    await vi.advanceTimersByTimeAsync(100);
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    await settle(h.gme.startRecording({ filePath: '/voice/b.silk' }));
    await settle(h.gme.stopRecording());
    await settle(h.gme.exitRoom());
    expect(events).toEqual([]);
    h.gme.dispose();
  });
});
