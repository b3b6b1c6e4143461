import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enterFrame, installVirtualTimers, leaveFrame, type TimerHost } from './virtual-timers.js';

/** A host that records what it is asked to schedule. */
function host(now = 1000): TimerHost & { tasks: { time: number; run: () => void }[]; cancelled: unknown[] } {
  const tasks: { time: number; run: () => void }[] = [];
  const cancelled: unknown[] = [];
  return {
    tasks,
    cancelled,
    now: () => now,
    at: (time, run) => {
      const task = { time, run };
      tasks.push(task);
      return task;
    },
    cancel: (task) => cancelled.push(task),
  };
}

afterEach(() => {
  leaveFrame();
  vi.useRealTimers();
});

describe('installVirtualTimers', () => {
  it('puts timers armed inside a frame on that frame’s clock, with their arguments', () => {
    const original = globalThis.setTimeout;
    const uninstall = installVirtualTimers();
    try {
      const h = host(1000);
      enterFrame(h);
      const seen: unknown[] = [];
      const handle = setTimeout((a: unknown, b: unknown) => seen.push(a, b), 250, 'x', 2);
      leaveFrame();
      expect(h.tasks.map((t) => t.time)).toEqual([1250]);
      h.tasks[0]?.run();
      expect(seen).toEqual(['x', 2]);
      clearTimeout(handle);
      expect(h.cancelled).toEqual([h.tasks[0]]);
      expect(handle.hasRef()).toBe(false);
      expect(handle.unref()).toBe(handle);
    } finally {
      uninstall();
    }
    expect(globalThis.setTimeout).toBe(original);
  });

  it('re-arms a virtual setInterval after each tick until cleared', () => {
    const uninstall = installVirtualTimers();
    try {
      const h = host(0);
      enterFrame(h);
      let ticks = 0;
      const handle = setInterval(() => ticks++, 100);
      leaveFrame();
      h.tasks[0]?.run();
      h.tasks[1]?.run();
      expect(ticks).toBe(2);
      expect(h.tasks).toHaveLength(3);
      clearInterval(handle);
      expect(h.cancelled).toEqual([h.tasks[2]]);
    } finally {
      uninstall();
    }
  });

  it('leaves timers armed outside every frame to the timers it replaced', () => {
    vi.useFakeTimers();
    const uninstall = installVirtualTimers();
    try {
      let fired = 0;
      setTimeout(() => fired++, 50);
      const every = setInterval(() => fired++, 100);
      vi.advanceTimersByTime(100);
      expect(fired).toBe(2);
      clearInterval(every);
      const once = setTimeout(() => fired++, 10);
      clearTimeout(once);
      vi.advanceTimersByTime(500);
      expect(fired).toBe(2);
    } finally {
      uninstall();
    }
  });

  it('restores the globals at the last of nested uninstalls, once', () => {
    const original = globalThis.setTimeout;
    const first = installVirtualTimers();
    const second = installVirtualTimers();
    expect(globalThis.setTimeout).not.toBe(original);
    second();
    second();
    expect(globalThis.setTimeout).not.toBe(original);
    first();
    expect(globalThis.setTimeout).toBe(original);
    expect(globalThis.clearInterval).not.toBeUndefined();
  });

  it('leaves a global that someone else replaced after the install as they set it', () => {
    const original = globalThis.clearTimeout;
    const uninstall = installVirtualTimers();
    const theirs = (() => {}) as unknown as typeof clearTimeout;
    globalThis.clearTimeout = theirs;
    uninstall();
    expect(globalThis.clearTimeout).toBe(theirs);
    globalThis.clearTimeout = original;
  });

  it('keeps what util.promisify(setTimeout) reads while installed', () => {
    const original = globalThis.setTimeout as unknown as Record<symbol, unknown>;
    const uninstall = installVirtualTimers();
    try {
      const patched = globalThis.setTimeout as unknown as Record<symbol, unknown>;
      expect(patched).not.toBe(original);
      expect(patched[promisify.custom]).toBeTypeOf('function');
      expect(patched[promisify.custom]).toBe(original[promisify.custom]);
    } finally {
      uninstall();
    }
  });
});
