/**
 * The attribute names `instrument(gme)` puts on spans, span events and metric points, in the
 * OpenTelemetry semantic-convention style: lower case, dot-separated namespaces under `gme.`,
 * snake_case words. Only `error.type` comes from the general conventions. No attribute ever holds
 * an argument, a payload, an `error_info` text, an error message or an error's `cause`: only the
 * operation name, codes, code names, counts, states and the names of recoveries.
 *
 * @example
 * import { GME_ATTRIBUTES } from 'gme-result/otel';
 * const failed = spans.filter((s) => s.attributes[GME_ATTRIBUTES.code] === 7005);
 */
export const GME_ATTRIBUTES = {
  /**
   * The client operation (`enterRoom`, `speechToText`...) or, for `gme.call(...)`, the SDK method
   * name. Spans and metrics; on span events, the operation a recovery invoked (`gme.recovery_attempt`)
   * or ran (the `enterRoom` of `reenterRoom`, on a `switchRoom` span) when it is not the span's.
   */
  operation: 'gme.operation',
  /** The final code of the call: 0, the code a `succeed()` rule accepted (e.g. 1003), or the error's code. Also the failed attempt's code on span events. */
  code: 'gme.code',
  /** The SDK constant of `gme.code` (`AV_OK`, `AV_ERR_NET_REQUEST_FALLED`, `UNKNOWN_CODE`...). */
  codeName: 'gme.code.name',
  /**
   * SDK invocations the call made (`attempts` of the Ok or the Err), a recovery's own not counted;
   * 0 when it never reached the SDK, and on a joined call's span (the flight it joined counts them).
   */
  attempts: 'gme.attempts',
  /** The recovery that healed the call (`refreshAuth`, `reenterRoom`, a custom recovery's name); absent when none did. */
  recovered: 'gme.recovered',
  /** On Err: who made the error, `sdk` or `client` (timeouts 1005, bad arguments 1004, aborts 7013...). */
  errorSource: 'gme.error.source',
  /** On Err: the code's category in the catalog (`general`, `server`, `upload`...). */
  errorCategory: 'gme.error.category',
  /** On Err: the general convention's error class; here the code name, as `gme.code.name`. */
  errorType: 'error.type',
  /** On Err: `true` when the retry budget refused a retry. */
  budgetExhausted: 'gme.budget.exhausted',
  /** On Err: `true` when the family's circuit was open and the call failed fast. */
  circuitOpen: 'gme.circuit.open',
  /**
   * `true` on the span of a call that joined an identical `enterRoom` already in flight: it shares
   * that call's outcome and made no SDK invocation of its own (its span covers the wait).
   */
  joined: 'gme.call.joined',
  /** The tracked room id; only with `recordRoomId: true` (room ids can be personal data). */
  roomId: 'gme.room.id',
  /** `true` on a span ended before its call reported an outcome (see `instrument`). */
  incomplete: 'gme.incomplete',
  /** Span events: the 1-based number of the attempt the event is about (0 for a hold before the first). */
  attempt: 'gme.attempt',
  /** `gme.retry` events: the wait before the next attempt, in ms. */
  retryDelayMs: 'gme.retry.delay_ms',
  /** `gme.recovery` and `gme.recovery_attempt` events: the recovery that ran. */
  recoveryAction: 'gme.recovery.action',
  /** `gme.recovery` events: whether it worked. */
  recoveryOk: 'gme.recovery.ok',
  /** `gme.budget_exhausted` events: tokens left in the retry budget. */
  budgetTokens: 'gme.budget.tokens',
  /** Circuit events and the circuit-state gauge: the operation family (`room`, `voice-message`, `speech`...). */
  circuitFamily: 'gme.circuit.family',
  /** `gme.circuit_open` events: when the circuit lets a trial call through again, on the client's clock (ms). */
  circuitUntil: 'gme.circuit.until',
  /** `gme.held` events and the held-calls counter: the tracked room state that made the client hold the call. */
  roomState: 'gme.room.state',
  /** The room-state counter: the state before the change. */
  roomPreviousState: 'gme.room.previous_state',
  /** The session-state counter: the session's new state. */
  sessionState: 'gme.session.state',
  /** The session-state counter: the state before the change. */
  sessionPreviousState: 'gme.session.previous_state',
  /** `gme.released` events: how long the call was held, in ms. */
  heldMs: 'gme.held.duration_ms',
  /** `gme.released` events: why the hold ended (`reconnected`, `timeout`, `aborted`). */
  releaseReason: 'gme.release.reason',
  /** The calls counter and the duration histogram: `ok` or `error`. */
  outcome: 'gme.outcome',
} as const;

/**
 * The names of the span events `instrument(gme)` adds to a call's span, one per client event
 * with the call's `callId`. An event about another operation than the span's (a retry of the
 * `enterRoom` a `reenterRoom` recovery runs for a `switchRoom`) also carries `gme.operation`.
 *
 * @example
 * import { GME_SPAN_EVENTS } from 'gme-result/otel';
 * const retries = span.events.filter((e) => e.name === GME_SPAN_EVENTS.retry).length;
 */
export const GME_SPAN_EVENTS = {
  /** A failed attempt will be retried: `gme.attempt`, `gme.code`, `gme.code.name`, `gme.retry.delay_ms`. */
  retry: 'gme.retry',
  /** A recovery ran: `gme.code`, `gme.recovery.action`, `gme.recovery.ok`. */
  recovery: 'gme.recovery',
  /**
   * A recovery invoked the SDK for the call (`reinit`'s `init`, `reenterRoom`'s `enterRoom`...):
   * `gme.operation` (the operation invoked), `gme.attempt` (its own count), `gme.recovery.action`.
   * These invocations are events of the healed call's span, not spans of their own.
   */
  recoveryAttempt: 'gme.recovery_attempt',
  /** The retry budget refused a retry: `gme.attempt`, `gme.code`, `gme.budget.tokens`. */
  budgetExhausted: 'gme.budget_exhausted',
  /** The call's family circuit opened while the call was open: `gme.circuit.family`, `gme.circuit.until`. */
  circuitOpen: 'gme.circuit_open',
  /** The call's family circuit closed again: `gme.circuit.family`. */
  circuitClose: 'gme.circuit_close',
  /** The call is held while the connection is down: `gme.attempt`, `gme.code`, `gme.room.state`. */
  held: 'gme.held',
  /** The held call goes on: `gme.held.duration_ms`, `gme.release.reason`. */
  released: 'gme.released',
} as const;
