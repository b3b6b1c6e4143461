import { describe, expect, it } from 'vitest';
import { type BackendSettings, FleetBackend } from './fleet-backend.js';
import { FLEET_EVENTS, FleetSdk } from './fleet-sdk.js';
import { VirtualTime } from './virtual-time.js';

function setup(over: Partial<BackendSettings> = {}) {
  const time = new VirtualTime(10);
  const backend = new FleetBackend(time, {
    seed: 3,
    clients: 1,
    sdk: { latencyMs: [100, 100], detectMs: [500, 500], probeEveryMs: [1000, 1000] },
    outage: { fromMs: 2_000, toMs: 6_000, code: 7004 },
    capacity: undefined,
    endMs: 20_000,
    ...over,
  });
  const sdk = new FleetSdk(backend, { enterRoom: 30_000, uploadRecordedFile: 60_000 });
  const events: string[] = [];
  const detach = sdk.adapter.attach((type, payload) => {
    events.push(`${time.now()} ${type} ${(payload as { result: number }).result}`);
  });
  return { time, backend, sdk, events, detach };
}

describe('FleetSdk', () => {
  it('answers init locally and enterRoom with its completion event from the backend', async () => {
    const { time, sdk, backend, events } = setup();
    expect(sdk.adapter.supports('enterRoom')).toBe(true);
    expect(sdk.adapter.supports('switchRoom')).toBe(false);
    expect(sdk.adapter.hasMethod('Poll')).toBe(false);
    expect(() => sdk.adapter.callMethod('Poll', [])).toThrow(TypeError);
    time.at(1_000, () => {
      expect(sdk.adapter.invoke('init', { appId: '1', openId: '10001' })).toBe(0);
      sdk.adapter.invoke('enterRoom', { roomId: 'r', roomType: 1, authBuffer: 'a' });
    });
    await time.runUntil(1_500);
    expect(events).toEqual([`1100 ${FLEET_EVENTS.enterRoom} 0`]);
    expect(backend.requests[1]).toBe(1);
  });

  it('reports an upload with its file path, and its file id only on success', async () => {
    const { time, sdk, detach } = setup();
    const got: unknown[] = [];
    detach();
    sdk.adapter.attach((type, payload) => got.push([type, payload]));
    time.at(0, () => sdk.adapter.invoke('uploadRecordedFile', { filePath: '/v/1.silk' }));
    time.at(3_000, () => sdk.adapter.invoke('uploadRecordedFile', { filePath: '/v/2.silk' }));
    await time.runUntil(4_000);
    expect(got).toEqual([
      [5002, { result: 0, file_path: '/v/1.silk', file_id: 'https://voice.gme.invalid/fleet/v/1.silk' }],
      [5002, { result: 7004, file_path: '/v/2.silk', file_id: '' }],
    ]);
  });

  it('in a room, notices the outage, probes, and reconnects on the first probe after it', async () => {
    const { time, sdk, backend, events } = setup();
    time.at(0, () => sdk.adapter.invoke('enterRoom', { roomId: 'r', roomType: 1, authBuffer: 'a' }));
    time.at(2_000, () => sdk.connectionLost());
    await time.runUntil(10_000);
    // Noticed at 2.5 s; probes at 3.5, 4.5, 5.5 (down) and 6.5 s (up).
    expect(events).toEqual(['100 1 0', '2500 11 0', '6500 12 0']);
    expect(Array.from(backend.probes.slice(3, 7))).toEqual([1, 1, 1, 1]);
  });

  it('gives up after giveUpAfterMs: ROOM_DISCONNECT, and nothing after it', async () => {
    const { time, sdk, events } = setup({
      sdk: { latencyMs: [100, 100], detectMs: [500, 500], probeEveryMs: [1000, 1000], giveUpAfterMs: 2_000 },
    });
    time.at(0, () => sdk.adapter.invoke('enterRoom', { roomId: 'r', roomType: 1, authBuffer: 'a' }));
    time.at(2_000, () => sdk.connectionLost());
    await time.runUntil(10_000);
    expect(events).toEqual(['100 1 0', '2500 11 0', '4500 3 1005']);
  });

  it('does nothing on a lost connection when it is not in a room', async () => {
    const { time, sdk, events } = setup();
    time.at(2_000, () => sdk.connectionLost());
    await time.runUntil(10_000);
    expect(events).toEqual([]);
  });
});
