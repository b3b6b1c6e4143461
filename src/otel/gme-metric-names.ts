/**
 * The metrics `instrument(gme)` records, with their units (UCUM, as OpenTelemetry writes them).
 * Attributes never include a room id (unbounded, and possibly personal data).
 *
 * | key | instrument | unit | attributes |
 * | --- | --- | --- | --- |
 * | `calls` | counter | `{call}` | `gme.operation`, `gme.outcome`, `gme.code` |
 * | `callDuration` | histogram | `ms` | `gme.operation`, `gme.outcome`, `gme.code` |
 * | `retries` | counter | `{retry}` | `gme.operation`, `gme.code` |
 * | `circuitState` | observable gauge | `1` | `gme.circuit.family` (0 closed, 1 half-open, 2 open) |
 * | `budgetTokens` | observable gauge | `{token}` | none |
 * | `roomStateChanges` | counter | `{change}` | `gme.room.state`, `gme.room.previous_state` |
 * | `sessionStateChanges` | counter | `{change}` | `gme.session.state`, `gme.session.previous_state` |
 * | `heldCalls` | counter | `{call}` | `gme.operation`, `gme.room.state` |
 *
 * @example
 * import { GME_METRICS } from 'gme-result/otel';
 * const calls = resourceMetrics.scopeMetrics[0].metrics.find((m) => m.descriptor.name === GME_METRICS.calls);
 */
export const GME_METRICS = {
  /** Calls that ended, by operation, outcome and final code. */
  calls: 'gme.client.calls',
  /** How long calls took from start to outcome, retries and waits included (the `durationMs` of `success`/`error`). */
  callDuration: 'gme.client.call.duration',
  /** Retries decided (one per `retry` event), by operation and the code that failed. */
  retries: 'gme.client.retries',
  /** Each operation family's circuit: 0 closed, 1 half-open, 2 open (from `gme.stats().circuits`). */
  circuitState: 'gme.client.circuit.state',
  /** Tokens left in the retry budget (`gme.stats().budgetTokens`); not observed when the policy has no budget. */
  budgetTokens: 'gme.client.budget.tokens',
  /** Changes of the tracked room state (`roomState` events). */
  roomStateChanges: 'gme.client.room.state_changes',
  /** Changes of a room session's state (`session` events). */
  sessionStateChanges: 'gme.client.session.state_changes',
  /** Calls held while the connection was down (`held` events). */
  heldCalls: 'gme.client.held_calls',
} as const;
