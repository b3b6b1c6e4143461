import { describe, expect, it, vi } from 'vitest';
import { CircuitBreaker, DEFAULT_CIRCUIT_BREAKER, resolveCircuitBreakerSettings } from './circuit-breaker.js';
import type { Problem } from './option-checks.js';

function tripped(threshold = 3, cooldownMs = 1000) {
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const breaker = new CircuitBreaker({ failureThreshold: threshold, cooldownMs, onOpen, onClose });
  return { breaker, onOpen, onClose };
}

describe('CircuitBreaker', () => {
  it('opens after N consecutive transient failures and refuses until the cool-down ends', () => {
    const { breaker, onOpen } = tripped();
    expect(breaker.recordFailure('room', 0, 7004)).toBeUndefined();
    expect(breaker.recordFailure('room', 1, 7004)).toBeUndefined();
    expect(breaker.canPass('room', 2)).toBe(true);
    expect(breaker.recordFailure('room', 2, 1005)).toBe(1002);
    expect(onOpen).toHaveBeenCalledWith('room', 1002);
    expect(breaker.canPass('room', 500)).toBe(false);
    expect(breaker.state('room', 500)).toBe('open');
    expect(breaker.lastCode('room')).toBe(1005);
  });

  it('keeps families apart', () => {
    const { breaker } = tripped(1);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 1)).toBe(false);
    expect(breaker.canPass('voice-message', 1)).toBe(true);
  });

  it('a success resets the consecutive count', () => {
    const { breaker } = tripped(2);
    breaker.recordFailure('room', 0, 7004);
    breaker.recordSuccess('room');
    breaker.recordFailure('room', 1, 7004);
    expect(breaker.canPass('room', 2)).toBe(true);
  });

  it('half-opens after the cool-down: one trial passes, others wait; success closes', () => {
    const { breaker, onClose } = tripped(1, 1000);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.state('room', 1000)).toBe('half-open');
    expect(breaker.canPass('room', 1000)).toBe(true);
    expect(breaker.canPass('room', 1001)).toBe(false);
    expect(breaker.recordSuccess('room')).toBe(true);
    expect(onClose).toHaveBeenCalledWith('room');
    expect(breaker.canPass('room', 1002)).toBe(true);
    expect(breaker.state('room', 1002)).toBe('closed');
  });

  it('a failed trial reopens for another cool-down', () => {
    const { breaker, onOpen } = tripped(1, 1000);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 1000)).toBe(true);
    expect(breaker.recordFailure('room', 1100, 7004)).toBe(2100);
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(breaker.canPass('room', 2000)).toBe(false);
    expect(breaker.canPass('room', 2100)).toBe(true);
  });

  it('ignores late failures of calls that started before it opened', () => {
    const { breaker, onOpen } = tripped(1, 1000);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.recordFailure('room', 10, 7004)).toBeUndefined();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(breaker.canPass('room', 1000)).toBe(true);
  });

  it('release() frees the trial slot; an unreported trial frees it after the cool-down', () => {
    const { breaker } = tripped(1, 1000);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 1000)).toBe(true);
    breaker.release('room');
    expect(breaker.canPass('room', 1001)).toBe(true);
    expect(breaker.canPass('room', 1500)).toBe(false);
    expect(breaker.canPass('room', 2001)).toBe(true);
  });

  it('a throwing listener does not break recording', () => {
    const breaker = new CircuitBreaker({
      failureThreshold: 1,
      onOpen: () => {
        throw new Error('listener');
      },
    });
    expect(breaker.recordFailure('room', 0, 7004)).toBe(5_000);
    expect(breaker.reportsTransitions).toBe(true);
    expect(new CircuitBreaker().reportsTransitions).toBe(false);
  });

  it('holds no state for a family that is closed again', () => {
    const breaker = new CircuitBreaker();
    breaker.recordFailure('room', 0, 7004);
    breaker.recordSuccess('room');
    expect(breaker.lastCode('room')).toBeUndefined();
  });

  it.each([
    [{ failureThreshold: 0 }, 'Expected `failureThreshold` to be an integer from 1 to 1000, got 0.'],
    [{ cooldownMs: -5 }, 'Expected `cooldownMs` to be an integer from 0 to 3600000, got -5.'],
    [{ onOpen: 'x' }, 'Expected `onOpen` to be a function, got "x".'],
    [{ threshold: 3 }, /Unknown option `threshold` given to CircuitBreaker/],
  ])('throws a TypeError for %j', (options, message) => {
    expect(() => new CircuitBreaker(options as never)).toThrow(message);
  });
});

describe('CircuitBreaker: edges', () => {
  it('a failure after the cool-down reopens the family even before any trial was let through', () => {
    const { breaker, onOpen } = tripped(1, 1000);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.recordFailure('room', 1000, 1005)).toBe(2000);
    expect(onOpen).toHaveBeenLastCalledWith('room', 2000);
    expect(breaker.canPass('room', 1500)).toBe(false);
    expect(breaker.lastCode('room')).toBe(1005);
  });

  it('a success in a family that never failed, or that is still closed, closes nothing', () => {
    const { breaker, onClose } = tripped(3);
    expect(breaker.recordSuccess('room')).toBe(false);
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.recordSuccess('room')).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
    expect(breaker.lastCode('room')).toBeUndefined();
  });

  it('release() of a family it knows nothing about does nothing', () => {
    const breaker = new CircuitBreaker();
    expect(() => breaker.release('room')).not.toThrow();
    expect(breaker.state('room', 0)).toBe('closed');
    expect(breaker.canPass('room', 0)).toBe(true);
  });

  it('reports its own transitions when built with only onClose, or only onOpen', () => {
    expect(new CircuitBreaker({ onClose: () => {} }).reportsTransitions).toBe(true);
    expect(new CircuitBreaker({ onOpen: () => {} }).reportsTransitions).toBe(true);
  });

  it('names itself when its options are not an object', () => {
    expect(() => new CircuitBreaker(5 as never)).toThrow(
      'Expected the options of CircuitBreaker to be an object, got 5.',
    );
  });
});

describe('CircuitBreaker: trials and settings', () => {
  it('a failure reported while a trial is out reopens the family, whatever time it carries', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    breaker.recordFailure('room', 0, 7004);
    expect(breaker.canPass('room', 150)).toBe(true);
    expect(breaker.recordFailure('room', 50, 7004)).toBe(150);
    expect(breaker.state('room', 120)).toBe('open');
  });

  it('resolveCircuitBreakerSettings reports a bad field under its path and resolves nothing', () => {
    const problems: Problem[] = [];
    const given = { failureThreshold: 0 };
    expect(
      resolveCircuitBreakerSettings(given, DEFAULT_CIRCUIT_BREAKER, ['breaker'], problems),
    ).toBeUndefined();
    expect(problems).toEqual([
      {
        kind: 'invalid',
        path: ['breaker', 'failureThreshold'],
        expected: 'an integer from 1 to 1000',
        value: 0,
      },
    ]);
  });

  it('resolveCircuitBreakerSettings fills the fields not given from the base', () => {
    const problems: Problem[] = [];
    expect(resolveCircuitBreakerSettings({ cooldownMs: 0 }, DEFAULT_CIRCUIT_BREAKER, [], problems)).toEqual({
      failureThreshold: 3,
      cooldownMs: 0,
    });
    expect(problems).toEqual([]);
  });

  it('names the listener that is not a function', () => {
    expect(() => new CircuitBreaker({ onClose: 1 as never })).toThrow(
      'Expected `onClose` to be a function, got 1.',
    );
  });

  it('states() lists each family with state at the given time, and forgets a family that closed', () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 100 });
    expect(breaker.states(0)).toEqual({});
    breaker.recordFailure('room', 0, 7004);
    breaker.recordFailure('speech', 50, 32770);
    expect(breaker.states(60)).toEqual({ room: 'open', speech: 'open' });
    expect(breaker.states(120)).toEqual({ room: 'half-open', speech: 'open' });
    breaker.recordSuccess('room');
    expect(breaker.states(160)).toEqual({ speech: 'half-open' });
  });
});
