import { ok } from 'neverthrow';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSdk } from '../../test/support/fake-sdk.js';
import type { GmeError } from '../errors/gme-error.js';
import { fail } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import { ClientContext } from './client-context.js';
import { resolveOptions } from './client-options.js';
import { serialize } from './room-queue.js';

const NOW = 1_000;
const clock = {
  now: () => NOW,
  sleep: (_ms: number, signal?: AbortSignal) =>
    new Promise<void>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
};
const contexts: ClientContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.dispose();
});

function context(): ClientContext {
  const sdk = new FakeSdk({ timeoutMs: 5_000 });
  const policy = definePolicy({ default: fail(), budget: false, breaker: false });
  const ctx = new ClientContext(resolveOptions({ sdk, policy, poll: false, clock }));
  contexts.push(ctx);
  return ctx;
}

function call(signal?: AbortSignal, deadline = NOW + 60_000) {
  return { operation: 'exitRoom', callId: 1, signal, started: NOW, deadline };
}

/** A task whose end the test decides. */
function gate() {
  let open: () => void = () => {};
  const runs: number[] = [];
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  const task = async () => {
    runs.push(runs.length);
    await opened;
    return ok<string, GmeError>('done');
  };
  return { open, runs, task };
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('serialize', () => {
  it('runs the first call at once even when its signal is already aborted or its deadline past', async () => {
    const ctx = context();
    const ac = new AbortController();
    ac.abort();
    const first = await serialize(ctx, call(ac.signal), async () => ok<string, GmeError>('first'));
    expect(first._unsafeUnwrap()).toBe('first');
    const second = await serialize(ctx, call(undefined, NOW - 1), async () => ok<string, GmeError>('second'));
    expect(second._unsafeUnwrap()).toBe('second');
  });

  it('counts queued calls and back to zero when they end', async () => {
    const ctx = context();
    const a = gate();
    const b = gate();
    const pa = serialize(ctx, call(), a.task);
    expect(ctx.roomQueued).toBe(1);
    const pb = serialize(ctx, call(), b.task);
    expect(ctx.roomQueued).toBe(2);
    await tick();
    expect([a.runs.length, b.runs.length]).toEqual([1, 0]);
    a.open();
    expect((await pa)._unsafeUnwrap()).toBe('done');
    await tick();
    expect(ctx.roomQueued).toBe(1);
    expect(b.runs.length).toBe(1);
    b.open();
    await pb;
    await tick();
    expect(ctx.roomQueued).toBe(0);
    // Nobody ahead again: a call with an aborted signal runs.
    const ac = new AbortController();
    ac.abort();
    expect(
      (await serialize(ctx, call(ac.signal), async () => ok<string, GmeError>('again')))._unsafeUnwrap(),
    ).toBe('again');
  });

  it('ends a queued call whose signal is already aborted with 7013, never running it', async () => {
    const ctx = context();
    const a = gate();
    const pa = serialize(ctx, call(), a.task);
    const ac = new AbortController();
    ac.abort();
    let ran = false;
    const r = await serialize(ctx, call(ac.signal), async () => {
      ran = true;
      return ok<string, GmeError>('ran');
    });
    expect(r._unsafeUnwrapErr().code).toBe(7013);
    a.open();
    await pa;
    await tick();
    expect(ran).toBe(false);
    expect(ctx.roomQueued).toBe(0);
  });

  it('ends a queued call aborted while it waits with 7013, and the queue moves on', async () => {
    const ctx = context();
    const a = gate();
    const pa = serialize(ctx, call(), a.task);
    const ac = new AbortController();
    let ran = false;
    const pb = serialize(ctx, call(ac.signal), async () => {
      ran = true;
      return ok<string, GmeError>('ran');
    });
    const c = gate();
    const pc = serialize(ctx, call(), c.task);
    await tick();
    ac.abort();
    const r = await pb;
    expect(r._unsafeUnwrapErr().code).toBe(7013);
    expect(r._unsafeUnwrapErr().attempts).toBe(0);
    a.open();
    await pa;
    await tick();
    expect(ran).toBe(false);
    expect(c.runs.length).toBe(1);
    c.open();
    expect((await pc)._unsafeUnwrap()).toBe('done');
  });

  it('ends queued calls with 7013 when the client is disposed', async () => {
    const ctx = context();
    const a = gate();
    void serialize(ctx, call(), a.task);
    const pb = serialize(ctx, call(), async () => ok<string, GmeError>('ran'));
    await tick();
    ctx.dispose();
    expect((await pb)._unsafeUnwrapErr().code).toBe(7013);
  });

  it('ends a queued call whose deadline has passed with client 1005', async () => {
    const ctx = context();
    const a = gate();
    const pa = serialize(ctx, call(), a.task);
    const r = await serialize(ctx, call(undefined, NOW), async () => ok<string, GmeError>('ran'));
    expect(r._unsafeUnwrapErr().code).toBe(1005);
    expect(r._unsafeUnwrapErr().source).toBe('client');
    a.open();
    await pa;
  });

  it('lets a running task answer an abort itself', async () => {
    const ctx = context();
    const a = gate();
    const pa = serialize(ctx, call(), a.task);
    const ac = new AbortController();
    const b = gate();
    const pb = serialize(ctx, call(ac.signal), b.task);
    a.open();
    await pa;
    await tick();
    expect(b.runs.length).toBe(1);
    ac.abort();
    b.open();
    expect((await pb)._unsafeUnwrap()).toBe('done');
  });

  it('passes on the rejection of a queued task', async () => {
    const ctx = context();
    const a = gate();
    const pa = serialize(ctx, call(), a.task);
    const boom = new Error('boom');
    const pb = serialize(ctx, call(), async () => {
      throw boom;
    });
    const caught = pb.then(
      () => 'resolved',
      (e: unknown) => e,
    );
    a.open();
    await pa;
    expect(await caught).toBe(boom);
    await tick();
    expect(ctx.roomQueued).toBe(0);
  });
});
