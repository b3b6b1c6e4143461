import { ok } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError } from '../errors/gme-error.js';
import { createRecoveries } from './recoveries.js';

const error = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk' });
/** A deadline the tests never reach. */
const FAR = Number.MAX_SAFE_INTEGER;

/** Recoveries over a host that custom recoveries never touch. */
function fakeHost() {
  const recoveries = createRecoveries({
    o: { auth: {}, awaitInFlightMs: 5_000 },
    clock: { now: () => 0, sleep: () => new Promise<void>(() => {}) },
    inFlightWaiters: new Set(),
    lastInit: undefined,
    lastPttAuth: undefined,
    lastRoomType: 1,
    timeoutOf: () => 1_000,
    noteSecret: vi.fn(),
    invokeOnce: vi.fn(async () => ok(undefined)),
    execute: vi.fn(async () => ok(undefined)),
  });
  return { recoveries };
}

describe('custom recoveries', () => {
  it('passes the operation, error and signal, and returns a retry or done outcome as it is', async () => {
    const { recoveries } = fakeHost();
    const signal = new AbortController().signal;
    const retry = { next: 'retry', args: { roomId: 'b' } } as const;
    const done = { next: 'done', value: undefined } as const;
    const custom = vi.fn().mockResolvedValueOnce(retry).mockReturnValueOnce(done);
    expect((await recoveries.run('enterRoom', custom, error, {}, signal, FAR))._unsafeUnwrap()).toBe(retry);
    expect((await recoveries.run('enterRoom', custom, error, {}, signal, FAR))._unsafeUnwrap()).toBe(done);
    expect(custom.mock.calls).toStrictEqual([
      [{ operation: 'enterRoom', error, signal }],
      [{ operation: 'enterRoom', error, signal }],
    ]);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'retry'],
    ['a function that looks like an outcome', Object.assign(() => {}, { next: 'retry' })],
    ['an unknown next', { next: 'sideways' }],
    ['an unknown next with a value', { next: 'sideways', value: 1 }],
    ['an empty next', { next: '' }],
    ['done without a value', { next: 'done' }],
  ])('keeps the original error when a custom recovery returns %s', async (_label, outcome) => {
    const { recoveries } = fakeHost();
    const r = await recoveries.run('enterRoom', () => outcome as never, error, {}, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });

  it('keeps the original error when a custom recovery throws or rejects', async () => {
    const { recoveries } = fakeHost();
    const thrower = () => {
      throw new Error('recovery bug');
    };
    const rejecter = () => Promise.reject(new Error('recovery bug'));
    expect((await recoveries.run('enterRoom', thrower, error, {}, undefined, FAR))._unsafeUnwrapErr()).toBe(
      error,
    );
    expect((await recoveries.run('enterRoom', rejecter, error, {}, undefined, FAR))._unsafeUnwrapErr()).toBe(
      error,
    );
  });

  it('keeps the original error for a recovery name it does not know', async () => {
    const { recoveries } = fakeHost();
    const r = await recoveries.run('enterRoom', 'teleport' as never, error, {}, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });
});
