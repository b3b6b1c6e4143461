import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, type Surface, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each<Surface>(['electron', 'real-electron'])('the game delegate on %s', (surface) => {
  it('sees every event the SDK sent, in order, while the client is active', async () => {
    const seen: number[] = [];
    const game = { onEvent: (type: number, result: string) => seen.push(type) && typeof result === 'string' };
    const h = harness(surface, {}, {}, game);
    const bridged: number[] = [];
    h.gme.on('sdkEvent', (e) => bridged.push(e.eventType));
    await ready(h);
    h.control.emit(4, { event_id: 1, user_list: ['10002'] });
    h.control.emit(1022, { weight: 50, loss: 0, delay: 40 });
    await settle(h.gme.exitRoom());
    expect(seen).toEqual([1, 4, 1022, 2]);
    expect(bridged).toEqual(seen);
    h.gme.dispose();
  });

  it('forwards to a delegate the game sets on the SDK after the client attached', async () => {
    const h = harness(surface);
    const seen: number[] = [];
    (h.sdk as { SetTMGDelegate(d: unknown): void }).SetTMGDelegate({ onEvent: (t: number) => seen.push(t) });
    await ready(h);
    expect(seen).toEqual([1]);
    h.gme.dispose();
  });

  it('after dispose, gives the SDK back the game delegate and leaves no timer, listener or pending call', async () => {
    const seen: number[] = [];
    const game = { onEvent: (type: number) => seen.push(type) };
    const h = harness(surface, {}, {}, game);
    h.gme.on('success', () => {});
    await ready(h);
    h.control.script('ExitRoom', [{ noEvent: true }]);
    const pending = h.gme.exitRoom();
    await vi.advanceTimersByTimeAsync(10);
    expect(h.gme.stats()).toMatchObject({ pending: 1, timers: 1 });
    h.gme.dispose();
    const r = await pending;
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7013, source: 'client' });
    expect(h.gme.stats()).toMatchObject({
      pending: 0,
      correlationKeys: 0,
      timers: 0,
      live: 0,
      enterFlights: 0,
      inFlightWaiters: 0,
    });
    expect(vi.getTimerCount()).toBe(0);
    // The game polls now; its delegate gets events again, straight from the SDK.
    h.control.emit(4, { event_id: 1, user_list: [] });
    (h.sdk as { Poll(): void }).Poll();
    expect(seen.at(-1)).toBe(4);
    const after = await h.gme.enterRoom({ roomId: 'x', roomType: 1, authBuffer: 's' });
    expect(after._unsafeUnwrapErr().code).toBe(7013);
  });
});

describe('dispose', () => {
  it('ends a call waiting in a retry backoff at once', async () => {
    const h = harness('electron');
    await ready(h);
    h.control.script('ExitRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    const retries: number[] = [];
    h.gme.on('retry', (e) => retries.push(e.delayMs));
    const p = h.gme.exitRoom();
    for (let i = 0; i < 20 && retries.length === 0; i++) await vi.advanceTimersByTimeAsync(10);
    expect(retries.length).toBe(1);
    h.gme.dispose();
    const r = await p;
    expect(r._unsafeUnwrapErr().code).toBe(7013);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles queued speech-to-text requests as aborted too', async () => {
    const h = harness('electron', { latencyMs: 1_000 });
    await ready(h);
    const calls = Array.from({ length: 12 }, (_, i) =>
      h.gme.speechToText({ fileId: `https://sim.example/${i}` }),
    );
    await vi.advanceTimersByTimeAsync(10);
    h.gme.dispose();
    const results = await Promise.all(calls);
    expect(results.map((r) => r._unsafeUnwrapErr().code)).toEqual(Array(12).fill(7013));
    expect(h.gme.stats()).toMatchObject({ pending: 0, live: 0, timers: 0 });
  });
});
