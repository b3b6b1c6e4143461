import { describe, expect, it, vi } from 'vitest';
import { fireHook, readHook } from './fire-hook.js';

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

describe('readHook', () => {
  it('returns the hook, or undefined when absent, when hooks is missing or a getter throws', () => {
    const retry = () => {};
    expect(readHook({ retry }, 'retry')).toBe(retry);
    expect(readHook({}, 'retry')).toBeUndefined();
    expect(readHook(undefined, 'retry')).toBeUndefined();
    const hostile = Object.defineProperty({}, 'retry', {
      get() {
        throw new Error('getter');
      },
    });
    expect(readHook(hostile, 'retry')).toBeUndefined();
  });
});
