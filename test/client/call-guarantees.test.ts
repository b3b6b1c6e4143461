/**
 * The promises of issue 15 that the property tests do not spell out, one scenario each against the
 * simulator: recovery steps wait as the client's timeouts say, no invocation outlives its call's
 * deadline, a hostile failure payload cannot give `toJSON().cause` a prototype, and the smaller
 * rules (attempts count SDK invocations, a timed-out entry does not leave the room `entering`,
 * re-applying the same policy keeps an open circuit open, the success-listener rule).
 */
import { definePolicy, type GmeEventMap, recover } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;

async function initOnly(h: ReturnType<typeof harness>): Promise<void> {
  expect((await settle(h.gme.init({ appId: '1400000001', openId: '10001' }))).isOk()).toBe(true);
}

describe('deadlines and waits', () => {
  it('ends a call at its deadline even when one invocation would wait longer (timeoutMs 1500, deadlineMs 200)', async () => {
    const h = harness('electron', { latencyMs: 10 });
    await initOnly(h);
    h.control.script('EnterRoom', [{ noEvent: true }]);
    const start = Date.now();
    let endedAt = 0;
    const call = h.gme.enterRoom(LOBBY, { timeoutMs: 1_500, deadlineMs: 200 });
    void call.then(() => {
      endedAt = Date.now();
    });
    const r = await settle(call, 10);
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1005, attempts: 1 });
    // The slack is one fake-timer step of the test's settle loop, not the invocation's 1 500 ms.
    expect(endedAt - start).toBeGreaterThanOrEqual(200);
    expect(endedAt - start).toBeLessThanOrEqual(210);
    h.gme.dispose();
  });

  it("recover('exitThenEnter') waits for ExitRoom as `timeouts.exitRoom` says, not the built-in 10 s", async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      operations: { enterRoom: { 7007: recover('exitThenEnter') } },
    });
    const h = harness('electron', { latencyMs: 10 }, { policy, timeouts: { exitRoom: 100 } });
    await ready(h, 'arena');
    h.control.script('EnterRoom', [{ event: 7007 }]);
    h.control.script('ExitRoom', [{ noEvent: true }]);
    const recoveries: GmeEventMap['recovery'][] = [];
    h.gme.on('recovery', (e) => recoveries.push(e));
    const start = Date.now();
    let endedAt = 0;
    const call = h.gme.enterRoom(LOBBY);
    void call.then(() => {
      endedAt = Date.now();
    });
    const r = await settle(call, 10);
    // The exit got no answer within its 100 ms: the recovery fails, and the call with it, long before 10 s.
    expect(r.isErr()).toBe(true);
    expect(endedAt - start).toBeLessThan(1_000);
    expect(h.control.stats.calls.ExitRoom).toBe(1);
    expect(recoveries.map((e) => [e.action, e.ok])).toEqual([['exitThenEnter', false]]);
    h.gme.dispose();
  });
});

describe('a hostile failure payload', () => {
  it('cannot give toJSON().cause a prototype, and JSON.stringify keeps its keys', async () => {
    const h = harness('electron', { latencyMs: 10 });
    await initOnly(h);
    h.control.script('EnterRoom', [{ event: 7005, malformed: '{"__proto__":{"polluted":1},"result":7005}' }]);
    const r = await settle(h.gme.enterRoom(LOBBY));
    const error = r._unsafeUnwrapErr();
    const json = error.toJSON() as { cause?: Record<string, unknown> };
    // The key stays an own field (a plain value), never the object's prototype.
    expect(json.cause?.polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(json.cause ?? {}).sort()).toEqual(['__proto__', 'result']);
    expect(JSON.stringify(error)).toContain('"cause":{"__proto__":{"polluted":1},"result":7005}');
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    h.gme.dispose();
  });

  it('never makes toJSON or JSON.stringify throw, whatever the SDK threw', async () => {
    const h = harness('electron', { latencyMs: 10 });
    await initOnly(h);
    const nasty = Object.defineProperty({}, 'message', {
      enumerable: true,
      get() {
        throw new Error('a getter that throws');
      },
    });
    h.control.script('EnterRoom', [{ throws: nasty }]);
    const r = await settle(h.gme.enterRoom(LOBBY));
    const error = r._unsafeUnwrapErr();
    expect(error.source).toBe('client');
    const text = JSON.stringify(error);
    expect(JSON.parse(text)).toMatchObject({ code: error.code, operation: 'enterRoom' });
    h.gme.dispose();
  });
});

describe('the smaller rules', () => {
  it('a timed-out entry with no late event leaves the room as it was before, not `entering`', async () => {
    const h = harness('electron', { latencyMs: 10 });
    await initOnly(h);
    h.control.script('EnterRoom', [{ noEvent: true }]);
    const r = await settle(h.gme.enterRoom(LOBBY, { timeoutMs: 300, deadlineMs: 300 }));
    expect(r._unsafeUnwrapErr().code).toBe(1005);
    expect(h.gme.room.state).toBe('idle');
    h.gme.dispose();
  });

  it('re-applying the same policy keeps an open circuit open; other breaker settings start afresh', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      breaker: { failureThreshold: 1, cooldownMs: 60_000 },
    });
    const h = harness('electron', { latencyMs: 10 }, { policy });
    await initOnly(h);
    h.control.script('EnterRoom', [{ event: 10001 }, { event: 10001 }, { event: 10001 }]);
    await settle(h.gme.enterRoom(LOBBY));
    expect(h.gme.stats().circuits).toEqual({ room: 'open' });
    h.gme.setPolicy(
      definePolicy({ extends: defaultPolicy, breaker: { failureThreshold: 1, cooldownMs: 60_000 } }),
    );
    expect(h.gme.stats().circuits).toEqual({ room: 'open' });
    h.gme.setPolicy(
      definePolicy({ extends: defaultPolicy, breaker: { failureThreshold: 2, cooldownMs: 60_000 } }),
    );
    expect(h.gme.stats().circuits).toEqual({});
    h.gme.dispose();
  });

  it('a `success` listener added while a call runs hears of that call when it ends', async () => {
    const h = harness('electron', { latencyMs: 10 });
    await initOnly(h);
    const call = h.gme.enterRoom(LOBBY);
    const seen: string[] = [];
    h.gme.on('success', (e) => seen.push(e.operation));
    expect((await settle(call)).isOk()).toBe(true);
    expect(seen).toEqual(['enterRoom']);
    h.gme.dispose();
  });
});
