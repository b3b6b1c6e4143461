import type { GmeListener } from '../client/safe-emitter.js';
import type { GmeEventName } from '../events.js';
import { CallMetrics } from './call-metrics.js';
import { CallSpans } from './call-spans.js';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E } from './gme-attributes.js';
import {
  type InstrumentedClient,
  type InstrumentOptions,
  resolveInstrumentOptions,
} from './instrument-options.js';

/**
 * The handle of an instrumentation.
 *
 * @example
 * import { instrument } from 'gme-result/otel';
 * const telemetry = instrument(gme);
 * telemetry.stop();
 */
export interface InstrumentHandle {
  /**
   * Removes every listener `instrument` added and unregisters its gauges' callback. Spans of calls
   * still in flight are ended with `gme.incomplete: true`. Calling it again does nothing.
   */
  stop(): void;
}

/**
 * Traces and measures every call of a client through `@opentelemetry/api`, from the client's
 * events alone (nothing is wrapped or patched).
 *
 * **Spans.** One span per call, named `gme <operation>` (`gme enterRoom`), kind CLIENT, started
 * at the call's first event (its first SDK invocation, or a hold before it) and ended when it
 * reports `success` or `error`. Its parent is the context active at that first event: the
 * caller's, so it nests under your own spans (room operations queue behind each other, so for them
 * this needs a context manager that follows promises, such as Node's AsyncLocalStorage one). On
 * Err its status is ERROR with `<code name> (<code>)`; its attributes are listed in
 * `GME_ATTRIBUTES` and its events (retries, recoveries and the SDK invocations they make, budget
 * refusals, circuit changes, holds) in `GME_SPAN_EVENTS`.
 *
 * **How events reach spans.** Every event of a call carries the call's `callId`, so the match is
 * exact, however many calls of one operation run at once:
 * - the call's first event opens its span: `attempt` 1, or `held` before the first attempt;
 * - `retry`, `recovery`, `budgetExhausted`, `held` and `released` with that id become span events;
 * - an invocation a recovery makes for the call (an `attempt` marked `recovery`: `reinit`'s
 *   `init`, `reenterRoom`'s `enterRoom`) is a `gme.recovery_attempt` event of the healed call's
 *   span, not a span of its own: the client announces when such an invocation starts but not when
 *   it ends, so there is no honest end for a child span. The events of the operation a recovery
 *   runs (the re-entry's retries) go on the healed call's span too, naming their `gme.operation`;
 * - the call's `success` or `error` ends the span. A call with no open span gets one made from
 *   its outcome alone, covering its `durationMs` and ending at once: a call that never reached the
 *   SDK (a bad argument, an open circuit, a room-queue turn cut short), a call that joined an
 *   identical `enterRoom` in flight (attribute `gme.call.joined`; `gme.attempts` 0, since the
 *   flight's span counts the invocations), and a call that began before `instrument` (its earlier
 *   events were never seen, so its later ones, until the outcome, are dropped).
 *
 * Circuit changes go on every open call of the circuit's family. The number of open spans is
 * bounded (the README states the bound): every call ends, so only a client that stopped reporting
 * could reach it; beyond it the oldest open span is ended with `gme.incomplete: true`.
 *
 * **Metrics.** Listed in `GME_METRICS`: calls and their duration by operation, outcome and code;
 * retries; circuit state per family and the retry budget's tokens (observed from `gme.stats()` at
 * each collection); room and session state changes; held calls.
 *
 * **Secrets.** Only operation names, codes, code names, categories, counts, states and recovery
 * names are exported: never arguments, payloads, error messages, `error.cause` or SDK text, so no
 * auth buffer can leave through telemetry. Room ids only with `recordRoomId: true`.
 *
 * **Cost.** With the no-op providers (nothing registered) it costs the listeners and a no-op span
 * per call; nothing is built for a span that does not record. `npm run bench:otel` measures it.
 *
 * Throws a `TypeError` naming the field for a bad client or option.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * import { instrument } from 'gme-result/otel';
 * const gme = createGmeClient({ sdk: fromElectron(GmeContext.GetInstance()) });
 * const telemetry = instrument(gme, { recordRoomId: false });
 * // ... later
 * telemetry.stop();
 */
export function instrument(gme: InstrumentedClient, options?: InstrumentOptions): InstrumentHandle {
  const o = resolveInstrumentOptions(gme, options);
  const spans = new CallSpans(o.tracer, gme, o.recordRoomId);
  const metrics = new CallMetrics(o.meter, gme);
  const added: [GmeEventName, GmeListener<never>][] = [];
  const listen = <K extends GmeEventName>(event: K, listener: GmeListener<K>): void => {
    gme.on(event, listener);
    added.push([event, listener as GmeListener<never>]);
  };
  const stopAll = (): void => {
    for (const [event, listener] of added) gme.off(event, listener as GmeListener<GmeEventName>);
    metrics.stop();
    spans.endAll();
  };
  try {
    listenAll(listen, spans, metrics);
  } catch (error) {
    stopAll(); // a client whose on() throws keeps none of our listeners
    throw error;
  }
  let stopped = false;
  return Object.freeze({
    stop(): void {
      if (stopped) return;
      stopped = true;
      stopAll();
    },
  });
}

/** The client events `instrument` listens to, one listener each (the benchmark listens to the same set). */
export const INSTRUMENTED_EVENTS = [
  'attempt',
  'success',
  'error',
  'retry',
  'recovery',
  'budgetExhausted',
  'circuitOpen',
  'circuitClose',
  'held',
  'released',
  'roomState',
  'session',
] as const satisfies readonly GmeEventName[];

type Listen = <K extends GmeEventName>(event: K, listener: GmeListener<K>) => void;

/** One listener per event, feeding both spans and metrics. */
function listenAll(listen: Listen, spans: CallSpans, metrics: CallMetrics): void {
  listen('attempt', (e) => spans.attempt(e));
  listen('success', (e) => {
    spans.success(e);
    metrics.success(e);
  });
  listen('error', (e) => {
    spans.error(e);
    metrics.error(e);
  });
  listen('retry', (e) => {
    spans.retry(e);
    metrics.retry(e);
  });
  listen('recovery', (e) => spans.recovery(e));
  listen('budgetExhausted', (e) => spans.budgetExhausted(e));
  listen('circuitOpen', (e) =>
    spans.circuit(e.family, E.circuitOpen, { [A.circuitFamily]: e.family, [A.circuitUntil]: e.until }),
  );
  listen('circuitClose', (e) => spans.circuit(e.family, E.circuitClose, { [A.circuitFamily]: e.family }));
  listen('held', (e) => {
    spans.held(e);
    metrics.held(e);
  });
  listen('released', (e) => spans.released(e));
  listen('roomState', (e) => metrics.roomState(e));
  listen('session', (e) => metrics.session(e));
}
