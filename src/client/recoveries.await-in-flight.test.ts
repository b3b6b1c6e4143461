import { getEventListeners } from 'node:events';
import { ok } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGmeError } from '../errors/gme-error.js';
import { systemClock } from '../policy/clock.js';
import { createRecoveries, type RecoveryHost } from './recoveries.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const error = createGmeError({ code: 1002, operation: 'startRecording', source: 'sdk' });
const NOW = 1_000;

/** A host whose clock stands at NOW, waiting at most 5 s for an operation in flight. */
function fakeHost() {
  const host: RecoveryHost = {
    o: { auth: {}, awaitInFlightMs: 5_000 },
    clock: { now: () => NOW, sleep: systemClock.sleep },
    inFlightWaiters: new Set(),
    lastInit: undefined,
    lastPttAuth: undefined,
    lastRoomType: 1,
    timeoutOf: () => 1_000,
    noteSecret: vi.fn(),
    invokeOnce: vi.fn(async () => ok(undefined)),
    execute: vi.fn(async () => ok(undefined)),
  };
  /** Feeds an SDK event to every waiter, as the client does. */
  const event = (eventType: number): void => {
    for (const waiter of [...host.inFlightWaiters]) waiter(eventType);
  };
  return { host, event, recoveries: createRecoveries(host) };
}

/** Starts an awaitInFlight recovery and tracks whether it has finished. */
function wait(op: string, signal?: AbortSignal, deadline = NOW + 60_000) {
  const { host, event, recoveries } = fakeHost();
  let finished = false;
  const result = recoveries.run(op, 'awaitInFlight', error, {}, signal, deadline).then((r) => {
    finished = true;
    return r;
  });
  return { host, event, result, finished: () => finished };
}

describe('awaitInFlight', () => {
  it("ends when the event of the operation's kind arrives, ignoring other events, then retries", async () => {
    const w = wait('stopRecording');
    w.event(5002);
    w.event(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.finished()).toBe(false);
    w.event(5001);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(w.host.inFlightWaiters.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ends on a streaming recognition end (5006) whatever the operation', async () => {
    const w = wait('uploadRecordedFile');
    w.event(5001);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.finished()).toBe(false);
    w.event(5006);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
  });

  it('ends on -1 (the client stopping every wait) but not on 1', async () => {
    const w = wait('uploadRecordedFile');
    w.event(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.finished()).toBe(false);
    w.event(-1);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
  });

  it.each([
    ['an operation without a completion event', 'startRecording', 5001],
    ['an operation without a completion event', 'startRecording', 5006],
    ['a raw method name', 'PttStartRecording', 5001],
  ])('waits for the recording (5001) or streaming (5006) in progress on %s', async (_label, op, type) => {
    const w = wait(op);
    w.event(5002);
    await vi.advanceTimersByTimeAsync(0);
    expect(w.finished()).toBe(false);
    w.event(type);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
  });

  it('gives up waiting after awaitInFlightMs and retries anyway', async () => {
    const w = wait('stopRecording');
    await vi.advanceTimersByTimeAsync(4_999);
    expect(w.finished()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(w.host.inFlightWaiters.size).toBe(0);
  });

  it('waits no longer than the call deadline', async () => {
    const w = wait('stopRecording', undefined, NOW + 2_000);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(w.finished()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(w.finished()).toBe(true);
  });

  it('ends early when the call is aborted, and leaves no abort listener behind', async () => {
    const controller = new AbortController();
    const w = wait('stopRecording', controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    controller.abort();
    // Cut short, the recovery answers the error it was to heal; the engine then ends the call with 7013.
    expect((await w.result)._unsafeUnwrapErr()).toBe(error);
    expect(w.host.inFlightWaiters.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('removes its abort listener when the event ends the wait', async () => {
    const controller = new AbortController();
    const w = wait('stopRecording', controller.signal);
    w.event(5001);
    expect((await w.result)._unsafeUnwrap()).toEqual({ next: 'retry' });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
