import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GME_METHODS } from '../gme-methods.js';
import { createSimulatedGme } from './create-simulated-gme.js';
import { SIM_METHODS } from './sim-faults.js';
import { createSimulatedWebGme } from './simulated-web.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

function inited() {
  const sim = createSimulatedGme({ latencyMs: 0 });
  sim.Init('1400', '10001');
  return sim;
}

describe('the simulated audio controls', () => {
  it('models every method of GME_METHODS, on both faces of the Electron simulator', () => {
    const sim = createSimulatedGme();
    const native = sim.native as unknown as Record<string, unknown>;
    for (const method of Object.keys(GME_METHODS)) {
      expect(SIM_METHODS, method).toContain(method);
      expect(typeof (sim as unknown as Record<string, unknown>)[method], method).toBe('function');
      expect(typeof native[method.charAt(0).toLowerCase() + method.slice(1)], method).toBe('function');
    }
  });

  it('keeps EnableMic as capture device + upstream and EnableSpeaker as play device + downstream', () => {
    const sim = inited();
    expect([sim.GetMicState(), sim.GetSpeakerState()]).toEqual([0, 0]);
    expect(sim.EnableMic(true)).toBe(0);
    expect(sim.control.state.audio).toMatchObject({ captureDevice: true, send: true, playDevice: false });
    expect([sim.GetMicState(), sim.GetSpeakerState()]).toEqual([1, 0]);
    expect(sim.EnableAudioSend(false)).toBe(0);
    expect(sim.GetMicState()).toBe(0);
    expect(sim.control.state).toMatchObject({
      micEnabled: false,
      audio: { captureDevice: true, send: false },
    });
    expect(sim.EnableAudioPlayDevice(true)).toBe(0);
    expect(sim.GetSpeakerState()).toBe(0);
    expect(sim.EnableAudioRecv(true)).toBe(0);
    expect(sim.GetSpeakerState()).toBe(1);
    expect(sim.control.state.speakerEnabled).toBe(true);
    expect(sim.EnableSpeaker(false)).toBe(0);
    expect(sim.control.state.audio).toMatchObject({ playDevice: false, recv: false });
    expect(sim.EnableAudioCaptureDevice(false)).toBe(0);
    expect(sim.control.state.audio.captureDevice).toBe(false);
  });

  it('keeps the volumes it is given, answering 101 until one is set', () => {
    const sim = inited();
    expect([sim.GetMicVolume(), sim.GetSpeakerVolume()]).toEqual([101, 101]);
    expect(sim.SetMicVolume(150)).toBe(0);
    expect(sim.SetSpeakerVolume(0)).toBe(0);
    expect([sim.GetMicVolume(), sim.GetSpeakerVolume()]).toEqual([150, 0]);
    expect(sim.control.state.audio).toMatchObject({ micVolume: 150, speakerVolume: 0 });
  });

  it.each([[201], [-1], [1.5], ['50'], [null], [Number.NaN]])(
    'refuses the volume %j with 1004 and keeps the one it had',
    (volume) => {
      const sim = inited();
      sim.SetSpeakerVolume(80);
      expect(sim.SetSpeakerVolume(volume as number)).toBe(1004);
      expect(sim.SetMicVolume(volume as number)).toBe(1004);
      expect([sim.GetMicVolume(), sim.GetSpeakerVolume()]).toEqual([101, 80]);
    },
  );

  it.each([['on'], [1], [null], [undefined]])('refuses the switch value %j with 1004', (value) => {
    const sim = inited();
    const switches = [
      sim.EnableMic,
      sim.EnableSpeaker,
      sim.EnableAudioCaptureDevice,
      sim.EnableAudioPlayDevice,
      sim.EnableAudioSend,
      sim.EnableAudioRecv,
    ];
    expect(switches.map((s) => s(value as never))).toEqual(Array(6).fill(1004));
    expect(sim.control.state.audio).toMatchObject({ captureDevice: false, playDevice: false, send: false });
  });

  it('answers 1101 to every audio control before Init, and changes nothing', () => {
    const sim = createSimulatedGme();
    expect([
      sim.EnableMic(true),
      sim.EnableAudioRecv(true),
      sim.SetSpeakerVolume(10),
      sim.GetMicVolume(),
      sim.GetSpeakerVolume(),
      sim.GetMicState(),
      sim.GetSpeakerState(),
    ]).toEqual(Array(7).fill(1101));
    expect(sim.control.state.audio).toMatchObject({ recv: false, speakerVolume: null });
  });

  it('turns everything off and forgets the volumes on Uninit', () => {
    const sim = inited();
    sim.EnableMic(true);
    sim.EnableSpeaker(true);
    sim.SetMicVolume(30);
    expect(sim.Uninit()).toBe(0);
    sim.Init('1400', '10001');
    expect([sim.GetMicState(), sim.GetSpeakerState(), sim.GetMicVolume()]).toEqual([0, 0, 101]);
  });

  it('lets a test script faults of the new methods like any other', () => {
    const sim = inited();
    sim.control.script('GetMicVolume', [{ returns: 'loud' }, { throws: new Error('addon') }]);
    sim.control.script('EnableAudioSend', [{ sync: 7004 }]);
    expect(sim.GetMicVolume()).toBe('loud');
    expect(() => sim.GetMicVolume()).toThrow('addon');
    expect(sim.EnableAudioSend(true)).toBe(7004);
    expect(sim.control.state.audio.send).toBe(false);
    expect(() => sim.control.script('GetMicState', [{ event: 0 }])).toThrow(
      '`GetMicState` sends no completion event',
    );
    expect(sim.control.stats.calls).toMatchObject({ GetMicVolume: 2, EnableAudioSend: 1 });
  });
});

describe('the simulated H5 audio controls', () => {
  it('has only what WebGMEAPI documents: EnableMic, EnableSpeaker, SetMicVolume', () => {
    const api = createSimulatedWebGme() as unknown as Record<string, unknown>;
    for (const method of Object.keys(GME_METHODS)) {
      const present = ['EnableMic', 'EnableSpeaker', 'SetMicVolume'].includes(method);
      expect(method in api, method).toBe(present);
    }
  });

  it('takes volumes from 0 to 100, as the H5 SDK documents, and keeps the state', () => {
    const api = createSimulatedWebGme({ latencyMs: 0 });
    expect(api.SetMicVolume(50)).toBe(1101);
    api.Init({}, '1400', '10001');
    expect(api.SetMicVolume(100)).toBeUndefined();
    expect(api.SetMicVolume(101)).toBe(1004);
    expect(api.EnableMic(true)).toBeUndefined();
    expect(api.control.state).toMatchObject({ micEnabled: true, audio: { micVolume: 100 } });
  });
});
