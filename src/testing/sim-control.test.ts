import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';

function roomSim(latencyMs = 10) {
  const sim = createSimulatedGme({ latencyMs });
  const raw: [number, string][] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => raw.push([e, r]) });
  sim.Init('1400', '10001');
  const poll = (ms = latencyMs) => {
    vi.advanceTimersByTime(ms);
    sim.Poll();
    return raw.splice(0).map(([e, r]) => [e, r] as const);
  };
  return { sim, poll };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scripted faults through the simulator', () => {
  it('{ sync } returns the code at once with no event and no state change', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ sync: 7004 }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(7004);
    expect(poll()).toEqual([]);
    expect(sim.control.state.room).toBe('idle');
    expect(sim.control.scriptedSteps('EnterRoom')).toBe(0);
  });

  it('{ event } posts and answers with the code; the next call behaves normally again', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ event: 7004 }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(sim.control.state.room).toBe('entering');
    expect(poll()).toEqual([[1, '{"result":7004,"error_info":"simulated GME error 7004"}']]);
    expect(sim.control.state.room).toBe('idle');
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(poll()).toEqual([[1, '{"result":0,"error_info":""}']]);
    expect(sim.control.state.room).toBe('entered');
  });

  it('{ event } skips the model checks (a scripted success before Init)', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    sim.control.script('EnterRoom', [{ event: 0 }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    sim.Poll();
    expect(sim.control.state.room).toBe('entered');
  });

  it('{ noEvent } returns 0 and is never answered, leaving the state as it was', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ noEvent: true }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(poll(60_000)).toEqual([]);
    expect(sim.control.state.room).toBe('idle');
    expect(sim.control.pendingEventCount()).toBe(0);
  });

  it('{ duplicate } answers twice but changes state once', () => {
    const { sim, poll } = roomSim();
    sim.control.script('ExitRoom', [{ duplicate: true }]);
    sim.EnterRoom('r', 1, 'a');
    poll();
    sim.ExitRoom();
    expect(poll().map(([e]) => e)).toEqual([2, 2]);
    expect(sim.control.state.room).toBe('idle');
  });

  it('{ event, delayMs } answers late with the code', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ event: 7004, delayMs: 100 }]);
    sim.EnterRoom('r', 1, 'a');
    expect(poll(99)).toEqual([]);
    expect(poll(1)).toEqual([[1, '{"result":7004,"error_info":"simulated GME error 7004"}']]);
  });

  it('{ delayMs } alone keeps the model result but a rejected request stays rejected at once', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ delayMs: 500 }, { delayMs: 500 }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(1001);
    expect(poll(499)).toEqual([]);
    expect(poll(1).map(([e, r]) => [e, JSON.parse(r).result])).toEqual([[1, 0]]);
  });

  it('{ throws } makes the method throw that very value', () => {
    const { sim } = roomSim();
    const boom = { not: 'an error' };
    sim.control.script('PttStartRecording', [{ throws: boom }]);
    sim.control.script('Poll', [{ throws: 'poll crash' }]);
    expect(() => sim.PttStartRecording('/a')).toThrow(expect.objectContaining(boom));
    expect(() => sim.Poll()).toThrow('poll crash');
    expect(sim.control.state.recording).toBe('idle');
    expect(sim.control.stats.calls).toMatchObject({ PttStartRecording: 1, Poll: 1 });
  });

  it.each([['x'], [undefined], [Number.NaN], [{}]])(
    '{ returns: %s } returns garbage and does nothing else',
    (value) => {
      const { sim, poll } = roomSim();
      sim.control.script('EnterRoom', [{ returns: value }]);
      expect(sim.EnterRoom('r', 1, 'a')).toBe(value);
      expect(poll()).toEqual([]);
      expect(sim.control.state.room).toBe('idle');
    },
  );

  it('{ returns, event } returns garbage but the request goes ahead', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ returns: 'x', event: 0 }]);
    expect(sim.EnterRoom('r', 1, 'a')).toBe('x');
    expect(poll().map(([e]) => e)).toEqual([1]);
  });

  it('{ malformed } hands the raw payload over as is, and the state still changes', () => {
    const { sim, poll } = roomSim();
    const object = { weird: true };
    sim.control.script('EnterRoom', [{ malformed: 'not json' }]);
    sim.control.script('ExitRoom', [{ malformed: object }]);
    sim.EnterRoom('r', 1, 'a');
    expect(poll()).toEqual([[1, 'not json']]);
    expect(sim.control.state.room).toBe('entered');
    sim.ExitRoom();
    const [[, payload] = []] = poll();
    expect(payload).toBe(object);
  });
});

describe('outages through the simulator', () => {
  it('fails room calls inside the window with an event, and recovers after it', () => {
    const { sim, poll } = roomSim();
    sim.control.outage({ from: 1_000, to: 2_000, group: 'room' });
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(poll().map(([e, r]) => [e, JSON.parse(r).result])).toEqual([[1, 7004]]);
    vi.setSystemTime(2_000);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(poll().map(([e, r]) => [e, JSON.parse(r).result])).toEqual([[1, 0]]);
  });

  it('fails at once with as: sync, only for the listed methods', () => {
    const { sim } = roomSim();
    sim.control.outage({ from: 0, to: 5_000, methods: ['ExitRoom'], code: 10001, as: 'sync' });
    expect(sim.ExitRoom()).toBe(10001);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
  });
});

describe('control: emit, state, stats', () => {
  it('emits an arbitrary raw event, due now, untranslated and unformatted', () => {
    const { sim, poll } = roomSim();
    sim.control.emit(4, '{"event_id":1,"user_list":["10002"]}');
    sim.control.emit(999, 'garbage');
    expect(sim.control.pendingEventCount()).toBe(2);
    expect(poll(0)).toEqual([
      [4, '{"event_id":1,"user_list":["10002"]}'],
      [999, 'garbage'],
    ]);
    expect(sim.control.stats).toMatchObject({ delivered: 2, pendingEvents: 0 });
  });

  it('never keeps an auth buffer in its state, stats or log', () => {
    const { sim, poll } = roomSim();
    sim.EnterRoom('r', 1, 'room-secret-123');
    sim.ApplyPTTAuthbuffer('ptt-secret-456');
    poll();
    const dump = JSON.stringify([sim.control.state, sim.control.stats, sim.control.eventLog]);
    expect(dump).not.toContain('secret');
    expect(sim.control.state.pttAuthApplied).toBe(true);
  });

  it('returns fresh frozen snapshots', () => {
    const { sim } = roomSim();
    const before = sim.control.state;
    sim.EnterRoom('r', 1, 'a');
    expect(before.room).toBe('idle');
    expect(sim.control.state.room).toBe('entering');
    expect(Object.isFrozen(before)).toBe(true);
    expect(Object.isFrozen(sim.control.stats.calls)).toBe(true);
  });

  it('reports whether a delegate is set', () => {
    const sim = createSimulatedGme();
    expect(sim.control.state.delegateSet).toBe(false);
    sim.SetTMGDelegate({ onEvent() {} });
    expect(sim.control.state.delegateSet).toBe(true);
  });
});

describe('control: reset', () => {
  it('removes scripted steps and outages of the simulator, keeping its state', () => {
    const { sim, poll } = roomSim();
    sim.control.script('EnterRoom', [{ sync: 7004 }]);
    sim.control.outage({ from: 0, to: 1_000_000, group: 'room', as: 'sync', code: 10001 });
    sim.control.reset();
    expect(sim.control.scriptedSteps()).toBe(0);
    expect(sim.EnterRoom('r', 1, 'a')).toBe(0);
    expect(poll().map(([e, r]) => [e, JSON.parse(r).result])).toEqual([[1, 0]]);
    expect(sim.control.state.inited).toBe(true);
  });
});
