/** A source of the current time in milliseconds. */
export interface SimClock {
  /** The current time in milliseconds. */
  now(): number;
}

/** Where a transcript is asked for: the recorded file's path and/or its uploaded id. */
export interface TranscriptSource {
  readonly filePath?: string;
  readonly fileId?: string;
}

/**
 * Options of `createSimulatedGme` and `createSimulatedWebGme`.
 *
 * @example
 * import { createSimulatedGme } from 'gme-result/testing';
 * const sim = createSimulatedGme({ seed: 3, latencyMs: [10, 50], switchRoom: true, recordingMs: 2_000 });
 */
export interface SimulatedGmeOptions {
  /**
   * Seed of everything random (latencies, file ids): the same seed and the same calls give the
   * same events.
   * @default 1
   */
  readonly seed?: number;
  /**
   * How long the SDK takes to answer: a fixed number of milliseconds or a `[min, max]` range
   * (drawn per event from the seed). `0` makes events due at once (delivered by the next `Poll`).
   * @default [20, 80]
   */
  readonly latencyMs?: number | readonly [number, number];
  /**
   * The time source. Vitest's fake timers fake `Date.now` too, so the default follows them.
   * @default { now: () => Date.now() }
   */
  readonly clock?: SimClock;
  /**
   * Whether the Electron-shaped object has `SwitchRoom(roomId, authBuffer)`. gme-electron-sdk
   * 2.1.3 does not; the native C++ SDKs do.
   * @default false
   */
  readonly switchRoom?: boolean;
  /**
   * A fixed length for every recording, in milliseconds. Under 1000 ms, stopping gives 4103.
   * @default undefined: measured with `clock` between start and stop
   */
  readonly recordingMs?: number;
  /**
   * The text that speech-to-text and streaming recognition return for a recording.
   * @default a deterministic text naming the file: `'transcript of /tmp/a.silk'`
   */
  readonly transcripts?: (source: TranscriptSource) => string;
  /**
   * GME's per-account limit of concurrent `SpeechToText` requests. One more in flight is posted
   * but answered with 32785 (`QAVPTTERROR_S2T_AUTO_SPEECH_REC_ERROR`).
   * @default 10
   */
  readonly speechToTextLimit?: number;
}

/** Options after defaults: every field present. */
export interface ResolvedSimOptions {
  readonly seed: number;
  readonly latency: readonly [number, number];
  readonly clock: SimClock;
  readonly switchRoom: boolean;
  readonly recordingMs: number | undefined;
  readonly transcripts: (source: TranscriptSource) => string;
  readonly speechToTextLimit: number;
}

const KNOWN = new Set([
  'seed',
  'latencyMs',
  'clock',
  'switchRoom',
  'recordingMs',
  'transcripts',
  'speechToTextLimit',
]);
const DEFAULT_CLOCK: SimClock = { now: () => Date.now() };
const defaultTranscript = (source: TranscriptSource): string =>
  `transcript of ${source.filePath ?? source.fileId ?? 'an unknown file'}`;

/** Renders a value for an error message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(show).join(', ')}]`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

/** True for a finite number from 0 (a time or a duration in milliseconds). */
export const isTime = (v: unknown): v is number => Number.isFinite(v) && (v as number) >= 0;

/**
 * Checks the simulator's options and fills in the defaults — the one place they are resolved.
 * Throws a `TypeError` naming the field and the value.
 */
export function resolveSimOptions(options: SimulatedGmeOptions | undefined): ResolvedSimOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(`Expected the simulator options to be an object, got ${show(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`Unknown simulator option \`${key}\`.`);
  }
  const { seed = 1, latencyMs = [20, 80], clock = DEFAULT_CLOCK, switchRoom = false } = options;
  const { recordingMs, transcripts = defaultTranscript, speechToTextLimit = 10 } = options;

  if (!Number.isSafeInteger(seed))
    throw new TypeError(`Expected \`seed\` to be an integer, got ${show(seed)}.`);
  let latency: readonly [number, number];
  if (isTime(latencyMs)) latency = [latencyMs, latencyMs];
  else if (
    Array.isArray(latencyMs) &&
    latencyMs.length === 2 &&
    isTime(latencyMs[0]) &&
    isTime(latencyMs[1]) &&
    latencyMs[0] <= latencyMs[1]
  ) {
    latency = [latencyMs[0], latencyMs[1]];
  } else {
    throw new TypeError(
      `Expected \`latencyMs\` to be a number of milliseconds from 0 or a [min, max] pair with min <= max, got ${show(latencyMs)}.`,
    );
  }
  if (typeof clock !== 'object' || clock === null || typeof clock.now !== 'function') {
    throw new TypeError(`Expected \`clock\` to be an object with a now() method, got ${show(clock)}.`);
  }
  if (typeof switchRoom !== 'boolean') {
    throw new TypeError(`Expected \`switchRoom\` to be a boolean, got ${show(switchRoom)}.`);
  }
  if (recordingMs !== undefined && !isTime(recordingMs)) {
    throw new TypeError(
      `Expected \`recordingMs\` to be a number of milliseconds from 0, got ${show(recordingMs)}.`,
    );
  }
  if (typeof transcripts !== 'function') {
    throw new TypeError(`Expected \`transcripts\` to be a function, got ${show(transcripts)}.`);
  }
  if (!Number.isSafeInteger(speechToTextLimit) || speechToTextLimit < 1) {
    throw new TypeError(
      `Expected \`speechToTextLimit\` to be an integer from 1, got ${show(speechToTextLimit)}.`,
    );
  }
  return { seed, latency, clock, switchRoom, recordingMs, transcripts, speechToTextLimit };
}
