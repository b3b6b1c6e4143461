/** Helpers of the room-session tests: a client over the simulator with a fixed jitter draw. */
import type { GmeEventMap, GmeLocale } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { expect, vi } from 'vitest';
import { type Harness, harness, settle } from './harness.js';

export const ROOM = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;
/** A fixed random draw: every full-jitter backoff is half its cap. */
export const HALF = () => 0.5;

/** A client over the simulated Electron SDK (10 ms answers, jitter draws of 0.5) recording its session events. */
export function start(
  options: {
    policy?: typeof defaultPolicy;
    refresh?: () => Promise<string>;
    switchRoom?: boolean;
    locale?: GmeLocale;
  } = {},
) {
  const h = harness(
    'electron',
    { latencyMs: 10, switchRoom: options.switchRoom ?? false },
    {
      policy: options.policy ?? defaultPolicy,
      random: HALF,
      ...(options.refresh === undefined ? {} : { auth: { refresh: options.refresh } }),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
    },
  );
  const events: GmeEventMap['session'][] = [];
  h.gme.on('session', (e) => events.push(e));
  return { h, events, states: () => events.map((e) => e.state) };
}

export async function initOf(h: Harness): Promise<void> {
  expect((await settle(h.gme.init({ appId: '1400000001', openId: '10001' }))).isOk()).toBe(true);
}

/** Nothing of the client left: no pending call, timer, listener beyond the test's own. */
export function expectIdle(h: Harness, listeners: number): void {
  expect(h.gme.stats()).toMatchObject({ pending: 0, timers: 0, live: 0, enterFlights: 0, listeners });
  // The one timer left is the client's Poll interval; the session's waits are all gone.
  expect(vi.getTimerCount()).toBe(1);
}

export const calls = (h: Harness, method: string): number =>
  h.control.stats.calls[method as 'EnterRoom'] ?? 0;
