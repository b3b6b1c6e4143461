/**
 * The operations the client wraps, their argument objects and the data their Ok values carry.
 * One place, so the client, the policy table and the adapters agree on names.
 */

import type { GmeMethodName } from './gme-methods.js';

/** GME room audio quality: 1 fluency (the only one enabled by default), 2 standard, 3 high quality. */
export type RoomType = 1 | 2 | 3;

/** Arguments of each operation. */
export interface OperationArgs {
  readonly init: { readonly appId: string; readonly openId: string };
  readonly enterRoom: { readonly roomId: string; readonly roomType: RoomType; readonly authBuffer: string };
  readonly exitRoom: Readonly<Record<string, never>>;
  readonly switchRoom: { readonly roomId: string; readonly authBuffer: string };
  readonly applyPttAuthbuffer: { readonly authBuffer: string };
  readonly startRecording: { readonly filePath: string };
  readonly stopRecording: Readonly<Record<string, never>>;
  readonly uploadRecordedFile: { readonly filePath: string };
  readonly downloadRecordedFile: { readonly fileId: string; readonly filePath: string };
  readonly playRecordedFile: { readonly filePath: string; readonly voiceType?: number };
  readonly speechToText: {
    readonly fileId: string;
    readonly language?: string;
    readonly translateLanguage?: string;
  };
  readonly startStreamingRecognition: {
    readonly filePath: string;
    readonly language: string;
    readonly translateLanguage?: string;
  };
}

/** The name of an operation with a dedicated method on the client. */
export type OperationName = keyof OperationArgs;

/**
 * What an event's `operation` names: an operation of the client (`'enterRoom'`), or, for a call
 * made with `gme.call(method, ...)`, the SDK method's own name (`'EnableMic'`, or any other the
 * game calls).
 *
 * Why not a closed union: `gme.call` takes any method name, and its events report that name, so
 * `OperationName | GmeMethodName` alone would lie about what a listener can receive. The
 * `(string & {})` member keeps every string possible while editors still suggest the known names
 * (a plain `string` would absorb the union and suggest nothing). The price: a misspelt comparison
 * (`e.operation === 'enterRom'`) still compiles, a `switch` on it cannot be exhaustive, and it
 * narrows nothing; check `OPERATION_NAMES.includes(...)` or `e.operation in GME_METHODS` when the
 * kind matters.
 *
 * @example
 * import { createGmeClient, type GmeOperationName } from 'gme-result';
 * gme.on('error', (e) => {
 *   const op: GmeOperationName = e.operation; // 'enterRoom', 'EnableMic', ...
 *   telemetry.count(op);
 * });
 */
export type GmeOperationName = OperationName | GmeMethodName | (string & {});

/**
 * Operation names in a fixed order (docs, policy tables, the fault matrix).
 *
 * @example
 * import { OPERATION_NAMES } from 'gme-result';
 * OPERATION_NAMES.includes('speechToText'); // true
 */
export const OPERATION_NAMES = [
  'init',
  'enterRoom',
  'exitRoom',
  'switchRoom',
  'applyPttAuthbuffer',
  'startRecording',
  'stopRecording',
  'uploadRecordedFile',
  'downloadRecordedFile',
  'playRecordedFile',
  'speechToText',
  'startStreamingRecognition',
] as const satisfies readonly OperationName[];

/** The operation data of each Ok value (besides `attempts` and `code`). */
export interface OperationData {
  readonly init: { readonly openId: string };
  readonly enterRoom: { readonly roomId: string; readonly roomType: RoomType };
  readonly exitRoom: Readonly<Record<string, never>>;
  readonly switchRoom: { readonly roomId: string };
  readonly applyPttAuthbuffer: Readonly<Record<string, never>>;
  readonly startRecording: { readonly filePath: string };
  readonly stopRecording: { readonly filePath: string };
  readonly uploadRecordedFile: { readonly filePath: string; readonly fileId: string };
  readonly downloadRecordedFile: { readonly fileId: string; readonly filePath: string };
  readonly playRecordedFile: { readonly filePath: string };
  readonly speechToText: { readonly fileId: string; readonly text: string };
  readonly startStreamingRecognition: {
    readonly filePath: string;
    readonly fileId: string;
    readonly text: string;
  };
}

/** What every Ok value carries. */
export interface OkMeta {
  /** SDK invocations made for this call, at least 1. */
  readonly attempts: number;
  /** 0, or the code a `succeed()` rule accepted (e.g. 1003). */
  readonly code: number;
  /** The recovery action that healed the call, when one ran and succeeded. */
  readonly recovered?: string;
}

/** The Ok value of an operation. */
export type OperationValue<Op extends OperationName> = OperationData[Op] & OkMeta;

/**
 * Per-call options every operation accepts.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * const leave = new AbortController();
 * const room = await gme.enterRoom(args, { signal: leave.signal, timeoutMs: 10_000, deadlineMs: 20_000 });
 */
export interface CallOptions {
  /** Ends the call with a client-made 7013 when aborted, at once, even during a retry wait. @default none */
  readonly signal?: AbortSignal;
  /**
   * How long one SDK invocation waits for its completion event before it counts as a client-made
   * 1005. @default per operation (30 000 ms for room entry, as GME documents)
   */
  readonly timeoutMs?: number;
  /**
   * The whole call's deadline, retries and waits included: no retry wait ends past it.
   * @default 120 000 ms
   */
  readonly deadlineMs?: number;
}
