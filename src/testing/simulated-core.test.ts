import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedCore } from './simulated-core.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createSimulatedCore: the native addon object', () => {
  it.each([
    [null, 'setTMGDelegate expects a function, got null.'],
    [undefined, 'setTMGDelegate expects a function, got undefined.'],
    [{ onEvent() {} }, 'setTMGDelegate expects a function, got object.'],
  ])('refuses a delegate that is not a function (%#)', (delegate, message) => {
    const { native, control } = createSimulatedCore({ latencyMs: 0 }, 'native');
    expect(() => native.setTMGDelegate(delegate as never)).toThrow(new TypeError(message));
    expect(control.state.delegateSet).toBe(false);
    expect(control.stats.calls).toEqual({ SetTMGDelegate: 1 });
  });

  it('leaves switchRoom out unless asked for', () => {
    expect('switchRoom' in createSimulatedCore(undefined, 'native').native).toBe(false);
    expect(typeof createSimulatedCore({ switchRoom: true }, 'native').native.switchRoom).toBe('function');
  });
});

describe('createSimulatedCore: the web surface', () => {
  it('pushes play completions by timer and ends them at once on PttStopPlayFile', () => {
    const {
      methods: m,
      engine,
      control,
    } = createSimulatedCore({ latencyMs: 1000, recordingMs: 1500 }, 'web');
    const got: [number, unknown][] = [];
    engine.setDelegate((type, payload) => got.push([type, payload]));
    m.Init('1400', '10001');
    m.PttStartRecording('/a.silk');
    m.PttStopRecording();
    vi.advanceTimersByTime(1000);
    expect(got).toEqual([[5001, { result: 0, file_path: '/a.silk' }]]);
    expect(m.PttPlayRecordedFile('/a.silk', 0)).toBe(0);
    vi.advanceTimersByTime(10);
    expect(m.PttStopPlayFile()).toBe(0);
    vi.advanceTimersByTime(0);
    expect(got.at(-1)).toEqual([5004, { result: 0, file_path: '/a.silk' }]);
    expect(control.pendingEventCount()).toBe(0);
  });
});
