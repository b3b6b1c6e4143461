/**
 * What follows a reconnect under `reconnect: { hold: 'calls' }` (the default policy's): the held
 * calls, and those started right after, go to the servers one at a time, each with its full wait
 * for the SDK's answer; once one has succeeded with nobody waiting, calls run side by side again.
 */
import { definePolicy, type Policy } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Harness, harness, ready, record, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const FILES = ['/voice/a.silk', '/voice/b.silk', '/voice/c.silk'] as const;

/** A client in the room with three recorded files, over a simulator answering in `latencyMs`. */
async function inRoom(policy: Policy, latencyMs: number, uploadTimeoutMs?: number): Promise<Harness> {
  const h = harness(
    'electron',
    { latencyMs },
    uploadTimeoutMs === undefined
      ? { policy }
      : { policy, timeouts: { uploadRecordedFile: uploadTimeoutMs } },
  );
  await ready(h);
  for (const file of FILES) await record(h, file);
  return h;
}

/** When each upload invocation reached the SDK, as [file, time] (the client calls `adapter.invoke`). */
function invocations(h: Harness): [string, number][] {
  const seen: [string, number][] = [];
  const invoke = h.adapter.invoke.bind(h.adapter);
  h.adapter.invoke = ((op: string, args: { filePath?: string }) => {
    if (op === 'uploadRecordedFile') seen.push([String(args.filePath), Date.now()]);
    return invoke(op as never, args as never);
  }) as typeof h.adapter.invoke;
  return seen;
}

/** Starts an upload and notes when its Result came. */
function upload(h: Harness, file: string, settledAt: Map<string, number>) {
  return h.gme.uploadRecordedFile({ filePath: file }).map((v) => {
    settledAt.set(file, Date.now());
    return v;
  });
}

/** Disconnects the room for `ms` and lets RECONNECT_START arrive. */
async function reconnecting(h: Harness, ms: number): Promise<number> {
  h.control.disconnect({ reconnectAfterMs: ms });
  await vi.advanceTimersByTimeAsync(100);
  expect(h.gme.room.state).toBe('reconnecting');
  return Date.now();
}

describe('after a reconnect, calls that need the servers take turns', () => {
  it('a call held longer than its own timeout still waits that whole timeout for its answer once released', async () => {
    // The upload waits at most 2 s for its answer; the SDK is away for 5 s, then answers in 1.5 s.
    const h = await inRoom(defaultPolicy, 1_500, 2_000);
    const start = await reconnecting(h, 5_000);
    const r = await settle(h.gme.uploadRecordedFile({ filePath: FILES[0] }));
    expect(r._unsafeUnwrap()).toMatchObject({ filePath: FILES[0], attempts: 1 });
    // Released at the reconnect (~5 s), answered 1.5 s later: the 2 s counted from the release.
    expect(Date.now() - start).toBeGreaterThanOrEqual(5_000 + 1_500 - 100);
    h.gme.dispose();
  });

  it('held calls go one at a time, in the order they were held, each after the one before has ended', async () => {
    const h = await inRoom(defaultPolicy, 300);
    const seen = invocations(h);
    await reconnecting(h, 3_000);
    const settledAt = new Map<string, number>();
    const calls = FILES.map((file) => upload(h, file, settledAt));
    const results = await settle(Promise.all(calls));
    expect(results.every((r) => r.isOk())).toBe(true);
    expect(seen.map(([file]) => file)).toEqual([...FILES]);
    // Each invocation came once the previous call had its Result, not before.
    for (let i = 1; i < FILES.length; i++) {
      const [file, at] = seen[i] as [string, number];
      expect(file).toBe(FILES[i]);
      expect(at).toBeGreaterThanOrEqual(settledAt.get(FILES[i - 1] as string) ?? Number.NaN);
    }
    expect(h.gme.stats()).toMatchObject({ pending: 0, timers: 0, live: 0 });
    h.gme.dispose();
  });

  it('a call started during the recovery waits for its turn; after an Ok with nobody waiting, calls run side by side', async () => {
    const h = await inRoom(defaultPolicy, 300);
    const seen = invocations(h);
    await reconnecting(h, 1_000);
    const settledAt = new Map<string, number>();
    const held = upload(h, FILES[0], settledAt);
    await vi.advanceTimersByTimeAsync(1_000); // reconnected: the held upload is in flight
    expect(seen).toHaveLength(1);
    const late = upload(h, FILES[1], settledAt);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(1); // waits for its turn
    expect((await settle(held)).isOk()).toBe(true);
    expect((await settle(late)).isOk()).toBe(true);
    expect(seen[1]?.[1]).toBeGreaterThanOrEqual(settledAt.get(FILES[0]) ?? Number.NaN);
    // The recovery is over: two uploads started together both reach the SDK at once.
    const before = seen.length;
    const both = Promise.all([upload(h, FILES[2], settledAt), upload(h, FILES[0], settledAt)]);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen.length - before).toBe(2);
    expect((await settle(both)).every((r) => r.isOk())).toBe(true);
    h.gme.dispose();
  });

  it('a turn that ends in a failure passes the turn on; the recovery goes on until a call succeeds', async () => {
    const h = await inRoom(defaultPolicy, 200);
    const seen = invocations(h);
    await reconnecting(h, 1_000);
    const settledAt = new Map<string, number>();
    // The first upload after the reconnect fails with 7004; it was released, so it is not retried.
    h.control.script('PttUploadRecordedFile', [{ event: 7004 }]);
    const first = upload(h, FILES[0], settledAt);
    const second = upload(h, FILES[1], settledAt);
    await vi.advanceTimersByTimeAsync(1_000); // reconnected: the first is in flight, the second waits
    expect(seen).toHaveLength(1);
    expect((await settle(first))._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    expect((await settle(second)).isOk()).toBe(true);
    expect(seen.map(([file]) => file)).toEqual([FILES[0], FILES[1]]);
    expect(seen[1]?.[1]).toBeGreaterThanOrEqual(settledAt.get(FILES[0]) ?? 0);
    h.gme.dispose();
  });

  it('a call that starts after a reconnect, with nothing held, takes the turn and gives it back when it ends', async () => {
    const h = await inRoom(defaultPolicy, 300);
    const seen = invocations(h);
    await reconnecting(h, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.gme.room.state).toBe('entered');
    const settledAt = new Map<string, number>();
    const first = upload(h, FILES[0], settledAt);
    const second = upload(h, FILES[1], settledAt);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(1); // the first has the turn, the second waits for it
    expect((await settle(first)).isOk()).toBe(true);
    expect((await settle(second)).isOk()).toBe(true);
    expect(seen[1]?.[1]).toBeGreaterThanOrEqual(settledAt.get(FILES[0]) ?? Number.NaN);
    // Both ended with an Ok: the recovery is over and two new uploads go at once.
    const both = Promise.all([upload(h, FILES[2], settledAt), upload(h, FILES[0], settledAt)]);
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(4);
    expect((await settle(both)).every((r) => r.isOk())).toBe(true);
    h.gme.dispose();
  });

  it('a call that takes the turn makes one attempt: its 7004 ends it and passes the turn on', async () => {
    const h = await inRoom(defaultPolicy, 200);
    const seen = invocations(h);
    await reconnecting(h, 1_000);
    await vi.advanceTimersByTimeAsync(1_000);
    h.control.script('PttUploadRecordedFile', [{ event: 7004 }]);
    const settledAt = new Map<string, number>();
    const first = upload(h, FILES[0], settledAt);
    const second = upload(h, FILES[1], settledAt);
    expect((await settle(first))._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    expect((await settle(second)).isOk()).toBe(true);
    expect(seen.map(([file]) => file)).toEqual([FILES[0], FILES[1]]);
    h.gme.dispose();
  });

  it('disposing ends the calls waiting for their turn at once and leaves nothing behind', async () => {
    const h = await inRoom(defaultPolicy, 500);
    await reconnecting(h, 1_000);
    const calls = FILES.map((file) => h.gme.uploadRecordedFile({ filePath: file }));
    await vi.advanceTimersByTimeAsync(1_100); // reconnected: the first is in flight, two wait
    h.gme.dispose();
    const results = await Promise.all(calls);
    expect(results.map((r) => r._unsafeUnwrapErr().code)).toEqual([7013, 7013, 7013]);
    expect(results.map((r) => r._unsafeUnwrapErr().attempts)).toEqual([1, 0, 0]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("'off' and 'failures' do not make new calls wait for a turn after a reconnect", async () => {
    for (const hold of ['off', 'failures'] as const) {
      const h = await inRoom(definePolicy({ extends: defaultPolicy, reconnect: { hold } }), 300);
      const seen = invocations(h);
      await reconnecting(h, 1_000);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(h.gme.room.state).toBe('entered');
      const both = Promise.all([
        h.gme.uploadRecordedFile({ filePath: FILES[0] }),
        h.gme.uploadRecordedFile({ filePath: FILES[1] }),
      ]);
      await vi.advanceTimersByTimeAsync(10);
      expect(seen).toHaveLength(2);
      expect((await settle(both)).every((r) => r.isOk())).toBe(true);
      h.gme.dispose();
    }
  });
});
