import type { SimDeliveredEvent, SimEngine, SimRecordingState, SimRoomState } from './sim-engine.js';
import type { FaultStep, OutageOptions, SimMethod } from './sim-faults.js';
import { type DisconnectOptions, disconnect } from './sim-room.js';

/** A snapshot of the simulated SDK's state. Auth buffers are never kept: only whether one was applied. */
export interface SimulatedGmeState {
  readonly inited: boolean;
  readonly openId: string | null;
  readonly room: SimRoomState;
  /** The room entered (or being left or switched from); `null` when in none. */
  readonly roomId: string | null;
  readonly roomType: number | null;
  readonly connection: 'connected' | 'reconnecting';
  readonly recording: SimRecordingState;
  /** The file being recorded, or `null`. */
  readonly recordingFilePath: string | null;
  readonly pttAuthApplied: boolean;
  /** `GetMicState()`: the capture device and the upstream are both on. */
  readonly micEnabled: boolean;
  /** `GetSpeakerState()`: the play device and the downstream are both on. */
  readonly speakerEnabled: boolean;
  /** The audio switches one by one, and the volumes (`null` until set). */
  readonly audio: {
    readonly captureDevice: boolean;
    readonly playDevice: boolean;
    readonly send: boolean;
    readonly recv: boolean;
    readonly micVolume: number | null;
    readonly speakerVolume: number | null;
  };
  readonly delegateSet: boolean;
  /** Local voice files: recorded or downloaded. */
  readonly files: readonly string[];
  /** File ids uploaded through this simulator. */
  readonly uploadedFileIds: readonly string[];
}

/** Counters for assertions. */
export interface SimulatedGmeStats {
  /** Invocations per method (PascalCase names), `SetTMGDelegate` and `Poll` included. */
  readonly calls: Readonly<Record<string, number>>;
  readonly speechToTextInFlight: number;
  /** The most `SpeechToText` requests ever in flight at once. */
  readonly maxConcurrentSpeechToText: number;
  /** Events queued and not yet delivered. */
  readonly pendingEvents: number;
  /** Events handed to a delegate. */
  readonly delivered: number;
  /** Events that fell due while no delegate was set (GME drops them). */
  readonly dropped: number;
}

/**
 * The test-side handle of a simulated SDK: faults, state and statistics. Nothing here exists on
 * the real SDK.
 *
 * @example
 * import { createSimulatedGme } from 'gme-result/testing';
 * const { control } = createSimulatedGme({ switchRoom: true });
 * control.script('SwitchRoom', [{ event: 2002 }]);
 * // ... run the game, then:
 * control.stats.calls.SwitchRoom; // 1
 * control.state.room; // the simulated room state
 */
export interface SimulatedGmeControl {
  /**
   * Queues fault steps for the next invocations of `method`, one per invocation, after any
   * already queued. See {@link FaultStep}. Throws a `TypeError` for an unknown method or step.
   */
  script(method: SimMethod, steps: readonly FaultStep[]): void;
  /** Makes every matching call whose invocation time falls in `[from, to)` fail. Scripts win over outages. */
  outage(options: OutageOptions): void;
  /** Removes every scripted step and outage. State, statistics and pending events stay. */
  reset(): void;
  /**
   * Simulates a network drop in an entered room: RECONNECT_START (11) now, then
   * RECONNECT_SUCCESS (12) after `reconnectAfterMs`, or ROOM_DISCONNECT (3) and the room left
   * when `giveUp`. Throws when no room is entered.
   */
  disconnect(options?: DisconnectOptions): void;
  /** Queues an arbitrary event, due now, handed over exactly as given (no formatting, no translation). */
  emit(eventType: number, payload: unknown): void;
  /** Events queued and not yet delivered. */
  pendingEventCount(): number;
  /** Scripted steps not yet consumed, for one method or all. */
  scriptedSteps(method?: SimMethod): number;
  /** A fresh snapshot of the state. */
  readonly state: SimulatedGmeState;
  /** A fresh snapshot of the counters. */
  readonly stats: SimulatedGmeStats;
  /** Delivered events in order (at least the last 10 000), as the delegate received them. */
  readonly eventLog: readonly SimDeliveredEvent[];
}

/** Builds the control surface of an engine. */
export function createControl(engine: SimEngine): SimulatedGmeControl {
  const w = engine.world;
  return Object.freeze({
    script: (method: SimMethod, steps: readonly FaultStep[]) => engine.faults.script(method, steps),
    outage: (options: OutageOptions) => engine.faults.outage(options),
    reset: () => engine.faults.reset(),
    disconnect: (options?: DisconnectOptions) => disconnect(engine, options),
    emit: (eventType: number, payload: unknown) => {
      engine.queue({ due: engine.now(), type: eventType, payload, raw: true, translate: false });
    },
    pendingEventCount: () => engine.scheduler.size,
    scriptedSteps: (method?: SimMethod) => engine.faults.remaining(method),
    get state(): SimulatedGmeState {
      return Object.freeze({
        inited: w.inited,
        openId: w.openId,
        room: w.room,
        roomId: w.roomId,
        roomType: w.roomType,
        connection: w.connection,
        recording: w.recording,
        recordingFilePath: w.current?.filePath ?? null,
        pttAuthApplied: w.pttAuthApplied,
        micEnabled: w.audio.captureDevice && w.audio.send,
        speakerEnabled: w.audio.playDevice && w.audio.recv,
        audio: Object.freeze({ ...w.audio }),
        delegateSet: engine.hasDelegate,
        files: Object.freeze([...w.files.keys()]),
        uploadedFileIds: Object.freeze([...w.uploads.keys()]),
      });
    },
    get stats(): SimulatedGmeStats {
      return Object.freeze({
        calls: Object.freeze(Object.fromEntries(engine.calls)),
        speechToTextInFlight: w.speechToTextInFlight,
        maxConcurrentSpeechToText: w.maxConcurrentSpeechToText,
        pendingEvents: engine.scheduler.size,
        delivered: engine.delivered,
        dropped: engine.dropped,
      });
    },
    get eventLog(): readonly SimDeliveredEvent[] {
      return Object.freeze([...engine.log]);
    },
  });
}
