import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drive, FAKE_TIMERS, FakeSdk } from '../../test/support/fake-sdk.js';
import { fail } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const POLICY = definePolicy({ default: fail(), budget: false, breaker: false });
const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'secret' } as const;

async function done<T>(promise: PromiseLike<T>): Promise<T> {
  const d = await drive(promise);
  if (d.state !== 'resolved') throw new Error(`the call ended ${d.state}`);
  return d.value;
}

describe('runOperation', () => {
  it('numbers calls 1, 2, 3 on their end events, room operations or not', async () => {
    const sdk = new FakeSdk({ timeoutMs: 5_000 });
    const gme = createGmeClient({ sdk, policy: POLICY, poll: false });
    const ids: number[] = [];
    gme.on('success', (e) => ids.push(e.callId));
    await done(gme.init({ appId: '1400000001', openId: '10001' }));
    await done(gme.init({ appId: '1400000001', openId: '10001' }));
    await done(gme.enterRoom(LOBBY));
    expect(ids).toEqual([1, 2, 3]);
  });

  it("cuts a queued room operation at the client's default deadline", async () => {
    const sdk = new FakeSdk({ timeoutMs: 5_000 });
    const gme = createGmeClient({ sdk, policy: POLICY, poll: false, deadlineMs: 1_000 });
    const t0 = Date.now();
    sdk.script('enterRoom', [{ kind: 'event', code: 0, delayMs: 3_000 }]);
    const entering = gme.enterRoom(LOBBY, { deadlineMs: 10_000 });
    let endedAt = 0;
    gme.on('error', () => {
      endedAt = Date.now() - t0;
    });
    const exiting = gme.exitRoom();
    const e = (await done(exiting))._unsafeUnwrapErr();
    expect(e.code).toBe(1005);
    expect(endedAt).toBe(1_000);
    expect(sdk.count('exitRoom')).toBe(0);
    expect((await done(entering)).isOk()).toBe(true);
  });
});
