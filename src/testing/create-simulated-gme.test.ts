import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';
import type { SimulatedGmeOptions } from './sim-options.js';

/** A simulator with a delegate that records `[event, parsed payload]`. */
function setup(options: SimulatedGmeOptions = { latencyMs: 0 }) {
  const sim = createSimulatedGme(options);
  const events: [number, Record<string, unknown>][] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  const ready = () => {
    expect(sim.Init('1400000000', '10001')).toBe(0);
    return sim;
  };
  const entered = (roomId = 'lobby') => {
    ready();
    expect(sim.EnterRoom(roomId, 1, 'auth')).toBe(0);
    sim.Poll();
    events.length = 0;
    return sim;
  };
  return { sim, events, ready, entered };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createSimulatedGme: shape', () => {
  it("has GmeContext's PascalCase methods and no SwitchRoom by default (like gme-electron-sdk 2.1.3)", () => {
    const sim = createSimulatedGme();
    for (const name of [
      'Init',
      'Poll',
      'Uninit',
      'SetTMGDelegate',
      'EnterRoom',
      'ExitRoom',
      'IsRoomEntered',
      'ApplyPTTAuthbuffer',
      'PttStartRecording',
      'PttStopRecording',
      'PttCancelRecording',
      'PttUploadRecordedFile',
      'PttDownloadRecordedFile',
      'PttPlayRecordedFile',
      'PttStopPlayFile',
      'PttSpeechToText',
      'PttStartRecordingWithStreamingRecognition',
      'EnableMic',
      'EnableSpeaker',
      'GetSDKVersion',
    ]) {
      expect(typeof (sim as unknown as Record<string, unknown>)[name], name).toBe('function');
    }
    expect('SwitchRoom' in sim).toBe(false);
    expect('switchRoom' in sim.native).toBe(false);
    expect(Object.keys(sim)).not.toContain('control');
  });

  it('has SwitchRoom, on both faces, with switchRoom: true', () => {
    const sim = createSimulatedGme({ switchRoom: true });
    expect(typeof sim.SwitchRoom).toBe('function');
    expect(typeof sim.native.switchRoom).toBe('function');
  });

  it('exposes the same simulation as a native addon object with lower-camel methods', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    const got: [number, unknown][] = [];
    sim.native.setTMGDelegate((e, m) => got.push([e, m]));
    expect(sim.native.init('1400', '10001')).toBe(0);
    expect(sim.native.enterRoom('r', 1, 'a')).toBe(0);
    sim.native.poll();
    expect(got).toEqual([[1, '{"result":0,"error_info":""}']]);
    expect(sim.native.isRoomEntered()).toBe(true);
    expect(sim.IsRoomEntered()).toBe(true);
    expect(sim.control.stats.calls).toMatchObject({ Init: 1, EnterRoom: 1, Poll: 1, IsRoomEntered: 2 });
  });

  it('refuses bad options with a TypeError', () => {
    expect(() => createSimulatedGme({ latencyMs: -1 })).toThrow('Expected `latencyMs` to be');
  });
});

describe('createSimulatedGme: Init', () => {
  it('answers 1101 at once to every call before Init, with no event', () => {
    const { sim, events } = setup();
    expect(sim.EnterRoom('r', 1, 'a')).toBe(1101);
    expect(sim.ExitRoom()).toBe(1101);
    expect(sim.ApplyPTTAuthbuffer('a')).toBe(1101);
    expect(sim.PttStartRecording('/a')).toBe(1101);
    expect(sim.PttUploadRecordedFile('/a')).toBe(1101);
    expect(sim.PttSpeechToText('https://x/1', 'ko-KR', 'ko-KR')).toBe(1101);
    expect(sim.EnableMic(true)).toBe(1101);
    expect(sim.Uninit()).toBe(1101);
    expect(sim.IsRoomEntered()).toBe(false);
    expect(sim.GetSDKVersion()).toBe('2.9.15-simulated');
    sim.Poll();
    expect(events).toEqual([]);
    expect(sim.control.pendingEventCount()).toBe(0);
  });

  it.each([
    ['1400', 'user'],
    ['1400', '10000'],
    ['1400', '9999'],
    ['1400', '-10001'],
    ['1400', '10001.5'],
    ['1400', '99999999999999999999'],
    ['', '10001'],
    ['1400', 10001],
  ])('answers 1004 to Init(%j, %j): the open id must be a numeric string above 10000', (appId, openId) => {
    const { sim } = setup();
    expect(sim.Init(appId, openId as string)).toBe(1004);
    expect(sim.control.state.inited).toBe(false);
  });

  it('accepts a large Int64 open id, and a second Init returns 0 and changes nothing', () => {
    const { sim } = setup();
    expect(sim.Init('1400', '9223372036854775807')).toBe(0);
    expect(sim.Init('1400', '20002')).toBe(0);
    expect(sim.control.state).toMatchObject({ inited: true, openId: '9223372036854775807' });
  });

  it('forgets the session on Uninit: rooms, PTT auth and pending events', () => {
    const { sim, events, entered } = setup();
    entered();
    sim.ApplyPTTAuthbuffer('p');
    sim.ExitRoom();
    expect(sim.Uninit()).toBe(0);
    sim.Poll();
    expect(events).toEqual([]);
    expect(sim.control.state).toMatchObject({
      inited: false,
      room: 'idle',
      roomId: null,
      pttAuthApplied: false,
    });
    expect(sim.EnterRoom('r', 1, 'a')).toBe(1101);
  });
});

describe('createSimulatedGme: rooms', () => {
  it('delivers ENTER_ROOM only inside Poll, once its latency has passed', () => {
    vi.useFakeTimers({ now: 5_000 });
    const { sim, events, ready } = setup({ latencyMs: 50 });
    ready();
    expect(sim.EnterRoom('lobby', 1, 'auth')).toBe(0);
    expect(sim.control.state.room).toBe('entering');
    vi.advanceTimersByTime(100);
    expect(events).toEqual([]);
    expect(sim.control.stats.pendingEvents).toBe(1);
    sim.Poll();
    expect(events).toEqual([[1, { result: 0, error_info: '' }]]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby', roomType: 1 });
    expect(sim.control.eventLog).toEqual([{ at: 5_100, type: 1, payload: '{"result":0,"error_info":""}' }]);
  });

  it.each([
    ['an empty room id', '', 1],
    ['a 128-character room id', 'r'.repeat(128), 1],
    ['room type 0', 'r', 0],
    ['room type 4', 'r', 4],
  ])('answers 1004 at once for %s', (_label, roomId, roomType) => {
    const { sim, ready } = setup();
    ready();
    expect(sim.EnterRoom(roomId, roomType, 'auth')).toBe(1004);
    expect(sim.control.state.room).toBe('idle');
  });

  it('accepts a 127-character room id and an empty auth buffer is 1004', () => {
    const { sim, ready } = setup();
    ready();
    expect(sim.EnterRoom('r', 1, '')).toBe(1004);
    expect(sim.EnterRoom('r'.repeat(127), 3, 'auth')).toBe(0);
  });

  it('answers 1001 at once to an entry while one is in progress', () => {
    const { sim, events, ready } = setup();
    ready();
    expect(sim.EnterRoom('lobby', 1, 'auth')).toBe(0);
    expect(sim.EnterRoom('lobby', 1, 'auth')).toBe(1001);
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([[1, 0]]);
  });

  it('answers ENTER_ROOM 1003 for the room it is in and 7007 for another, staying put', () => {
    const { sim, events, entered } = setup();
    entered('lobby');
    expect(sim.EnterRoom('lobby', 1, 'auth')).toBe(0);
    expect(sim.EnterRoom('arena', 1, 'auth')).toBe(0);
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([
      [1, 1003],
      [1, 7007],
    ]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby' });
  });

  it('exits with EXIT_ROOM 0, answers 1003 when in no room, and 1001/1002 while busy', () => {
    const { sim, events, entered } = setup();
    entered();
    expect(sim.ExitRoom()).toBe(0);
    expect(sim.ExitRoom()).toBe(1001);
    expect(sim.EnterRoom('x', 1, 'a')).toBe(1002);
    sim.Poll();
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null });
    expect(sim.ExitRoom()).toBe(0);
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([
      [2, 0],
      [2, 1003],
    ]);
    sim.EnterRoom('y', 1, 'a');
    expect(sim.ExitRoom()).toBe(1002);
  });

  it('tracks mic and speaker switches and validates them', () => {
    const { sim, ready } = setup();
    ready();
    expect(sim.EnableMic(true)).toBe(0);
    expect(sim.EnableSpeaker('on' as never)).toBe(1004);
    expect(sim.SetMicVolume(150)).toBe(0);
    expect(sim.SetMicVolume(201)).toBe(1004);
    expect(sim.control.state).toMatchObject({ micEnabled: true, speakerEnabled: false });
  });

  it('drops events that fall due while no delegate is set', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    sim.Init('1400', '10001');
    sim.EnterRoom('r', 1, 'a');
    sim.Poll();
    expect(sim.control.stats).toMatchObject({ delivered: 0, dropped: 1, pendingEvents: 0 });
    expect(sim.control.state.room).toBe('entered');
  });
});

describe('createSimulatedGme: determinism', () => {
  /** Drives one scripted session and returns the event log. */
  function run(seed: number) {
    vi.useFakeTimers({ now: 0 });
    const sim = createSimulatedGme({ seed });
    sim.SetTMGDelegate({ onEvent() {} });
    sim.Init('1400', '10001');
    sim.ApplyPTTAuthbuffer('p');
    sim.EnterRoom('lobby', 1, 'a');
    sim.PttStartRecording('/a.silk');
    vi.advanceTimersByTime(1200);
    sim.PttStopRecording();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(13);
      sim.Poll();
    }
    sim.PttUploadRecordedFile('/a.silk');
    sim.PttPlayRecordedFile('/a.silk', 0);
    sim.ExitRoom();
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(17);
      sim.Poll();
    }
    vi.useRealTimers();
    return sim.control.eventLog;
  }

  it('produces identical event sequences for the same seed and calls', () => {
    const a = run(11);
    const b = run(11);
    expect(a.map((e) => e.type).sort((x, y) => x - y)).toEqual([1, 2, 5001, 5002, 5004]);
    expect(b).toEqual(a);
  });

  it('varies latencies and file ids with the seed', () => {
    const a = run(11);
    const c = run(12);
    expect(c.map((e) => e.type).sort()).toEqual(a.map((e) => e.type).sort());
    expect(c).not.toEqual(a);
  });
});
