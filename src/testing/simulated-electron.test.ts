import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the GmeContext face', () => {
  it('counts each call under its own PascalCase name', () => {
    const sim = createSimulatedGme({ latencyMs: 0, switchRoom: true });
    sim.SetTMGDelegate({ onEvent() {} });
    sim.Init('1400', '10001');
    sim.Poll();
    sim.EnterRoom('lobby', 1, 'auth');
    sim.ExitRoom();
    sim.SwitchRoom?.('arena', 'auth');
    sim.IsRoomEntered();
    sim.ApplyPTTAuthbuffer('ptt');
    sim.PttStartRecording('/a.silk');
    sim.PttCancelRecording();
    sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US');
    sim.PttStopRecording();
    sim.PttUploadRecordedFile('/a.silk');
    sim.PttDownloadRecordedFile('https://x/1', '/b.silk');
    sim.PttPlayRecordedFile('/a.silk', 0);
    sim.PttStopPlayFile();
    sim.PttSpeechToText('https://x/1', 'en-US', 'en-US');
    sim.EnableMic(true);
    sim.EnableSpeaker(true);
    sim.SetMicVolume(100);
    sim.GetSDKVersion();
    sim.Uninit();
    expect(sim.control.stats.calls).toEqual({
      SetTMGDelegate: 1,
      Init: 1,
      Poll: 1,
      EnterRoom: 1,
      ExitRoom: 1,
      SwitchRoom: 1,
      IsRoomEntered: 1,
      ApplyPTTAuthbuffer: 1,
      PttStartRecording: 1,
      PttCancelRecording: 1,
      PttStartRecordingWithStreamingRecognition: 1,
      PttStopRecording: 1,
      PttUploadRecordedFile: 1,
      PttDownloadRecordedFile: 1,
      PttPlayRecordedFile: 1,
      PttStopPlayFile: 1,
      PttSpeechToText: 1,
      EnableMic: 1,
      EnableSpeaker: 1,
      SetMicVolume: 1,
      GetSDKVersion: 1,
      Uninit: 1,
    });
  });

  it('applies scripted faults to the method they name', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    sim.Init('1400', '10001');
    const methods = [
      'Uninit',
      'EnableMic',
      'EnableSpeaker',
      'SetMicVolume',
      'GetSDKVersion',
      'PttCancelRecording',
      'PttStopPlayFile',
      'PttStartRecordingWithStreamingRecognition',
      'PttStopRecording',
      'PttDownloadRecordedFile',
      'PttPlayRecordedFile',
    ] as const;
    methods.forEach((m, i) => {
      sim.control.script(m, [{ sync: 9000 + i }]);
    });
    expect([
      sim.Uninit(),
      sim.EnableMic(true),
      sim.EnableSpeaker(true),
      sim.SetMicVolume(1),
      sim.GetSDKVersion(),
      sim.PttCancelRecording(),
      sim.PttStopPlayFile(),
      sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US'),
      sim.PttStopRecording(),
      sim.PttDownloadRecordedFile('https://x/1', '/b.silk'),
      sim.PttPlayRecordedFile('/a.silk', 0),
    ]).toEqual(methods.map((_, i) => 9000 + i));
    expect(sim.control.scriptedSteps()).toBe(0);
    expect(sim.control.state).toMatchObject({ inited: true, micEnabled: false, speakerEnabled: false });
  });

  it('keeps native and control out of the enumerable keys', () => {
    const sim = createSimulatedGme();
    expect(Object.keys(sim)).not.toContain('native');
    expect(Object.keys(sim)).not.toContain('control');
    expect(typeof sim.native.poll).toBe('function');
  });

  it('looks the delegate object up on every event, as GmeSDK.js does', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    const got: string[] = [];
    const delegate = { onEvent: (_e: number, _r: string) => got.push('first') };
    sim.SetTMGDelegate(delegate);
    sim.Init('1400', '10001');
    sim.EnterRoom('lobby', 1, 'auth');
    delegate.onEvent = (e, r) => got.push(`${e} ${r}`);
    sim.Poll();
    expect(got).toEqual(['1 {"result":0,"error_info":""}']);
  });
});
