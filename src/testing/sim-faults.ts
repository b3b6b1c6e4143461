import { isTime, show } from './sim-options.js';

/**
 * The SDK methods the simulator models, by their PascalCase (GmeContext) names: the keys of
 * `control.script`, `control.outage({ methods })` and `control.stats.calls`.
 *
 * @example
 * import { SIM_METHODS } from 'gme-result/testing';
 * SIM_METHODS.includes('PttUploadRecordedFile'); // true
 */
export const SIM_METHODS = [
  'Init',
  'Uninit',
  'Poll',
  'EnterRoom',
  'ExitRoom',
  'SwitchRoom',
  'IsRoomEntered',
  'ApplyPTTAuthbuffer',
  'PttStartRecording',
  'PttStopRecording',
  'PttCancelRecording',
  'PttUploadRecordedFile',
  'PttDownloadRecordedFile',
  'PttPlayRecordedFile',
  'PttStopPlayFile',
  'PttSpeechToText',
  'PttStartRecordingWithStreamingRecognition',
  'EnableMic',
  'EnableSpeaker',
  'EnableAudioCaptureDevice',
  'EnableAudioPlayDevice',
  'EnableAudioSend',
  'EnableAudioRecv',
  'SetMicVolume',
  'SetSpeakerVolume',
  'GetMicVolume',
  'GetSpeakerVolume',
  'GetMicState',
  'GetSpeakerState',
  'GetSDKVersion',
] as const;

/** A modelled SDK method name, e.g. `'EnterRoom'` or `'PttUploadRecordedFile'`. */
export type SimMethod = (typeof SIM_METHODS)[number];

/** Methods whose request is answered by a completion event (the others answer by their return value). */
export const EVENTED_METHODS: ReadonlySet<SimMethod> = new Set<SimMethod>([
  'EnterRoom',
  'ExitRoom',
  'SwitchRoom',
  'PttStopRecording',
  'PttUploadRecordedFile',
  'PttDownloadRecordedFile',
  'PttPlayRecordedFile',
  'PttSpeechToText',
]);

/** Method groups for {@link OutageOptions.group}. `'all'` is every method that talks to GME's servers. */
export const OUTAGE_GROUPS: { readonly [G in 'room' | 'voice-message' | 'all']: readonly SimMethod[] } = {
  room: ['EnterRoom', 'ExitRoom', 'SwitchRoom'],
  'voice-message': [
    'ApplyPTTAuthbuffer',
    'PttUploadRecordedFile',
    'PttDownloadRecordedFile',
    'PttSpeechToText',
  ],
  all: [
    'EnterRoom',
    'ExitRoom',
    'SwitchRoom',
    'ApplyPTTAuthbuffer',
    'PttUploadRecordedFile',
    'PttDownloadRecordedFile',
    'PttSpeechToText',
  ],
};

/**
 * What one invocation of a scripted method does instead of the model's normal behaviour.
 *
 * - `{ throws: v }` — the method throws `v`; nothing else happens. Exclusive.
 * - `{ sync: code }` — returned at once; no event, no state change. Exclusive.
 * - `{ event: code }` — posted (returns 0) and the completion event carries `code`, whatever the
 *   model would have answered (its own checks are skipped); state follows the code.
 * - `{ noEvent: true }` — returns 0 and the request is lost: no event, no state change.
 * - `{ duplicate: true }` — the completion event is delivered twice (state changes once).
 * - `{ delayMs: n }` — the completion event is due after `n` ms instead of the drawn latency.
 * - `{ malformed: raw }` — the completion event's payload is `raw` as is (text or object).
 * - `{ returns: v }` — the method returns `v` (garbage such as `'x'`, `NaN`, `{}`). Alone, nothing
 *   else happens; with `event`, `noEvent`, `duplicate`, `delayMs` or `malformed` the request goes
 *   ahead as they say and only the return value is replaced.
 *
 * `event`, `duplicate`, `delayMs` and `malformed` combine (`{ event: 7004, delayMs: 100 }`).
 * Without `event`, a request the model rejects at once is still rejected at once. Methods with no
 * completion event (`Init`, `PttStartRecording`...) accept only `throws`, `sync` and `returns`.
 *
 * @example
 * import { createSimulatedGme } from 'gme-result/testing';
 * const sim = createSimulatedGme();
 * sim.control.script('EnterRoom', [{ event: 7004 }, { noEvent: true }, { event: 0, duplicate: true }]);
 */
export interface FaultStep {
  readonly throws?: unknown;
  readonly sync?: number;
  readonly event?: number;
  readonly noEvent?: true;
  readonly duplicate?: true;
  readonly delayMs?: number;
  readonly malformed?: unknown;
  readonly returns?: unknown;
}

/**
 * A window of backend trouble for `control.outage`.
 *
 * @example
 * import { createSimulatedGme } from 'gme-result/testing';
 * const sim = createSimulatedGme();
 * sim.control.outage({ from: Date.now(), to: Date.now() + 60_000, group: 'room', code: 7004 });
 */
export interface OutageOptions {
  /** Start of the window, in clock milliseconds (included). */
  readonly from: number;
  /** End of the window, in clock milliseconds (excluded). */
  readonly to: number;
  /** The methods that fail. Give this or `group`. @default the `'all'` group */
  readonly methods?: readonly SimMethod[];
  /** A method group. @default 'all' */
  readonly group?: 'room' | 'voice-message' | 'all';
  /** The code they fail with. @default 7004 (AV_ERR_NET_REQUEST_FALLED) */
  readonly code?: number;
  /**
   * `'event'`: posted, then the completion event carries `code`; `'sync'`: `code` is returned at
   * once. Methods without a completion event always return `code` at once.
   * @default 'event'
   */
  readonly as?: 'event' | 'sync';
}

interface Outage {
  readonly from: number;
  readonly to: number;
  readonly methods: ReadonlySet<SimMethod>;
  readonly code: number;
  readonly as: 'event' | 'sync';
}

const STEP_KEYS = new Set([
  'throws',
  'sync',
  'event',
  'noEvent',
  'duplicate',
  'delayMs',
  'malformed',
  'returns',
]);
const SHAPING_KEYS = ['event', 'noEvent', 'duplicate', 'delayMs', 'malformed'] as const;
const METHOD_SET: ReadonlySet<unknown> = new Set(SIM_METHODS);

/** Checks a method name given to the control surface. */
export function checkMethod(method: unknown, field = 'method'): SimMethod {
  if (!METHOD_SET.has(method)) {
    throw new TypeError(`Expected \`${field}\` to be one of ${SIM_METHODS.join(', ')}, got ${show(method)}.`);
  }
  return method as SimMethod;
}

/** Whether a step changes how the request's completion event goes (so the request is posted). */
export function shapesEvent(step: FaultStep): boolean {
  return SHAPING_KEYS.some((key) => key in step);
}

function checkStep(method: SimMethod, step: unknown, index: number): FaultStep {
  const where = `steps[${index}]`;
  if (typeof step !== 'object' || step === null || Array.isArray(step)) {
    throw new TypeError(`Expected \`${where}\` to be a fault step object, got ${show(step)}.`);
  }
  const keys = Object.keys(step);
  for (const key of keys) {
    if (!STEP_KEYS.has(key)) throw new TypeError(`Unknown fault step field \`${where}.${key}\`.`);
  }
  if (keys.length === 0) throw new TypeError(`Expected \`${where}\` to have at least one field, got {}.`);
  const s = step as Record<string, unknown>;
  for (const key of ['sync', 'event'] as const) {
    if (key in s && !Number.isSafeInteger(s[key]))
      throw new TypeError(`Expected \`${where}.${key}\` to be an integer code, got ${show(s[key])}.`);
  }
  for (const key of ['noEvent', 'duplicate'] as const) {
    if (key in s && s[key] !== true)
      throw new TypeError(`Expected \`${where}.${key}\` to be true, got ${show(s[key])}.`);
  }
  if ('delayMs' in s && !isTime(s.delayMs)) {
    throw new TypeError(
      `Expected \`${where}.delayMs\` to be a number of milliseconds from 0, got ${show(s.delayMs)}.`,
    );
  }
  if (('throws' in s || 'sync' in s) && keys.length > 1) {
    throw new TypeError(`\`${where}\`: \`throws\` and \`sync\` cannot be combined with other fields.`);
  }
  if ('noEvent' in s && keys.some((k) => k !== 'noEvent' && k !== 'returns')) {
    throw new TypeError(`\`${where}\`: \`noEvent\` combines only with \`returns\`.`);
  }
  if (!EVENTED_METHODS.has(method) && shapesEvent(s)) {
    throw new TypeError(
      `\`${method}\` sends no completion event: \`${where}\` may only use throws, sync or returns.`,
    );
  }
  return Object.freeze({ ...s });
}

/** Scripted steps and outage windows: the simulator's fault book. */
export class SimFaults {
  readonly #scripts = new Map<SimMethod, FaultStep[]>();
  readonly #outages = new Set<Outage>();

  /** Appends steps for the next invocations of `method`, one step per invocation. */
  script(method: unknown, steps: unknown): void {
    const name = checkMethod(method);
    if (!Array.isArray(steps)) throw new TypeError(`Expected \`steps\` to be an array, got ${show(steps)}.`);
    const checked = steps.map((step, i) => checkStep(name, step, i));
    const queue = this.#scripts.get(name);
    if (queue === undefined) this.#scripts.set(name, checked);
    else queue.push(...checked);
  }

  /** Adds an outage window. */
  outage(options: OutageOptions): void {
    if (typeof options !== 'object' || options === null) {
      throw new TypeError(`Expected the outage options to be an object, got ${show(options)}.`);
    }
    const { from, to, methods, group, code = 7004, as = 'event' } = options;
    if (typeof from !== 'number' || Number.isNaN(from))
      throw new TypeError(`Expected \`from\` to be a time in milliseconds, got ${show(from)}.`);
    if (typeof to !== 'number' || Number.isNaN(to) || to <= from) {
      throw new TypeError(`Expected \`to\` to be a time after \`from\` (${from}), got ${show(to)}.`);
    }
    if (methods !== undefined && group !== undefined)
      throw new TypeError('Give `methods` or `group`, not both.');
    if (group !== undefined && !Object.hasOwn(OUTAGE_GROUPS, group)) {
      throw new TypeError(`Expected \`group\` to be 'room', 'voice-message' or 'all', got ${show(group)}.`);
    }
    if (methods !== undefined && !Array.isArray(methods))
      throw new TypeError(`Expected \`methods\` to be an array, got ${show(methods)}.`);
    const list =
      methods === undefined
        ? OUTAGE_GROUPS[group ?? 'all']
        : methods.map((m, i) => checkMethod(m, `methods[${i}]`));
    if (!Number.isSafeInteger(code))
      throw new TypeError(`Expected \`code\` to be an integer code, got ${show(code)}.`);
    if (as !== 'event' && as !== 'sync')
      throw new TypeError(`Expected \`as\` to be 'event' or 'sync', got ${show(as)}.`);
    this.#outages.add({ from, to, methods: new Set(list), code, as });
  }

  /** The step for this invocation: the next scripted one (consumed), else an outage's, else none. */
  take(method: SimMethod, now: number): FaultStep | undefined {
    const queue = this.#scripts.get(method);
    const scripted = queue?.shift();
    if (scripted !== undefined) return scripted;
    for (const o of this.#outages) {
      if (now >= o.from && now < o.to && o.methods.has(method)) {
        return o.as === 'event' && EVENTED_METHODS.has(method) ? { event: o.code } : { sync: o.code };
      }
    }
    return undefined;
  }

  /** Scripted steps not yet consumed, for one method or all. */
  remaining(method?: SimMethod): number {
    if (method !== undefined) return this.#scripts.get(method)?.length ?? 0;
    let n = 0;
    for (const queue of this.#scripts.values()) n += queue.length;
    return n;
  }

  /** Removes every scripted step and outage window. */
  reset(): void {
    this.#scripts.clear();
    this.#outages.clear();
  }
}
