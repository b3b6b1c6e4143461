import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import type { AuthOptions } from './client-options.js';
import { createRecoveries, type RecoveryHost } from './recoveries.js';

const error = createGmeError({ code: 7006, operation: 'enterRoom', source: 'sdk' });
const other = createGmeError({ code: 1004, operation: 'exitRoom', source: 'sdk' });
const enterArgs = { roomId: 'lobby', roomType: 1, authBuffer: 'old' } as const;
/** A deadline the tests never reach. */
const FAR = Number.MAX_SAFE_INTEGER;
/** The invocation timeouts the fake client reports (`timeoutOf`). */
const TIMEOUTS: Partial<Record<string, number>> = {
  exitRoom: 100,
  init: 200,
  applyPttAuthbuffer: 300,
  enterRoom: 400,
};

interface FakeHostOptions {
  readonly auth?: AuthOptions;
  readonly lastInit?: RecoveryHost['lastInit'];
  readonly lastPttAuth?: string;
  /** What invokeOnce and execute answer. @default Ok */
  readonly answer?: Result<unknown, GmeError>;
  readonly now?: number;
}

/** A host that records what the recoveries ask of the client. */
function fakeHost(options: FakeHostOptions = {}) {
  const answer = options.answer ?? ok(undefined);
  const invokeOnce = vi.fn(async () => answer);
  const execute = vi.fn(async () => answer);
  const host: RecoveryHost = {
    o: { auth: options.auth ?? {}, awaitInFlightMs: 5_000 },
    clock: { now: () => options.now ?? 1_000, sleep: () => new Promise<void>(() => {}) },
    inFlightWaiters: new Set(),
    lastInit: options.lastInit,
    lastPttAuth: options.lastPttAuth,
    lastRoomType: 2,
    timeoutOf: (op) => TIMEOUTS[op] ?? 1_000,
    noteSecret: vi.fn(),
    invokeOnce,
    execute,
  };
  return { host, invokeOnce, execute, recoveries: createRecoveries(host) };
}

describe('refreshAuth', () => {
  it('retries with the fresh buffer, asking auth.refresh with the operation, room and signal', async () => {
    const refresh = vi.fn(() => 'fresh');
    const { recoveries } = fakeHost({ auth: { refresh } });
    const signal = new AbortController().signal;
    const r = await recoveries.run('enterRoom', 'refreshAuth', error, enterArgs, signal, 9_000);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry', args: { ...enterArgs, authBuffer: 'fresh' } });
    expect(refresh.mock.calls).toStrictEqual([
      [{ operation: 'enterRoom', roomId: 'lobby', signal: expect.any(AbortSignal) }],
    ]);
  });

  it("hands the refresher a signal that fires when the call's signal does", async () => {
    let given: AbortSignal | undefined;
    const controller = new AbortController();
    const refresh = vi.fn(({ signal }: { signal?: AbortSignal }) => {
      given = signal;
      controller.abort();
      return 'fresh';
    });
    const { recoveries } = fakeHost({ auth: { refresh } });
    const r = await recoveries.run('enterRoom', 'refreshAuth', error, enterArgs, controller.signal, FAR);
    expect(given?.aborted).toBe(true);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });

  it('remembers the fresh buffer as a secret', async () => {
    const { host, recoveries } = fakeHost({ auth: { refresh: () => 'fresh' } });
    await recoveries.run('enterRoom', 'refreshAuth', error, enterArgs, undefined, FAR);
    expect(host.noteSecret).toHaveBeenCalledExactlyOnceWith('fresh');
  });

  it('leaves out a room that is not a string, and still hands over a signal (the deadline fires it)', async () => {
    const refresh = vi.fn(async () => 'fresh');
    const { recoveries } = fakeHost({ auth: { refresh } });
    const args = { roomId: 42, authBuffer: 'old' };
    const r = await recoveries.run('call', 'refreshAuth', error, args, undefined, 9_000);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry', args: { roomId: 42, authBuffer: 'fresh' } });
    expect(refresh.mock.calls).toStrictEqual([[{ operation: 'call', signal: expect.any(AbortSignal) }]]);
  });

  it('asks auth.refreshPtt for applyPttAuthbuffer, and auth.refresh for anything else', async () => {
    const refresh = vi.fn(() => 'room');
    const refreshPtt = vi.fn(() => 'ptt');
    const { recoveries } = fakeHost({ auth: { refresh, refreshPtt } });
    const ptt = await recoveries.run(
      'applyPttAuthbuffer',
      'refreshAuth',
      error,
      { authBuffer: 'x' },
      undefined,
      FAR,
    );
    expect(ptt._unsafeUnwrap()).toEqual({ next: 'retry', args: { authBuffer: 'ptt' } });
    const room = await recoveries.run('enterRoom', 'refreshAuth', error, enterArgs, undefined, FAR);
    expect(room._unsafeUnwrap()).toEqual({ next: 'retry', args: { ...enterArgs, authBuffer: 'room' } });
    expect(refreshPtt).toHaveBeenCalledTimes(1);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('falls back to auth.refresh for applyPttAuthbuffer when there is no auth.refreshPtt', async () => {
    const refresh = vi.fn(() => 'room');
    const { recoveries } = fakeHost({ auth: { refresh } });
    const r = await recoveries.run(
      'applyPttAuthbuffer',
      'refreshAuth',
      error,
      { authBuffer: 'x' },
      undefined,
      FAR,
    );
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry', args: { authBuffer: 'room' } });
  });

  it.each([
    ['no refresher', undefined],
    ['an empty buffer', () => ''],
    ['a number', () => 42 as never],
    ['an array that is not a string', () => ['fresh'] as never],
    ['a throwing refresher', () => Promise.reject(new Error('server down'))],
  ])('fails with the original error on %s', async (_label, refresh) => {
    const { recoveries } = fakeHost(refresh === undefined ? {} : { auth: { refresh } });
    const r = await recoveries.run('enterRoom', 'refreshAuth', error, enterArgs, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });

  it('fails when the arguments are not an object holding authBuffer, after asking anyway', async () => {
    const refresh = vi.fn(() => 'fresh');
    const { recoveries } = fakeHost({ auth: { refresh } });
    const callable = Object.assign(() => {}, { authBuffer: 'old' });
    for (const args of [undefined, { roomId: 'lobby' }, callable]) {
      const r = await recoveries.run('enterRoom', 'refreshAuth', error, args, undefined, FAR);
      expect(r._unsafeUnwrapErr()).toBe(error);
    }
    const signal = expect.any(AbortSignal);
    expect(refresh.mock.calls).toStrictEqual([
      [{ operation: 'enterRoom', signal }],
      [{ operation: 'enterRoom', roomId: 'lobby', signal }],
      [{ operation: 'enterRoom', signal }],
    ]);
  });
});

describe('reenterRoom', () => {
  it('simply retries a room entry', async () => {
    const { recoveries, execute } = fakeHost();
    const r = await recoveries.run('enterRoom', 'reenterRoom', error, enterArgs, undefined, FAR);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(execute).not.toHaveBeenCalled();
  });

  it('enters the target room of a failed switch with the last room type, within the deadline', async () => {
    const { recoveries, execute } = fakeHost({ now: 1_000 });
    const signal = new AbortController().signal;
    const args = { roomId: 'b', authBuffer: 'sig' };
    const r = await recoveries.run('switchRoom', 'reenterRoom', error, args, signal, 4_000.4);
    expect(r._unsafeUnwrap()).toEqual({ next: 'done', value: { roomId: 'b' } });
    expect(execute.mock.calls).toStrictEqual([
      [
        'enterRoom',
        { roomId: 'b', roomType: 2, authBuffer: 'sig' },
        { signal: expect.any(AbortSignal), timeoutMs: 400, deadlineMs: 3_000 },
        'reenterRoom',
        undefined,
      ],
    ]);
  });

  it("waits for the entry at most the switch call's own timeoutMs, and never past the deadline", async () => {
    const { recoveries, execute } = fakeHost({ now: 1_000 });
    const args = { roomId: 'b', authBuffer: 'sig' };
    await recoveries.run('switchRoom', 'reenterRoom', error, args, undefined, {
      deadline: 1_250,
      timeoutMs: 900,
    });
    await recoveries.run('switchRoom', 'reenterRoom', error, args, undefined, {
      deadline: 9_000,
      timeoutMs: 900,
    });
    expect(execute.mock.calls.map((c) => (c as unknown[])[2])).toStrictEqual([
      { signal: expect.any(AbortSignal), timeoutMs: 250, deadlineMs: 250 },
      { signal: expect.any(AbortSignal), timeoutMs: 900, deadlineMs: 8_000 },
    ]);
  });

  it('enters nothing once the deadline has passed: the recovery ends with the error it was to heal', async () => {
    const { recoveries, execute } = fakeHost({ now: 5_000 });
    const args = { roomId: 'b', authBuffer: 'sig' };
    const r = await recoveries.run('switchRoom', 'reenterRoom', error, args, undefined, 4_000);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(execute).not.toHaveBeenCalled();
  });

  it('returns the entry failure when entering again fails', async () => {
    const { recoveries } = fakeHost({ answer: err(other) });
    const r = await recoveries.run(
      'switchRoom',
      'reenterRoom',
      error,
      { roomId: 'b', authBuffer: 's' },
      undefined,
      FAR,
    );
    expect(r._unsafeUnwrapErr()).toBe(other);
  });

  it('fails with the original error on any other operation, entering nothing', async () => {
    const { recoveries, execute } = fakeHost();
    const r = await recoveries.run('exitRoom', 'reenterRoom', error, {}, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('reapplyPttAuth', () => {
  it('applies a fresh buffer from auth.refreshPtt, remembers it, then retries', async () => {
    const refreshPtt = vi.fn(() => 'fresh-ptt');
    const { host, recoveries, invokeOnce } = fakeHost({ auth: { refreshPtt }, lastPttAuth: 'old-ptt' });
    const signal = new AbortController().signal;
    const r = await recoveries.run('speechToText', 'reapplyPttAuth', error, { fileId: 'f' }, signal, FAR);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry' });
    const derived = expect.any(AbortSignal);
    expect(refreshPtt.mock.calls).toStrictEqual([[{ operation: 'speechToText', signal: derived }]]);
    expect(invokeOnce.mock.calls).toStrictEqual([
      ['applyPttAuthbuffer', { authBuffer: 'fresh-ptt' }, 1, derived, 300, 'reapplyPttAuth', undefined],
    ]);
    expect(host.lastPttAuth).toBe('fresh-ptt');
    expect(host.noteSecret).toHaveBeenCalledExactlyOnceWith('fresh-ptt');
  });

  it('applies the last buffer again when there is no refresher', async () => {
    const { recoveries, invokeOnce } = fakeHost({ lastPttAuth: 'old-ptt' });
    const r = await recoveries.run('speechToText', 'reapplyPttAuth', error, {}, undefined, FAR);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(invokeOnce).toHaveBeenCalledWith(
      'applyPttAuthbuffer',
      { authBuffer: 'old-ptt' },
      1,
      expect.any(AbortSignal),
      300,
      'reapplyPttAuth',
      undefined,
    );
  });

  it('fails with the original error, remembering nothing, when applying fails', async () => {
    const refreshPtt = () => 'fresh-ptt';
    const { host, recoveries } = fakeHost({
      auth: { refreshPtt },
      lastPttAuth: 'old-ptt',
      answer: err(other),
    });
    const r = await recoveries.run('speechToText', 'reapplyPttAuth', error, {}, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(host.lastPttAuth).toBe('old-ptt');
  });

  it('fails with the original error, applying nothing, when no buffer was ever applied', async () => {
    const { recoveries, invokeOnce } = fakeHost();
    const r = await recoveries.run('speechToText', 'reapplyPttAuth', error, {}, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(invokeOnce).not.toHaveBeenCalled();
  });
});

describe('reinit', () => {
  const lastInit = { appId: '1400000001', openId: '10001' } as const;

  it('runs init again with the last arguments, then retries', async () => {
    const { recoveries, invokeOnce } = fakeHost({ lastInit });
    const signal = new AbortController().signal;
    const r = await recoveries.run('enterRoom', 'reinit', error, enterArgs, signal, FAR);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(invokeOnce.mock.calls).toStrictEqual([
      ['init', lastInit, 1, expect.any(AbortSignal), 200, 'reinit', undefined],
    ]);
  });

  it('fails with the original error when init fails again', async () => {
    const { recoveries } = fakeHost({ lastInit, answer: err(other) });
    const r = await recoveries.run('enterRoom', 'reinit', error, enterArgs, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });

  it.each([
    ['before any init', {}, 'enterRoom'],
    ['for init itself', { lastInit }, 'init'],
  ])('fails with the original error, running nothing, %s', async (_label, options, op) => {
    const { recoveries, invokeOnce } = fakeHost(options);
    const r = await recoveries.run(op, 'reinit', error, lastInit, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(invokeOnce).not.toHaveBeenCalled();
  });
});

describe('exitThenEnter', () => {
  it('exits the other room, then retries the entry', async () => {
    const { recoveries, invokeOnce } = fakeHost();
    const signal = new AbortController().signal;
    const r = await recoveries.run('enterRoom', 'exitThenEnter', error, enterArgs, signal, FAR);
    expect(r._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(invokeOnce.mock.calls).toStrictEqual([
      ['exitRoom', {}, 1, expect.any(AbortSignal), 100, 'exitThenEnter', undefined],
    ]);
  });

  it('fails with the original error when the exit fails', async () => {
    const { recoveries } = fakeHost({ answer: err(other) });
    const r = await recoveries.run('enterRoom', 'exitThenEnter', error, enterArgs, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
  });

  it('fails with the original error, exiting nothing, for any other operation', async () => {
    const { recoveries, invokeOnce } = fakeHost();
    const r = await recoveries.run('switchRoom', 'exitThenEnter', error, enterArgs, undefined, FAR);
    expect(r._unsafeUnwrapErr()).toBe(error);
    expect(invokeOnce).not.toHaveBeenCalled();
  });
});
