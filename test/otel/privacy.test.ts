/**
 * What `instrument(gme)` exports holds no auth buffer, even when the SDK echoes one back in its
 * payloads, and a room id only when `recordRoomId` allows it.
 */
import { GME_ATTRIBUTES as A, instrument } from 'gme-result/otel';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAKE_TIMERS } from '../support/fake-sdk.js';
import { type Harness, harness, record, settle } from '../support/harness.js';
import { exported, type OtelSdk, otelSdk, strings } from '../support/otel-sdk.js';

let sdk: OtelSdk;
beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
  sdk = otelSdk();
});
afterEach(async () => {
  vi.useRealTimers();
  await sdk.shutdown();
});

const MARK = 'SECRET-';
const ROOM_BUFFER = `${MARK}room-7f3a9c`;
const REFRESHED = `${MARK}room-refreshed-11b2`;
const PTT_BUFFER = `${MARK}ptt-e81d`;

/** Every string exported so far: of every span, and of the metrics collected now. */
async function exportedStrings(): Promise<string[]> {
  await sdk.collect();
  return [...strings(sdk.spans().map(exported)), ...strings(sdk.lastExport())];
}

/** The exported strings that show a buffer (each starts with `SECRET-`). */
async function leaks(): Promise<string[]> {
  return (await exportedStrings()).filter((t) => t.includes(MARK));
}

/** A completion payload that echoes `secret` back in `error_info`, as some SDK builds do. */
const echo = (result: number, secret: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ result, error_info: `rejected auth buffer ${secret}`, ...extra });

async function session(h: Harness, roomId: string): Promise<void> {
  await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
  await settle(h.gme.applyPttAuthbuffer({ authBuffer: PTT_BUFFER }));
  h.control.script('EnterRoom', [{ event: 7006, malformed: echo(7006, ROOM_BUFFER) }]);
  const entered = await settle(h.gme.enterRoom({ roomId, roomType: 1, authBuffer: ROOM_BUFFER }));
  expect(entered.isOk() && entered.value.recovered).toBe('refreshAuth');
  await record(h, '/voice/a.silk');
  h.control.script('PttUploadRecordedFile', [
    { event: 8195, malformed: echo(8195, PTT_BUFFER, { file_path: '/voice/a.silk' }) },
  ]);
  expect((await settle(h.gme.uploadRecordedFile({ filePath: '/voice/a.silk' }))).isOk()).toBe(true);
  h.control.script('PttUploadRecordedFile', [{ sync: 1004 }]); // an Err while in the room
  expect((await settle(h.gme.uploadRecordedFile({ filePath: '/voice/a.silk' }))).isErr()).toBe(true);
  await settle(h.gme.exitRoom());
  h.control.script('EnterRoom', [{ event: 7005, malformed: echo(7005, ROOM_BUFFER) }]);
  expect((await settle(h.gme.enterRoom({ roomId, roomType: 1, authBuffer: ROOM_BUFFER }))).isErr()).toBe(
    true,
  );
  h.control.script('ApplyPTTAuthbuffer', [{ sync: 7006 }]);
  await settle(h.gme.call('ApplyPTTAuthbuffer', [PTT_BUFFER]));
}

const providers = () => ({ tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });

describe('instrument: secrets and personal data', () => {
  it('exports no auth buffer in any span or metric, even when the SDK echoes one in error_info', async () => {
    const h = harness('electron', { seed: 9 }, { auth: { refresh: async () => REFRESHED } });
    instrument(h.gme, { ...providers(), recordRoomId: true });
    const seen: string[] = [];
    h.gme.on('error', (e) => seen.push(e.error.code.toString())).on('retry', (e) => seen.push(`r${e.code}`));
    await session(h, 'lobby');
    expect(seen).toEqual(['r8195', '1004', '7005', '7006']); // the echoing failures happened
    expect(sdk.spans().filter((s) => s.name === 'gme enterRoom')).toHaveLength(2);
    const texts = await exportedStrings();
    expect(texts).toContain('AV_ERR_CHARGE_OVERDUE'); // the scan covers span attributes...
    expect(texts).toContain('gme.client.retries'); // ...and metrics
    expect(await leaks()).toEqual([]);
  });

  it('the scan finds a buffer that did get into a span (so an empty finding means something)', async () => {
    const span = sdk.tracerProvider.getTracer('t').startSpan('planted');
    span.addEvent('e', { deep: `x ${PTT_BUFFER} y` });
    span.end();
    expect(await leaks()).toEqual([`x ${PTT_BUFFER} y`]);
  });

  it('puts no room id anywhere by default', async () => {
    const h = harness('electron', { seed: 9 }, { auth: { refresh: async () => REFRESHED } });
    instrument(h.gme, providers());
    await session(h, 'room-of-alice');
    const texts = await exportedStrings();
    expect(texts.filter((t) => t.includes('room-of-alice') || t === A.roomId)).toEqual([]);
  });

  it('with recordRoomId, names the room a call ended in, else the one it started in', async () => {
    const h = harness('electron', { seed: 9 }, { auth: { refresh: async () => REFRESHED } });
    instrument(h.gme, { ...providers(), recordRoomId: true });
    await session(h, 'room-of-alice');
    const rooms = sdk.spans().map((s) => [s.name, s.attributes[A.roomId]]);
    expect(rooms).toEqual([
      ['gme init', undefined],
      ['gme applyPttAuthbuffer', undefined],
      ['gme enterRoom', 'room-of-alice'],
      ['gme startRecording', 'room-of-alice'],
      ['gme stopRecording', 'room-of-alice'],
      ['gme uploadRecordedFile', 'room-of-alice'],
      ['gme uploadRecordedFile', 'room-of-alice'],
      ['gme exitRoom', 'room-of-alice'], // the room it left
      ['gme enterRoom', undefined], // failed from outside any room
      ['gme ApplyPTTAuthbuffer', undefined], // a raw call(), outside any room
    ]);
  });
});
