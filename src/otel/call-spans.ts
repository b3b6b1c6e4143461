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
  readonly #calls = new CallMatcher<CallSpan>(MAX_OPEN_CALLS_PER_OPERATION, (call) => {
    if (call.attempts === 0) this.#prestarted -= 1;
    endIncomplete(call);
  });
  /** Open calls held before their first attempt: while there are none, `attempt` 1 searches nothing. */
  #prestarted = 0;
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
      const prestarted = this.#prestarted === 0 ? undefined : this.#calls.find(op, 0, undefined, false);
      if (prestarted === undefined) this.#open(op, 1, false);
      else {
        prestarted.attempts = 1;
        this.#prestarted -= 1;
      }
      return;
    }
    const seen = e.attempt - 1;
    const call = this.#calls.find(op, seen, true) ?? this.#calls.find(op, seen, undefined, false);
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
    if (e.attempt === 0) {
      call = this.#open(e.operation, 0, true);
      this.#prestarted += 1;
    } else {
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
    const call = this.#calls.find(e.operation, 'any', undefined, true);
    if (call === undefined) return;
    call.held = false;
    call.between = call.attempts > 0;
    if (call.data.recording) {
      call.data.span.addEvent(E.released, { [A.heldMs]: e.heldMs, [A.releaseReason]: e.reason });
    }
  }

  /** A circuit change concerns every open call of the family: it decides what each may do next. */
  circuit(family: string, name: string, attributes: Attributes): void {
    for (const call of this.#calls.all()) {
      if (call.data.recording && operationFamily(call.operation) === family) {
        call.data.span.addEvent(name, attributes);
      }
    }
  }

  success(e: GmeEventMap['success']): void {
    const call = this.#take(e.operation, e.attempts);
    const span = call === undefined ? this.#standalone(e.operation, e.durationMs) : call.data.span;
    if (call === undefined ? span.isRecording() : call.data.recording) {
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
    if (call === undefined ? span.isRecording() : call.data.recording) {
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
    this.#prestarted = 0;
    for (const call of this.#calls.clear()) endIncomplete(call);
  }

  #open(operation: string, attempts: number, held: boolean): Open {
    const span = this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'gme.operation': operation },
    });
    const recording = span.isRecording();
    const roomAtStart = this.#recordRoomId && recording ? this.#gme.room.roomId : null;
    return this.#calls.open(operation, { span, recording, roomAtStart }, attempts, held);
  }

  /** Removes and returns the open call an outcome after `attempts` ends, if one fits. */
  #take(operation: string, attempts: number): Open | undefined {
    // An Ok comes only from an attempt in flight; an Err mostly (an abort may end a call between attempts).
    const call = this.#calls.find(operation, attempts, false, false) ?? this.#calls.find(operation, attempts);
    if (call === undefined) return undefined;
    this.#calls.close(call);
    if (call.attempts === 0) this.#prestarted -= 1;
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
