import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from './concurrency-limit.js';

describe('ConcurrencyLimit', () => {
  it('grants up to the limit, then queues in order and hands slots over on release', () => {
    const limit = new ConcurrencyLimit(2);
    expect([limit.tryAcquire(), limit.tryAcquire(), limit.tryAcquire()]).toEqual([true, true, false]);
    const granted: string[] = [];
    limit.enqueue(() => granted.push('a'));
    limit.enqueue(() => granted.push('b'));
    expect(limit.waiting).toBe(2);
    limit.release();
    expect(granted).toEqual(['a']);
    expect(limit.active).toBe(2);
    limit.release();
    limit.release();
    limit.release();
    expect(granted).toEqual(['a', 'b']);
    expect(limit.active).toBe(0);
  });

  it('cancelling a wait removes it; cancelling after the grant reports false', () => {
    const limit = new ConcurrencyLimit(1);
    limit.tryAcquire();
    const granted: string[] = [];
    const cancelA = limit.enqueue(() => granted.push('a'));
    const cancelB = limit.enqueue(() => granted.push('b'));
    expect(cancelA()).toBe(true);
    limit.release();
    expect(granted).toEqual(['b']);
    expect(cancelB()).toBe(false);
    expect(limit.waiting).toBe(0);
  });
});

describe('ConcurrencyLimit: cancelling', () => {
  it('reports a second cancel of the same wait as false and leaves the others queued', () => {
    const limit = new ConcurrencyLimit(1);
    limit.tryAcquire();
    const granted: string[] = [];
    const cancelA = limit.enqueue(() => granted.push('a'));
    limit.enqueue(() => granted.push('b'));
    expect(cancelA()).toBe(true);
    expect(cancelA()).toBe(false);
    expect(limit.waiting).toBe(1);
    limit.release();
    expect(granted).toEqual(['b']);
  });
});
