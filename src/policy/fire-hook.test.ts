import { describe, expect, it, vi } from 'vitest';
import type { ExecuteHooks } from './execute-types.js';
import { callHook, fireHook } from './fire-hook.js';

describe('fireHook', () => {
  it('calls the hook', () => {
    const hook = vi.fn();
    fireHook(hook);
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('swallows a synchronous throw', () => {
    expect(() =>
      fireHook(() => {
        throw new Error('listener');
      }),
    ).not.toThrow();
  });

  it('catches a rejected promise, so nothing is left unhandled', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      fireHook(() => Promise.reject(new Error('async listener')));
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('fireHook and thenables', () => {
  it('subscribes to a returned thenable object once, with a rejection handler', () => {
    const then = vi.fn();
    fireHook(() => ({ then }));
    expect(then).toHaveBeenCalledTimes(1);
    expect(then.mock.calls[0]?.[0]).toBeUndefined();
    expect(then.mock.calls[0]?.[1]).toBeTypeOf('function');
  });

  it('leaves a returned function alone, even one with a then method', () => {
    const then = vi.fn();
    fireHook(() => Object.assign(() => {}, { then }));
    expect(then).not.toHaveBeenCalled();
  });
});

describe('callHook', () => {
  it('calls the named hook once, with the hooks object as this and the built event', () => {
    const circuitOpen = vi.fn();
    const circuitClose = vi.fn();
    const hooks: ExecuteHooks = { circuitClose, circuitOpen };
    callHook(hooks, 'circuitOpen', () => ({ family: 'room', until: 5 }));
    expect(circuitOpen).toHaveBeenCalledTimes(1);
    expect(circuitOpen).toHaveBeenCalledWith({ family: 'room', until: 5 });
    expect(circuitOpen.mock.contexts[0]).toBe(hooks);
    expect(circuitClose).not.toHaveBeenCalled();
  });

  it('builds no event when the hook or the hooks object is missing', () => {
    const build = vi.fn(() => ({ family: 'room' }));
    callHook({}, 'circuitClose', build);
    callHook(undefined, 'circuitClose', build);
    expect(build).not.toHaveBeenCalled();
  });

  it('treats a hooks object whose getter throws as having no hook, and swallows a throwing hook', () => {
    const hostile = Object.defineProperty({}, 'circuitClose', {
      get() {
        throw new Error('getter');
      },
    }) as ExecuteHooks;
    const build = vi.fn(() => ({ family: 'room' }));
    expect(() => callHook(hostile, 'circuitClose', build)).not.toThrow();
    expect(build).not.toHaveBeenCalled();
    const throwing: ExecuteHooks = {
      circuitClose: vi.fn(() => {
        throw new Error('listener');
      }),
    };
    expect(() => callHook(throwing, 'circuitClose', () => ({ family: 'room' }))).not.toThrow();
    expect(throwing.circuitClose).toHaveBeenCalledTimes(1);
  });
});
