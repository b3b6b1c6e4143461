import { createSimulatedGme, type SimulatedGmeContext } from 'gme-result/testing';

/** GME's speech-to-text completion event (ITMG_MAIN_EVNET_TYPE_PTT_SPEECH2TEXT_COMPLETE). */
export const S2T_COMPLETE = 5005;
/** The language every benchmark call asks for. */
export const LANGUAGE = 'cmn-Hans-CN';

/** A constant clock: with `latencyMs: 0` every event is due at once, so time never needs to move. */
export const FROZEN_CLOCK = { now: (): number => 0 } as const;

/** A simulator ready for voice messages: initialised, PTT auth applied, zero latency. */
export function readySimulator(seed = 1): SimulatedGmeContext {
  const sim = createSimulatedGme({ seed, latencyMs: 0, clock: FROZEN_CLOCK });
  sim.Init('1400000001', '10001');
  sim.ApplyPTTAuthbuffer('bench-ptt-auth');
  return sim;
}

/** A URL-like file id (another player's upload), as GME mints them. */
export const fileIdOf = (n: number): string => `https://voice.gme.invalid/bench/${n}.silk`;

/** Rejection of the bare call: GME's code as an Error, so p-retry and cockatiel retry it. */
export class BareGmeError extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`GME code ${code}`);
    this.code = code;
  }
}

/**
 * The floor: a bare promise around one `PttSpeechToText` and its 5005 event, with our own delegate
 * on the simulator. It parses the JSON payload and correlates by `file_id`, the least any wrapper
 * must do. `pollAfterCall` calls `Poll()` right after the SDK call (the zero-latency success path);
 * without it the caller drives `Poll()`.
 */
export function bareSpeechToText(sim: SimulatedGmeContext, pollAfterCall: boolean) {
  const waiting = new Map<string, { resolve: (text: string) => void; reject: (e: Error) => void }>();
  sim.SetTMGDelegate({
    onEvent(type: number, json: string): void {
      if (type !== S2T_COMPLETE) return;
      const payload = JSON.parse(json) as { result: number; file_id: string; text: string };
      const w = waiting.get(payload.file_id);
      if (w === undefined) return;
      waiting.delete(payload.file_id);
      if (payload.result === 0) w.resolve(payload.text);
      else w.reject(new BareGmeError(payload.result));
    },
  });
  const call = (fileId: string): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      const rc = sim.PttSpeechToText(fileId, LANGUAGE, LANGUAGE);
      if (rc !== 0) {
        reject(new BareGmeError(typeof rc === 'number' ? rc : -1));
        return;
      }
      waiting.set(fileId, { resolve, reject });
      if (pollAfterCall) sim.Poll();
    });
  return { call, waiting };
}

/**
 * Wraps a simulator so that every SDK call is followed by a `Poll()` one microtask later: events
 * come without a timer, and retries made in later microtasks get theirs too. Used where a call
 * makes several SDK invocations (the failure path), the same for every contestant.
 */
export function autoPolling(sim: SimulatedGmeContext): SimulatedGmeContext {
  let scheduled = false;
  const poll = (): void => {
    scheduled = false;
    sim.Poll();
  };
  const after = <T>(value: T): T => {
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(poll);
    }
    return value;
  };
  const wrapper = {
    SetTMGDelegate: (d: Parameters<SimulatedGmeContext['SetTMGDelegate']>[0]) => sim.SetTMGDelegate(d),
    Poll: () => sim.Poll(),
    PttSpeechToText: (fileId: string, language: string, translate: string) =>
      after(sim.PttSpeechToText(fileId, language, translate)),
  };
  return wrapper as unknown as SimulatedGmeContext;
}
