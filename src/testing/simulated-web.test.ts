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
