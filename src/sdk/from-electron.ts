import type { OperationArgs, OperationName } from '../operations.js';
import type { GmeAdapter, RawEventHandler } from './adapter.js';
import { interceptDelegate } from './intercept-delegate.js';
import { callSdkMethod, sdkMethod } from './sdk-method.js';

/** The delegate shape of `gme-electron-sdk`: `result` is JSON text. */
export interface ElectronDelegate {
  /** Receives each event: its type and its payload as JSON text (e.g. `{"error_info":"","result":0}`). */
  onEvent(event: number, result: string): void;
}

/**
 * What `fromElectron` needs of a `GmeContext` from `gme-electron-sdk`: `SetTMGDelegate`, and
 * usually `Poll`. Every other method is looked up by name when used, so an SDK object without
 * one (e.g. `SwitchRoom`, absent from gme-electron-sdk 2.1.3) is reported as unsupported.
 */
export interface ElectronGmeContext {
  /** Sets the SDK's one delegate, replacing the previous one. */
  SetTMGDelegate(delegate: ElectronDelegate): void;
  /** Delivers queued events: GME calls the delegate only inside `Poll()`. */
  Poll?(): void;
}

/**
 * Options of {@link fromElectron}.
 *
 * @example
 * import { fromElectron } from 'gme-result';
 * const sdk = fromElectron(ctx, { delegate: { onEvent: (type, json) => myGameOnEvent(type, json) } });
 */
export interface FromElectronOptions {
  /**
   * The game's own delegate, if it set one before creating the client (GME cannot tell us).
   * Every event is forwarded to it after the client has seen it; a delegate the game sets later
   * with `ctx.SetTMGDelegate(d)` replaces it as the forward target.
   * @default undefined (no delegate)
   */
  readonly delegate?: ElectronDelegate | undefined;
}

type MethodCall = readonly [method: string, args: readonly unknown[]];

const DEFAULT_LANGUAGE = 'cmn-Hans-CN';

/** How each operation maps onto a `GmeContext` method and its argument order. */
const ELECTRON_CALLS: { readonly [Op in OperationName]: (args: OperationArgs[Op]) => MethodCall } = {
  init: (a) => ['Init', [a.appId, a.openId]],
  enterRoom: (a) => ['EnterRoom', [a.roomId, a.roomType, a.authBuffer]],
  exitRoom: () => ['ExitRoom', []],
  switchRoom: (a) => ['SwitchRoom', [a.roomId, a.authBuffer]],
  applyPttAuthbuffer: (a) => ['ApplyPTTAuthbuffer', [a.authBuffer]],
  startRecording: (a) => ['PttStartRecording', [a.filePath]],
  stopRecording: () => ['PttStopRecording', []],
  uploadRecordedFile: (a) => ['PttUploadRecordedFile', [a.filePath]],
  downloadRecordedFile: (a) => ['PttDownloadRecordedFile', [a.fileId, a.filePath]],
  playRecordedFile: (a) => ['PttPlayRecordedFile', [a.filePath, a.voiceType ?? 0]],
  speechToText: (a) => {
    const language = a.language ?? DEFAULT_LANGUAGE;
    return ['PttSpeechToText', [a.fileId, language, a.translateLanguage ?? language]];
  },
  startStreamingRecognition: (a) => [
    'PttStartRecordingWithStreamingRecognition',
    [a.filePath, a.language, a.translateLanguage ?? a.language],
  ],
};

/**
 * The `GmeContext` method name of each operation (e.g. `uploadRecordedFile` ->
 * `PttUploadRecordedFile`). Internal to the adapter.
 *
 * @internal
 */
export const ELECTRON_METHODS: { readonly [Op in OperationName]: string } = {
  init: 'Init',
  enterRoom: 'EnterRoom',
  exitRoom: 'ExitRoom',
  switchRoom: 'SwitchRoom',
  applyPttAuthbuffer: 'ApplyPTTAuthbuffer',
  startRecording: 'PttStartRecording',
  stopRecording: 'PttStopRecording',
  uploadRecordedFile: 'PttUploadRecordedFile',
  downloadRecordedFile: 'PttDownloadRecordedFile',
  playRecordedFile: 'PttPlayRecordedFile',
  speechToText: 'PttSpeechToText',
  startStreamingRecognition: 'PttStartRecordingWithStreamingRecognition',
};

const IDLE_DELEGATE: ElectronDelegate = { onEvent() {} };

/**
 * Adapts a `GmeContext` of `gme-electron-sdk` (or any object of the same shape, such as the
 * simulator of `gme-result/testing`) for `createGmeClient`.
 *
 * - Operations call the PascalCase methods (`EnterRoom`, `PttUploadRecordedFile`...) in GME's
 *   argument order; `speechToText` defaults `language` to `'cmn-Hans-CN'` and
 *   `translateLanguage` to the language, `playRecordedFile` defaults `voiceType` to 0.
 * - Return values pass through unchanged (the package's `-1` for a missing addon included).
 * - `attach` installs one delegate and forwards every event, as JSON text, to the game's delegate
 *   (`options.delegate`, or whatever the game passes to `ctx.SetTMGDelegate` later — while
 *   attached that call is intercepted). What the game's delegate throws goes to
 *   `onForwardError` (or is dropped when none is given); a throwing `sink` still lets the event
 *   reach the game's delegate, then propagates. Detach gives the SDK the game's latest delegate
 *   back, or a no-op one; if the SDK throws there, the error goes to `onForwardError` too and the
 *   installed delegate keeps forwarding without calling `sink`.
 * - `attach` throws, leaving nothing installed, when `ctx.SetTMGDelegate` throws.
 *
 * @example
 * import { GmeContext } from 'gme-electron-sdk';
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const ctx = new GmeContext();
 * const gme = createGmeClient({ sdk: fromElectron(ctx, { delegate: myDelegate }) });
 */
export function fromElectron(ctx: ElectronGmeContext, options: FromElectronOptions = {}): GmeAdapter {
  if (typeof ctx !== 'object' || ctx === null) {
    throw new TypeError(
      `Expected \`ctx\` to be a GmeContext object, got ${ctx === null ? 'null' : typeof ctx}.`,
    );
  }
  const initial = options.delegate;
  const pollMethod = sdkMethod(ctx, 'Poll');
  return {
    surface: 'electron',
    supports: (operation) =>
      Object.hasOwn(ELECTRON_METHODS, operation) && hasMethod(ELECTRON_METHODS[operation]),
    invoke<Op extends OperationName>(operation: Op, args: OperationArgs[Op]): unknown {
      // Own entries only: `toString` or `constructor` must not reach Object.prototype's functions.
      const call = Object.hasOwn(ELECTRON_CALLS, operation) ? ELECTRON_CALLS[operation] : undefined;
      if (call === undefined) throw new TypeError(`Unknown GME operation \`${String(operation)}\`.`);
      const [method, callArgs] = call(args);
      return callSdkMethod(ctx, method, callArgs);
    },
    callMethod: (method, args) => callSdkMethod(ctx, method, args),
    hasMethod,
    poll: pollMethod === undefined ? undefined : () => callSdkMethod(ctx, 'Poll', []),
    attach(sink: RawEventHandler, onForwardError?: (error: unknown) => void): () => void {
      const report = (error: unknown): void => onForwardError?.(error);
      return interceptDelegate<ElectronDelegate>(ctx, {
        initial,
        idle: IDLE_DELEGATE,
        onRestoreError: report,
        build: (game, attached) => ({
          onEvent(event: number, result: string): void {
            try {
              if (attached()) sink(event, result);
            } finally {
              const delegate = game();
              if (delegate != null) {
                try {
                  delegate.onEvent(event, result);
                } catch (error) {
                  report(error);
                }
              }
            }
          },
        }),
      });
    },
  };

  function hasMethod(method: string): boolean {
    return sdkMethod(ctx, method) !== undefined;
  }
}
