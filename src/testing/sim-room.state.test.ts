import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';

type Ev = [number, Record<string, unknown>];

function roomSim(enter = true) {
  const sim = createSimulatedGme({ latencyMs: 0, switchRoom: true });
  const events: Ev[] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  sim.Init('1400', '10001');
  const drain = (ms = 0): Ev[] => {
    vi.advanceTimersByTime(ms);
    sim.Poll();
    return events.splice(0);
  };
  if (enter) {
    sim.EnterRoom('lobby', 2, 'auth');
    drain();
  }
  const switchRoom = (roomId: string): unknown => sim.SwitchRoom?.(roomId, 'auth');
  return { sim, drain, switchRoom };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Init', () => {
  it('answers 1004 to a 19-digit open id above the Int64 range', () => {
    const sim = createSimulatedGme();
    expect(sim.Init('1400', '9223372036854775808')).toBe(1004);
    expect(sim.control.state.inited).toBe(false);
  });
});

describe('operations during a room switch', () => {
  it('answers 1002 at once to an entry or an exit while switching, and 1101 to a switch before Init', () => {
    const { sim, switchRoom } = roomSim();
    expect(switchRoom('arena')).toBe(0);
    expect(sim.EnterRoom('x', 1, 'auth')).toBe(1002);
    expect(sim.ExitRoom()).toBe(1002);
    expect(sim.control.state.room).toBe('switching');
    const fresh = createSimulatedGme({ switchRoom: true });
    expect(fresh.SwitchRoom?.('arena', 'auth')).toBe(1101);
  });

  it('leaves the room state alone for a scripted switch posted while in no room', () => {
    const { sim, drain, switchRoom } = roomSim(false);
    sim.control.script('SwitchRoom', [{ event: 2001, delayMs: 50 }]);
    expect(switchRoom('arena')).toBe(0);
    expect(sim.control.state.room).toBe('idle');
    expect(drain(50)).toEqual([[13, { result: 2001, error_info: 'simulated GME error 2001' }]]);
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null });
  });

  it('keeps switching when a second, scripted switch fails first', () => {
    const { sim, drain, switchRoom } = roomSim();
    sim.control.script('SwitchRoom', [
      { event: 2001, delayMs: 100 },
      { event: 2001, delayMs: 50 },
    ]);
    switchRoom('arena');
    switchRoom('hall');
    expect(drain(50).map(([e, p]) => [e, p.result])).toEqual([[13, 2001]]);
    expect(sim.control.state.room).toBe('switching');
    expect(drain(50).map(([e, p]) => [e, p.result])).toEqual([[13, 2001]]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby' });
  });

  it('does not put back a room left before the switch failed', () => {
    const { sim, drain, switchRoom } = roomSim();
    sim.control.script('SwitchRoom', [{ event: 2001, delayMs: 100 }]);
    sim.control.script('ExitRoom', [{ event: 0 }]);
    switchRoom('arena');
    sim.ExitRoom();
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([[2, 0]]);
    expect(drain(100).map(([e, p]) => [e, p.result])).toEqual([[13, 2001]]);
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null });
  });
});

describe('failed exits and entries', () => {
  it('stays in the room after an exit that fails', () => {
    const { sim, drain } = roomSim();
    sim.control.script('ExitRoom', [{ event: 7004 }]);
    expect(sim.ExitRoom()).toBe(0);
    expect(sim.control.state.room).toBe('exiting');
    expect(drain()).toEqual([[2, { result: 7004, error_info: 'simulated GME error 7004' }]]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby', roomType: 2 });
  });

  it('does not put back a room left before the first exit failed', () => {
    const { sim, drain } = roomSim();
    sim.control.script('ExitRoom', [{ event: 7004, delayMs: 100 }, { event: 0 }]);
    sim.ExitRoom();
    sim.ExitRoom();
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([[2, 0]]);
    expect(drain(100).map(([e, p]) => [e, p.result])).toEqual([[2, 7004]]);
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null });
  });

  it('does not leave a room entered meanwhile when an earlier entry fails late', () => {
    const { sim, drain } = roomSim(false);
    sim.control.script('EnterRoom', [{ event: 7004, delayMs: 100 }, { event: 0 }]);
    sim.EnterRoom('a', 1, 'auth');
    sim.EnterRoom('b', 3, 'auth');
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([[1, 0]]);
    expect(drain(100).map(([e, p]) => [e, p.result])).toEqual([[1, 7004]]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'b', roomType: 3 });
  });

  it('records no room type for a scripted entry with a type that is not a number', () => {
    const { sim, drain } = roomSim(false);
    sim.control.script('EnterRoom', [{ event: 0 }]);
    sim.EnterRoom('a', 'fluency' as never, 'auth');
    drain();
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'a', roomType: null });
  });
});

describe('connection state', () => {
  it('is connected again after a switch completes during a reconnect', () => {
    const { sim, drain, switchRoom } = roomSim();
    sim.control.disconnect({ reconnectAfterMs: 5000 });
    drain();
    expect(sim.control.state.connection).toBe('reconnecting');
    switchRoom('arena');
    expect(drain()).toEqual([[13, { result: 0, error_info: '' }]]);
    expect(sim.control.state).toMatchObject({ connection: 'connected', roomId: 'arena' });
    expect(drain(5000)).toEqual([]);
  });

  it('drops the reconnect events of a room left and entered again', () => {
    const { sim, drain } = roomSim();
    sim.control.disconnect({ reconnectAfterMs: 1000 });
    expect(drain().map(([e]) => e)).toEqual([11]);
    sim.ExitRoom();
    expect(drain().map(([e]) => e)).toEqual([2]);
    sim.EnterRoom('lobby', 2, 'auth');
    expect(drain().map(([e]) => e)).toEqual([1]);
    expect(drain(1000)).toEqual([]);
    expect(sim.control.state).toMatchObject({ room: 'entered', connection: 'connected' });
  });

  it('forgets the connection and the recording on Uninit', () => {
    const { sim, drain } = roomSim();
    sim.control.disconnect({ reconnectAfterMs: 1000 });
    drain();
    sim.PttStartRecording('/a.silk');
    expect(sim.Uninit()).toBe(0);
    expect(sim.control.state).toMatchObject({
      connection: 'connected',
      recording: 'idle',
      recordingFilePath: null,
    });
  });

  it('never delivers events of the session before an Uninit run by the delegate inside Poll', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    const types: number[] = [];
    sim.SetTMGDelegate({
      onEvent: (e) => {
        types.push(e);
        if (e !== 5005) return;
        sim.Uninit();
        sim.Init('1400', '10001');
        sim.EnterRoom('lobby', 1, 'auth');
        sim.Poll();
        sim.PttStartRecordingWithStreamingRecognition('/b.silk', 'en-US', 'en-US');
      },
    });
    sim.Init('1400', '10001');
    sim.EnterRoom('lobby', 1, 'auth');
    sim.Poll();
    sim.control.script('PttSpeechToText', [{ event: 0, delayMs: 500 }]);
    sim.PttSpeechToText('https://x/1', 'en-US', 'en-US');
    sim.PttStartRecordingWithStreamingRecognition('/a.silk', 'en-US', 'en-US');
    sim.control.disconnect({ reconnectAfterMs: 500 });
    sim.Poll();
    vi.advanceTimersByTime(500);
    sim.Poll();
    expect(types).toEqual([1, 11, 5005, 1]);
    expect(sim.control.state).toMatchObject({
      room: 'entered',
      connection: 'connected',
      recording: 'streaming',
      recordingFilePath: '/b.silk',
    });
  });
});
