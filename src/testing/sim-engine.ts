import { SIM_CODES, SIM_EVENTS, SIM_WEB_EVENTS } from './sim-constants.js';
import { type FaultStep, SimFaults, type SimMethod, shapesEvent } from './sim-faults.js';
import type { ResolvedSimOptions } from './sim-options.js';
import { createSimRandom, type SimRandom } from './sim-random.js';
import { type NewSimEvent, type SimEvent, SimScheduler } from './sim-scheduler.js';

/** The room's state in the simulation. */
export type SimRoomState = 'idle' | 'entering' | 'entered' | 'switching' | 'exiting';
/** The voice-message recorder's state: `'stopping'` lasts from `PttStopRecording` to its event. */
export type SimRecordingState = 'idle' | 'recording' | 'streaming' | 'stopping';

/** A recording in progress. */
export interface SimRecording {
  readonly filePath: string;
  readonly startedAt: number;
  readonly streaming: boolean;
  readonly transcript: string;
}

/** The simulation's mutable state, shared by the room and voice-message models. */
export interface SimWorld {
  inited: boolean;
  openId: string | null;
  room: SimRoomState;
  roomId: string | null;
  roomType: number | null;
  /** Bumped on every room change, so that events of an earlier room stay unapplied. */
  roomSession: number;
  connection: 'connected' | 'reconnecting';
  /** The audio devices and streams (GME: EnableMic = capture device + send; EnableSpeaker = play device + receive). */
  readonly audio: SimAudio;
  pttAuthApplied: boolean;
  recording: SimRecordingState;
  current: SimRecording | undefined;
  /** The paths of local voice files (recorded or downloaded). */
  readonly files: Set<string>;
  /** Files on the simulated server: file id -> the local path it was uploaded from. */
  readonly uploads: Map<string, string>;
  speechToTextInFlight: number;
  maxConcurrentSpeechToText: number;
  playing: number;
}

/** The simulated audio devices, streams and volumes. */
export interface SimAudio {
  captureDevice: boolean;
  playDevice: boolean;
  send: boolean;
  recv: boolean;
  /** Set by SetMicVolume; `null` until then (GetMicVolume answers 101 then, as GME documents). */
  micVolume: number | null;
  /** Set by SetSpeakerVolume; `null` until then. */
  speakerVolume: number | null;
}

/** The audio state of a fresh (or uninitialised) SDK: everything off, no volume set. */
export function idleAudio(): SimAudio {
  return {
    captureDevice: false,
    playDevice: false,
    send: false,
    recv: false,
    micVolume: null,
    speakerVolume: null,
  };
}

/** One event handed to the delegate, as the delegate received it. */
export interface SimDeliveredEvent {
  /** Clock time of delivery. */
  readonly at: number;
  /** The event id as delivered (H5 numbering on the Web simulator). */
  readonly type: number;
  /** The payload as delivered: JSON text (Electron), an object (H5), or a raw value. */
  readonly payload: unknown;
}

/** A request the model accepts: its completion event and the state changes around it. */
export interface SimPosted {
  readonly type: number;
  /** The model's own answer (0, or e.g. 1003, 7007, 8200). */
  readonly result: number;
  readonly payload: (result: number) => Record<string, unknown>;
  /** State change when the request is posted (e.g. room `'entering'`). */
  readonly begin?: () => void;
  /** State change when the completion event is delivered, given its result. */
  readonly finish: (result: number) => void;
  readonly tag?: string;
}

const LOG_LIMIT = 10_000;
const WEB_BY_NATIVE: ReadonlyMap<number, number> = new Map(
  Object.entries(SIM_WEB_EVENTS).map(([name, web]) => [SIM_EVENTS[name as keyof typeof SIM_WEB_EVENTS], web]),
);

/** The `error_info` text of a code: empty on success. */
export function errorInfo(code: number): string {
  return code === SIM_CODES.AV_OK ? '' : `simulated GME error ${code}`;
}

/** A non-empty string of at most `max` characters. */
export function isText(value: unknown, max = Number.POSITIVE_INFINITY): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

/**
 * The simulator's engine: state, faults, the event queue and the delegate. Every SDK method runs
 * through `sync` (answered by the return value) or `evented` (answered by a completion event).
 */
export class SimEngine {
  readonly options: ResolvedSimOptions;
  readonly faults = new SimFaults();
  readonly scheduler: SimScheduler;
  readonly random: SimRandom;
  readonly calls = new Map<string, number>();
  readonly log: SimDeliveredEvent[] = [];
  delivered = 0;
  dropped = 0;
  readonly world: SimWorld = {
    inited: false,
    openId: null,
    room: 'idle',
    roomId: null,
    roomType: null,
    roomSession: 0,
    connection: 'connected',
    audio: idleAudio(),
    pttAuthApplied: false,
    recording: 'idle',
    current: undefined,
    files: new Set(),
    uploads: new Map(),
    speechToTextInFlight: 0,
    maxConcurrentSpeechToText: 0,
    playing: 0,
  };
  /** `'native'` (Electron-shaped, events in Poll) or `'web'` (the H5 SDK). */
  readonly surface: 'native' | 'web';
  #delegate: ((type: number, payload: unknown) => void) | undefined;

  constructor(options: ResolvedSimOptions, surface: 'native' | 'web') {
    this.options = options;
    this.surface = surface;
    this.random = createSimRandom(options.seed);
    this.scheduler = new SimScheduler(surface === 'native' ? 'poll' : 'timer', options.clock, (e) =>
      this.#deliver(e),
    );
  }

  now(): number {
    return this.options.clock.now();
  }

  /** A latency drawn from the seed within the configured range. */
  latency(): number {
    const [min, max] = this.options.latency;
    return min === max ? min : min + Math.round(this.random.next() * (max - min));
  }

  /** A new URL-like file id, drawn from the seed. */
  mintFileId(): string {
    return `https://voice.gme.invalid/sim/${this.random.token(16)}.silk`;
  }

  get hasDelegate(): boolean {
    return this.#delegate !== undefined;
  }

  setDelegate(delegate: ((type: number, payload: unknown) => void) | undefined): void {
    this.#delegate = delegate;
  }

  queue(event: NewSimEvent): SimEvent {
    return this.scheduler.add(event);
  }

  /** Runs a method answered by its return value; `run` is the model. */
  sync(method: SimMethod, run: () => unknown): unknown {
    const step = this.#begin(method);
    if (step !== undefined) {
      if ('throws' in step) throw step.throws;
      if (step.sync !== undefined) return step.sync;
      // checkStep lets a method without a completion event have only throws, sync or returns.
      return step.returns;
    }
    return run();
  }

  /**
   * Runs a method answered by a completion event: `check` returns the model's immediate
   * rejection (or undefined), `post` describes the accepted request.
   */
  evented(method: SimMethod, check: () => number | undefined, post: () => SimPosted): unknown {
    const step = this.#begin(method);
    const returned = (value: unknown): unknown =>
      step !== undefined && 'returns' in step ? step.returns : value;
    if (step !== undefined) {
      if ('throws' in step) throw step.throws;
      if (step.sync !== undefined) return step.sync;
      if (!shapesEvent(step)) return step.returns;
      if (step.noEvent === true) return returned(SIM_CODES.AV_OK);
    }
    if (step?.event === undefined) {
      const rejected = check();
      if (rejected !== undefined) return returned(rejected);
    }
    const posted = post();
    const result = step?.event ?? posted.result;
    posted.begin?.();
    const due = this.now() + (step?.delayMs ?? this.latency());
    const raw = step !== undefined && 'malformed' in step;
    const payload = raw ? step.malformed : posted.payload(result);
    let finished = false;
    const apply = (): void => {
      if (finished) return;
      finished = true;
      posted.finish(result);
    };
    const copies = step?.duplicate === true ? 2 : 1;
    for (let i = 0; i < copies; i++) {
      this.queue({ due, type: posted.type, payload, raw, translate: true, apply, tag: posted.tag });
    }
    return returned(SIM_CODES.AV_OK);
  }

  /** Counts the call and takes its fault step, if any. */
  #begin(method: SimMethod): FaultStep | undefined {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    return this.faults.take(method, this.now());
  }

  /** Counts a call of a method that faults cannot touch (`SetTMGDelegate`). */
  count(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  #deliver(event: SimEvent): void {
    if (event.live !== undefined && !event.live()) return;
    event.apply?.();
    const web = this.surface === 'web';
    const type = event.translate && web ? (WEB_BY_NATIVE.get(event.type) ?? event.type) : event.type;
    const payload = event.raw
      ? event.payload
      : web
        ? { ...(event.payload as object) }
        : JSON.stringify(event.payload);
    const delegate = this.#delegate;
    if (delegate === undefined) {
      this.dropped++;
      return;
    }
    this.delivered++;
    if (this.log.length >= LOG_LIMIT) this.log.splice(0, LOG_LIMIT / 2);
    this.log.push(Object.freeze({ at: this.now(), type, payload }));
    delegate(type, payload);
  }
}
