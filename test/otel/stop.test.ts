/** `stop()` of `instrument(gme)`: listeners, gauges and the spans of calls still in flight. */
import { GME_ATTRIBUTES as A, instrument, GME_METRICS as M } from 'gme-result/otel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAKE_TIMERS } from '../support/fake-sdk.js';
import { harness, settle } from '../support/harness.js';
import { type OtelSdk, otelSdk, pointsOf, total } from '../support/otel-sdk.js';

let sdk: OtelSdk;
beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
  sdk = otelSdk();
});
afterEach(async () => {
  vi.useRealTimers();
  await sdk.shutdown();
});

const providers = () => ({ tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
const init = { appId: '1400000001', openId: '10001' };

describe('instrument: stop()', () => {
  it('leaves gme.stats().listeners as before, the game listeners included, and twice is harmless', async () => {
    const h = harness();
    const mine = vi.fn();
    h.gme.on('success', mine).on('roomState', mine);
    const before = h.gme.stats().listeners;
    const handle = instrument(h.gme, providers());
    expect(h.gme.stats().listeners).toBeGreaterThan(before);
    handle.stop();
    expect(h.gme.stats().listeners).toBe(before);
    handle.stop();
    expect(h.gme.stats().listeners).toBe(before);
    await settle(h.gme.init(init));
    expect(mine).toHaveBeenCalledTimes(1); // the game's listener was kept
  });

  it('records nothing after stop: no span, no count, no new gauge reading', async () => {
    const h = harness();
    const handle = instrument(h.gme, providers());
    await settle(h.gme.init(init));
    const before = await sdk.collect();
    expect(total(before, M.calls)).toBe(1);
    const tokens = h.gme.stats().budgetTokens;
    expect(pointsOf(before, M.budgetTokens).map((p) => p.value)).toEqual([tokens]);
    handle.stop();
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'x' }));
    expect(h.gme.stats().budgetTokens).not.toBe(tokens); // the retries spent tokens
    expect(h.gme.stats().circuits).toEqual({ room: 'open' });
    expect(sdk.spans().map((s) => s.name)).toEqual(['gme init']);
    const after = await sdk.collect();
    expect(total(after, M.calls)).toBe(1);
    expect(pointsOf(after, M.retries)).toEqual([]);
    expect(pointsOf(after, M.roomStateChanges)).toEqual([]);
    // The SDK repeats a gauge's last reading; the callback that would read the new state is gone.
    expect(pointsOf(after, M.budgetTokens).map((p) => p.value)).toEqual([tokens]);
    expect(pointsOf(after, M.circuitState, { [A.circuitFamily]: 'room' }).map((p) => p.value)).toEqual([0]);
  });

  it('ends the span of a call in flight as incomplete, and the call goes on unharmed', async () => {
    const h = harness();
    const handle = instrument(h.gme, providers());
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ delayMs: 1_000 }]);
    const entering = h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'x' });
    await vi.advanceTimersByTimeAsync(100);
    handle.stop();
    const [span] = sdk.spans().filter((s) => s.name === 'gme enterRoom');
    expect(span?.attributes).toEqual({ [A.operation]: 'enterRoom', [A.incomplete]: true });
    expect((await settle(entering)).isOk()).toBe(true);
    expect(sdk.spans()).toHaveLength(2);
  });

  it('instruments a client again after stop, and two instrumentations each see every call', async () => {
    const h = harness();
    instrument(h.gme, providers()).stop();
    const first = instrument(h.gme, providers());
    const second = instrument(h.gme, providers());
    await settle(h.gme.init(init));
    expect(sdk.spans().map((s) => s.name)).toEqual(['gme init', 'gme init']);
    first.stop();
    second.stop();
    expect(h.gme.stats().listeners).toBe(0);
  });
});
