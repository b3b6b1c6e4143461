import { type Attributes, type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { catalogEntry } from '../codes/catalog.js';
import type { GmeEventMap } from '../events.js';
import { CallMatcher, type OpenCall } from './call-matcher.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';
import type { InstrumentedClient } from './instrument-options.js';
import { operationFamily } from './operation-family.js';

/**
 * Open calls kept per operation. Every call the client makes ends with `success` or `error`; the
 * bound only keeps memory flat if some never report an end (the oldest is then ended as incomplete).
 */
export const MAX_OPEN_CALLS_PER_OPERATION = 10_000;

interface CallSpan {
  readonly span: Span;
  /** False for the no-op tracer or an unsampled span: nothing is built for it. */
  readonly recording: boolean;
  /** The tracked room when the call started; only read with `recordRoomId`. */
  readonly roomAtStart: string | null;
}

type Open = OpenCall<CallSpan>;

/**
 * Turns client events into one CLIENT span per call; `instrument`'s documentation has the rules
 * by which an event finds its call. The success path (one `attempt`, one `success`) allocates only
 * the span, its open-call entry and the span's attributes.
 */
export class CallSpans {
  readonly #tracer: Tracer;
  readonly #gme: InstrumentedClient;
  readonly #recordRoomId: boolean;
  /** Calls that made their first attempt. */
  readonly #calls = new CallMatcher<CallSpan>(MAX_OPEN_CALLS_PER_OPERATION, endIncomplete);
  /** Calls held before their first attempt (apart, so `attempt` 1 finds nothing to search while there are none). */
  readonly #waiting = new CallMatcher<CallSpan>(MAX_OPEN_CALLS_PER_OPERATION, endIncomplete);
  /** When the last standalone span ends (set by `#standalone`, read right after). */
  #standaloneEnd = 0;

  constructor(tracer: Tracer, gme: InstrumentedClient, recordRoomId: boolean) {
    this.#tracer = tracer;
    this.#gme = gme;
    this.#recordRoomId = recordRoomId;
  }

  attempt(e: GmeEventMap['attempt']): void {
    // An invocation made by a recovery (reinit's init...) belongs to another call's recovery.
    if (e.recovery !== undefined) return;
    const op = e.operation;
    if (e.attempt === 1) {
      const waiting = this.#waiting.find(op, 0, undefined, false);
      if (waiting === undefined) this.#open(op);
      else {
        this.#waiting.close(waiting);
        this.#calls.open(op, waiting.data, 1, false);
      }
      return;
    }
    const call = this.#calls.find(op, e.attempt - 1, true);
    if (call === undefined) return;
    call.attempts = e.attempt;
    call.between = false;
  }

  retry(e: GmeEventMap['retry']): void {
    const call = this.#calls.find(e.operation, e.attempt, false, false);
    if (call === undefined) return;
    call.between = true;
    if (call.data.recording) {
      call.data.span.addEvent(E.retry, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.codeName]: e.error.name,
        [A.retryDelayMs]: e.delayMs,
      });
    }
  }

  budgetExhausted(e: GmeEventMap['budgetExhausted']): void {
    const call = this.#calls.find(e.operation, e.attempt, false, false);
    if (call?.data.recording) {
      call.data.span.addEvent(E.budgetExhausted, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.budgetTokens]: e.tokens,
      });
    }
  }

  recovery(e: GmeEventMap['recovery']): void {
    const call = this.#calls.find(e.operation, 'started', false, false);
    if (call === undefined) return;
    if (e.ok) call.between = true;
    if (call.data.recording) {
      call.data.span.addEvent(E.recovery, {
        [A.code]: e.code,
        [A.recoveryAction]: e.action,
        [A.recoveryOk]: e.ok,
      });
    }
  }

  held(e: GmeEventMap['held']): void {
    let call: Open | undefined;
    if (e.attempt === 0) call = this.#waiting.open(e.operation, this.#start(e.operation), 0, true);
    else {
      call = this.#calls.find(e.operation, e.attempt, false, false);
      if (call === undefined) return;
      call.held = true;
    }
    if (call.data.recording) {
      call.data.span.addEvent(E.held, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.roomState]: e.roomState,
      });
    }
  }

  released(e: GmeEventMap['released']): void {
    const call =
      this.#calls.find(e.operation, 'started', undefined, true) ??
      this.#waiting.find(e.operation, 0, undefined, true);
    if (call === undefined) return;
    call.held = false;
    call.between = true; // it goes on to its next (or first) attempt
    if (call.data.recording) {
      call.data.span.addEvent(E.released, { [A.heldMs]: e.heldMs, [A.releaseReason]: e.reason });
    }
  }

  /** A circuit change concerns every open call of the family: it decides what each may do next. */
  circuit(family: string, name: string, attributes: Attributes): void {
    for (const call of [...this.#calls.all(), ...this.#waiting.all()]) {
      if (call.data.recording && operationFamily(call.operation) === family) {
        call.data.span.addEvent(name, attributes);
      }
    }
  }

  success(e: GmeEventMap['success']): void {
    const call = this.#take(e.operation, e.attempts);
    const span = call === undefined ? this.#standalone(e.operation, e.durationMs) : call.data.span;
    if (span.isRecording()) {
      const attributes: Attributes = {
        'gme.code': e.code,
        'gme.code.name': catalogEntry(e.code)?.name ?? 'UNKNOWN_CODE',
        'gme.attempts': e.attempts,
      };
      if (e.recovered !== undefined) attributes[A.recovered] = e.recovered;
      if (this.#recordRoomId) this.#roomId(attributes, call);
      span.setAttributes(attributes);
    }
    span.end(call === undefined ? this.#standaloneEnd : undefined);
  }

  error(e: GmeEventMap['error']): void {
    const call = this.#take(e.operation, e.attempts);
    const span = call === undefined ? this.#standalone(e.operation, e.durationMs) : call.data.span;
    if (span.isRecording()) {
      // Only the error's catalog fields: its message, detail and cause may hold SDK text.
      const error = e.error;
      const attributes: Attributes = {
        'gme.code': error.code,
        'gme.code.name': error.name,
        'error.type': error.name,
        'gme.attempts': e.attempts,
        'gme.error.source': error.source,
        'gme.error.category': error.category,
      };
      if (error.budgetExhausted) attributes[A.budgetExhausted] = true;
      if (error.circuitOpen) attributes[A.circuitOpen] = true;
      if (this.#recordRoomId) this.#roomId(attributes, call);
      span.setAttributes(attributes);
      span.setStatus({ code: SpanStatusCode.ERROR, message: `${error.name} (${error.code})` });
    }
    span.end(call === undefined ? this.#standaloneEnd : undefined);
  }

  /** Ends every open span as incomplete (the instrumentation stops while calls are in flight). */
  endAll(): void {
    for (const call of [...this.#calls.clear(), ...this.#waiting.clear()]) endIncomplete(call);
  }

  /** Opens a call at its first attempt. */
  #open(operation: string): void {
    this.#calls.open(operation, this.#start(operation), 1, false);
  }

  #start(operation: string): CallSpan {
    const span = this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'gme.operation': operation },
    });
    const recording = span.isRecording();
    return { span, recording, roomAtStart: this.#recordRoomId && recording ? this.#gme.room.roomId : null };
  }

  /** Removes and returns the open call an outcome after `attempts` ends, if one fits. */
  #take(operation: string, attempts: number): Open | undefined {
    // A call that made no attempt can only be one held before its first (then aborted or timed out).
    const from = attempts === 0 ? this.#waiting : this.#calls;
    // An Ok comes only from an attempt in flight; an Err mostly (an abort may end a call between attempts).
    const call = from.find(operation, attempts, false, false) ?? from.find(operation, attempts);
    if (call !== undefined) from.close(call);
    return call;
  }

  /**
   * The span of an outcome no open call fits: the call never reached the SDK (a bad argument, an
   * open circuit) or began before `instrument`. It covers the call's own duration, ending now.
   */
  #standalone(operation: string, durationMs: number): Span {
    this.#standaloneEnd = Date.now();
    return this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'gme.operation': operation },
      startTime: this.#standaloneEnd - durationMs,
    });
  }

  #roomId(attributes: Attributes, call: Open | undefined): void {
    // The room the call ended in (entered, switched to), else the one it started in (left, failed to switch from).
    const roomId = this.#gme.room.roomId ?? call?.data.roomAtStart ?? null;
    if (roomId !== null) attributes[A.roomId] = roomId;
  }
}

function endIncomplete(call: Open): void {
  if (call.data.recording) call.data.span.setAttribute(A.incomplete, true);
  call.data.span.end();
}
