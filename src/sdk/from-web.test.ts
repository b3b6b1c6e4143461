import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../operations.js';
import { createSimulatedWebGme } from '../testing/index.js';
import { fromWeb, type WebDelegate } from './from-web.js';

/** A WebGMEAPI look-alike that records calls; its event constants differ from the native ids. */
function fakeApi(returns: unknown = undefined) {
  const calls: { method: string; args: unknown[] }[] = [];
  let installed: WebDelegate | undefined;
  const record =
    (method: string) =>
    (...args: unknown[]): unknown => {
      calls.push({ method, args });
      return returns;
    };
  const api = {
    event: {
      ITMG_MAIN_EVENT_TYPE_ENTER_ROOM: 7,
      ITMG_MAIN_EVENT_TYPE_EXIT_ROOM: 8,
      WEB_ONLY_EVENT: 9,
    } as Record<string, unknown>,
    Init: record('Init'),
    EnterRoom: record('EnterRoom'),
    ExitRoom: record('ExitRoom'),
    EnableMic: record('EnableMic'),
    SetTMGDelegate(delegate: WebDelegate): void {
      installed = delegate;
    },
  };
  const fire = (type: number, result: unknown): void => installed?.(type, result);
  return { api, calls, fire, installed: () => installed };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fromWeb: operations', () => {
  it('supports init, enterRoom and exitRoom only', () => {
    const adapter = fromWeb(fakeApi().api);
    expect(adapter.surface).toBe('web');
    expect(OPERATION_NAMES.filter((op) => adapter.supports(op))).toEqual(['init', 'enterRoom', 'exitRoom']);
    expect(adapter.poll).toBeUndefined();
  });

  it('reports an operation unsupported when the instance lacks its method', () => {
    const { api } = fakeApi();
    const { ExitRoom: _dropped, ...rest } = api;
    expect(fromWeb(rest).supports('exitRoom')).toBe(false);
  });

  it('maps the operations in GME argument order, with the document option first for Init', () => {
    const { api, calls } = fakeApi();
    const document = { title: 'game' };
    const adapter = fromWeb(api, { document });
    adapter.invoke('init', { appId: '1400', openId: '10001' });
    adapter.invoke('enterRoom', { roomId: 'r1', roomType: 3, authBuffer: 'ab' });
    adapter.invoke('exitRoom', {});
    expect(calls).toEqual([
      { method: 'Init', args: [document, '1400', '10001'] },
      { method: 'EnterRoom', args: ['r1', 3, 'ab'] },
      { method: 'ExitRoom', args: [] },
    ]);
  });

  it('hands Init globalThis.document, read at call time, when no document option is given', () => {
    const { api, calls } = fakeApi();
    const adapter = fromWeb(api);
    const document = { nodeName: '#document' };
    vi.stubGlobal('document', document);
    adapter.invoke('init', { appId: '1400', openId: '10001' });
    expect(calls[0]?.args[0]).toBe(document);
  });

  it('turns undefined from the SDK into 0 ("posted") and passes other values through', () => {
    expect(fromWeb(fakeApi(undefined).api).invoke('exitRoom', {})).toBe(0);
    expect(fromWeb(fakeApi(undefined).api).callMethod('EnableMic', [true])).toBe(0);
    expect(fromWeb(fakeApi(-1).api).invoke('exitRoom', {})).toBe(-1);
    expect(fromWeb(fakeApi(1004).api).invoke('enterRoom', { roomId: '', roomType: 1, authBuffer: 'a' })).toBe(
      1004,
    );
    expect(fromWeb(fakeApi('x').api).callMethod('EnableMic', [true])).toBe('x');
  });

  it('throws a TypeError for an operation the H5 SDK lacks', () => {
    expect(() => fromWeb(fakeApi().api).invoke('uploadRecordedFile', { filePath: '/a' })).toThrow(TypeError);
  });

  it('calls other methods by name and refuses prototype members and private names', () => {
    const { api, calls } = fakeApi();
    const adapter = fromWeb(api);
    expect(adapter.hasMethod('EnableMic')).toBe(true);
    adapter.callMethod('EnableMic', [false]);
    expect(calls).toEqual([{ method: 'EnableMic', args: [false] }]);
    for (const name of ['constructor', '__proto__', 'toString', '_x', 'event']) {
      expect(adapter.hasMethod(name)).toBe(false);
    }
  });
});

describe('fromWeb: events and the delegate', () => {
  it('translates H5 event numbers to native ones by identifier, and forwards the raw event to the game', () => {
    const { api, fire } = fakeApi();
    const sink: [number, unknown][] = [];
    const game: [number, unknown][] = [];
    fromWeb(api, { delegate: (t, r) => game.push([t, r]) }).attach((t, r) => sink.push([t, r]));
    const result = { result: 0, error_info: '' };
    fire(7, result);
    fire(8, result);
    expect(sink).toEqual([
      [1, result],
      [2, result],
    ]);
    expect(game).toEqual([
      [7, result],
      [8, result],
    ]);
    expect(sink[0]?.[1]).toBe(result);
  });

  it('passes a number through when no known identifier has it, or api.event is missing or hostile', () => {
    const { api, fire } = fakeApi();
    const sink: number[] = [];
    fromWeb(api).attach((t) => sink.push(t));
    fire(9, {});
    fire(5002, {});
    api.event = undefined as never;
    fire(7, {});
    Object.defineProperty(api, 'event', {
      get() {
        throw new Error('no constants');
      },
    });
    fire(8, {});
    expect(sink).toEqual([9, 5002, 7, 8]);
  });

  it('reads api.event on every event, so constants filled in late are used', () => {
    const { api, fire } = fakeApi();
    api.event = {};
    const sink: number[] = [];
    fromWeb(api).attach((t) => sink.push(t));
    fire(107, {});
    api.event.ITMG_MAIN_EVENT_TYPE_RECONNECT_START = 107;
    fire(107, {});
    expect(sink).toEqual([107, 11]);
  });

  it("intercepts the game's later SetTMGDelegate and restores the latest on detach", () => {
    const { api, fire, installed } = fakeApi();
    const sink: number[] = [];
    const game: number[] = [];
    const detach = fromWeb(api).attach((t) => sink.push(t));
    const ours = installed();
    const latest: WebDelegate = (t) => game.push(t);
    api.SetTMGDelegate(latest);
    expect(installed()).toBe(ours);
    fire(7, {});
    detach();
    expect(installed()).toBe(latest);
    expect(Object.hasOwn(api, 'SetTMGDelegate')).toBe(true);
    fire(8, {});
    expect(sink).toEqual([1]);
    expect(game).toEqual([7, 8]);
  });

  it("reports what the game's delegate throws", () => {
    const { api, fire } = fakeApi();
    const boom = new Error('game bug');
    const errors: unknown[] = [];
    fromWeb(api, {
      delegate: () => {
        throw boom;
      },
    }).attach(
      () => {},
      (e) => errors.push(e),
    );
    fire(7, {});
    expect(errors).toEqual([boom]);
  });

  it('works over the simulated H5 SDK: ENTER_ROOM (101 on H5) reaches the sink as 1, pushed by a timer', () => {
    vi.useFakeTimers();
    const api = createSimulatedWebGme({ latencyMs: 30 });
    const adapter = fromWeb(api, { document: {} });
    const sink: [number, unknown][] = [];
    const game: number[] = [];
    adapter.attach((t, p) => sink.push([t, p]));
    api.SetTMGDelegate((t) => game.push(t));
    expect(adapter.invoke('init', { appId: '1400', openId: '10001' })).toBe(0);
    expect(adapter.invoke('enterRoom', { roomId: 'lobby', roomType: 1, authBuffer: 'ab' })).toBe(0);
    vi.advanceTimersByTime(29);
    expect(sink).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sink).toEqual([[1, { result: 0, error_info: '' }]]);
    expect(game).toEqual([101]);
  });
});
