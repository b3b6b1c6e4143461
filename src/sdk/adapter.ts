import type { OperationArgs, OperationName } from '../operations.js';

/** A raw event as the SDK delivered it: the event type and its payload (JSON text or an object). */
export type RawEventHandler = (eventType: number, payload: unknown) => void;

/**
 * The shape the client drives. `fromElectron` and `fromWeb` build one; a game with another
 * surface (Cocos native bindings, its own layer) can write one by hand.
 *
 * Every method may throw or return garbage: the client guards each call.
 *
 * @example
 * import { createGmeClient, type GmeAdapter } from 'gme-result';
 * const adapter: GmeAdapter = {
 *   surface: 'cocos',
 *   supports: (op) => op !== 'startStreamingRecognition',
 *   invoke: (op, args) => bridge.call(op, args),
 *   callMethod: (method, args) => bridge.raw(method, ...args),
 *   hasMethod: (method) => typeof bridge.raw === 'function',
 *   poll: () => bridge.poll(),
 *   attach: (sink) => { bridge.onEvent = sink; return () => { bridge.onEvent = undefined; }; },
 * };
 * const gme = createGmeClient({ sdk: adapter });
 */
export interface GmeAdapter {
  /** A short name for logs and errors: `'electron'`, `'web'`, or your own. */
  readonly surface: string;
  /** Whether the SDK has a method for this operation (else the client answers 1006 without calling). */
  supports(operation: OperationName): boolean;
  /** Calls the SDK method for an operation and returns its raw synchronous result (0 = posted). */
  invoke<Op extends OperationName>(operation: Op, args: OperationArgs[Op]): unknown;
  /** Calls any SDK method by its own name (for `client.call`). */
  callMethod(method: string, args: readonly unknown[]): unknown;
  /** Whether `callMethod(method)` exists. */
  hasMethod(method: string): boolean;
  /** Delivers queued events (native/Electron). Absent when the SDK pushes events by itself (Web). */
  readonly poll?: (() => void) | undefined;
  /**
   * Installs `sink` as the SDK's single delegate and returns a function that removes it again.
   * Event types handed to `sink` must be GME's native numbers (see `EVENT_TYPES`); payloads may be
   * JSON text or objects. The adapter forwards every event to the game's own delegate as well (in
   * the SDK's raw form, after `sink`), and gives the SDK back the game's delegate on detach.
   * `onForwardError` receives whatever the game's delegate throws.
   */
  attach(sink: RawEventHandler, onForwardError?: (error: unknown) => void): () => void;
}
