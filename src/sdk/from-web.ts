import type { OperationArgs, OperationName } from '../operations.js';
import type { GmeAdapter, RawEventHandler } from './adapter.js';
import { eventTypeOf } from './event-types.js';
import { interceptDelegate } from './intercept-delegate.js';
import { callSdkMethod, sdkMethod } from './sdk-method.js';

/** The H5 SDK's delegate: a plain function; `result` is an object, not JSON text. */
export type WebDelegate = (eventType: number, result: unknown) => void;

/**
 * What `fromWeb` needs of a `WebGMEAPI` instance: `SetTMGDelegate`. `Init`, `EnterRoom` and
 * `ExitRoom` are looked up by name when used; `event` holds the instance's event constants.
 */
export interface WebGmeApi {
  /** Sets the SDK's one delegate, replacing the previous one. */
  SetTMGDelegate(delegate: WebDelegate): unknown;
  readonly event?: unknown;
}

/**
 * Options of {@link fromWeb}.
 *
 * @example
 * import { fromWeb } from 'gme-result';
 * const sdk = fromWeb(new WebGMEAPI(), { delegate: (type, result) => myGameOnEvent(type, result) });
 */
export interface FromWebOptions {
  /**
   * The game's own delegate, if it set one before creating the client. Every event is forwarded
   * to it in the SDK's raw form (the H5 event number and the result object); a delegate the game
   * sets later with `api.SetTMGDelegate(fn)` replaces it as the forward target.
   * @default undefined (no delegate)
   */
  readonly delegate?: WebDelegate | undefined;
  /**
   * The `document` handed to `WebGMEAPI.Init(document, sdkAppId, openId)`.
   * @default globalThis.document, read when `init` runs
   */
  readonly document?: unknown;
}

type MethodCall = readonly [method: string, args: readonly unknown[]];

/**
 * The `WebGMEAPI` method name of each operation the H5 SDK has: voice chat only.
 *
 * @example
 * import { WEB_METHODS } from 'gme-result';
 * WEB_METHODS.uploadRecordedFile; // undefined: the H5 SDK has no voice messages
 */
export const WEB_METHODS: { readonly [Op in OperationName]?: string } = {
  init: 'Init',
  enterRoom: 'EnterRoom',
  exitRoom: 'ExitRoom',
};

const IDLE_DELEGATE: WebDelegate = () => {};

/**
 * Adapts a `WebGMEAPI` instance (the H5 SDK) for `createGmeClient`.
 *
 * - Only `init`, `enterRoom` and `exitRoom` are supported; the H5 SDK has no voice messages, no
 *   speech-to-text, no `SwitchRoom` and no `Poll` (it pushes events by itself).
 * - The H5 SDK documents no return values, so **`undefined` from any SDK method becomes `0`
 *   ("posted")**; every other return value passes through unchanged.
 * - Event numbers are translated to GME's native numbers (`EVENT_TYPES`) by identifier, using the
 *   instance's `api.event` constants; a number without a known identifier passes through as is.
 * - Forwarding, interception of `api.SetTMGDelegate` and detach work as for `fromElectron`; the
 *   game's delegate receives the H5 SDK's own event number and result object.
 *
 * @example
 * import { createGmeClient, fromWeb } from 'gme-result';
 * const api = new WebGMEAPI();
 * const gme = createGmeClient({ sdk: fromWeb(api, { delegate: onGmeEvent }) });
 */
export function fromWeb(api: WebGmeApi, options: FromWebOptions = {}): GmeAdapter {
  if (typeof api !== 'object' || api === null) {
    throw new TypeError(
      `Expected \`api\` to be a WebGMEAPI object, got ${api === null ? 'null' : typeof api}.`,
    );
  }
  const initial = options.delegate;
  const hasDocument = options.document !== undefined;
  const calls: { readonly [Op in OperationName]?: (args: OperationArgs[Op]) => MethodCall } = {
    init: (a) => [
      'Init',
      [hasDocument ? options.document : (globalThis as { document?: unknown }).document, a.appId, a.openId],
    ],
    enterRoom: (a) => ['EnterRoom', [a.roomId, a.roomType, a.authBuffer]],
    exitRoom: () => ['ExitRoom', []],
  };
  const posted = (value: unknown): unknown => (value === undefined ? 0 : value);

  return {
    surface: 'web',
    supports: (operation) => {
      const method = Object.hasOwn(WEB_METHODS, operation) ? WEB_METHODS[operation] : undefined;
      return sdkMethod(api, method) !== undefined;
    },
    invoke<Op extends OperationName>(operation: Op, args: OperationArgs[Op]): unknown {
      const call = Object.hasOwn(calls, operation) ? calls[operation] : undefined;
      if (call === undefined)
        throw new TypeError(`The H5 GME SDK has no method for \`${String(operation)}\`.`);
      const [method, callArgs] = call(args);
      return posted(callSdkMethod(api, method, callArgs));
    },
    callMethod: (method, args) => posted(callSdkMethod(api, method, args)),
    hasMethod: (method) => sdkMethod(api, method) !== undefined,
    poll: undefined,
    attach(sink: RawEventHandler, onForwardError?: (error: unknown) => void): () => void {
      const report = (error: unknown): void => onForwardError?.(error);
      return interceptDelegate<WebDelegate>(api, {
        initial,
        idle: IDLE_DELEGATE,
        onRestoreError: report,
        build:
          (game, attached) =>
          (eventType: number, result: unknown): void => {
            try {
              if (attached()) sink(toNativeEventType(api, eventType), result);
            } finally {
              const delegate = game();
              if (delegate != null) {
                try {
                  delegate(eventType, result);
                } catch (error) {
                  report(error);
                }
              }
            }
          },
      });
    },
  };
}

/**
 * Translates an H5 event number to GME's native number through the identifier that `api.event`
 * gives it. Read on every event: the constants may be filled in late (e.g. by `Init`).
 */
function toNativeEventType(api: WebGmeApi, eventType: number): number {
  if (typeof eventType !== 'number') return eventType;
  try {
    const constants: unknown = api.event;
    if (typeof constants !== 'object' || constants === null) return eventType;
    for (const name of Object.keys(constants)) {
      if ((constants as Record<string, unknown>)[name] !== eventType) continue;
      const native = eventTypeOf(name);
      if (native !== undefined) return native;
    }
  } catch {
    // Unreadable constants: hand the number on untranslated.
  }
  return eventType;
}
