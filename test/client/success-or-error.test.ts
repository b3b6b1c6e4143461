/**
 * Every call that ends, every way it ends, emits exactly one `success` or `error` (issue 14,
 * item 1): the README's "a call ended in Err" must hold for telemetry built on events.
 *
 * Each case makes ONE call on a fresh client over the simulator (Electron-shaped unless it says
 * H5), records every client event from just before the call, lets the call settle in fake time and
 * then lets another minute pass (late and duplicate events, retry timers), and checks:
 * - exactly one terminal event (`success` or `error`), of the kind the Result is, naming the call's
 *   operation (or SDK method), with the Result's attempts and code — the `error` event carries
 *   the very GmeError of the Err;
 * - the expected Result: Ok/Err, code, attempts, source;
 * - nothing reported twice: one `attempt` event per SDK invocation of the operation (the
 *   simulator counts them), numbered 1..n, and no call event after settlement.
 */
import {
  definePolicy,
  fail,
  type GmeClientOptions,
  type GmeError,
  type GmeEventMap,
  type OkMeta,
  type Policy,
  recover,
  retry,
  succeed,
} from 'gme-result';
import type { SimMethod, SimulatedGmeOptions } from 'gme-result/testing';
import type { Result, ResultAsync } from 'neverthrow';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Recorded, recordEvents } from '../support/fake-sdk.js';
import { type Harness, harness, ready, record, type Surface, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Fails every code once: no retries, no budget, no breaker. */
const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });

type AnyValue = Partial<OkMeta> & { readonly value?: unknown };
type AnyResult = Result<AnyValue, GmeError>;

interface Expected {
  readonly ok: boolean;
  /** The operation or SDK method the events name. */
  readonly operation: string;
  readonly attempts: number;
  /** The Ok's code (0, or what a succeed rule accepted) or the Err's code. */
  readonly code: number;
  /** The Err's source. */
  readonly source?: 'sdk' | 'client';
  /** The SDK method whose invocations the `attempt` events announce (none for a refused call). */
  readonly method?: SimMethod;
  /** Extra fields of the terminal event or the Err. */
  readonly flags?: Readonly<Record<string, unknown>>;
}

interface Case {
  readonly name: string;
  readonly surface?: Surface;
  readonly sim?: SimulatedGmeOptions;
  readonly client?: Partial<GmeClientOptions>;
  /** Runs before the events are recorded: init, entering a room, scripting faults. */
  readonly prepare?: (h: Harness) => Promise<void> | void;
  /** Makes the call (its ResultAsync); `h` is prepared. */
  readonly call: (h: Harness) => ResultAsync<unknown, GmeError>;
  readonly expected: Expected;
  /** Terminal events of other calls the case makes on purpose, as `'error enterRoom'`. @default none */
  readonly others?: readonly string[];
}

const INIT = { appId: '1400000001', openId: '10001' } as const;
const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;
const retry7004 = (maxAttempts: number, more: Partial<Parameters<typeof definePolicy>[0]> = {}): Policy =>
  definePolicy({
    codes: { 7004: retry({ maxAttempts, baseDelayMs: 100, jitter: 'none' }) },
    default: fail(),
    budget: false,
    breaker: false,
    ...more,
  });

const init = (h: Harness) => settle(h.gme.init(INIT)).then(() => undefined);
const loose = (h: Harness) =>
  h.gme.call as (method: unknown, args?: unknown, options?: unknown) => ResultAsync<unknown, GmeError>;
const later = (ms: number, run: () => void) => {
  setTimeout(run, ms);
};

const CASES: readonly Case[] = [
  // --- Ok ----------------------------------------------------------------------------------
  {
    name: 'Ok at once (init, answered by its return value)',
    call: (h) => h.gme.init(INIT),
    expected: { ok: true, operation: 'init', attempts: 1, code: 0, method: 'Init' },
  },
  {
    name: 'Ok at once by event (enterRoom)',
    prepare: init,
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: { ok: true, operation: 'enterRoom', attempts: 1, code: 0, method: 'EnterRoom' },
  },
  {
    name: 'Ok after retries (7004 twice, then 0)',
    client: { policy: retry7004(3) },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: { ok: true, operation: 'enterRoom', attempts: 3, code: 0, method: 'EnterRoom' },
  },
  {
    name: 'Ok by a succeed rule (1003: already in that room)',
    client: { policy: definePolicy({ codes: { 1003: succeed() }, default: fail(), budget: false }) },
    prepare: (h) => ready(h),
    call: (h) => h.gme.enterRoom({ ...LOBBY, roomId: 'lobby' }),
    expected: { ok: true, operation: 'enterRoom', attempts: 1, code: 1003, method: 'EnterRoom' },
  },
  {
    name: 'Ok by a recovery (7006, refreshAuth, then 0)',
    client: {
      policy: definePolicy({ codes: { 7006: recover('refreshAuth') }, default: fail(), budget: false }),
      auth: { refresh: async () => 'fresh-room-secret' },
    },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7006 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: true,
      operation: 'enterRoom',
      attempts: 2,
      code: 0,
      method: 'EnterRoom',
      flags: { recovered: 'refreshAuth' },
    },
  },
  {
    name: 'Ok by a recovery that calls another operation (2002, reenterRoom: its enterRoom is part of the switch)',
    sim: { switchRoom: true },
    client: {
      policy: definePolicy({ codes: { 2002: recover('reenterRoom') }, default: fail(), budget: false }),
    },
    prepare: (h) => {
      h.control.script('SwitchRoom', [{ event: 2002 }]);
      return ready(h);
    },
    call: (h) => h.gme.switchRoom({ roomId: 'arena', authBuffer: 'room-secret' }),
    expected: {
      ok: true,
      operation: 'switchRoom',
      attempts: 1,
      code: 0,
      method: 'SwitchRoom',
      flags: { recovered: 'reenterRoom' },
    },
  },
  {
    name: 'Ok of a voice message after its upload (event with file_id)',
    prepare: async (h) => {
      await ready(h);
      await record(h, '/tmp/v.silk');
    },
    call: (h) => h.gme.uploadRecordedFile({ filePath: '/tmp/v.silk' }),
    expected: {
      ok: true,
      operation: 'uploadRecordedFile',
      attempts: 1,
      code: 0,
      method: 'PttUploadRecordedFile',
    },
  },

  // --- Err from the SDK --------------------------------------------------------------------
  {
    name: 'Err by an immediate code (EnterRoom returns 7005)',
    client: { policy: ONCE },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ sync: 7005 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7005,
      source: 'sdk',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err by an event code (ENTER_ROOM carries 7005)',
    client: { policy: ONCE },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7005 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7005,
      source: 'sdk',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err after the retries ran out (7004 three times)',
    client: { policy: retry7004(3) },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 3,
      code: 7004,
      source: 'sdk',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err by a failed recovery (7006, refreshAuth with no refresher)',
    client: {
      policy: definePolicy({ codes: { 7006: recover('refreshAuth') }, default: fail(), budget: false }),
    },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7006 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7006,
      source: 'sdk',
      method: 'EnterRoom',
    },
  },

  // --- Err made by the client while the call runs -----------------------------------------
  {
    name: 'Err by timeout (no event: client 1005)',
    client: { policy: ONCE },
    prepare: (h) => {
      h.control.script('ExitRoom', [{ noEvent: true }]);
      return ready(h);
    },
    call: (h) => h.gme.exitRoom({}, { timeoutMs: 2_000 }),
    expected: {
      ok: false,
      operation: 'exitRoom',
      attempts: 1,
      code: 1005,
      source: 'client',
      method: 'ExitRoom',
    },
  },
  {
    name: 'Err by abort before the call (7013, no invocation)',
    prepare: init,
    call: (h) => h.gme.enterRoom(LOBBY, { signal: AbortSignal.abort() }),
    expected: { ok: false, operation: 'enterRoom', attempts: 0, code: 7013, source: 'client' },
  },
  {
    name: 'Err by abort while pending (7013)',
    prepare: (h) => {
      h.control.script('EnterRoom', [{ noEvent: true }]);
      return init(h);
    },
    call: (h) => {
      const leave = new AbortController();
      later(500, () => leave.abort());
      return h.gme.enterRoom(LOBBY, { signal: leave.signal });
    },
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7013,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err by abort during a retry wait (7013 after 1 attempt)',
    client: { policy: retry7004(3) },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7004 }]);
      return init(h);
    },
    call: (h) => {
      const leave = new AbortController();
      later(50, () => leave.abort());
      return h.gme.enterRoom(LOBBY, { signal: leave.signal });
    },
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7013,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err by dispose before the call (7013, no invocation)',
    prepare: async (h) => {
      await init(h);
      h.gme.dispose();
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: { ok: false, operation: 'enterRoom', attempts: 0, code: 7013, source: 'client' },
  },
  {
    name: 'Err by dispose while pending (7013)',
    prepare: (h) => {
      h.control.script('EnterRoom', [{ noEvent: true }]);
      return init(h);
    },
    call: (h) => {
      later(500, () => h.gme.dispose());
      return h.gme.enterRoom(LOBBY);
    },
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7013,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err by dispose while queued behind another room operation (7013, no invocation)',
    prepare: (h) => {
      h.control.script('EnterRoom', [{ noEvent: true }]);
      return init(h);
    },
    call: (h) => {
      void h.gme.enterRoom(LOBBY); // in flight, never answered: exitRoom waits behind it
      later(500, () => h.gme.dispose());
      return h.gme.exitRoom();
    },
    expected: { ok: false, operation: 'exitRoom', attempts: 0, code: 7013, source: 'client' },
    others: ['error enterRoom'],
  },
  {
    name: 'Err when the SDK throws (1006)',
    prepare: (h) => {
      h.control.script('EnterRoom', [{ throws: new Error('native addon crashed') }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 1006,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err when the SDK returns garbage (1006)',
    prepare: (h) => {
      h.control.script('EnterRoom', [{ returns: 'posted?' }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 1006,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err on a malformed completion payload (1006)',
    client: { policy: ONCE },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ malformed: '{"result":' }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 1006,
      source: 'client',
      method: 'EnterRoom',
    },
  },
  {
    name: 'Err when the completion event lacks a field the result needs (1006)',
    client: { policy: ONCE },
    prepare: async (h) => {
      await ready(h);
      await record(h, '/tmp/v.silk');
      h.control.script('PttUploadRecordedFile', [{ malformed: '{"result":0,"file_path":"/tmp/v.silk"}' }]);
    },
    call: (h) => h.gme.uploadRecordedFile({ filePath: '/tmp/v.silk' }),
    expected: {
      ok: false,
      operation: 'uploadRecordedFile',
      attempts: 1,
      code: 1006,
      source: 'client',
      method: 'PttUploadRecordedFile',
    },
  },

  // --- Err before the SDK: refused by the client -------------------------------------------
  {
    name: 'Err for an invalid argument (empty roomId: client 1004)',
    prepare: init,
    call: (h) => h.gme.enterRoom({ ...LOBBY, roomId: '' }),
    expected: { ok: false, operation: 'enterRoom', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'Err for invalid call options (timeoutMs 0: client 1004)',
    prepare: init,
    call: (h) => h.gme.enterRoom(LOBBY, { timeoutMs: 0 }),
    expected: { ok: false, operation: 'enterRoom', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'Err for an operation the SDK lacks (switchRoom on gme-electron-sdk: client 1006)',
    prepare: (h) => ready(h),
    call: (h) => h.gme.switchRoom({ roomId: 'arena', authBuffer: 'room-secret' }),
    expected: { ok: false, operation: 'switchRoom', attempts: 0, code: 1006, source: 'client' },
  },
  {
    name: 'Err for an operation the H5 SDK lacks (uploadRecordedFile: client 1006)',
    surface: 'web',
    prepare: init,
    call: (h) => h.gme.uploadRecordedFile({ filePath: '/tmp/v.silk' }),
    expected: { ok: false, operation: 'uploadRecordedFile', attempts: 0, code: 1006, source: 'client' },
  },
  {
    name: 'Err while the circuit is open (refused, 0 attempts)',
    client: {
      policy: retry7004(1, { breaker: { failureThreshold: 1, cooldownMs: 10_000 } }),
    },
    prepare: async (h) => {
      h.control.script('EnterRoom', [{ event: 7004 }]);
      await init(h);
      await settle(h.gme.enterRoom(LOBBY)); // opens the room family's circuit
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 0,
      code: 7004,
      source: 'client',
      flags: { circuitOpen: true },
    },
  },
  {
    name: 'Err when the retry budget is empty (budgetExhausted)',
    client: { policy: retry7004(3, { budget: { capacity: 1, initialTokens: 0, refillPerSuccess: 0 } }) },
    prepare: (h) => {
      h.control.script('EnterRoom', [{ event: 7004 }]);
      return init(h);
    },
    call: (h) => h.gme.enterRoom(LOBBY),
    expected: {
      ok: false,
      operation: 'enterRoom',
      attempts: 1,
      code: 7004,
      source: 'sdk',
      method: 'EnterRoom',
      flags: { budgetExhausted: true },
    },
  },

  // --- gme.call ----------------------------------------------------------------------------
  {
    name: 'gme.call: Ok (EnableMic)',
    prepare: init,
    call: (h) => h.gme.call('EnableMic', [true]),
    expected: { ok: true, operation: 'EnableMic', attempts: 1, code: 0, method: 'EnableMic' },
  },
  {
    name: 'gme.call: Ok of a getter whose value is 1 (GetMicState: on, not an Err)',
    prepare: async (h) => {
      await init(h);
      await settle(h.gme.call('EnableMic', [true]));
    },
    call: (h) => h.gme.call('GetMicState'),
    expected: { ok: true, operation: 'GetMicState', attempts: 1, code: 0, method: 'GetMicState' },
  },
  {
    name: 'gme.call: Err code (EnableSpeaker before Init: 1101)',
    call: (h) => h.gme.call('EnableSpeaker', [true]),
    expected: {
      ok: false,
      operation: 'EnableSpeaker',
      attempts: 1,
      code: 1101,
      source: 'sdk',
      method: 'EnableSpeaker',
    },
  },
  {
    name: 'gme.call: Err code read from a getter (GetMicVolume before Init: 1101)',
    call: (h) => h.gme.call('GetMicVolume'),
    expected: {
      ok: false,
      operation: 'GetMicVolume',
      attempts: 1,
      code: 1101,
      source: 'sdk',
      method: 'GetMicVolume',
    },
  },
  {
    name: 'gme.call: Err when the method throws (1006)',
    prepare: (h) => {
      h.control.script('SetMicVolume', [{ throws: new Error('addon') }]);
      return init(h);
    },
    call: (h) => h.gme.call('SetMicVolume', [100]),
    expected: {
      ok: false,
      operation: 'SetMicVolume',
      attempts: 1,
      code: 1006,
      source: 'client',
      method: 'SetMicVolume',
    },
  },
  {
    name: 'gme.call: Err for an unknown method (client 1006)',
    prepare: init,
    call: (h) => h.gme.call('NoSuchMethod'),
    expected: { ok: false, operation: 'NoSuchMethod', attempts: 0, code: 1006, source: 'client' },
  },
  {
    name: 'gme.call: Err for a method the H5 SDK lacks (GetMicVolume: client 1006)',
    surface: 'web',
    prepare: init,
    call: (h) => h.gme.call('GetMicVolume'),
    expected: { ok: false, operation: 'GetMicVolume', attempts: 0, code: 1006, source: 'client' },
  },
  {
    name: 'gme.call: Err for a method name that is not a string (client 1004)',
    call: (h) => loose(h)(42),
    expected: { ok: false, operation: '42', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'gme.call: Err for an empty method name (client 1004)',
    call: (h) => loose(h)(''),
    expected: { ok: false, operation: '', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'gme.call: Err for args that are not an array (client 1004)',
    call: (h) => loose(h)('EnableMic', true),
    expected: { ok: false, operation: 'EnableMic', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'gme.call: Err for an argument of the wrong kind (client 1004)',
    call: (h) => loose(h)('SetMicVolume', [300]),
    expected: { ok: false, operation: 'SetMicVolume', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'gme.call: Err for invalid call options (client 1004)',
    call: (h) => h.gme.call('EnableMic', [true], { deadlineMs: -5 }),
    expected: { ok: false, operation: 'EnableMic', attempts: 0, code: 1004, source: 'client' },
  },
  {
    name: 'gme.call: Err by abort before the call (7013)',
    call: (h) => h.gme.call('EnableMic', [true], { signal: AbortSignal.abort() }),
    expected: { ok: false, operation: 'EnableMic', attempts: 0, code: 7013, source: 'client' },
  },
  {
    name: 'gme.call: Err after dispose (7013)',
    prepare: (h) => h.gme.dispose(),
    call: (h) => h.gme.call('EnableMic', [true]),
    expected: { ok: false, operation: 'EnableMic', attempts: 0, code: 7013, source: 'client' },
  },
];

const TERMINAL = new Set(['success', 'error']);
const CALL_EVENTS = new Set(['attempt', 'success', 'error', 'retry', 'recovery', 'budgetExhausted']);

function terminals(events: readonly Recorded[]) {
  return events.filter((e) => TERMINAL.has(e.name));
}

describe('every call ends with exactly one success or error', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const h = harness(c.surface ?? 'electron', c.sim ?? {}, c.client ?? {});
    await c.prepare?.(h);
    const callsBefore = { ...h.control.stats.calls };
    const events = recordEvents(h.gme);
    const r = (await settle(c.call(h))) as AnyResult;
    const atSettlement = events.length;
    await vi.advanceTimersByTimeAsync(60_000);
    const e = c.expected;

    // The Result.
    if (e.ok) {
      expect(r.isOk(), r.isErr() ? `${r.error.code} ${r.error.message}` : '').toBe(true);
      const v = r._unsafeUnwrap();
      expect({ attempts: v.attempts, code: v.code }).toEqual({ attempts: e.attempts, code: e.code });
      if (e.flags !== undefined) expect(v).toMatchObject(e.flags);
    } else {
      const error = r._unsafeUnwrapErr();
      expect({ code: error.code, attempts: error.attempts, source: error.source }).toEqual({
        code: e.code,
        attempts: e.attempts,
        source: e.source,
      });
      expect(error.operation).toBe(e.operation);
      if (e.flags !== undefined) expect(error).toMatchObject(e.flags);
    }

    // Exactly one terminal event, matching the Result (and those of the other calls the case makes).
    const all = terminals(events);
    const others = all.filter((t) => (t.payload as { operation: string }).operation !== e.operation);
    expect(others.map((t) => `${t.name} ${(t.payload as { operation: string }).operation}`)).toEqual(
      c.others ?? [],
    );
    const ends = all.filter((t) => !others.includes(t));
    expect(ends.map((t) => t.name)).toEqual([e.ok ? 'success' : 'error']);
    const end = ends[0] as Recorded;
    expect(end.payload).toMatchObject({ operation: e.operation, attempts: e.attempts });
    if (end.name === 'success') {
      expect(end.payload.code).toBe(e.code);
      if (e.flags !== undefined) expect(end.payload).toMatchObject(e.flags);
    } else if (end.name === 'error') {
      expect(end.payload.error).toBe(r._unsafeUnwrapErr());
    }
    expect(events.indexOf(end)).toBeLessThan(atSettlement);

    // Nothing reported twice: one attempt event per SDK invocation, numbered 1..n.
    const own = events.filter(
      (x): x is Extract<Recorded, { name: 'attempt' }> =>
        x.name === 'attempt' && x.payload.operation === e.operation && x.payload.recovery === undefined,
    );
    expect(own.map((x) => x.payload.attempt)).toEqual(Array.from({ length: e.attempts }, (_, i) => i + 1));
    if (e.method !== undefined) {
      const made = (h.control.stats.calls[e.method] ?? 0) - (callsBefore[e.method] ?? 0);
      expect(made).toBe(e.attempts);
    }
    expect(events.slice(atSettlement).filter((x) => CALL_EVENTS.has(x.name))).toEqual([]);
    h.gme.dispose();
  });
});

describe('calls that share an outcome still end one by one', () => {
  it('reports a second identical enterRoom, which joins the first, as a call of its own (joined)', async () => {
    const h = harness('electron', {}, { policy: ONCE });
    await init(h);
    const events = recordEvents(h.gme);
    const first = h.gme.enterRoom(LOBBY);
    const second = h.gme.enterRoom({ ...LOBBY });
    const [a, b] = await settle(Promise.all([first, second]));
    expect(b).toBe(a);
    expect(h.control.stats.calls.EnterRoom).toBe(1);
    const ends = terminals(events) as Extract<Recorded, { name: 'success' }>[];
    expect(ends.map((x) => [x.name, x.payload.operation, x.payload.attempts, x.payload.joined])).toEqual([
      ['success', 'enterRoom', 1, undefined],
      ['success', 'enterRoom', 1, true],
    ]);
    expect(events.filter((x) => x.name === 'attempt')).toHaveLength(1);
    h.gme.dispose();
  });

  it('reports each of two joined calls ending in Err, both carrying the shared GmeError', async () => {
    const h = harness('electron', {}, { policy: ONCE });
    h.control.script('EnterRoom', [{ event: 7005 }]);
    await init(h);
    const events = recordEvents(h.gme);
    const [a, b] = await settle(Promise.all([h.gme.enterRoom(LOBBY), h.gme.enterRoom(LOBBY)]));
    const error = a._unsafeUnwrapErr();
    expect(b._unsafeUnwrapErr()).toBe(error);
    const ends = terminals(events) as Extract<Recorded, { name: 'error' }>[];
    expect(ends.map((x) => [x.payload.error === error, x.payload.joined])).toEqual([
      [true, undefined],
      [true, true],
    ]);
    h.gme.dispose();
  });

  it('announces the enterRoom a reenterRoom recovery makes as part of the switch, with no end of its own', async () => {
    const h = harness(
      'electron',
      { switchRoom: true },
      { policy: definePolicy({ codes: { 2002: recover('reenterRoom') }, default: fail(), budget: false }) },
    );
    h.control.script('SwitchRoom', [{ event: 2002 }]);
    await ready(h);
    const events = recordEvents(h.gme);
    const r = await settle(h.gme.switchRoom({ roomId: 'arena', authBuffer: 'room-secret' }));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'arena', recovered: 'reenterRoom' });
    const steps = events
      .filter((x) => x.name !== 'sdkEvent' && x.name !== 'roomState')
      .map((x) => `${x.name} ${(x.payload as GmeEventMap['attempt']).operation}`);
    expect(steps).toEqual([
      'attempt switchRoom',
      'attempt enterRoom',
      'recovery switchRoom',
      'success switchRoom',
    ]);
    const inner = events.find((x) => x.name === 'attempt' && x.payload.operation === 'enterRoom');
    const outer = events.find((x) => x.name === 'attempt' && x.payload.operation === 'switchRoom');
    const callId = (outer as { payload: GmeEventMap['attempt'] }).payload.callId;
    expect(inner?.payload).toEqual({ operation: 'enterRoom', callId, attempt: 1, recovery: 'reenterRoom' });
    expect(h.control.state).toMatchObject({ room: 'entered', roomId: 'arena' });
    h.gme.dispose();
  });
});
