import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drive, FAKE_TIMERS, FakeSdk } from '../../test/support/fake-sdk.js';
import { fail, recover, retry } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { Policy } from '../policy/index.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'secret' } as const;

function setup(policy: Policy, deadlineMs?: number) {
  const sdk = new FakeSdk({ timeoutMs: 5_000 });
  const gme = createGmeClient({
    sdk,
    policy,
    poll: false,
    ...(deadlineMs === undefined ? {} : { deadlineMs }),
  });
  return { sdk, gme, t0: Date.now() };
}

async function done<T>(promise: PromiseLike<T>): Promise<T> {
  const d = await drive(promise);
  if (d.state !== 'resolved') throw new Error(`the call ended ${d.state}`);
  return d.value;
}

describe('executeOperation: the success value', () => {
  it('copies the value a custom recovery returns instead of writing into it', async () => {
    const mine = { roomId: 'elsewhere' };
    const custom = () => ({ next: 'done', value: mine }) as const;
    const { sdk, gme } = setup(
      definePolicy({ codes: { 7004: recover(custom) }, default: fail(), budget: false }),
    );
    sdk.script('enterRoom', [{ kind: 'sync', code: 7004 }]);
    const r = await done(gme.enterRoom(LOBBY));
    const value = r._unsafeUnwrap() as unknown as Record<string, unknown>;
    expect(value).not.toBe(mine);
    expect(value).toMatchObject({ roomId: 'elsewhere' });
    expect(typeof value.recovered).toBe('string');
    expect(mine).toEqual({ roomId: 'elsewhere' });
  });
});

describe('executeOperation: time left', () => {
  it('gives a queued room operation only the time its deadline leaves', async () => {
    const { sdk, gme, t0 } = setup(definePolicy({ default: fail(), budget: false, breaker: false }), 1_000);
    sdk.script('enterRoom', [{ kind: 'event', code: 0, delayMs: 800 }]);
    sdk.script('exitRoom', [{ kind: 'noEvent' }]);
    const entering = gme.enterRoom(LOBBY);
    const exiting = gme.exitRoom();
    expect((await done(entering)).isOk()).toBe(true);
    const e = (await done(exiting))._unsafeUnwrapErr();
    expect(e.code).toBe(1005);
    expect(Date.now() - t0).toBe(1_000);
  });

  it('gives a retry only the time the deadline leaves', async () => {
    const policy = definePolicy({
      codes: { 7004: retry({ maxAttempts: 2, baseDelayMs: 100, jitter: 'none' }) },
      default: fail(),
      budget: false,
      breaker: false,
    });
    const { sdk, gme, t0 } = setup(policy, 1_000);
    sdk.script('exitRoom', [{ kind: 'event', code: 7004, delayMs: 300 }, { kind: 'noEvent' }]);
    const e = (await done(gme.exitRoom()))._unsafeUnwrapErr();
    expect(e.code).toBe(1005);
    expect(Date.now() - t0).toBe(1_000);
  });
});
