import { type Attributes, type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { catalogEntry } from '../codes/catalog.js';
import type { GmeEventMap } from '../events.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';
import type { InstrumentedClient } from './instrument-options.js';
import { operationFamily } from './operation-family.js';

/**
 * Spans kept open at once, all operations together. Every call the client makes ends with
 * `success` or `error`, which ends its span; the bound only keeps memory flat if some never
 * report an end (beyond it, the oldest open span is ended as incomplete).
 */
export const MAX_OPEN_CALLS = 10_000;

/** The span of one call in flight. */
interface OpenCall {
  /** The operation the call was made for (a recovery's invocations may be of another). */
  readonly operation: string;
  readonly span: Span;
  /** False for the no-op tracer or an unsampled span: nothing is built for it. */
  readonly recording: boolean;
  /** The tracked room when the call started; only read with `recordRoomId`. */
  readonly roomAtStart: string | null;
}

type CallEventName = 'retry' | 'recovery' | 'budgetExhausted' | 'held' | 'released';

/**
 * Turns client events into one CLIENT span per call, matched by the events' `callId`
 * (`instrument`'s documentation has the rules). The success path (one `attempt`, one `success`)
 * allocates only the span, its map entry and the span's attributes.
 */
export class CallSpans {
  readonly #tracer: Tracer;
  readonly #gme: InstrumentedClient;
  readonly #recordRoomId: boolean;
  /** Open calls by id, in the order they opened (a Map keeps it): the first is the oldest. */
  readonly #calls = new Map<number, OpenCall>();
  /** When the last outcome-only span ends (set by `#outcomeOnly`, read right after). */
  #outcomeOnlyEnd = 0;

  constructor(tracer: Tracer, gme: InstrumentedClient, recordRoomId: boolean) {
    this.#tracer = tracer;
    this.#gme = gme;
    this.#recordRoomId = recordRoomId;
  }

  attempt(e: GmeEventMap['attempt']): void {
    const call = this.#calls.get(e.callId);
    if (e.recovery !== undefined) {
      // An invocation a recovery makes for the call it heals: an event of that call's span.
      if (call?.recording) {
        call.span.addEvent(E.recoveryAttempt, {
          [A.operation]: e.operation,
          [A.attempt]: e.attempt,
          [A.recoveryAction]: e.recovery,
        });
      }
      return;
    }
    // A later attempt of a call we never saw began before `instrument`: its outcome gets an outcome-only span.
    if (call === undefined && e.attempt === 1) this.#open(e.callId, e.operation);
  }

  retry(e: GmeEventMap['retry']): void {
    const call = this.#calls.get(e.callId);
    if (call?.recording) {
      this.#event(call, e, E.retry, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.codeName]: e.error.name,
        [A.retryDelayMs]: e.delayMs,
      });
    }
  }

  budgetExhausted(e: GmeEventMap['budgetExhausted']): void {
    const call = this.#calls.get(e.callId);
    if (call?.recording) {
      this.#event(call, e, E.budgetExhausted, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.budgetTokens]: e.tokens,
      });
    }
  }

  recovery(e: GmeEventMap['recovery']): void {
    const call = this.#calls.get(e.callId);
    if (call?.recording) {
      this.#event(call, e, E.recovery, {
        [A.code]: e.code,
        [A.recoveryAction]: e.action,
        [A.recoveryOk]: e.ok,
      });
    }
  }

  held(e: GmeEventMap['held']): void {
    let call = this.#calls.get(e.callId);
    // Held before its first attempt: the hold is the call's first event.
    if (call === undefined && e.attempt === 0) call = this.#open(e.callId, e.operation);
    if (call?.recording) {
      this.#event(call, e, E.held, {
        [A.attempt]: e.attempt,
        [A.code]: e.code,
        [A.roomState]: e.roomState,
      });
    }
  }

  released(e: GmeEventMap['released']): void {
    const call = this.#calls.get(e.callId);
    if (call?.recording) {
      this.#event(call, e, E.released, { [A.heldMs]: e.heldMs, [A.releaseReason]: e.reason });
    }
  }

  /** A circuit change concerns every open call of the family: it decides what each may do next. */
  circuit(family: string, name: string, attributes: Attributes): void {
    for (const call of this.#calls.values()) {
      if (call.recording && operationFamily(call.operation) === family) call.span.addEvent(name, attributes);
    }
  }

  success(e: GmeEventMap['success']): void {
    const call = this.#take(e.callId);
    const span = call === undefined ? this.#outcomeOnly(e.operation, e.durationMs) : call.span;
    if (span.isRecording()) {
      const attributes: Attributes = {
        [A.code]: e.code,
        [A.codeName]: catalogEntry(e.code)?.name ?? 'UNKNOWN_CODE',
        // A joined call's attempts are the shared flight's, counted on that flight's span.
        [A.attempts]: e.joined ? 0 : e.attempts,
      };
      if (e.recovered !== undefined) attributes[A.recovered] = e.recovered;
      if (e.joined) attributes[A.joined] = true;
      if (this.#recordRoomId) this.#roomId(attributes, call);
      span.setAttributes(attributes);
    }
    span.end(call === undefined ? this.#outcomeOnlyEnd : undefined);
  }

  error(e: GmeEventMap['error']): void {
    const call = this.#take(e.callId);
    const span = call === undefined ? this.#outcomeOnly(e.operation, e.durationMs) : call.span;
    if (span.isRecording()) {
      // Only the error's catalog fields: its message, detail and cause may hold SDK text.
      const error = e.error;
      const attributes: Attributes = {
        [A.code]: error.code,
        [A.codeName]: error.name,
        [A.errorType]: error.name,
        [A.attempts]: e.joined ? 0 : e.attempts,
        [A.errorSource]: error.source,
        [A.errorCategory]: error.category,
      };
      if (error.budgetExhausted) attributes[A.budgetExhausted] = true;
      if (error.circuitOpen) attributes[A.circuitOpen] = true;
      if (e.joined) attributes[A.joined] = true;
      if (this.#recordRoomId) this.#roomId(attributes, call);
      span.setAttributes(attributes);
      span.setStatus({ code: SpanStatusCode.ERROR, message: `${error.name} (${error.code})` });
    }
    span.end(call === undefined ? this.#outcomeOnlyEnd : undefined);
  }

  /** Ends every open span as incomplete (the instrumentation stops while calls are in flight). */
  endAll(): void {
    const calls = [...this.#calls.values()];
    this.#calls.clear();
    for (const call of calls) endIncomplete(call);
  }

  /** Opens the span of call `callId`; beyond {@link MAX_OPEN_CALLS}, ends the oldest as incomplete. */
  #open(callId: number, operation: string): OpenCall {
    const span = this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { [A.operation]: operation },
    });
    const recording = span.isRecording();
    const roomAtStart = this.#recordRoomId && recording ? this.#gme.room.roomId : null;
    const call: OpenCall = { operation, span, recording, roomAtStart };
    this.#calls.set(callId, call);
    if (this.#calls.size > MAX_OPEN_CALLS) {
      const [oldestId, oldest] = this.#calls.entries().next().value as [number, OpenCall];
      this.#calls.delete(oldestId);
      endIncomplete(oldest);
    }
    return call;
  }

  /** Removes and returns the open call `callId`, if there is one. */
  #take(callId: number): OpenCall | undefined {
    const call = this.#calls.get(callId);
    this.#calls.delete(callId);
    return call;
  }

  /**
   * Adds a span event; one about another operation than the span's (the `enterRoom` a
   * `reenterRoom` recovery runs for a `switchRoom`) names it.
   */
  #event(call: OpenCall, e: GmeEventMap[CallEventName], name: string, attributes: Attributes): void {
    if (e.operation !== call.operation) attributes[A.operation] = e.operation;
    call.span.addEvent(name, attributes);
  }

  /**
   * The span of an outcome with no open span: the call never reached the SDK (a bad argument, an
   * open circuit, a turn in the room queue cut short), joined an identical one in flight, or
   * began before `instrument`. It covers the call's own duration, ending now.
   */
  #outcomeOnly(operation: string, durationMs: number): Span {
    this.#outcomeOnlyEnd = Date.now();
    return this.#tracer.startSpan(`gme ${operation}`, {
      kind: SpanKind.CLIENT,
      attributes: { [A.operation]: operation },
      startTime: this.#outcomeOnlyEnd - durationMs,
    });
  }

  #roomId(attributes: Attributes, call: OpenCall | undefined): void {
    // The room the call ended in (entered, switched to), else the one it started in (left, failed to switch from).
    const roomId = this.#gme.room.roomId ?? call?.roomAtStart ?? null;
    if (roomId !== null) attributes[A.roomId] = roomId;
  }
}

function endIncomplete(call: OpenCall): void {
  if (call.recording) call.span.setAttribute(A.incomplete, true);
  call.span.end();
}
