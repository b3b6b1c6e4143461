/**
 * `instrument` driven by a fake client: events the client does not emit yet (`held`, `released`,
 * `session`), and event orders the simulator cannot produce on demand.
 */
import { SpanStatusCode } from '@opentelemetry/api';
import { AlwaysOffSampler, BasicTracerProvider } from '@opentelemetry/sdk-trace-base';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClient } from '../../test/support/fake-client.js';
import { type OtelSdk, otelSdk, pointsOf, total } from '../../test/support/otel-sdk.js';
import { createGmeError } from '../errors/gme-error.js';
import { MAX_OPEN_CALLS } from './call-spans.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';
import { GME_METRICS as M } from './gme-metric-names.js';
import { INSTRUMENTED_EVENTS, instrument } from './instrument.js';

let sdk: OtelSdk;
let gme: FakeClient;
beforeEach(() => {
  sdk = otelSdk();
  gme = new FakeClient();
});
afterEach(async () => {
  await sdk.shutdown();
});

const start = () => instrument(gme, { tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
const ms = (t: readonly [number, number] | undefined) =>
  t === undefined ? Number.NaN : t[0] * 1e3 + t[1] / 1e6;
const eventNames = (i: number) => sdk.spans()[i]?.events.map((e) => e.name);
const ok = (callId: number, operation: string, attempts: number, durationMs = 10) =>
  gme.emit('success', { operation, callId, attempts, code: 0, durationMs });
const fail = (callId: number, operation: string, attempts: number, code: number, durationMs = 10) =>
  gme.emit('error', {
    operation,
    callId,
    attempts,
    durationMs,
    error: createGmeError({ code, operation, source: code === 7013 ? 'client' : 'sdk', attempts }),
  });

describe('instrument: held and released calls', () => {
  it('opens the span of a call held before its first attempt, with both events on it', async () => {
    start();
    gme.emit('held', { operation: 'enterRoom', callId: 1, code: 0, attempt: 0, roomState: 'reconnecting' });
    gme.emit('released', { operation: 'enterRoom', callId: 1, heldMs: 800, reason: 'reconnected' });
    gme.emit('attempt', { operation: 'enterRoom', callId: 1, attempt: 1 });
    ok(1, 'enterRoom', 1);
    expect(sdk.spans()).toHaveLength(1);
    expect(sdk.spans()[0]?.events.map((e) => [e.name, e.attributes])).toEqual([
      [E.held, { [A.attempt]: 0, [A.code]: 0, [A.roomState]: 'reconnecting' }],
      [E.released, { [A.heldMs]: 800, [A.releaseReason]: 'reconnected' }],
    ]);
    expect(sdk.spans()[0]?.attributes[A.attempts]).toBe(1);
    const points = await sdk.collect();
    expect(
      pointsOf(points, M.heldCalls).map((p) => [
        p.attributes[A.operation],
        p.attributes[A.roomState],
        p.value,
      ]),
    ).toEqual([['enterRoom', 'reconnecting', 1]]);
  });

  it('puts a hold after a failed attempt on that call, and the next attempt continues it', () => {
    start();
    const callId = 4;
    gme.emit('attempt', { operation: 'uploadRecordedFile', callId, attempt: 1 });
    gme.emit('held', {
      operation: 'uploadRecordedFile',
      callId,
      code: 8195,
      attempt: 1,
      roomState: 'reconnecting',
    });
    gme.emit('released', { operation: 'uploadRecordedFile', callId, heldMs: 1_200, reason: 'reconnected' });
    gme.emit('attempt', { operation: 'uploadRecordedFile', callId, attempt: 2 });
    ok(callId, 'uploadRecordedFile', 2);
    expect(sdk.spans()).toHaveLength(1);
    expect(eventNames(0)).toEqual([E.held, E.released]);
    expect(sdk.spans()[0]?.events[0]?.attributes?.[A.code]).toBe(8195);
    expect(sdk.spans()[0]?.attributes[A.attempts]).toBe(2);
  });

  it('gives a call that starts while another is held before its first attempt its own span', () => {
    start();
    gme.emit('held', {
      operation: 'speechToText',
      callId: 1,
      code: 0,
      attempt: 0,
      roomState: 'reconnecting',
    });
    gme.emit('attempt', { operation: 'speechToText', callId: 2, attempt: 1 });
    ok(2, 'speechToText', 1);
    gme.emit('released', { operation: 'speechToText', callId: 1, heldMs: 50, reason: 'reconnected' });
    gme.emit('attempt', { operation: 'speechToText', callId: 1, attempt: 1 });
    ok(1, 'speechToText', 1);
    expect(sdk.spans()).toHaveLength(2);
    expect(eventNames(0)).toEqual([]);
    expect(eventNames(1)).toEqual([E.held, E.released]);
  });

  it('ends a held call that was aborted before any attempt with its Err', () => {
    start();
    gme.emit('held', { operation: 'enterRoom', callId: 1, code: 0, attempt: 0, roomState: 'disconnected' });
    gme.emit('released', { operation: 'enterRoom', callId: 1, heldMs: 30, reason: 'aborted' });
    fail(1, 'enterRoom', 0, 7013);
    expect(sdk.spans()).toHaveLength(1);
    expect(eventNames(0)).toEqual([E.held, E.released]);
    expect(sdk.spans()[0]?.status.code).toBe(SpanStatusCode.ERROR);
    expect(sdk.spans()[0]?.attributes[A.errorSource]).toBe('client');
  });
});

describe('instrument: session and room state counters', () => {
  it('counts session changes by state and previous state', async () => {
    start();
    const change = (previous: 'entering' | 'entered' | 'reconnecting', state: typeof previous) =>
      gme.emit('session', { roomId: 'lobby', previous, state, reason: 'test', attempt: 1 });
    change('entering', 'entered');
    change('entered', 'reconnecting');
    change('reconnecting', 'entered');
    change('entered', 'reconnecting');
    const points = await sdk.collect();
    const rows = pointsOf(points, M.sessionStateChanges).map((p) => [
      p.attributes[A.sessionPreviousState],
      p.attributes[A.sessionState],
      p.value,
      p.unit,
    ]);
    expect(rows.sort()).toEqual([
      ['entered', 'reconnecting', 2, '{change}'],
      ['entering', 'entered', 1, '{change}'],
      ['reconnecting', 'entered', 1, '{change}'],
    ]);
    expect(JSON.stringify(sdk.lastExport())).not.toContain('lobby');
  });
});

describe('instrument: matching by call id', () => {
  it('matches interleaved events of two concurrent calls of one operation to the right spans', () => {
    instrument(gme, {
      tracerProvider: sdk.tracerProvider,
      meterProvider: sdk.meterProvider,
      recordRoomId: true,
    });
    // The room each call started in tells the spans apart (the room is gone by their outcomes).
    gme.room = { state: 'entered', roomId: 'first' };
    gme.emit('attempt', { operation: 'speechToText', callId: 1, attempt: 1 });
    gme.room = { state: 'entered', roomId: 'second' };
    gme.emit('attempt', { operation: 'speechToText', callId: 2, attempt: 1 });
    gme.room = { state: 'idle', roomId: null };
    // The later call fails first and retries, then the earlier one succeeds on its first attempt:
    // matching by history alone would give the retry, and the later outcome, to the earlier call.
    gme.emit('retry', {
      operation: 'speechToText',
      callId: 2,
      code: 32770,
      attempt: 1,
      delayMs: 100,
      error: createGmeError({ code: 32770, operation: 'speechToText', source: 'sdk', attempts: 1 }),
    });
    ok(1, 'speechToText', 1);
    gme.emit('attempt', { operation: 'speechToText', callId: 2, attempt: 2 });
    fail(2, 'speechToText', 2, 32775);
    const byRoom = Object.fromEntries(
      sdk
        .spans()
        .map((s) => [
          s.attributes[A.roomId],
          [s.attributes[A.attempts], s.attributes[A.code], s.events.map((e) => e.name)],
        ]),
    );
    expect(byRoom).toEqual({ first: [1, 0, []], second: [2, 32775, [E.retry]] });
  });

  it('spans a joined call on its own, marked gme.call.joined, with no attempts of its own', () => {
    start();
    gme.emit('attempt', { operation: 'enterRoom', callId: 1, attempt: 1 });
    gme.emit('success', {
      operation: 'enterRoom',
      callId: 2,
      attempts: 1,
      code: 0,
      durationMs: 30,
      joined: true,
    });
    ok(1, 'enterRoom', 1);
    const [joined, flight] = sdk.spans();
    expect(joined?.attributes).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 0,
      [A.joined]: true,
    });
    expect(ms(joined?.duration)).toBe(30);
    expect(flight?.attributes[A.attempts]).toBe(1);
    expect(flight?.attributes).not.toHaveProperty(A.joined);
  });

  it('gives an outcome with no open span a span lasting its durationMs', () => {
    start();
    fail(1, 'enterRoom', 0, 1004, 250); // refused before the SDK: no attempt was announced
    const [span] = sdk.spans();
    expect(span?.attributes).toMatchObject({ [A.operation]: 'enterRoom', [A.code]: 1004, [A.attempts]: 0 });
    expect(ms(span?.duration)).toBe(250);
  });

  it('drops events of calls that began before instrument, and spans their outcome alone', () => {
    gme.emit('attempt', { operation: 'speechToText', callId: 1, attempt: 1 }); // nobody listens yet
    start();
    gme.emit('retry', {
      operation: 'speechToText',
      callId: 1,
      code: 32770,
      attempt: 1,
      delayMs: 100,
      error: createGmeError({ code: 32770, operation: 'speechToText', source: 'sdk', attempts: 1 }),
    });
    gme.emit('attempt', { operation: 'speechToText', callId: 1, attempt: 2 });
    ok(1, 'speechToText', 2, 40);
    expect(sdk.spans()).toHaveLength(1);
    expect(sdk.spans()[0] ? ms(sdk.spans()[0]?.duration) : 0).toBe(40);
    expect(sdk.spans()[0]?.events).toEqual([]);
    expect(sdk.spans()[0]?.attributes[A.attempts]).toBe(2);
  });

  it('puts a circuit change on the open calls of its family only', () => {
    start();
    gme.emit('attempt', { operation: 'enterRoom', callId: 1, attempt: 1 });
    gme.emit('attempt', { operation: 'speechToText', callId: 2, attempt: 1 });
    gme.emit('attempt', { operation: 'EnableMic', callId: 3, attempt: 1 }); // a raw gme.call: family `call`
    gme.emit('circuitOpen', { family: 'room', until: 5_000 });
    gme.emit('circuitOpen', { family: 'call', until: 6_000 });
    ok(1, 'enterRoom', 1);
    ok(2, 'speechToText', 1);
    ok(3, 'EnableMic', 1);
    expect(sdk.spans().map((s) => [s.name, s.events.map((e) => e.attributes?.[A.circuitUntil])])).toEqual([
      ['gme enterRoom', [5_000]],
      ['gme speechToText', []],
      ['gme EnableMic', [6_000]],
    ]);
  });

  it(`keeps at most ${MAX_OPEN_CALLS} open calls, ending the oldest as incomplete`, () => {
    const handle = start();
    for (let i = 0; i <= MAX_OPEN_CALLS; i++)
      gme.emit('attempt', { operation: i % 2 ? 'EnableMic' : 'speechToText', callId: i + 1, attempt: 1 });
    expect(sdk.spans()).toHaveLength(1);
    expect(sdk.spans()[0]?.attributes[A.incomplete]).toBe(true);
    handle.stop();
    expect(sdk.spans()).toHaveLength(MAX_OPEN_CALLS + 1);
    expect(sdk.spans().every((s) => s.attributes[A.incomplete] === true)).toBe(true);
  });
});

describe('instrument: setup', () => {
  it('keeps none of its listeners when the client refuses one, and rethrows', () => {
    gme.failAfter = 4;
    expect(() => start()).toThrow('on() failed');
    expect(gme.listenerCount()).toBe(0);
  });

  it('records no span event for an unsampled span, and its metrics still count', async () => {
    const unsampled = new BasicTracerProvider({ sampler: new AlwaysOffSampler() });
    instrument(gme, { tracerProvider: unsampled, meterProvider: sdk.meterProvider });
    gme.emit('attempt', { operation: 'enterRoom', callId: 1, attempt: 1 });
    gme.emit('retry', {
      operation: 'enterRoom',
      callId: 1,
      code: 7004,
      attempt: 1,
      delayMs: 100,
      error: createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 1 }),
    });
    gme.emit('attempt', { operation: 'enterRoom', callId: 1, attempt: 2 });
    fail(1, 'enterRoom', 2, 7005);
    const points = await sdk.collect();
    expect(total(points, M.calls, { [A.code]: 7005 })).toBe(1);
    expect(total(points, M.retries, { [A.code]: 7004 })).toBe(1);
    expect(sdk.spans()).toEqual([]);
  });
});

describe('instrument: listeners', () => {
  it('adds one listener to each event of INSTRUMENTED_EVENTS, and stop() removes them', () => {
    const handle = start();
    expect(gme.listenedEvents().sort()).toEqual([...INSTRUMENTED_EVENTS].sort());
    expect(gme.listenerCount()).toBe(INSTRUMENTED_EVENTS.length);
    handle.stop();
    expect(gme.listenerCount()).toBe(0);
    expect(gme.offCalls).toBe(INSTRUMENTED_EVENTS.length);
    handle.stop();
    expect(gme.offCalls).toBe(INSTRUMENTED_EVENTS.length); // the second stop() does nothing
  });
});
