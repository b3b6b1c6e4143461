import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';

function enteredSim(options: Parameters<typeof createSimulatedGme>[0] = { latencyMs: 0, switchRoom: true }) {
  const sim = createSimulatedGme(options);
  const events: [number, Record<string, unknown>][] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  sim.Init('1400', '10001');
  sim.EnterRoom('lobby', 2, 'auth');
  sim.Poll();
  events.length = 0;
  return { sim, events, switchRoom: sim.SwitchRoom?.bind(sim) ?? (() => -1) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('SwitchRoom', () => {
  it('moves to the new room with SWITCH_ROOM (13) 0, keeping the room type', () => {
    const { sim, events, switchRoom } = enteredSim();
    expect(switchRoom('arena', 'auth2')).toBe(0);
    expect(sim.control.state.room).toBe('switching');
    sim.Poll();
    expect(events).toEqual([[13, { result: 0, error_info: '' }]]);
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'arena', roomType: 2 });
  });

  it('answers 1201 at once when in no room', () => {
    const sim = createSimulatedGme({ latencyMs: 0, switchRoom: true });
    sim.Init('1400', '10001');
    expect(sim.SwitchRoom?.('arena', 'auth')).toBe(1201);
    expect(sim.control.pendingEventCount()).toBe(0);
  });

  it('answers 1001 while switching, 1002 while exiting, 1004 for bad arguments, 1003 for the same room', () => {
    const { sim, events, switchRoom } = enteredSim();
    expect(switchRoom('', 'a')).toBe(1004);
    expect(switchRoom('lobby', 'a')).toBe(0);
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([[13, 1003]]);
    expect(switchRoom('arena', 'a')).toBe(0);
    expect(switchRoom('arena', 'a')).toBe(1001);
    sim.Poll();
    sim.ExitRoom();
    expect(switchRoom('x', 'a')).toBe(1002);
  });

  it('stays in the old room after a scripted 2001 and leaves every room after 2002', () => {
    const { sim, events, switchRoom } = enteredSim();
    sim.control.script('SwitchRoom', [{ event: 2001 }, { event: 2002 }]);
    switchRoom('arena', 'a');
    sim.Poll();
    expect(sim.control.state).toMatchObject({ room: 'entered', roomId: 'lobby' });
    switchRoom('arena', 'a');
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([
      [13, 2001],
      [13, 2002],
    ]);
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null });
    expect(sim.IsRoomEntered()).toBe(false);
  });
});

describe('control.disconnect', () => {
  it('reports RECONNECT_START now and RECONNECT_SUCCESS after reconnectAfterMs', () => {
    vi.useFakeTimers({ now: 0 });
    const { sim, events } = enteredSim({ latencyMs: 0 });
    sim.control.disconnect({ reconnectAfterMs: 3000 });
    sim.Poll();
    expect(events.map(([e]) => e)).toEqual([11]);
    expect(sim.control.state.connection).toBe('reconnecting');
    vi.advanceTimersByTime(2999);
    sim.Poll();
    expect(events.map(([e]) => e)).toEqual([11]);
    vi.advanceTimersByTime(1);
    sim.Poll();
    expect(events).toEqual([
      [11, { result: 0, error_info: '' }],
      [12, { result: 0, error_info: '' }],
    ]);
    expect(sim.control.state).toMatchObject({ connection: 'connected', room: 'entered', roomId: 'lobby' });
  });

  it('reports ROOM_DISCONNECT and leaves the room when giving up', () => {
    const { sim, events } = enteredSim({ latencyMs: 0 });
    sim.control.disconnect({ reconnectAfterMs: 0, giveUp: true });
    sim.Poll();
    expect(events.map(([e, p]) => [e, p.result])).toEqual([
      [11, 0],
      [3, 1005],
    ]);
    expect(sim.control.state).toMatchObject({ room: 'idle', roomId: null, connection: 'connected' });
  });

  it('drops the pending reconnect events of a room the player has left', () => {
    vi.useFakeTimers({ now: 0 });
    const { sim, events } = enteredSim({ latencyMs: 0 });
    sim.control.disconnect({ reconnectAfterMs: 1000 });
    sim.ExitRoom();
    sim.Poll();
    vi.advanceTimersByTime(1000);
    sim.Poll();
    expect(events.map(([e]) => e)).toEqual([11, 2]);
    expect(sim.control.pendingEventCount()).toBe(0);
  });

  it('throws when no room is entered, and refuses bad options', () => {
    const sim = createSimulatedGme();
    expect(() => sim.control.disconnect()).toThrow(
      'control.disconnect() needs an entered room; the room is idle.',
    );
    expect(() => sim.control.disconnect({ reconnectAfterMs: -1 })).toThrow(TypeError);
    expect(() => sim.control.disconnect({ giveUp: 1 as never })).toThrow(
      'Expected `giveUp` to be a boolean, got 1.',
    );
  });
});

describe('devices', () => {
  it('switches the mic and the speaker on and off, refusing values that are not booleans', () => {
    const sim = createSimulatedGme();
    sim.Init('1400', '10001');
    expect(sim.EnableMic('on' as never)).toBe(1004);
    expect(sim.EnableSpeaker(1 as never)).toBe(1004);
    expect(sim.control.state).toMatchObject({ micEnabled: false, speakerEnabled: false });
    expect(sim.EnableMic(true)).toBe(0);
    expect(sim.EnableSpeaker(true)).toBe(0);
    expect(sim.control.state).toMatchObject({ micEnabled: true, speakerEnabled: true });
    expect(sim.EnableMic(false)).toBe(0);
    expect(sim.EnableSpeaker(false)).toBe(0);
    expect(sim.control.state).toMatchObject({ micEnabled: false, speakerEnabled: false });
  });

  it.each([
    [0, 0],
    [200, 0],
    [201, 1004],
    [-1, 1004],
    [1.5, 1004],
    ['50', 1004],
  ])('answers SetMicVolume(%j) with %i', (volume, code) => {
    const sim = createSimulatedGme();
    sim.Init('1400', '10001');
    expect(sim.SetMicVolume(volume as number)).toBe(code);
  });

  it('answers 1101 to the device setters before Init', () => {
    const sim = createSimulatedGme();
    expect([sim.EnableMic(true), sim.EnableSpeaker(true), sim.SetMicVolume(100)]).toEqual([1101, 1101, 1101]);
    expect(sim.control.state).toMatchObject({ micEnabled: false, speakerEnabled: false });
  });
});

describe('control.disconnect options', () => {
  it.each([
    [{ reconnectAfterMs: -1 }, 'Expected `reconnectAfterMs` to be a number of milliseconds from 0, got -1.'],
    [
      { reconnectAfterMs: Number.POSITIVE_INFINITY },
      'Expected `reconnectAfterMs` to be a number of milliseconds from 0, got Infinity.',
    ],
    [
      { reconnectAfterMs: '5' },
      'Expected `reconnectAfterMs` to be a number of milliseconds from 0, got "5".',
    ],
    [{ code: 1.5 }, 'Expected `code` to be an integer code, got 1.5.'],
    [{ code: '7004' }, 'Expected `code` to be an integer code, got "7004".'],
  ])('refuses %j with a TypeError naming the field', (options, message) => {
    const { sim } = enteredSim();
    expect(() => sim.control.disconnect(options as never)).toThrow(new TypeError(message));
    expect(sim.control.pendingEventCount()).toBe(0);
    expect(sim.control.state.connection).toBe('connected');
  });

  it('reports ROOM_DISCONNECT with the given code', () => {
    const { sim, events } = enteredSim();
    sim.control.disconnect({ reconnectAfterMs: 0, giveUp: true, code: 7004 });
    sim.Poll();
    expect(events).toEqual([
      [11, { result: 0, error_info: '' }],
      [3, { result: 7004, error_info: 'simulated GME error 7004' }],
    ]);
  });
});
