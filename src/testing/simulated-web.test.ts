import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIM_WEB_EVENTS } from './sim-constants.js';
import { createSimulatedWebGme } from './simulated-web.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

function webSim(latencyMs: number | [number, number] = 25) {
  const api = createSimulatedWebGme({ latencyMs });
  const events: [number, unknown][] = [];
  api.SetTMGDelegate((t, r) => events.push([t, r]));
  return { api, events };
}

describe('createSimulatedWebGme', () => {
  it('has the H5 surface only: no Poll, no voice messages, no SwitchRoom', () => {
    const { api } = webSim();
    for (const name of [
      'Init',
      'SetTMGDelegate',
      'EnterRoom',
      'ExitRoom',
      'EnableMic',
      'EnableSpeaker',
      'SetMicVolume',
    ]) {
      expect(typeof (api as unknown as Record<string, unknown>)[name], name).toBe('function');
    }
    for (const name of ['Poll', 'SwitchRoom', 'PttStartRecording', 'PttSpeechToText']) {
      expect(name in api, name).toBe(false);
    }
    expect(() => createSimulatedWebGme({ switchRoom: true })).toThrow(TypeError);
  });

  it('numbers room events differently from the native SDKs', () => {
    const { api } = webSim();
    expect(api.event.ITMG_MAIN_EVENT_TYPE_ENTER_ROOM).toBe(101);
    expect(api.event.ITMG_MAIN_EVENT_TYPE_EXIT_ROOM).toBe(102);
    expect(api.event).toEqual(SIM_WEB_EVENTS);
    expect(Object.isFrozen(api.event)).toBe(true);
  });

  it('returns undefined when posted and the code when rejected at once', () => {
    const { api } = webSim();
    expect(api.EnterRoom('r', 1, 'a')).toBe(1101);
    expect(api.Init({}, '1400', 'someone')).toBe(1004);
    expect(api.Init({}, '1400', '10001')).toBeUndefined();
    expect(api.EnterRoom('r', 1, 'a')).toBeUndefined();
    expect(api.EnterRoom('r', 1, 'a')).toBe(1001);
    expect(api.EnableMic(true)).toBeUndefined();
  });

  it('pushes events by timer at their due time, as objects, with H5 numbers', () => {
    const { api, events } = webSim();
    api.Init({}, '1400', '10001');
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(24);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual([[101, { result: 0, error_info: '' }]]);
    api.ExitRoom();
    vi.advanceTimersByTime(25);
    expect(events.map(([t]) => t)).toEqual([101, 102]);
    expect(api.control.state.room).toBe('idle');
  });

  it('applies scripted faults and disconnects the same way', () => {
    const { api, events } = webSim(0);
    api.Init({}, '1400', '10001');
    api.control.script('EnterRoom', [{ event: 7004 }, { malformed: 'raw' }]);
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(0);
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(0);
    api.control.disconnect({ reconnectAfterMs: 100 });
    vi.advanceTimersByTime(100);
    expect(events).toEqual([
      [101, { result: 7004, error_info: 'simulated GME error 7004' }],
      [101, 'raw'],
      [111, { result: 0, error_info: '' }],
      [112, { result: 0, error_info: '' }],
    ]);
  });

  it('hands each delegate call a fresh payload object', () => {
    const { api, events } = webSim(0);
    api.Init({}, '1400', '10001');
    api.control.script('EnterRoom', [{ duplicate: true }]);
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(0);
    expect(events).toHaveLength(2);
    expect(events[0]?.[1]).toEqual(events[1]?.[1]);
    expect(events[0]?.[1]).not.toBe(events[1]?.[1]);
  });
});

describe('createSimulatedWebGme: details', () => {
  it('works without options and refuses switchRoom with a message saying why', () => {
    const api = createSimulatedWebGme();
    expect(api.Init({}, '1400', '10001')).toBeUndefined();
    expect(() => createSimulatedWebGme({ switchRoom: true })).toThrow(
      new TypeError(
        'Expected `switchRoom` to be false for the H5 simulator (WebGMEAPI has no SwitchRoom), got true.',
      ),
    );
  });

  it('forwards the device setters and answers 1004 for bad values', () => {
    const { api } = webSim();
    api.Init({}, '1400', '10001');
    expect(api.EnableMic('on' as never)).toBe(1004);
    expect(api.EnableSpeaker(true)).toBeUndefined();
    expect(api.SetMicVolume(300)).toBe(1004);
    expect(api.SetMicVolume(100)).toBeUndefined();
    expect(api.control.state).toMatchObject({ micEnabled: false, speakerEnabled: true });
    expect(api.control.stats.calls).toMatchObject({ EnableMic: 1, EnableSpeaker: 1, SetMicVolume: 2 });
  });

  it('counts SetTMGDelegate and drops events while the delegate is not a function', () => {
    const api = createSimulatedWebGme({ latencyMs: 0 });
    api.SetTMGDelegate(null as never);
    expect(api.control.state.delegateSet).toBe(false);
    api.Init({}, '1400', '10001');
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(0);
    expect(api.control.stats).toMatchObject({ delivered: 0, dropped: 1, calls: { SetTMGDelegate: 1 } });
  });

  it('lists event but not control among its keys', () => {
    const { api } = webSim();
    expect(Object.keys(api)).toContain('event');
    expect(Object.keys(api)).not.toContain('control');
  });

  it('reports a given-up disconnect with the H5 number, and leaves emitted events untranslated', () => {
    const { api, events } = webSim(0);
    api.Init({}, '1400', '10001');
    api.EnterRoom('lobby', 1, 'a');
    vi.advanceTimersByTime(0);
    api.control.disconnect({ reconnectAfterMs: 10, giveUp: true });
    api.control.emit(1, { result: 0 });
    vi.advanceTimersByTime(10);
    expect(events).toEqual([
      [101, { result: 0, error_info: '' }],
      [111, { result: 0, error_info: '' }],
      [1, { result: 0 }],
      [103, { result: 1005, error_info: 'simulated GME error 1005' }],
    ]);
    expect(api.control.state.room).toBe('idle');
  });
});
