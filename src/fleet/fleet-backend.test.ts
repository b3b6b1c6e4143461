import { describe, expect, it } from 'vitest';
import { type BackendSettings, FleetBackend } from './fleet-backend.js';
import { VirtualTime } from './virtual-time.js';

const settings = (over: Partial<BackendSettings> = {}): BackendSettings => ({
  seed: 1,
  clients: 10,
  sdk: { latencyMs: [0, 0], detectMs: [0, 0], probeEveryMs: [1, 1] },
  outage: undefined,
  capacity: undefined,
  endMs: 10_000,
  ...over,
});

describe('FleetBackend', () => {
  it('answers 0 after the drawn latency and counts each request in its second', async () => {
    const time = new VirtualTime(10);
    const b = new FleetBackend(time, settings({ sdk: { ...settings().sdk, latencyMs: [50, 150] } }));
    const answers: { result: number | undefined; due: number }[] = [];
    time.at(1500, () => answers.push(b.request(60_000), b.request(60_000)));
    await time.runUntil(2000);
    expect(answers.map((a) => a.result)).toEqual([0, 0]);
    for (const a of answers) expect(a.due - 1500).toBeGreaterThanOrEqual(50);
    for (const a of answers) expect(a.due - 1500).toBeLessThanOrEqual(150);
    expect(Array.from(b.requests.slice(0, 3))).toEqual([0, 2, 0]);
  });

  it('fails every request of a full outage with its code, and is down only inside the window', async () => {
    const time = new VirtualTime(10);
    const b = new FleetBackend(time, settings({ outage: { fromMs: 100, toMs: 200, code: 7004 } }));
    const got: (number | undefined)[] = [];
    for (const t of [50, 100, 199, 200]) time.at(t, () => got.push(b.request(60_000).result));
    await time.runUntil(300);
    expect(got).toEqual([0, 7004, 7004, 0]);
    expect([99, 100, 199, 200].map((t) => b.isDown(t))).toEqual([false, true, true, false]);
  });

  it("gives no answer at all in a 'no-event' outage", () => {
    const time = new VirtualTime(10);
    const b = new FleetBackend(time, settings({ outage: { fromMs: 0, toMs: 100, code: 'no-event' } }));
    expect(b.request(60_000)).toEqual({ result: undefined, due: 0 });
  });

  it('fails about `share` of the requests of a brownout, and the backend is never down', () => {
    const time = new VirtualTime(10);
    const b = new FleetBackend(time, settings({ outage: { fromMs: 0, toMs: 100, code: 7004, share: 0.25 } }));
    let failed = 0;
    for (let i = 0; i < 4000; i++) if (b.request(60_000).result === 7004) failed++;
    expect(failed / 4000).toBeGreaterThan(0.22);
    expect(failed / 4000).toBeLessThan(0.28);
    expect(b.isDown(50)).toBe(false);
  });

  it('serves one request after another at its capacity and refuses what would wait too long', () => {
    const time = new VirtualTime(10);
    // 1 request per second per client × 10 clients: one every 100 ms.
    const b = new FleetBackend(time, settings({ capacity: { perClientPerSecond: 1, queueLimitMs: 250 } }));
    const answers = Array.from({ length: 5 }, () => b.request(60_000));
    expect(answers).toEqual([
      { result: 0, due: 0 },
      { result: 0, due: 100 },
      { result: 0, due: 200 },
      { result: 7004, due: 0 },
      { result: 7004, due: 0 },
    ]);
    expect(b.refused).toBe(2);
    expect(b.maxWaitMs).toBe(200);
    expect(b.lastSaturatedAt).toBe(0);
  });

  it('counts a wait over a second as saturation, from `lateSince` on only', async () => {
    const time = new VirtualTime(10);
    const b = new FleetBackend(
      time,
      settings({ capacity: { perClientPerSecond: 0.1, queueLimitMs: 60_000 } }),
    );
    b.lateSince = 5_000;
    // One request per second served: the third in a row waits 2 s.
    for (let i = 0; i < 3; i++) b.request(60_000);
    expect(b.maxWaitMs).toBe(2000);
    expect(b.lastSaturatedAt).toBe(-1);
    time.at(5_000, () => {
      for (let i = 0; i < 3; i++) b.request(60_000);
    });
    await time.runUntil(5_010);
    expect(b.lastSaturatedAt).toBe(5_000);
  });

  it('counts as wasted what it refuses and what it answers after the client stopped waiting, from `lateSince` on', async () => {
    const time = new VirtualTime(10);
    // One request per second; the line refuses waits over 4 s.
    const b = new FleetBackend(
      time,
      settings({ capacity: { perClientPerSecond: 0.1, queueLimitMs: 4_000 } }),
    );
    b.lateSince = 5_000;
    for (let i = 0; i < 4; i++) b.request(2_500); // waits 0, 1, 2, 3 s: the last is answered too late
    expect(b.answeredTooLate).toBe(1);
    expect(b.lastWastedAt).toBe(-1); // before lateSince
    time.at(5_000, () => {
      // The line drained meanwhile: waits 0, 1, 2, 3 and 4 s, then a wait over 4 s is refused.
      for (let i = 0; i < 5; i++) b.request(60_000); // a client that waits a minute uses them all
      b.request(60_000);
    });
    await time.runUntil(5_010);
    expect(b.refused).toBe(1);
    expect(b.answeredTooLate).toBe(1);
    expect(b.lastWastedAt).toBe(5_000);
    time.at(20_000, () => b.request(100)); // the line is empty again: answered at once
    await time.runUntil(20_010);
    expect(b.lastWastedAt).toBe(5_000);
  });
});
