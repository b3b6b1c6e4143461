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

/** Turns client events into one CLIENT span per call (see `instrument` for how events find their call). */
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

  constructor(tracer: Tracer, gme: InstrumentedClient, recordRoomId: boolean) {
    this.#tracer = tracer;
    this.#gme = gme;
    this.#recordRoomId = recordRoomId;
  }

  /** Calls with an open span. */
  get open(): number {
    return this.#calls.size;
  }

  attempt(e: GmeEventMap['attempt']): void {
    // An invocation made by a recovery (reinit's init...) belongs to another call's recovery.
    if (e.recovery !== undefined) return;
    if (e.attempt === 1) {
      const prestarted =
        this.#prestarted === 0
          ? undefined
          : this.#calls.find(e.operation, (c) => c.attempts === 0 && !c.held);
      if (prestarted === undefined) this.#open(e.operation, 1, false);
      else {
        prestarted.attempts = 1;
        this.#prestarted -= 1;
      }
      return;
    }
    const seen = e.attempt - 1;
    const call =
      this.#calls.find(e.operation, (c) => c.attempts === seen && c.between) ??
      this.#calls.find(e.operation, (c) => c.attempts === seen && !c.held);
    if (call === undefined) return;
    call.attempts = e.attempt;
    call.between = false;
  }

  retry(e: GmeEventMap['retry']): void {
    const call = this.#failedAttempt(e.operation, e.attempt);
    if (call !== undefined) call.between = true;
    this.#event(call, E.retry, {
      [A.attempt]: e.attempt,
      [A.code]: e.code,
      [A.codeName]: e.error.name,
      [A.retryDelayMs]: e.delayMs,
    });
  }

  budgetExhausted(e: GmeEventMap['budgetExhausted']): void {
    this.#event(this.#failedAttempt(e.operation, e.attempt), E.budgetExhausted, {
      [A.attempt]: e.attempt,
      [A.code]: e.code,
      [A.budgetTokens]: e.tokens,
    });
  }

  recovery(e: GmeEventMap['recovery']): void {
    const call = this.#calls.find(e.operation, (c) => c.attempts > 0 && !c.between && !c.held);
    if (call !== undefined && e.ok) call.between = true;
    this.#event(call, E.recovery, {
      [A.code]: e.code,
      [A.recoveryAction]: e.action,
      [A.recoveryOk]: e.ok,
    });
  }

  held(e: GmeEventMap['held']): void {
    let call: Open | undefined;
    if (e.attempt === 0) {
      call = this.#open(e.operation, 0, true);
      this.#prestarted += 1;
    } else {
      call = this.#failedAttempt(e.operation, e.attempt);
      if (call !== undefined) call.held = true;
    }
    this.#event(call, E.held, { [A.attempt]: e.attempt, [A.code]: e.code, [A.roomState]: e.roomState });
  }

  released(e: GmeEventMap['released']): void {
    const call = this.#calls.find(e.operation, (c) => c.held);
    if (call !== undefined) {
      call.held = false;
      call.between = call.attempts > 0;
    }
    this.#event(call, E.released, { [A.heldMs]: e.heldMs, [A.releaseReason]: e.reason });
  }

  /** A circuit change concerns every open call of the family: it decides what each may do next. */
  circuit(family: string, name: string, attributes: Attributes): void {
    for (const call of this.#calls.all()) {
      if (operationFamily(call.operation) === family) this.#event(call, name, attributes);
    }
  }

  success(e: GmeEventMap['success']): void {
    const { span, recording, call, endTime } = this.#ending(e.operation, e.attempts, e.durationMs);
    if (recording) {
      const attributes: Attributes = {
        [A.code]: e.code,
        [A.codeName]: catalogEntry(e.code)?.name ?? 'UNKNOWN_CODE',
        [A.attempts]: e.attempts,
      };
      if (e.recovered !== undefined) attributes[A.recovered] = e.recovered;
      this.#roomId(attributes, call);
      span.setAttributes(attributes);
    }
    span.end(endTime);
  }

  error(e: GmeEventMap['error']): void {
    const { span, recording, call, endTime } = this.#ending(e.operation, e.attempts, e.durationMs);
    if (recording) {
      // Only the error's catalog fields: its message, detail and cause may hold SDK text.
      const error = e.error;
      const attributes: Attributes = {
        [A.code]: error.code,
        [A.codeName]: error.name,
        [A.errorType]: error.name,
        [A.attempts]: e.attempts,
        [A.errorSource]: error.source,
        [A.errorCategory]: error.category,
      };
      if (error.budgetExhausted) attributes[A.budgetExhausted] = true;
      if (error.circuitOpen) attributes[A.circuitOpen] = true;
      this.#roomId(attributes, call);
      span.setAttributes(attributes);
      span.setStatus({ code: SpanStatusCode.ERROR, message: `${error.name} (${error.code})` });
    }
    span.end(endTime);
  }

  /** Ends every open span as incomplete (the instrumentation stops while calls are in flight). */
  endAll(): void {
    this.#prestarted = 0;
    for (const call of this.#calls.clear()) endIncomplete(call);
  }

  #open(operation: string, attempts: number, held: boolean): Open {
    const span = this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { [A.operation]: operation },
    });
    const recording = span.isRecording();
    const roomAtStart = this.#recordRoomId && recording ? this.#gme.room.roomId : null;
    return this.#calls.open(operation, { span, recording, roomAtStart }, attempts, held);
  }

  /** The open call whose attempt `attempt` just failed: it has made that many and waits for none. */
  #failedAttempt(operation: string, attempt: number): Open | undefined {
    return this.#calls.find(operation, (c) => c.attempts === attempt && !c.between && !c.held);
  }

  /** The span an outcome after `attempts` ends: its open call's, or a new one spanning `durationMs`. */
  #ending(
    operation: string,
    attempts: number,
    durationMs: number,
  ): { span: Span; recording: boolean; call: Open | undefined; endTime: number | undefined } {
    // An Ok comes only from an attempt in flight; an Err mostly (an abort may end a call between attempts).
    const call =
      this.#calls.find(operation, (c) => c.attempts === attempts && !c.between && !c.held) ??
      this.#calls.find(operation, (c) => c.attempts === attempts);
    if (call !== undefined) {
      this.#calls.close(call);
      if (call.attempts === 0) this.#prestarted -= 1;
      return { span: call.data.span, recording: call.data.recording, call, endTime: undefined };
    }
    // No open call fits: it never reached the SDK (bad argument, open circuit) or began before
    // `instrument`. Its span covers the call's own duration, ending now.
    const endTime = Date.now();
    const span = this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { [A.operation]: operation },
      startTime: endTime - durationMs,
    });
    return { span, recording: span.isRecording(), call: undefined, endTime };
  }

  #roomId(attributes: Attributes, call: Open | undefined): void {
    if (!this.#recordRoomId) return;
    // The room the call ended in (entered, switched to), else the one it started in (left, failed to switch from).
    const roomId = this.#gme.room.roomId ?? call?.data.roomAtStart ?? null;
    if (roomId !== null) attributes[A.roomId] = roomId;
  }

  #event(call: Open | undefined, name: string, attributes: Attributes): void {
    if (call?.data.recording) call.data.span.addEvent(name, attributes);
  }
}

function endIncomplete(call: Open): void {
  if (call.data.recording) call.data.span.setAttribute(A.incomplete, true);
  call.data.span.end();
}
