/**
 * The metrics of `instrument(gme)` over a scripted session on the simulator, read through the real
 * `@opentelemetry/sdk-metrics` and an in-memory exporter.
 */
import { definePolicy, type GmeEventMap } from 'gme-result';
import { GME_ATTRIBUTES as A, instrument, GME_METRICS as M } from 'gme-result/otel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAKE_TIMERS } from '../support/fake-sdk.js';
import { harness, ready, record, settle } from '../support/harness.js';
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

describe('instrument: metrics', () => {
  it('carries the counts of a scripted session', async () => {
    const h = harness('electron', { seed: 5 });
    instrument(h.gme, { tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
    const ended: GmeEventMap['success'][] = [];
    h.gme.on('success', (e) => ended.push(e));

    h.control.script('EnterRoom', [{ event: 7004 }]); // one retry, then in
    await ready(h);
    await record(h, '/voice/a.silk');
    h.control.script('PttUploadRecordedFile', [{ event: 8195 }, { event: 8195 }]); // two retries
    const up = await settle(h.gme.uploadRecordedFile({ filePath: '/voice/a.silk' }));
    expect(up.isOk() && up.value.attempts).toBe(3);
    expect((await settle(h.gme.exitRoom())).isOk()).toBe(true);
    h.control.script('EnterRoom', [{ event: 7005 }]);
    expect((await settle(h.gme.enterRoom({ roomId: 'b', roomType: 1, authBuffer: 'x' }))).isErr()).toBe(true);

    const points = await sdk.collect();
    const calls = pointsOf(points, M.calls).map((p) => [
      p.attributes[A.operation],
      p.attributes[A.outcome],
      p.attributes[A.code],
      p.value,
    ]);
    expect(calls.sort()).toEqual(
      [
        ['applyPttAuthbuffer', 'ok', 0, 1],
        ['enterRoom', 'error', 7005, 1],
        ['enterRoom', 'ok', 0, 1],
        ['exitRoom', 'ok', 0, 1],
        ['init', 'ok', 0, 1],
        ['startRecording', 'ok', 0, 1],
        ['stopRecording', 'ok', 0, 1],
        ['uploadRecordedFile', 'ok', 0, 1],
      ].sort(),
    );
    expect(pointsOf(points, M.calls)[0]?.unit).toBe('{call}');

    const retries = pointsOf(points, M.retries).map((p) => [
      p.attributes[A.operation],
      p.attributes[A.code],
      p.value,
    ]);
    expect(retries.sort()).toEqual([
      ['enterRoom', 7004, 1],
      ['uploadRecordedFile', 8195, 2],
    ]);

    // The histogram holds each call's durationMs, as the client reported it.
    const upload = pointsOf(points, M.callDuration, { [A.operation]: 'uploadRecordedFile' });
    expect(upload.map((p) => [p.unit, p.value, p.histogram?.sum])).toEqual([
      ['ms', 1, ended.find((e) => e.operation === 'uploadRecordedFile')?.durationMs],
    ]);
    expect(total(points, M.callDuration)).toBe(8);

    const room = pointsOf(points, M.roomStateChanges).map((p) => [
      `${p.attributes[A.roomPreviousState]}->${p.attributes[A.roomState]}`,
      p.value,
    ]);
    expect(Object.fromEntries(room)).toEqual({
      'idle->entering': 3, // the first entry, its retry after ENTER_ROOM 7004, the entry that got 7005
      'entering->idle': 2,
      'entering->entered': 1,
      'entered->exiting': 1,
      'exiting->idle': 1,
    });
  });

  it('observes the retry budget and every family circuit from gme.stats() at each collection', async () => {
    const h = harness('electron', { seed: 5 });
    instrument(h.gme, { meterProvider: sdk.meterProvider });
    const before = await sdk.collect();
    expect(pointsOf(before, M.budgetTokens).map((p) => [p.unit, p.value])).toEqual([
      ['{token}', h.gme.stats().budgetTokens],
    ]);
    expect(
      pointsOf(before, M.circuitState)
        .map((p) => [p.attributes[A.circuitFamily], p.value])
        .sort(),
    ).toEqual([
      ['call', 0],
      ['init', 0],
      ['recording', 0],
      ['room', 0],
      ['speech', 0],
      ['voice-message', 0],
    ]);

    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'x' }));
    const after = await sdk.collect();
    expect(h.gme.stats().circuits).toEqual({ room: 'open' });
    expect(pointsOf(after, M.circuitState, { [A.circuitFamily]: 'room' }).map((p) => p.value)).toEqual([2]);
    expect(pointsOf(after, M.budgetTokens).map((p) => p.value)).toEqual([h.gme.stats().budgetTokens]);
    expect(h.gme.stats().budgetTokens).not.toBe(pointsOf(before, M.budgetTokens)[0]?.value);

    await vi.advanceTimersByTimeAsync(6_000);
    expect(h.gme.stats().circuits).toEqual({ room: 'half-open' });
    const halfOpen = await sdk.collect();
    expect(pointsOf(halfOpen, M.circuitState, { [A.circuitFamily]: 'room' }).map((p) => p.value)).toEqual([
      1,
    ]);
  });

  it('observes no budget when the policy has none', async () => {
    const h = harness('electron', {}, { policy: definePolicy({ budget: false }) });
    instrument(h.gme, { meterProvider: sdk.meterProvider });
    const points = await sdk.collect();
    expect(pointsOf(points, M.budgetTokens)).toEqual([]);
    expect(pointsOf(points, M.circuitState)).toHaveLength(6);
  });

  it('never puts a room id on a metric, even with recordRoomId', async () => {
    const h = harness('electron', { seed: 5 });
    instrument(h.gme, { meterProvider: sdk.meterProvider, recordRoomId: true });
    await ready(h, 'room-of-alice');
    await sdk.collect();
    const text = JSON.stringify(sdk.lastExport());
    expect(text).toContain(M.roomStateChanges);
    expect(text).not.toContain('room-of-alice');
  });
});
