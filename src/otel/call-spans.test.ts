/**
 * CallSpans against a spy tracer: exactly what is called on each span, which span an event goes
 * to (by its `callId`), and that nothing is built for a span that does not record.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClient } from '../../test/support/fake-client.js';
import { SpyTracer } from '../../test/support/spy-tracer.js';
import { createGmeError } from '../errors/gme-error.js';
import { CallSpans, MAX_OPEN_CALLS } from './call-spans.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';

afterEach(() => {
  vi.useRealTimers();
});

const error = (code: number, attempts: number, operation = 'speechToText') =>
  createGmeError({ code, operation, source: 'sdk', attempts });
const retry = (callId: number, operation: string, attempt: number, code = 32770) => ({
  operation,
  callId,
  code,
  attempt,
  delayMs: 100,
  error: error(code, attempt, operation),
});
const ok = (callId: number, operation: string, attempts: number) => ({
  operation,
  callId,
  attempts,
  code: 0,
  durationMs: 1,
});

function setup(recordRoomId = false, recording = true) {
  const tracer = new SpyTracer(recording);
  const gme = new FakeClient();
  return { tracer, gme, spans: new CallSpans(tracer, gme, recordRoomId) };
}

/** The first `setAttributes` of a span. */
const outcome = (span: { argsOf(m: string): unknown[][] } | undefined) =>
  span?.argsOf('setAttributes')[0]?.[0];

describe('CallSpans: what each span is told', () => {
  it('starts a CLIENT span named after the operation, and ends it with exactly the outcome', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    spans.success({ operation: 'enterRoom', callId: 1, attempts: 1, code: 1003, durationMs: 4 });
    const [span] = tracer.spans;
    expect([span?.name, span?.options]).toEqual([
      'gme enterRoom',
      { kind: SpanKind.CLIENT, attributes: { [A.operation]: 'enterRoom' } },
    ]);
    expect(span?.calls).toStrictEqual([
      ['setAttributes', { [A.code]: 1003, [A.codeName]: 'AV_ERR_HAS_IN_THE_STATE', [A.attempts]: 1 }],
      ['end', undefined],
    ]);
  });

  it('names a code the catalog does not know UNKNOWN_CODE, and a healing recovery gme.recovered', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'call', callId: 1, attempt: 1 });
    spans.success({ ...ok(1, 'call', 1), code: 424_242, recovered: 'mine' });
    expect(tracer.spans[0]?.argsOf('setAttributes')).toEqual([
      [{ [A.code]: 424_242, [A.codeName]: 'UNKNOWN_CODE', [A.attempts]: 1, [A.recovered]: 'mine' }],
    ]);
  });

  it('sets an Err status with the code name and code, never the message', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    spans.error({
      operation: 'enterRoom',
      callId: 1,
      attempts: 1,
      durationMs: 2,
      error: error(7005, 1, 'enterRoom'),
    });
    expect(tracer.spans[0]?.calls).toStrictEqual([
      [
        'setAttributes',
        {
          [A.code]: 7005,
          [A.codeName]: 'AV_ERR_CHARGE_OVERDUE',
          [A.errorType]: 'AV_ERR_CHARGE_OVERDUE',
          [A.attempts]: 1,
          [A.errorSource]: 'sdk',
          [A.errorCategory]: 'general',
        },
      ],
      ['setStatus', { code: SpanStatusCode.ERROR, message: 'AV_ERR_CHARGE_OVERDUE (7005)' }],
      ['end', undefined],
    ]);
  });

  it('starts and ends the span of an outcome with no open span on the wall clock, durationMs apart', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-02T03:04:05Z') });
    const { tracer, spans } = setup();
    spans.error({
      operation: 'enterRoom',
      callId: 1,
      attempts: 0,
      durationMs: 250,
      error: error(1004, 0, 'enterRoom'),
    });
    const [span] = tracer.spans;
    const now = Date.now();
    expect(span?.options).toEqual({
      kind: SpanKind.CLIENT,
      attributes: { [A.operation]: 'enterRoom' },
      startTime: now - 250,
    });
    expect(span?.argsOf('end')).toEqual([[now]]);
    spans.success({ ...ok(2, 'init', 1), durationMs: 7 });
    expect(tracer.spans[1]?.options?.startTime).toBe(now - 7);
    expect(tracer.spans[1]?.argsOf('end')).toEqual([[now]]);
    // A span that did start with its call ends on the tracer's own clock.
    spans.attempt({ operation: 'init', callId: 3, attempt: 1 });
    spans.success({ ...ok(3, 'init', 1), durationMs: 7 });
    expect(tracer.spans[2]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('marks the span of a joined call gme.call.joined, with no attempts of its own', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    spans.success({ ...ok(2, 'enterRoom', 1), joined: true });
    spans.success(ok(1, 'enterRoom', 1));
    spans.error({
      operation: 'enterRoom',
      callId: 3,
      attempts: 2,
      durationMs: 1,
      error: error(7005, 2, 'enterRoom'),
      joined: true,
    });
    const [flight, joinedOk, joinedErr] = tracer.spans;
    expect(outcome(flight)).toEqual({ [A.code]: 0, [A.codeName]: 'AV_OK', [A.attempts]: 1 });
    expect(outcome(joinedOk)).toEqual({
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 0,
      [A.joined]: true,
    });
    expect(outcome(joinedErr)).toMatchObject({ [A.code]: 7005, [A.attempts]: 0, [A.joined]: true });
    expect(joinedOk?.options?.startTime).toEqual(expect.any(Number)); // made from its outcome alone
  });

  it('builds nothing for spans that do not record: they are only started and ended', () => {
    const { tracer, gme, spans } = setup(true, false);
    gme.room = { state: 'entered', roomId: 'lobby' };
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 1 });
    spans.retry(retry(1, 'speechToText', 1));
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 2 });
    spans.recovery({ operation: 'speechToText', callId: 1, code: 1101, action: 'reinit', ok: true });
    spans.attempt({ operation: 'init', callId: 1, attempt: 1, recovery: 'reinit' });
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 3 });
    spans.budgetExhausted({ operation: 'speechToText', callId: 1, code: 32770, attempt: 3, tokens: 0 });
    spans.circuit('speech', E.circuitOpen, { [A.circuitFamily]: 'speech' });
    spans.error({ operation: 'speechToText', callId: 1, attempts: 3, durationMs: 9, error: error(32770, 3) });
    spans.held({ operation: 'enterRoom', callId: 2, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', callId: 2, heldMs: 5, reason: 'reconnected' });
    spans.attempt({ operation: 'enterRoom', callId: 2, attempt: 1 });
    spans.held({ operation: 'enterRoom', callId: 2, code: 7004, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', callId: 2, heldMs: 5, reason: 'reconnected' });
    spans.attempt({ operation: 'enterRoom', callId: 2, attempt: 2 });
    spans.success(ok(2, 'enterRoom', 2));
    spans.attempt({ operation: 'exitRoom', callId: 3, attempt: 1 });
    spans.endAll();
    // Outcomes with no open span get spans of their own, which do not record either.
    spans.success({ ...ok(4, 'enterRoom', 1), joined: true });
    spans.error({ operation: 'init', callId: 5, attempts: 0, durationMs: 1, error: error(1004, 0, 'init') });
    expect(tracer.spans.map((s) => s.calls)).toEqual([
      [['end', undefined]],
      [['end', undefined]],
      [['end']], // ended by endAll
      [['end', expect.any(Number)]],
      [['end', expect.any(Number)]],
    ]);
    expect(gme.roomReads).toBe(0);
  });

  it('reads no room without recordRoomId, and puts none on a span when there is none', () => {
    const off = setup(false);
    off.gme.room = { state: 'entered', roomId: 'lobby' };
    off.spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    off.spans.success(ok(1, 'enterRoom', 1));
    off.spans.error({
      operation: 'exitRoom',
      callId: 2,
      attempts: 0,
      durationMs: 1,
      error: error(1004, 0, 'exitRoom'),
    });
    expect(off.gme.roomReads).toBe(0);
    const on = setup(true);
    on.spans.error({
      operation: 'exitRoom',
      callId: 1,
      attempts: 0,
      durationMs: 1,
      error: error(1004, 0, 'exitRoom'),
    });
    expect(outcome(on.tracer.spans[0])).not.toHaveProperty(A.roomId);
  });

  it('puts the room the call ended in on its span, else the one it started in', () => {
    const { tracer, gme, spans } = setup(true);
    gme.room = { state: 'entered', roomId: 'lobby' };
    spans.attempt({ operation: 'exitRoom', callId: 1, attempt: 1 });
    spans.attempt({ operation: 'switchRoom', callId: 2, attempt: 1 });
    gme.room = { state: 'idle', roomId: null };
    spans.success(ok(1, 'exitRoom', 1));
    gme.room = { state: 'entered', roomId: 'arena' };
    spans.success(ok(2, 'switchRoom', 1));
    expect(tracer.spans.map((s) => (outcome(s) as Record<string, unknown>)[A.roomId])).toEqual([
      'lobby',
      'arena',
    ]);
  });

  it('ends open spans as incomplete at endAll, held ones included, and forgets them', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 1 });
    spans.held({ operation: 'enterRoom', callId: 2, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.endAll();
    expect(tracer.spans.map((s) => s.calls.at(-2))).toEqual([
      ['setAttribute', A.incomplete, true],
      ['setAttribute', A.incomplete, true],
    ]);
    expect(tracer.spans[1]?.events).toEqual([E.held]);
    spans.endAll(); // nothing left
    expect(tracer.spans.flatMap((s) => s.argsOf('end'))).toHaveLength(2);
    spans.success(ok(1, 'speechToText', 1)); // its span is gone: the outcome gets one of its own
    expect(tracer.spans).toHaveLength(3);
  });
});

describe('CallSpans: which span an event goes to', () => {
  it('drops events whose call has no open span, without a span or an error', () => {
    const { tracer, spans } = setup();
    spans.retry(retry(1, 'speechToText', 1));
    spans.budgetExhausted({ operation: 'speechToText', callId: 1, code: 32770, attempt: 1, tokens: 0 });
    spans.recovery({ operation: 'speechToText', callId: 1, code: 1101, action: 'reinit', ok: true });
    spans.attempt({ operation: 'init', callId: 1, attempt: 1, recovery: 'reinit' });
    spans.held({ operation: 'speechToText', callId: 1, code: 32770, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'speechToText', callId: 1, heldMs: 1, reason: 'timeout' });
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 2 }); // began before: no span
    spans.circuit('speech', E.circuitClose, {});
    expect(tracer.spans).toEqual([]);
  });

  it('follows each call by its id when concurrent calls of one operation interleave', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 1 });
    spans.attempt({ operation: 'speechToText', callId: 2, attempt: 1 });
    // The later call fails first and retries; the earlier one ends on its first attempt.
    spans.retry(retry(2, 'speechToText', 1));
    spans.success(ok(1, 'speechToText', 1));
    spans.attempt({ operation: 'speechToText', callId: 2, attempt: 2 });
    spans.error({ operation: 'speechToText', callId: 2, attempts: 2, durationMs: 1, error: error(32770, 2) });
    const [first, second] = tracer.spans;
    expect(tracer.spans).toHaveLength(2);
    expect(first?.calls).toEqual([
      ['setAttributes', { [A.code]: 0, [A.codeName]: 'AV_OK', [A.attempts]: 1 }],
      ['end', undefined],
    ]);
    expect(second?.events).toEqual([E.retry]);
    expect(outcome(second)).toMatchObject({ [A.code]: 32770, [A.attempts]: 2 });
  });

  it('opens one span per call: later attempts, and the attempt after a hold, continue it', () => {
    const { tracer, spans } = setup();
    spans.held({ operation: 'speechToText', callId: 1, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.released({ operation: 'speechToText', callId: 1, heldMs: 2, reason: 'reconnected' });
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 1 });
    spans.retry(retry(1, 'speechToText', 1));
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 2 });
    spans.success(ok(1, 'speechToText', 2));
    expect(tracer.spans).toHaveLength(1);
    expect(tracer.spans[0]?.events).toEqual([E.held, E.released, E.retry]);
    expect(tracer.spans[0]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('gives each held call its own events, whichever is released first', () => {
    const { tracer, spans } = setup();
    spans.held({ operation: 'enterRoom', callId: 1, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.attempt({ operation: 'enterRoom', callId: 2, attempt: 1 });
    spans.held({ operation: 'enterRoom', callId: 2, code: 7004, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', callId: 1, heldMs: 4, reason: 'reconnected' });
    spans.released({ operation: 'enterRoom', callId: 2, heldMs: 3, reason: 'timeout' });
    spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    spans.attempt({ operation: 'enterRoom', callId: 2, attempt: 2 });
    spans.success(ok(2, 'enterRoom', 2));
    spans.success(ok(1, 'enterRoom', 1));
    const [a, b] = tracer.spans;
    expect(tracer.spans).toHaveLength(2);
    expect(a?.argsOf('addEvent')).toEqual([
      [E.held, { [A.attempt]: 0, [A.code]: 0, [A.roomState]: 'reconnecting' }],
      [E.released, { [A.heldMs]: 4, [A.releaseReason]: 'reconnected' }],
    ]);
    expect(b?.argsOf('addEvent')).toEqual([
      [E.held, { [A.attempt]: 1, [A.code]: 7004, [A.roomState]: 'reconnecting' }],
      [E.released, { [A.heldMs]: 3, [A.releaseReason]: 'timeout' }],
    ]);
    expect(outcome(a)).toMatchObject({ [A.attempts]: 1 });
    expect(outcome(b)).toMatchObject({ [A.attempts]: 2 });
  });

  it("puts a recovery's invocations on the healed call's span, opening none", () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', callId: 7, attempt: 1 });
    spans.attempt({ operation: 'init', callId: 7, attempt: 1, recovery: 'reinit' });
    spans.recovery({ operation: 'speechToText', callId: 7, code: 1101, action: 'reinit', ok: true });
    spans.attempt({ operation: 'speechToText', callId: 7, attempt: 2 });
    spans.success({ ...ok(7, 'speechToText', 2), recovered: 'reinit' });
    expect(tracer.spans).toHaveLength(1);
    expect(tracer.spans[0]?.argsOf('addEvent')).toEqual([
      [E.recoveryAttempt, { [A.operation]: 'init', [A.attempt]: 1, [A.recoveryAction]: 'reinit' }],
      [E.recovery, { [A.code]: 1101, [A.recoveryAction]: 'reinit', [A.recoveryOk]: true }],
    ]);
  });

  it('names the operation on the events a recovery runs for another one (a re-entry for a switch)', () => {
    const { tracer, spans } = setup();
    const id = 3;
    spans.attempt({ operation: 'switchRoom', callId: id, attempt: 1 });
    spans.attempt({ operation: 'enterRoom', callId: id, attempt: 1, recovery: 'reenterRoom' });
    spans.retry(retry(id, 'enterRoom', 1, 7004));
    spans.held({ operation: 'enterRoom', callId: id, code: 7004, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', callId: id, heldMs: 8, reason: 'reconnected' });
    spans.attempt({ operation: 'enterRoom', callId: id, attempt: 2, recovery: 'reenterRoom' });
    spans.budgetExhausted({ operation: 'enterRoom', callId: id, code: 7004, attempt: 2, tokens: 0 });
    spans.recovery({ operation: 'enterRoom', callId: id, code: 7006, action: 'refreshAuth', ok: false });
    spans.recovery({ operation: 'switchRoom', callId: id, code: 2002, action: 'reenterRoom', ok: false });
    spans.error({
      operation: 'switchRoom',
      callId: id,
      attempts: 1,
      durationMs: 1,
      error: error(2002, 1, 'switchRoom'),
    });
    expect(tracer.spans).toHaveLength(1);
    const events = tracer.spans[0]?.argsOf('addEvent') as [string, Record<string, unknown>][];
    expect(events.map(([name, attrs]) => [name, attrs[A.operation]])).toEqual([
      [E.recoveryAttempt, 'enterRoom'],
      [E.retry, 'enterRoom'],
      [E.held, 'enterRoom'],
      [E.released, 'enterRoom'],
      [E.recoveryAttempt, 'enterRoom'],
      [E.budgetExhausted, 'enterRoom'],
      [E.recovery, 'enterRoom'],
      [E.recovery, undefined], // the switch's own
    ]);
    expect(events[1]?.[1]).toEqual({
      [A.attempt]: 1,
      [A.code]: 7004,
      [A.codeName]: 'AV_ERR_NET_REQUEST_FALLED',
      [A.retryDelayMs]: 100,
      [A.operation]: 'enterRoom',
    });
  });

  it('lets an Err end a call between attempts (an abort during a backoff)', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', callId: 1, attempt: 1 });
    spans.retry(retry(1, 'speechToText', 1));
    spans.error({ operation: 'speechToText', callId: 1, attempts: 1, durationMs: 1, error: error(7013, 1) });
    expect(tracer.spans).toHaveLength(1);
    expect(tracer.spans[0]?.events).toEqual([E.retry]);
    expect(tracer.spans[0]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('puts a circuit change on the open calls of its family only', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', callId: 1, attempt: 1 });
    spans.attempt({ operation: 'speechToText', callId: 2, attempt: 1 });
    spans.held({ operation: 'exitRoom', callId: 3, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.circuit('room', E.circuitOpen, { [A.circuitFamily]: 'room' });
    expect(tracer.spans.map((s) => s.events)).toEqual([[E.circuitOpen], [], [E.held, E.circuitOpen]]);
  });
});

describe(`CallSpans: at most ${MAX_OPEN_CALLS} open spans`, () => {
  it('ends the oldest open span, of any operation, as incomplete beyond the bound', () => {
    const { tracer, spans } = setup();
    spans.held({ operation: 'enterRoom', callId: 1, code: 0, attempt: 0, roomState: 'reconnecting' });
    for (let id = 2; id <= MAX_OPEN_CALLS; id++)
      spans.attempt({ operation: 'EnableMic', callId: id, attempt: 1 });
    expect(tracer.spans.flatMap((s) => s.argsOf('end'))).toEqual([]);
    spans.attempt({ operation: 'speechToText', callId: MAX_OPEN_CALLS + 1, attempt: 1 });
    const ended = tracer.spans.filter((s) => s.argsOf('end').length > 0);
    expect(ended.map((s) => [s.name, s.calls.at(-2)])).toEqual([
      ['gme enterRoom', ['setAttribute', A.incomplete, true]],
    ]);
    // The evicted call is forgotten; the others are still open, the next-oldest included.
    spans.released({ operation: 'enterRoom', callId: 1, heldMs: 1, reason: 'reconnected' });
    expect(tracer.spans[0]?.events).toEqual([E.held]);
    spans.success(ok(2, 'EnableMic', 1));
    expect(tracer.spans[1]?.argsOf('end')).toEqual([[undefined]]);
    spans.success(ok(MAX_OPEN_CALLS + 1, 'speechToText', 1));
    expect(tracer.spans.at(-1)?.argsOf('end')).toEqual([[undefined]]);
    expect(tracer.spans).toHaveLength(MAX_OPEN_CALLS + 1);
  });
});
