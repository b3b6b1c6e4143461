/**
 * CallSpans against a spy tracer: exactly what is called on each span, that nothing is built for
 * a span that does not record, and the bound on open spans. Which span an event goes to is in
 * `call-spans.matching.test.ts`.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { error, ok, outcome, retry, setup } from '../../test/support/call-spans-fixtures.js';
import { MAX_OPEN_CALLS } from './call-spans.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';

afterEach(() => {
  vi.useRealTimers();
});

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
