import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from './clock.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('systemClock', () => {
  it('sleeps for the given time', async () => {
    vi.useFakeTimers();
    let done = false;
    const sleeping = systemClock.sleep(100).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(99);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toBe(true);
  });

  it('rejects with the reason at once on abort and clears its timer', async () => {
    vi.useFakeTimers();
    const ctl = new AbortController();
    const sleeping = systemClock.sleep(10_000, ctl.signal);
    expect(vi.getTimerCount()).toBe(1);
    ctl.abort('stop');
    await expect(sleeping).rejects.toBe('stop');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once for an already aborted signal', async () => {
    await expect(systemClock.sleep(10, AbortSignal.abort('gone'))).rejects.toBe('gone');
  });

  it('now() follows Date.now()', () => {
    vi.useFakeTimers({ now: 12_345 });
    expect(systemClock.now()).toBe(12_345);
  });

  it('leaves no abort listener on the signal once the wait has ended', async () => {
    vi.useFakeTimers();
    const ctl = new AbortController();
    const sleeping = systemClock.sleep(100, ctl.signal);
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    await sleeping;
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
  });

  it('leaves no abort listener on the signal once an abort has ended the wait', async () => {
    vi.useFakeTimers();
    const ctl = new AbortController();
    const sleeping = systemClock.sleep(100, ctl.signal);
    ctl.abort('stop');
    await expect(sleeping).rejects.toBe('stop');
    expect(getEventListeners(ctl.signal, 'abort')).toHaveLength(0);
  });
});
