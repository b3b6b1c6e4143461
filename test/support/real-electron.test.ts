import { createSimulatedGme, type SimulatedGmeContext } from 'gme-result/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromElectron } from '../../src/sdk/from-electron.js';
import { loadRealGmeContext } from './real-electron.js';

describe('the real gme-electron-sdk GmeContext over the simulator', () => {
  let sim: SimulatedGmeContext;

  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
    sim = createSimulatedGme({ seed: 3, latencyMs: 40 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is the package class, wrapping the simulated native addon object', () => {
    const GmeContext = loadRealGmeContext(() => sim.native);
    const ctx = new GmeContext();
    expect(ctx.gmeSDKCpp).toBe(sim.native);
    expect(typeof GmeContext.prototype.PttStartRecordingWithStreamingRecognition).toBe('function');
    expect('SwitchRoom' in ctx).toBe(false);
  });

  it('gives each new GmeContext the native object of the latest factory', () => {
    const other = createSimulatedGme();
    const GmeContext = loadRealGmeContext(() => sim.native);
    const first = new GmeContext();
    expect(loadRealGmeContext(() => other.native)).toBe(GmeContext);
    const second = new GmeContext();
    expect(first.gmeSDKCpp).toBe(sim.native);
    expect(second.gmeSDKCpp).toBe(other.native);
  });

  it('enters a room through fromElectron: Init 0, EnterRoom 0, then ENTER_ROOM 0 as JSON text inside Poll', () => {
    const GmeContext = loadRealGmeContext(() => sim.native);
    const adapter = fromElectron(new GmeContext());
    const seen: [number, unknown][] = [];
    const detach = adapter.attach((type, payload) => seen.push([type, payload]));

    expect(adapter.surface).toBe('electron');
    expect(adapter.supports('switchRoom')).toBe(false);
    expect(adapter.invoke('init', { appId: '1400000000', openId: '10001' })).toBe(0);
    expect(adapter.invoke('enterRoom', { roomId: 'lobby', roomType: 1, authBuffer: 'secret' })).toBe(0);
    expect(sim.control.state.room).toBe('entering');

    vi.advanceTimersByTime(39);
    adapter.poll?.();
    expect(seen).toEqual([]);

    vi.advanceTimersByTime(1);
    adapter.poll?.();
    expect(seen).toHaveLength(1);
    const [type, payload] = seen[0] ?? [];
    expect(type).toBe(1);
    expect(typeof payload).toBe('string');
    expect(JSON.parse(payload as string)).toEqual({ result: 0, error_info: '' });
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby' });
    expect(sim.control.stats.calls).toMatchObject({ Init: 1, EnterRoom: 1, Poll: 2, SetTMGDelegate: 1 });
    detach();
  });

  it('forwards to the game delegate set through the real SetTMGDelegate and restores it on detach', () => {
    const GmeContext = loadRealGmeContext(() => sim.native);
    const ctx = new GmeContext();
    const game: [number, string][] = [];
    const gameDelegate = { onEvent: (event: number, result: string) => game.push([event, result]) };
    const adapter = fromElectron(ctx, { delegate: gameDelegate });
    const ours: number[] = [];
    const detach = adapter.attach((type) => ours.push(type));

    ctx.Init('1400000000', '10001');
    ctx.ApplyPTTAuthbuffer('ptt-secret');
    sim.control.emit(5002, '{"result":0,"file_path":"/a.silk","file_id":"https://x/1"}');
    ctx.Poll();
    expect(ours).toEqual([5002]);
    expect(game).toEqual([[5002, '{"result":0,"file_path":"/a.silk","file_id":"https://x/1"}']]);

    detach();
    sim.control.emit(2, '{"result":0}');
    ctx.Poll();
    expect(ours).toEqual([5002]);
    expect(game.map(([event]) => event)).toEqual([5002, 2]);
    expect(Object.hasOwn(ctx, 'SetTMGDelegate')).toBe(false);
  });
});
