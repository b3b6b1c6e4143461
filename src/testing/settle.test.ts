import FakeTimers from '@sinonjs/fake-timers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGmeClient } from '../client/create-gme-client.js';
import { fromElectron } from '../sdk/from-electron.js';
import { fromWeb } from '../sdk/from-web.js';
import { createSimulatedGme } from './create-simulated-gme.js';
import { settle } from './settle.js';
import type { SettleOptions } from './settle-options.js';
import { createSimulatedWebGme } from './simulated-web.js';

const INIT = { appId: '1400000001', openId: '10001' } as const;
const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'signed' } as const;

afterEach(() => {
  vi.useRealTimers();
});

/** A simulator and a client over it, made after the fake timers are installed. */
function setup(clientOptions: { poll?: { intervalMs: number } | false } = {}) {
  const sim = createSimulatedGme({ seed: 1, latencyMs: 20 });
  const gme = createGmeClient({ sdk: fromElectron(sim), ...clientOptions });
  return { sim, gme };
}

describe('settle with vitest fake timers', () => {
  it('lets fake time pass until a call through two retries is in, and returns its Result', async () => {
    vi.useFakeTimers({ now: 0 });
    const { sim, gme } = setup();
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    const opts = { vi, gme, sim };
    expect((await settle(gme.init(INIT), opts)).isOk()).toBe(true);
    const room = await settle(gme.enterRoom(LOBBY), opts);
    expect(room.isOk() && room.value.attempts).toBe(3);
    expect(sim.control.state.roomId).toBe('lobby');
    // Three events of 20 ms, two backoffs of at most 200 and 400 ms, 10 ms steps: well under a second.
    expect(Date.now()).toBeGreaterThanOrEqual(60);
    expect(Date.now()).toBeLessThan(1_000);
    gme.dispose();
  });

  it('stops within one step of the moment the promise settles', async () => {
    vi.useFakeTimers({ now: 0 });
    const late = new Promise<string>((resolve) => setTimeout(() => resolve('late'), 1_234));
    await expect(settle(late, { vi, stepMs: 100 })).resolves.toBe('late');
    expect(Date.now()).toBe(1_300);
  });

  it('throws what the promise rejected with', async () => {
    vi.useFakeTimers();
    const failing = new Promise((_, reject) => setTimeout(() => reject(new RangeError('boom')), 50));
    await expect(settle(failing, { vi })).rejects.toThrow(new RangeError('boom'));
  });

  it('refuses to run without vitest fake timers, saying to install them first', async () => {
    await expect(settle(Promise.resolve(1), { vi })).rejects.toThrow(
      'settle: vitest fake timers are not installed. Call vi.useFakeTimers() first, then create the simulator and the client.',
    );
  });

  it('gives up after maxMs with what the client and the simulator still hold', async () => {
    vi.useFakeTimers({ now: 0 });
    const { sim, gme } = setup();
    await settle(gme.init(INIT), { vi });
    sim.control.script('EnterRoom', [{ noEvent: true }]);
    const entering = gme.enterRoom(LOBBY, { timeoutMs: 3_600_000, deadlineMs: 3_600_000 });
    await expect(settle(entering, { vi, gme, sim, maxMs: 1_000, stepMs: 100 })).rejects.toThrow(
      'settle: still pending after 1000 ms of fake time (in 100 ms steps). ' +
        'The client has 1 call(s) waiting for an SDK event, 1 timer(s) set and 0 call(s) waiting for another one to finish. ' +
        'The simulator has 0 event(s) queued and was polled 20 time(s).',
    );
    gme.dispose();
  });

  it('says only what it knows when given neither the client nor the simulator', async () => {
    vi.useFakeTimers();
    const error = await settle(new Promise(() => {}), { vi, maxMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^settle: still pending after 30 ms of fake time \(in 10 ms steps\)\. A promise/,
    );
  });
});

describe('settle and the Poll check', () => {
  it('fails fast with a hint when the client was created before the fake timers', async () => {
    // Created on real timers; its real 10 s interval cannot fire during this test.
    const { sim, gme } = setup({ poll: { intervalMs: 10_000 } });
    vi.useFakeTimers();
    await settle(gme.init(INIT), { vi, sim }); // answered by its return value: no event needed
    const error = await settle(gme.enterRoom(LOBBY), { vi, gme, sim }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'settle: 1 simulated SDK event(s) waited 2000 ms of fake time and Poll() was never called, so no call can complete. ' +
        'A client created before the fake timers were installed polls on real timers: install them first ' +
        '(vi.useFakeTimers() or FakeTimers.install()), then create the simulator and the client. ' +
        'With poll: false, your test must call Poll() itself.',
    );
    expect(sim.control.stats.calls.Poll ?? 0).toBe(0);
    gme.dispose();
  });

  it('waits pollCheckMs before failing, and can be turned off for a test that stops polling on purpose', async () => {
    vi.useFakeTimers({ now: 0 });
    const { sim, gme } = setup({ poll: false });
    await settle(gme.init(INIT), { vi });
    const opts = { timeoutMs: 100, deadlineMs: 1_000 };
    await expect(settle(gme.enterRoom(LOBBY, opts), { vi, sim, pollCheckMs: 500 })).rejects.toThrow(
      /waited 500 ms of fake time and Poll\(\) was never called/,
    );
    gme.dispose();
    const other = setup({ poll: false });
    await settle(other.gme.init(INIT), { vi });
    const ended = await settle(other.gme.enterRoom(LOBBY, opts), { vi, sim: other.sim, pollCheckMs: false });
    // Never polled: the entry timed out (1005), and the retry found the SDK still entering (1001).
    expect(ended.isErr() && ended.error.code).toBe(1001);
    expect(other.sim.control.stats.calls.Poll ?? 0).toBe(0);
    other.gme.dispose();
  });

  it('does not check an SDK without Poll (the H5 one pushes its events)', async () => {
    vi.useFakeTimers();
    const web = createSimulatedWebGme({ latencyMs: 20 });
    const gme = createGmeClient({ sdk: fromWeb(web, { document: {} }) });
    await settle(gme.init(INIT), { vi, sim: web, pollCheckMs: 1 });
    const room = await settle(gme.enterRoom(LOBBY), { vi, sim: web, pollCheckMs: 1 });
    expect(room.isOk()).toBe(true);
    gme.dispose();
  });
});

describe('settle with @sinonjs/fake-timers and with a plain advance function', () => {
  it('drives the same client with a sinon clock', async () => {
    const clock = FakeTimers.withGlobal(globalThis).install({
      now: 0,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    });
    try {
      const { sim, gme } = setup();
      sim.control.script('EnterRoom', [{ event: 7004 }]);
      await settle(gme.init(INIT), { clock, gme, sim });
      const room = await settle(gme.enterRoom(LOBBY), { clock, gme, sim });
      expect(room.isOk() && room.value.attempts).toBe(2);
      expect(clock.now).toBeGreaterThanOrEqual(40);
      gme.dispose();
    } finally {
      clock.uninstall();
    }
  });

  it('calls advance with each step, starting with 0 to flush what is due', async () => {
    const steps: number[] = [];
    let resolve: (v: string) => void = () => {};
    const waiting = new Promise<string>((r) => {
      resolve = r;
    });
    const advance = (ms: number) => {
      steps.push(ms);
      if (steps.length === 4) resolve('in');
    };
    await expect(settle(waiting, { advance, stepMs: 25 })).resolves.toBe('in');
    expect(steps).toEqual([0, 25, 25, 25]);
  });

  it('cuts the last step short at maxMs', async () => {
    const steps: number[] = [];
    await expect(
      settle(new Promise(() => {}), { advance: (ms) => steps.push(ms), stepMs: 40, maxMs: 100 }),
    ).rejects.toThrow(/after 100 ms/);
    expect(steps).toEqual([0, 40, 40, 20]);
  });
});

describe('settle options', () => {
  const none = Promise.resolve(1);

  it.each<[string, unknown, string]>([
    [
      'no options',
      undefined,
      'Expected the settle options to be an object such as { vi } or { clock }, got undefined.',
    ],
    ['null', null, 'Expected the settle options to be an object such as { vi } or { clock }, got null.'],
    ['no clock', {}, 'Expected exactly one of `vi`, `clock` or `advance` in the settle options, got none.'],
    [
      'two clocks',
      { vi, advance: () => {} },
      'Expected exactly one of `vi`, `clock` or `advance` in the settle options, got vi and advance.',
    ],
    ['an unknown key', { advance: () => {}, step: 5 }, 'Unknown settle option `step`.'],
    [
      'something else as vi',
      { vi: {} },
      "Expected `vi` to be vitest's vi (with advanceTimersByTimeAsync and isFakeTimers), got an object.",
    ],
    [
      'something else as clock',
      { clock: 5 },
      'Expected `clock` to be a @sinonjs/fake-timers clock (with tickAsync), got 5.',
    ],
    ['a number as advance', { advance: 5 }, 'Expected `advance` to be a function of milliseconds, got 5.'],
    [
      'a zero step',
      { advance: () => {}, stepMs: 0 },
      'Expected `stepMs` to be an integer from 1 to 60000, got 0.',
    ],
    [
      'a fractional maxMs',
      { advance: () => {}, maxMs: 1.5 },
      'Expected `maxMs` to be an integer from 1 to 86400000, got 1.5.',
    ],
    [
      'null as pollCheckMs',
      { advance: () => {}, pollCheckMs: null },
      'Expected `pollCheckMs` to be an integer from 1 to 3600000, got null.',
    ],
    [
      'something else as gme',
      { advance: () => {}, gme: {} },
      'Expected `gme` to be a client made by createGmeClient, got an object.',
    ],
    [
      'something else as sim',
      { advance: () => {}, sim: { control: {} } },
      'Expected `sim` to be a simulator made by createSimulatedGme, got an object.',
    ],
  ])('refuses %s with a TypeError naming the field', async (_what, options, message) => {
    await expect(settle(none, options as SettleOptions)).rejects.toThrow(new TypeError(message));
  });

  it('takes the defaults for undefined fields', async () => {
    const steps: number[] = [];
    const opts = {
      advance: (ms: number) => steps.push(ms),
      stepMs: undefined,
      maxMs: undefined,
      gme: undefined,
    };
    await expect(settle(new Promise(() => {}), { ...opts, maxMs: 30 })).rejects.toThrow(/in 10 ms steps/);
    expect(steps).toEqual([0, 10, 10, 10]);
  });
});
