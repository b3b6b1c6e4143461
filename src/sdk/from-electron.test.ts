import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, type OperationArgs, type OperationName } from '../operations.js';
import { createSimulatedGme } from '../testing/index.js';
import { type ElectronDelegate, fromElectron } from './from-electron.js';

const ALL_METHODS = [
  'Init',
  'Poll',
  'EnterRoom',
  'ExitRoom',
  'SwitchRoom',
  'ApplyPTTAuthbuffer',
  'PttStartRecording',
  'PttStopRecording',
  'PttUploadRecordedFile',
  'PttDownloadRecordedFile',
  'PttPlayRecordedFile',
  'PttSpeechToText',
  'PttStartRecordingWithStreamingRecognition',
  'GetSDKVersion',
] as const;

/** A GmeContext look-alike with prototype methods that records every call. */
function fakeContext(options: { without?: readonly string[]; returns?: unknown } = {}) {
  const calls: { method: string; args: unknown[]; self: unknown }[] = [];
  const installed: ElectronDelegate[] = [];
  class FakeContext {
    SetTMGDelegate(delegate: ElectronDelegate): void {
      installed.push(delegate);
    }
  }
  for (const name of ALL_METHODS) {
    if (options.without?.includes(name)) continue;
    Object.defineProperty(FakeContext.prototype, name, {
      writable: true,
      configurable: true,
      value: function (this: unknown, ...args: unknown[]) {
        calls.push({ method: name, args, self: this });
        return 'returns' in options ? options.returns : 0;
      },
    });
  }
  const ctx = new FakeContext();
  /** Plays an event through whatever delegate the SDK holds now. */
  const fire = (event: number, result: string): void => installed.at(-1)?.onEvent(event, result);
  return { ctx, calls, installed, fire };
}

const CASES: { [Op in OperationName]: readonly [OperationArgs[Op], string, readonly unknown[]] } = {
  init: [{ appId: '1400', openId: '10001' }, 'Init', ['1400', '10001']],
  enterRoom: [{ roomId: 'r1', roomType: 2, authBuffer: 'ab' }, 'EnterRoom', ['r1', 2, 'ab']],
  exitRoom: [{}, 'ExitRoom', []],
  switchRoom: [{ roomId: 'r2', authBuffer: 'ab2' }, 'SwitchRoom', ['r2', 'ab2']],
  applyPttAuthbuffer: [{ authBuffer: 'pa' }, 'ApplyPTTAuthbuffer', ['pa']],
  startRecording: [{ filePath: '/a.silk' }, 'PttStartRecording', ['/a.silk']],
  stopRecording: [{}, 'PttStopRecording', []],
  uploadRecordedFile: [{ filePath: '/a.silk' }, 'PttUploadRecordedFile', ['/a.silk']],
  downloadRecordedFile: [
    { fileId: 'https://x/1', filePath: '/b.silk' },
    'PttDownloadRecordedFile',
    ['https://x/1', '/b.silk'],
  ],
  playRecordedFile: [{ filePath: '/a.silk', voiceType: 3 }, 'PttPlayRecordedFile', ['/a.silk', 3]],
  speechToText: [
    { fileId: 'https://x/1', language: 'ko-KR', translateLanguage: 'en-US' },
    'PttSpeechToText',
    ['https://x/1', 'ko-KR', 'en-US'],
  ],
  startStreamingRecognition: [
    { filePath: '/s.silk', language: 'en-US', translateLanguage: 'ko-KR' },
    'PttStartRecordingWithStreamingRecognition',
    ['/s.silk', 'en-US', 'ko-KR'],
  ],
};

describe('fromElectron: operations', () => {
  it.each(OPERATION_NAMES)('maps %s to its GmeContext method in GME argument order', (op) => {
    const { ctx, calls } = fakeContext();
    const [args, method, expected] = CASES[op];
    const adapter = fromElectron(ctx);
    expect(adapter.supports(op)).toBe(true);
    expect(adapter.invoke(op, args as never)).toBe(0);
    expect(calls).toEqual([{ method, args: expected, self: ctx }]);
  });

  it('defaults voiceType to 0, the speech language to cmn-Hans-CN and the translation to the language', () => {
    const { ctx, calls } = fakeContext();
    const adapter = fromElectron(ctx);
    adapter.invoke('playRecordedFile', { filePath: '/a.silk' });
    adapter.invoke('speechToText', { fileId: 'id1' });
    adapter.invoke('speechToText', { fileId: 'id2', language: 'ko-KR' });
    adapter.invoke('startStreamingRecognition', { filePath: '/s.silk', language: 'ja-JP' });
    expect(calls.map((c) => [c.method, c.args])).toEqual([
      ['PttPlayRecordedFile', ['/a.silk', 0]],
      ['PttSpeechToText', ['id1', 'cmn-Hans-CN', 'cmn-Hans-CN']],
      ['PttSpeechToText', ['id2', 'ko-KR', 'ko-KR']],
      ['PttStartRecordingWithStreamingRecognition', ['/s.silk', 'ja-JP', 'ja-JP']],
    ]);
  });

  it('reports switchRoom unsupported when the object has no SwitchRoom (gme-electron-sdk 2.1.3)', () => {
    const { ctx } = fakeContext({ without: ['SwitchRoom'] });
    const adapter = fromElectron(ctx);
    expect(adapter.supports('switchRoom')).toBe(false);
    expect(adapter.supports('enterRoom')).toBe(true);
    expect(() => adapter.invoke('switchRoom', { roomId: 'r', authBuffer: 'a' })).toThrow(TypeError);
  });

  it('checks support when asked, so a method added later counts', () => {
    const { ctx } = fakeContext({ without: ['SwitchRoom'] });
    const adapter = fromElectron(ctx);
    expect(adapter.supports('switchRoom')).toBe(false);
    Object.assign(ctx, { SwitchRoom: () => 0 });
    expect(adapter.supports('switchRoom')).toBe(true);
  });

  it.each([[-1], ['x'], [undefined], [Number.NaN], [{}]])(
    'passes the return value %s through unchanged',
    (value) => {
      const { ctx } = fakeContext({ returns: value });
      expect(fromElectron(ctx).invoke('exitRoom', {})).toBe(value);
    },
  );

  it('lets what the SDK throws through (the client guards invoke)', () => {
    const boom = new Error('native crash');
    const ctx = Object.assign(fakeContext().ctx, {
      EnterRoom: () => {
        throw boom;
      },
    });
    expect(() =>
      fromElectron(ctx).invoke('enterRoom', { roomId: 'r', roomType: 1, authBuffer: 'a' }),
    ).toThrow(boom);
  });

  it('refuses a non-object ctx with a TypeError', () => {
    expect(() => fromElectron(null as never)).toThrow('Expected `ctx` to be a GmeContext object, got null.');
  });
});

describe('fromElectron: callMethod, hasMethod, poll', () => {
  it('calls any method by its PascalCase name, bound to the context', () => {
    const { ctx, calls } = fakeContext({ returns: 'v2.1.3' });
    const adapter = fromElectron(ctx);
    expect(adapter.hasMethod('GetSDKVersion')).toBe(true);
    expect(adapter.callMethod('GetSDKVersion', [1, 'a'])).toBe('v2.1.3');
    expect(calls).toEqual([{ method: 'GetSDKVersion', args: [1, 'a'], self: ctx }]);
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', '_private', '', 'Missing'])(
    'refuses %j',
    (name) => {
      const { ctx, calls } = fakeContext();
      Object.assign(ctx, { _private: () => 0 });
      const adapter = fromElectron(ctx);
      expect(adapter.hasMethod(name)).toBe(false);
      expect(() => adapter.callMethod(name, [])).toThrow(TypeError);
      expect(calls).toEqual([]);
    },
  );

  it('polls through ctx.Poll, and has no poll when the object has none', () => {
    const { ctx, calls } = fakeContext();
    const adapter = fromElectron(ctx);
    adapter.poll?.();
    expect(calls.map((c) => c.method)).toEqual(['Poll']);
    expect(fromElectron(fakeContext({ without: ['Poll'] }).ctx).poll).toBeUndefined();
  });
});

describe('fromElectron: the delegate', () => {
  it('hands every event to the sink first, then to the game delegate, in the raw JSON form', () => {
    const { ctx, fire } = fakeContext();
    const order: string[] = [];
    const game: ElectronDelegate = { onEvent: (e, r) => order.push(`game ${e} ${r}`) };
    fromElectron(ctx, { delegate: game }).attach((e, r) => order.push(`sink ${e} ${String(r)}`));
    fire(1, '{"result":0}');
    expect(order).toEqual(['sink 1 {"result":0}', 'game 1 {"result":0}']);
  });

  it("intercepts the game's later SetTMGDelegate: ours stays installed, the new one gets the forwards", () => {
    const { ctx, installed, fire } = fakeContext();
    const first: number[] = [];
    const second: number[] = [];
    const sink: number[] = [];
    fromElectron(ctx, { delegate: { onEvent: (e) => first.push(e) } }).attach((e) => sink.push(e));
    expect(installed).toHaveLength(1);
    ctx.SetTMGDelegate({ onEvent: (e) => second.push(e) });
    expect(installed).toHaveLength(1);
    fire(2, '{"result":0}');
    expect(sink).toEqual([2]);
    expect(first).toEqual([]);
    expect(second).toEqual([2]);
  });

  it("reports what the game's delegate throws and keeps going", () => {
    const { ctx, fire } = fakeContext();
    const boom = new Error('game bug');
    const errors: unknown[] = [];
    const sink: number[] = [];
    const game: ElectronDelegate = {
      onEvent() {
        throw boom;
      },
    };
    fromElectron(ctx, { delegate: game }).attach(
      (e) => sink.push(e),
      (error) => errors.push(error),
    );
    fire(1, '{}');
    fire(2, '{}');
    expect(sink).toEqual([1, 2]);
    expect(errors).toEqual([boom, boom]);
  });

  it('still forwards to the game when the sink throws, then lets the sink error out', () => {
    const { ctx, fire } = fakeContext();
    const game: number[] = [];
    const boom = new Error('sink bug');
    fromElectron(ctx, { delegate: { onEvent: (e) => game.push(e) } }).attach(() => {
      throw boom;
    });
    expect(() => fire(5002, '{}')).toThrow(boom);
    expect(game).toEqual([5002]);
  });

  it("gives the SDK the game's latest delegate back on detach, and detaching twice does nothing more", () => {
    const { ctx, installed, fire } = fakeContext();
    const sink: number[] = [];
    const game: number[] = [];
    const latest: ElectronDelegate = { onEvent: (e) => game.push(e) };
    const detach = fromElectron(ctx, { delegate: { onEvent() {} } }).attach((e) => sink.push(e));
    ctx.SetTMGDelegate(latest);
    detach();
    expect(Object.hasOwn(ctx, 'SetTMGDelegate')).toBe(false);
    expect(installed.at(-1)).toBe(latest);
    fire(1, '{}');
    expect(sink).toEqual([]);
    expect(game).toEqual([1]);
    detach();
    expect(installed).toHaveLength(2);
    ctx.SetTMGDelegate(latest);
    expect(installed).toHaveLength(3);
  });

  it('installs a no-op delegate on detach when the game never set one', () => {
    const { ctx, installed, fire } = fakeContext();
    const sink: number[] = [];
    const detach = fromElectron(ctx).attach((e) => sink.push(e));
    const ours = installed[0];
    detach();
    expect(installed).toHaveLength(2);
    expect(installed[1]).not.toBe(ours);
    fire(1, '{}');
    expect(sink).toEqual([]);
  });

  it('restores an own SetTMGDelegate property that was there before', () => {
    const sim = createSimulatedGme();
    const own = Object.getOwnPropertyDescriptor(sim, 'SetTMGDelegate');
    expect(own).toBeDefined();
    const detach = fromElectron(sim).attach(() => {});
    expect(Object.getOwnPropertyDescriptor(sim, 'SetTMGDelegate')?.value).not.toBe(own?.value);
    detach();
    expect(Object.getOwnPropertyDescriptor(sim, 'SetTMGDelegate')).toEqual(own);
  });

  it('leaves nothing installed when SetTMGDelegate throws during attach', () => {
    const boom = new Error('refused');
    class Refusing {
      SetTMGDelegate(): void {
        throw boom;
      }
    }
    const ctx = new Refusing();
    expect(() => fromElectron(ctx).attach(() => {})).toThrow(boom);
    expect(Object.hasOwn(ctx, 'SetTMGDelegate')).toBe(false);
  });

  it('reports a SetTMGDelegate that throws on detach, and then only forwards', () => {
    let calls = 0;
    let current: ElectronDelegate | undefined;
    const boom = new Error('refused');
    class FlakyContext {
      SetTMGDelegate(d: ElectronDelegate): void {
        calls++;
        if (calls > 1) throw boom;
        current = d;
      }
    }
    const ctx = new FlakyContext();
    const errors: unknown[] = [];
    const sink: number[] = [];
    const game: number[] = [];
    const detach = fromElectron(ctx, { delegate: { onEvent: (e) => game.push(e) } }).attach(
      (e) => sink.push(e),
      (error) => errors.push(error),
    );
    detach();
    expect(errors).toEqual([boom]);
    expect(Object.hasOwn(ctx, 'SetTMGDelegate')).toBe(false);
    current?.onEvent(1, '{}');
    expect(sink).toEqual([]);
    expect(game).toEqual([1]);
  });

  it('drives the simulator end to end: an upload completes with its file id inside Poll', () => {
    const sim = createSimulatedGme({ latencyMs: 0, recordingMs: 1500 });
    const adapter = fromElectron(sim);
    const events: [number, unknown][] = [];
    adapter.attach((e, p) => events.push([e, p]));
    expect(adapter.invoke('init', { appId: '1400', openId: '10001' })).toBe(0);
    expect(adapter.invoke('applyPttAuthbuffer', { authBuffer: 'pa' })).toBe(0);
    expect(adapter.invoke('startRecording', { filePath: '/a.silk' })).toBe(0);
    expect(adapter.invoke('stopRecording', {})).toBe(0);
    adapter.poll?.();
    expect(adapter.invoke('uploadRecordedFile', { filePath: '/a.silk' })).toBe(0);
    expect(events.map(([e]) => e)).toEqual([5001]);
    adapter.poll?.();
    expect(events.map(([e]) => e)).toEqual([5001, 5002]);
    const upload = JSON.parse(String(events[1]?.[1]));
    expect(upload).toMatchObject({ result: 0, file_path: '/a.silk' });
    expect(upload.file_id).toMatch(/^https:\/\//);
  });
});
