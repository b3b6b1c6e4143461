import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';
import { createSimRandom } from './sim-random.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SimEngine: initial state', () => {
  it('starts uninitialised, connected, with mic and speaker off and nothing recorded', () => {
    const sim = createSimulatedGme();
    expect(sim.control.state).toEqual({
      inited: false,
      openId: null,
      room: 'idle',
      roomId: null,
      roomType: null,
      connection: 'connected',
      recording: 'idle',
      recordingFilePath: null,
      pttAuthApplied: false,
      micEnabled: false,
      speakerEnabled: false,
      audio: {
        captureDevice: false,
        playDevice: false,
        send: false,
        recv: false,
        micVolume: null,
        speakerVolume: null,
      },
      delegateSet: false,
      files: [],
      uploadedFileIds: [],
    });
    expect(sim.control.stats).toEqual({
      calls: {},
      speechToTextInFlight: 0,
      maxConcurrentSpeechToText: 0,
      pendingEvents: 0,
      delivered: 0,
      dropped: 0,
    });
  });
});

describe('SimEngine: latency', () => {
  it('draws a latency within [min, max] from the seed', () => {
    const expected = 10 + Math.round(createSimRandom(3).next() * 90);
    const sim = createSimulatedGme({ seed: 3, latencyMs: [10, 100] });
    const types: number[] = [];
    sim.SetTMGDelegate({ onEvent: (e) => types.push(e) });
    sim.Init('1400', '10001');
    sim.EnterRoom('lobby', 1, 'auth');
    vi.advanceTimersByTime(expected - 1);
    sim.Poll();
    expect(types).toEqual([]);
    vi.advanceTimersByTime(1);
    sim.Poll();
    expect(types).toEqual([1]);
  });

  it('draws nothing from the seed for a fixed latency, so file ids depend on the seed alone', () => {
    const sim = createSimulatedGme({ seed: 5, latencyMs: 0, recordingMs: 1500 });
    const ids: unknown[] = [];
    sim.SetTMGDelegate({ onEvent: (e, r) => e === 5002 && ids.push(JSON.parse(r).file_id) });
    sim.Init('1400', '10001');
    sim.ApplyPTTAuthbuffer('ptt');
    sim.EnterRoom('lobby', 1, 'auth');
    sim.PttStartRecording('/a.silk');
    sim.PttStopRecording();
    sim.Poll();
    sim.PttUploadRecordedFile('/a.silk');
    sim.Poll();
    expect(ids).toEqual([`https://voice.gme.invalid/sim/${createSimRandom(5).token(16)}.silk`]);
  });
});

describe('SimEngine: argument checks', () => {
  it('takes only strings as text: an array holding a path is 1004', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    sim.Init('1400', '10001');
    expect(sim.PttStartRecording(['/a.silk'] as never)).toBe(1004);
    expect(sim.PttUploadRecordedFile({ length: 3 } as never)).toBe(1004);
    expect(sim.control.state.recording).toBe('idle');
  });
});

describe('SimEngine: scripted steps', () => {
  it('returns a scripted value from a method answered by its return value, without running it', () => {
    const sim = createSimulatedGme();
    sim.control.script('Init', [{ returns: 'garbage' }]);
    sim.control.script('GetSDKVersion', [{ returns: 42 }]);
    expect(sim.Init('1400', '10001')).toBe('garbage');
    expect(sim.GetSDKVersion()).toBe(42);
    expect(sim.control.state.inited).toBe(false);
  });

  it('applies the state change of a duplicated completion once', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    const types: number[] = [];
    sim.SetTMGDelegate({ onEvent: (e) => types.push(e) });
    sim.Init('1400', '10001');
    sim.control.script('PttSpeechToText', [{ duplicate: true }, { delayMs: 100 }]);
    sim.PttSpeechToText('https://x/1', 'en-US', 'en-US');
    sim.PttSpeechToText('https://x/2', 'en-US', 'en-US');
    expect(sim.control.stats.speechToTextInFlight).toBe(2);
    sim.Poll();
    expect(types).toEqual([5005, 5005]);
    expect(sim.control.stats.speechToTextInFlight).toBe(1);
  });
});

describe('SimEngine: event log', () => {
  it('keeps the last 10 000 events, dropping the oldest half once full', () => {
    const sim = createSimulatedGme();
    sim.SetTMGDelegate({ onEvent() {} });
    for (let i = 0; i < 10_000; i++) sim.control.emit(i, 'x');
    sim.Poll();
    expect(sim.control.eventLog).toHaveLength(10_000);
    expect(sim.control.eventLog[0]?.type).toBe(0);
    sim.control.emit(10_000, 'x');
    sim.Poll();
    const log = sim.control.eventLog;
    expect(log).toHaveLength(5_001);
    expect(log[0]?.type).toBe(5_000);
    expect(log.at(-1)).toEqual({ at: 0, type: 10_000, payload: 'x' });
  });
});
