/** CallSpans against a spy tracer: which span an event goes to, by the call id it carries. */
import { describe, expect, it } from 'vitest';
import { error, ok, outcome, retry, setup } from '../../test/support/call-spans-fixtures.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';

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
    // The re-entry is held before its first attempt: an event of the open span, not a new one.
    spans.held({ operation: 'enterRoom', callId: id, code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', callId: id, heldMs: 2, reason: 'reconnected' });
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
      [E.held, 'enterRoom'],
      [E.released, 'enterRoom'],
      [E.recoveryAttempt, 'enterRoom'],
      [E.retry, 'enterRoom'],
      [E.held, 'enterRoom'],
      [E.released, 'enterRoom'],
      [E.recoveryAttempt, 'enterRoom'],
      [E.budgetExhausted, 'enterRoom'],
      [E.recovery, 'enterRoom'],
      [E.recovery, undefined], // the switch's own
    ]);
    expect(events[3]?.[1]).toEqual({
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
