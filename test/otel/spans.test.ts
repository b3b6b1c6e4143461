/**
 * `instrument(gme)` over the simulator, with the real OpenTelemetry SDKs and in-memory exporters:
 * spans and span events of scripted calls.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { definePolicy, fail, recover } from 'gme-result';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E, instrument, GME_METRICS as M } from 'gme-result/otel';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAKE_TIMERS } from '../support/fake-sdk.js';
import { type Harness, harness, settle } from '../support/harness.js';
import { type OtelSdk, otelSdk } from '../support/otel-sdk.js';

let sdk: OtelSdk;
beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
  sdk = otelSdk();
});
afterEach(async () => {
  vi.useRealTimers();
  await sdk.shutdown();
});

function setup(clientOptions: Parameters<typeof harness>[2] = {}, recordRoomId?: boolean) {
  const h = harness('electron', { seed: 3 }, clientOptions);
  const handle = instrument(h.gme, {
    tracerProvider: sdk.tracerProvider,
    meterProvider: sdk.meterProvider,
    ...(recordRoomId === undefined ? {} : { recordRoomId }),
  });
  return { h, handle };
}

const named = (name: string) => sdk.spans().filter((s) => s.name === name);
const ms = (t: readonly [number, number] | undefined) =>
  t === undefined ? Number.NaN : t[0] * 1e3 + t[1] / 1e6;
const eventNames = (span: { events: readonly { name: string }[] }) => span.events.map((e) => e.name);

async function init(h: Harness): Promise<void> {
  const r = await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
  expect(r.isOk()).toBe(true);
}

describe('instrument: spans', () => {
  it('gives a call that retries twice, then succeeds, one span with two retry events and attempts 3', async () => {
    const { h } = setup();
    await init(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(r.isOk() && r.value.attempts).toBe(3);

    const [span, ...others] = named('gme enterRoom');
    expect(others).toEqual([]);
    expect(span?.kind).toBe(SpanKind.CLIENT);
    expect(span?.status.code).toBe(SpanStatusCode.UNSET);
    expect(span?.attributes).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 3,
    });
    expect(span?.events.map((e) => [e.name, e.attributes?.[A.attempt], e.attributes?.[A.code]])).toEqual([
      [E.retry, 1, 7004],
      [E.retry, 2, 7004],
    ]);
    expect(span?.events[0]?.attributes?.[A.codeName]).toBe('AV_ERR_NET_REQUEST_FALLED');
    expect(typeof span?.events[0]?.attributes?.[A.retryDelayMs]).toBe('number');
    expect(named('gme init')).toHaveLength(1);
  });

  it('gives a 7005 status ERROR with the code, and the error fields but no message', async () => {
    const { h } = setup();
    await init(h);
    h.control.script('EnterRoom', [{ event: 7005 }]);
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(r.isErr() && r.error.code).toBe(7005);

    const [span] = named('gme enterRoom');
    expect(span?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'AV_ERR_CHARGE_OVERDUE (7005)' });
    expect(span?.attributes).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 7005,
      [A.codeName]: 'AV_ERR_CHARGE_OVERDUE',
      [A.errorType]: 'AV_ERR_CHARGE_OVERDUE',
      [A.attempts]: 1,
      [A.errorSource]: 'sdk',
      [A.errorCategory]: 'general',
    });
    expect(span?.events).toEqual([]);
  });

  it('marks a client-made error (a timeout, 1005) with source client', async () => {
    const { h } = setup({ policy: definePolicy({ extends: defaultPolicy, codes: { 1005: fail() } }) });
    await init(h);
    h.control.script('EnterRoom', [{ noEvent: true }]);
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(r.isErr() && [r.error.code, r.error.source]).toEqual([1005, 'client']);
    const [span] = named('gme enterRoom');
    expect(span?.attributes[A.errorSource]).toBe('client');
    expect(span?.attributes[A.code]).toBe(1005);
  });
});

const fileId = (n: string) => `https://voice.example/${n}.silk`;

async function readyForSpeech(h: Harness): Promise<void> {
  await init(h);
  const ptt = await settle(h.gme.applyPttAuthbuffer({ authBuffer: 'ptt-secret' }));
  expect(ptt.isOk()).toBe(true);
}

describe('instrument: span events', () => {
  it('puts a healing recovery on the span and names it in gme.recovered', async () => {
    const { h } = setup({ auth: { refresh: async () => 'room-secret-2' } });
    await init(h);
    h.control.script('EnterRoom', [{ event: 7006 }]);
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(r.isOk() && r.value.recovered).toBe('refreshAuth');
    const [span] = named('gme enterRoom');
    expect(span?.attributes[A.recovered]).toBe('refreshAuth');
    expect(span?.attributes[A.attempts]).toBe(2);
    expect(span?.events.map((e) => [e.name, e.attributes])).toEqual([
      [E.recovery, { [A.code]: 7006, [A.recoveryAction]: 'refreshAuth', [A.recoveryOk]: true }],
    ]);
  });

  it("puts an invocation a recovery makes itself (reinit) on the healed call's span, opening none", async () => {
    const { h, handle } = setup({
      policy: definePolicy({ extends: defaultPolicy, codes: { 1101: recover('reinit') } }),
    });
    await readyForSpeech(h);
    h.control.script('PttSpeechToText', [{ event: 1101 }]);
    const r = await settle(h.gme.speechToText({ fileId: fileId('a'), language: 'en-US' }));
    expect(r.isOk() && r.value.recovered).toBe('reinit');
    expect(named('gme init')).toHaveLength(1); // the game's own init; the recovery's made none
    expect(sdk.spans().map((s) => s.name)).toEqual([
      'gme init',
      'gme applyPttAuthbuffer',
      'gme speechToText',
    ]);
    const [speech] = named('gme speechToText');
    expect(speech?.events.map((e) => [e.name, e.attributes])).toEqual([
      [E.recoveryAttempt, { [A.operation]: 'init', [A.attempt]: 1, [A.recoveryAction]: 'reinit' }],
      [E.recovery, { [A.code]: 1101, [A.recoveryAction]: 'reinit', [A.recoveryOk]: true }],
    ]);
    handle.stop(); // no span was left open for the recovery's init either
    expect(named('gme init')).toHaveLength(1);
  });

  it('records a budget refusal as an event and gme.budget.exhausted on the Err', async () => {
    const { h } = setup({
      policy: definePolicy({
        extends: defaultPolicy,
        budget: { capacity: 1, initialTokens: 1, refillPerSuccess: 0 },
      }),
    });
    await init(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(r.isErr() && r.error.budgetExhausted).toBe(true);
    const [span] = named('gme enterRoom');
    expect(span?.events.map((e) => [e.name, e.attributes?.[A.attempt]])).toEqual([
      [E.retry, 1],
      [E.budgetExhausted, 2],
    ]);
    expect(span?.events[1]?.attributes?.[A.budgetTokens]).toBe(0);
    expect(span?.attributes[A.budgetExhausted]).toBe(true);
    expect(span?.attributes[A.attempts]).toBe(2);
  });

  it('puts circuit changes on the calls of the family, and spans a call the open circuit refused', async () => {
    const { h } = setup();
    await init(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    const failed = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(failed.isErr() && failed.error.attempts).toBe(3);
    const refused = await settle(
      h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }),
    );
    expect(refused.isErr() && [refused.error.attempts, refused.error.circuitOpen]).toEqual([0, true]);
    const open = (await sdk.collect()).filter((p) => p.name === M.circuitState && p.value !== 0);
    expect(open.map((p) => [p.attributes[A.circuitFamily], p.value])).toEqual([['room', 2]]);

    await vi.advanceTimersByTimeAsync(6_000); // past the default 5 s cooldown: the next call is the trial
    const trial = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    expect(trial.isOk()).toBe(true);

    const [first, second, third] = named('gme enterRoom');
    expect(eventNames(first ?? { events: [] })).toEqual([E.retry, E.retry, E.circuitOpen]);
    expect(first?.events[2]?.attributes?.[A.circuitFamily]).toBe('room');
    expect(typeof first?.events[2]?.attributes?.[A.circuitUntil]).toBe('number');
    expect(second?.attributes).toMatchObject({
      [A.attempts]: 0,
      [A.circuitOpen]: true,
      [A.errorSource]: 'client',
    });
    expect(second?.status.code).toBe(SpanStatusCode.ERROR);
    expect(third?.events.map((e) => [e.name, e.attributes])).toEqual([
      [E.circuitClose, { [A.circuitFamily]: 'room' }],
    ]);
    expect(named('gme init')[0]?.events).toEqual([]); // another family: untouched
    const after = (await sdk.collect()).filter((p) => p.name === M.circuitState);
    expect(after.every((p) => p.value === 0)).toBe(true);
  });

  it('gives a call that never reached the SDK a span lasting its durationMs', async () => {
    const { h } = setup();
    await init(h);
    h.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    const refused = named('gme enterRoom')[1];
    const ms = (t: readonly [number, number] | undefined) =>
      t === undefined ? Number.NaN : t[0] * 1e3 + t[1] / 1e6;
    expect(ms(refused?.duration)).toBe(0); // the fake clock did not move during the refusal
    expect(refused?.ended).toBe(true);
  });
});

describe('instrument: calls that share or nest', () => {
  it('gives a call that joins an identical enterRoom in flight a span of its own, marked joined', async () => {
    const { h } = setup();
    await init(h);
    h.control.script('EnterRoom', [{ delayMs: 200 }]);
    const args = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;
    const first = h.gme.enterRoom(args);
    await vi.advanceTimersByTimeAsync(50);
    const second = h.gme.enterRoom(args);
    const [a, b] = await settle(Promise.all([first, second]));
    expect([a?.isOk() && a.value.attempts, b?.isOk() && b.value.attempts]).toEqual([1, 1]);
    const [flight, joined, ...others] = named('gme enterRoom');
    expect(others).toEqual([]);
    expect(flight?.attributes).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 1,
    });
    expect(joined?.attributes).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 0,
      [A.joined]: true,
    });
    expect(joined?.events).toEqual([]);
    // Each span starts with its own call: the joined one when it joined, 50 ms later.
    expect(ms(joined?.startTime) - ms(flight?.startTime)).toBe(50);
    expect(ms(joined?.duration)).toBe(150);
    expect(joined?.kind).toBe(SpanKind.CLIENT);
  });

  it("puts the entry a failed switch (2002) recovers with on the switch's span, not a span of its own", async () => {
    const h = harness('electron', { seed: 3, switchRoom: true });
    instrument(h.gme, { tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
    await init(h);
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    h.control.script('SwitchRoom', [{ event: 2002 }]);
    const r = await settle(h.gme.switchRoom({ roomId: 'arena', authBuffer: 'room-secret' }));
    expect(r.isOk() && r.value.recovered).toBe('reenterRoom');
    expect(sdk.spans().map((s) => s.name)).toEqual(['gme init', 'gme enterRoom', 'gme switchRoom']);
    const [switched] = named('gme switchRoom');
    expect(switched?.attributes).toMatchObject({
      [A.attempts]: 1,
      [A.recovered]: 'reenterRoom',
      [A.code]: 0,
    });
    expect(switched?.events.map((e) => [e.name, e.attributes])).toEqual([
      [E.recoveryAttempt, { [A.operation]: 'enterRoom', [A.attempt]: 1, [A.recoveryAction]: 'reenterRoom' }],
      [E.recovery, { [A.code]: 2002, [A.recoveryAction]: 'reenterRoom', [A.recoveryOk]: true }],
    ]);
  });

  it("puts the retries of a switch's re-entry on the switch's span, naming enterRoom", async () => {
    const h = harness('electron', { seed: 3, switchRoom: true });
    instrument(h.gme, { tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
    await init(h);
    await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' }));
    h.control.script('SwitchRoom', [{ event: 2002 }]);
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const r = await settle(h.gme.switchRoom({ roomId: 'arena', authBuffer: 'room-secret' }));
    expect(r.isOk() && r.value.recovered).toBe('reenterRoom');
    expect(sdk.spans().map((s) => s.name)).toEqual(['gme init', 'gme enterRoom', 'gme switchRoom']);
    const [switched] = named('gme switchRoom');
    expect(
      switched?.events.map((e) => [e.name, e.attributes?.[A.operation], e.attributes?.[A.attempt]]),
    ).toEqual([
      [E.recoveryAttempt, 'enterRoom', 1],
      [E.retry, 'enterRoom', 1],
      [E.recoveryAttempt, 'enterRoom', 2],
      [E.recovery, undefined, undefined],
    ]);
    expect(switched?.attributes[A.attempts]).toBe(1);
  });
});

describe('instrument: concurrent calls', () => {
  it('gives concurrent calls of one operation their own spans, each with its own history', async () => {
    const { h } = setup();
    await readyForSpeech(h);
    // Invocations in order a, b, c, then a's retry: only a's first attempt fails.
    h.control.script('PttSpeechToText', [{ event: 32770 }, { delayMs: 300 }, { delayMs: 20 }]);
    const results = await settle(
      Promise.all(['a', 'b', 'c'].map((n) => h.gme.speechToText({ fileId: fileId(n), language: 'en-US' }))),
    );
    expect(results.map((r) => r.isOk() && r.value.attempts)).toEqual([2, 1, 1]);
    const spans = named('gme speechToText');
    expect(spans).toHaveLength(3);
    expect(spans.map((s) => [s.attributes[A.attempts], eventNames(s)]).sort()).toEqual([
      [1, []],
      [1, []],
      [2, [E.retry]],
    ]);
    expect(new Set(spans.map((s) => s.spanContext().spanId)).size).toBe(3);
  });

  it('gives each of two concurrent calls its own outcome, whichever ends first', async () => {
    const { h } = setup();
    await readyForSpeech(h);
    // a fails for good after a long wait; b, started 50 ms later, succeeds first: matching by
    // history alone would give b's outcome to a's span, the oldest open one.
    h.control.script('PttSpeechToText', [{ event: 32775, delayMs: 500 }, { delayMs: 10 }]);
    const a = h.gme.speechToText({ fileId: fileId('a'), language: 'en-US' });
    await vi.advanceTimersByTimeAsync(50);
    const b = h.gme.speechToText({ fileId: fileId('b'), language: 'en-US' });
    const [ra, rb] = await settle(Promise.all([a, b]));
    expect([ra?.isErr() && ra.error.code, rb?.isOk()]).toEqual([32775, true]);
    const spans = named('gme speechToText');
    // Spans start on the (fake) wall clock: a's 50 ms before b's.
    const [first, second] = [...spans].sort((x, y) => ms(x.startTime) - ms(y.startTime));
    expect(ms(second?.startTime) - ms(first?.startTime)).toBe(50);
    expect([first?.status.code, first?.attributes[A.code]]).toEqual([SpanStatusCode.ERROR, 32775]);
    expect([second?.status.code, second?.attributes[A.code]]).toEqual([SpanStatusCode.UNSET, 0]);
  });

  it('nests a call under the span active when it starts', async () => {
    const { context, ROOT_CONTEXT, trace } = await import('@opentelemetry/api');
    // A synchronous context manager: enough for init, whose first attempt runs inside the call.
    let active = ROOT_CONTEXT;
    context.setGlobalContextManager({
      active: () => active,
      with(ctx, fn, thisArg, ...args) {
        const previous = active;
        active = ctx;
        try {
          return fn.call(thisArg, ...args);
        } finally {
          active = previous;
        }
      },
      bind: (_ctx, target) => target,
      enable() {
        return this;
      },
      disable() {
        active = ROOT_CONTEXT;
        return this;
      },
    });
    try {
      const { h } = setup();
      const tracer = sdk.tracerProvider.getTracer('game');
      const pending = tracer.startActiveSpan('game turn', (turn) => {
        const call = h.gme.init({ appId: '1400000001', openId: '10001' });
        turn.end();
        return { call, spanId: turn.spanContext().spanId };
      });
      await settle(pending.call);
      const [span] = named('gme init');
      expect(span?.parentSpanContext?.spanId).toBe(pending.spanId);
      expect(trace.getSpan(context.active())).toBeUndefined();
    } finally {
      context.disable();
    }
  });
});
