/**
 * CallSpans against a spy tracer: exactly what is called on each span, which call an event goes
 * to when several could, and that nothing is built for a span that does not record.
 */
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeClient } from '../../test/support/fake-client.js';
import { SpyTracer } from '../../test/support/spy-tracer.js';
import { createGmeError } from '../errors/gme-error.js';
import { CallSpans } from './call-spans.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';

afterEach(() => {
  vi.useRealTimers();
});

const error = (code: number, attempts: number, operation = 'speechToText') =>
  createGmeError({ code, operation, source: 'sdk', attempts });
const retry = (operation: string, attempt: number, code = 32770) => ({
  operation,
  code,
  attempt,
  delayMs: 100,
  error: error(code, attempt, operation),
});

function setup(recordRoomId = false, recording = true) {
  const tracer = new SpyTracer(recording);
  const gme = new FakeClient();
  return { tracer, gme, spans: new CallSpans(tracer, gme, recordRoomId) };
}

describe('CallSpans: what each span is told', () => {
  it('starts a CLIENT span named after the operation, and ends it with exactly the outcome', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', attempt: 1 });
    spans.success({ operation: 'enterRoom', attempts: 1, code: 1003, durationMs: 4 });
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
    spans.attempt({ operation: 'call', attempt: 1 });
    spans.success({ operation: 'call', attempts: 1, code: 424_242, durationMs: 1, recovered: 'mine' });
    expect(tracer.spans[0]?.argsOf('setAttributes')).toEqual([
      [{ [A.code]: 424_242, [A.codeName]: 'UNKNOWN_CODE', [A.attempts]: 1, [A.recovered]: 'mine' }],
    ]);
  });

  it('sets an Err status with the code name and code, never the message', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'enterRoom', attempt: 1 });
    spans.error({ operation: 'enterRoom', attempts: 1, durationMs: 2, error: error(7005, 1, 'enterRoom') });
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

  it('starts and ends a span no open call fits on the wall clock, durationMs apart', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2030-01-02T03:04:05Z') });
    const { tracer, spans } = setup();
    spans.error({ operation: 'enterRoom', attempts: 0, durationMs: 250, error: error(1004, 0, 'enterRoom') });
    const [span] = tracer.spans;
    const now = Date.now();
    expect(span?.options?.startTime).toBe(now - 250);
    expect(span?.argsOf('end')).toEqual([[now]]);
    spans.success({ operation: 'init', attempts: 1, code: 0, durationMs: 7 });
    expect(tracer.spans[1]?.options?.startTime).toBe(now - 7);
    expect(tracer.spans[1]?.argsOf('end')).toEqual([[now]]);
    // A span that did start with its call ends on the tracer's own clock.
    spans.attempt({ operation: 'init', attempt: 1 });
    spans.success({ operation: 'init', attempts: 1, code: 0, durationMs: 7 });
    expect(tracer.spans[2]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('builds nothing for spans that do not record: they are only started and ended', () => {
    const { tracer, gme, spans } = setup(true, false);
    gme.room = { state: 'entered', roomId: 'lobby' };
    spans.attempt({ operation: 'speechToText', attempt: 1 });
    spans.retry(retry('speechToText', 1));
    spans.attempt({ operation: 'speechToText', attempt: 2 });
    spans.recovery({ operation: 'speechToText', code: 1101, action: 'reinit', ok: true });
    spans.attempt({ operation: 'speechToText', attempt: 3 });
    spans.budgetExhausted({ operation: 'speechToText', code: 32770, attempt: 3, tokens: 0 });
    spans.circuit('speech', E.circuitOpen, { [A.circuitFamily]: 'speech' });
    spans.error({ operation: 'speechToText', attempts: 3, durationMs: 9, error: error(32770, 3) });
    spans.held({ operation: 'enterRoom', code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', heldMs: 5, reason: 'reconnected' });
    spans.attempt({ operation: 'enterRoom', attempt: 1 });
    spans.held({ operation: 'enterRoom', code: 7004, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'enterRoom', heldMs: 5, reason: 'reconnected' });
    spans.attempt({ operation: 'enterRoom', attempt: 2 });
    spans.success({ operation: 'enterRoom', attempts: 2, code: 0, durationMs: 9 });
    spans.attempt({ operation: 'exitRoom', attempt: 1 });
    spans.endAll();
    // Outcomes no open call fits get spans of their own, which do not record either.
    spans.success({ operation: 'init', attempts: 1, code: 0, durationMs: 1 });
    spans.error({ operation: 'init', attempts: 0, durationMs: 1, error: error(1004, 0, 'init') });
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
    off.spans.attempt({ operation: 'enterRoom', attempt: 1 });
    off.spans.success({ operation: 'enterRoom', attempts: 1, code: 0, durationMs: 1 });
    off.spans.error({ operation: 'exitRoom', attempts: 0, durationMs: 1, error: error(1004, 0, 'exitRoom') });
    expect(off.gme.roomReads).toBe(0);
    const on = setup(true);
    on.spans.error({ operation: 'exitRoom', attempts: 0, durationMs: 1, error: error(1004, 0, 'exitRoom') });
    expect(on.tracer.spans[0]?.argsOf('setAttributes')[0]?.[0]).not.toHaveProperty(A.roomId);
  });

  it('ends open spans as incomplete at endAll, held ones included', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', attempt: 1 });
    spans.held({ operation: 'enterRoom', code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.endAll();
    expect(tracer.spans.map((s) => s.calls.at(-2))).toEqual([
      ['setAttribute', A.incomplete, true],
      ['setAttribute', A.incomplete, true],
    ]);
    expect(tracer.spans[1]?.events).toEqual([E.held]);
    spans.endAll(); // nothing left
    expect(tracer.spans.flatMap((s) => s.argsOf('end'))).toHaveLength(2);
  });
});

describe('CallSpans: which call an event goes to', () => {
  it('drops events that fit no open call, without a span or an error', () => {
    const { tracer, spans } = setup();
    spans.retry(retry('speechToText', 1));
    spans.budgetExhausted({ operation: 'speechToText', code: 32770, attempt: 1, tokens: 0 });
    spans.recovery({ operation: 'speechToText', code: 1101, action: 'reinit', ok: true });
    spans.held({ operation: 'speechToText', code: 32770, attempt: 1, roomState: 'reconnecting' });
    spans.released({ operation: 'speechToText', heldMs: 1, reason: 'timeout' });
    spans.attempt({ operation: 'speechToText', attempt: 2 });
    spans.circuit('speech', E.circuitClose, {});
    expect(tracer.spans).toEqual([]);
  });

  it('sends a failed recovery to the call that failed, and its Err ends that call', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', attempt: 1 }); // a
    spans.attempt({ operation: 'speechToText', attempt: 1 }); // b
    spans.recovery({ operation: 'speechToText', code: 1101, action: 'reinit', ok: false }); // a's
    spans.error({ operation: 'speechToText', attempts: 1, durationMs: 1, error: error(1101, 1) }); // a's
    const [a, b] = tracer.spans;
    expect(a?.events).toEqual([E.recovery]);
    expect(a?.argsOf('end')).toHaveLength(1);
    expect(b?.argsOf('end')).toHaveLength(0);
  });

  it('keeps a call that recovered, retried or was released waiting for its next attempt, so another ends first', () => {
    for (const step of ['recovery', 'retry', 'release'] as const) {
      const { tracer, spans } = setup();
      spans.attempt({ operation: 'uploadRecordedFile', attempt: 1 }); // a
      spans.attempt({ operation: 'uploadRecordedFile', attempt: 1 }); // b
      if (step === 'recovery') {
        spans.recovery({ operation: 'uploadRecordedFile', code: 8194, action: 'reapplyPttAuth', ok: true });
      } else if (step === 'retry') spans.retry(retry('uploadRecordedFile', 1, 8195));
      else {
        spans.held({ operation: 'uploadRecordedFile', code: 8195, attempt: 1, roomState: 'reconnecting' });
        spans.released({ operation: 'uploadRecordedFile', heldMs: 9, reason: 'reconnected' });
      }
      spans.success({ operation: 'uploadRecordedFile', attempts: 1, code: 0, durationMs: 1 }); // b's
      spans.attempt({ operation: 'uploadRecordedFile', attempt: 2 }); // a's
      spans.success({ operation: 'uploadRecordedFile', attempts: 2, code: 0, durationMs: 1 }); // a's
      const [a, b] = tracer.spans;
      expect([step, b?.argsOf('setAttributes')[0]?.[0]]).toEqual([
        step,
        expect.objectContaining({ [A.attempts]: 1 }),
      ]);
      expect([step, a?.argsOf('setAttributes')[0]?.[0]]).toEqual([
        step,
        expect.objectContaining({ [A.attempts]: 2 }),
      ]);
    }
  });

  it('lets an Err end a call between attempts (an abort during a backoff) when none is in flight', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'speechToText', attempt: 1 });
    spans.retry(retry('speechToText', 1));
    spans.error({ operation: 'speechToText', attempts: 1, durationMs: 1, error: error(7013, 1) });
    expect(tracer.spans).toHaveLength(1);
    expect(tracer.spans[0]?.events).toEqual([E.retry]);
    expect(tracer.spans[0]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('gives a held call to the release that follows, an attempt before the first to none', () => {
    const { tracer, spans } = setup();
    spans.held({ operation: 'enterRoom', code: 0, attempt: 0, roomState: 'reconnecting' }); // a
    spans.attempt({ operation: 'enterRoom', attempt: 1 }); // b: a is still held
    spans.held({ operation: 'enterRoom', code: 7004, attempt: 1, roomState: 'reconnecting' }); // b's
    spans.released({ operation: 'enterRoom', heldMs: 3, reason: 'reconnected' }); // b's: it had started
    spans.released({ operation: 'enterRoom', heldMs: 4, reason: 'reconnected' }); // a's
    spans.attempt({ operation: 'enterRoom', attempt: 1 }); // a's
    spans.attempt({ operation: 'enterRoom', attempt: 2 }); // b's
    spans.success({ operation: 'enterRoom', attempts: 2, code: 0, durationMs: 1 });
    spans.success({ operation: 'enterRoom', attempts: 1, code: 0, durationMs: 1 });
    const [a, b] = tracer.spans;
    expect(tracer.spans).toHaveLength(2);
    expect(
      a?.argsOf('addEvent').map(([n, attrs]) => [n, (attrs as Record<string, unknown>)[A.heldMs]]),
    ).toEqual([
      [E.held, undefined],
      [E.released, 4],
    ]);
    expect(b?.argsOf('addEvent').map(([n]) => n)).toEqual([E.held, E.released]);
    expect(a?.argsOf('setAttributes')[0]?.[0]).toMatchObject({ [A.attempts]: 1 });
    expect(b?.argsOf('setAttributes')[0]?.[0]).toMatchObject({ [A.attempts]: 2 });
  });

  it('continues a call held before its first attempt through its retries', () => {
    const { tracer, spans } = setup();
    spans.held({ operation: 'speechToText', code: 0, attempt: 0, roomState: 'reconnecting' });
    spans.released({ operation: 'speechToText', heldMs: 2, reason: 'reconnected' });
    spans.attempt({ operation: 'speechToText', attempt: 1 });
    spans.retry(retry('speechToText', 1));
    spans.attempt({ operation: 'speechToText', attempt: 2 });
    spans.success({ operation: 'speechToText', attempts: 2, code: 0, durationMs: 1 });
    expect(tracer.spans).toHaveLength(1);
    expect(tracer.spans[0]?.events).toEqual([E.held, E.released, E.retry]);
    expect(tracer.spans[0]?.argsOf('end')).toEqual([[undefined]]);
  });

  it('ignores an attempt a recovery makes itself', () => {
    const { tracer, spans } = setup();
    spans.attempt({ operation: 'init', attempt: 1, recovery: 'reinit' });
    spans.endAll();
    expect(tracer.spans).toEqual([]);
  });
});
