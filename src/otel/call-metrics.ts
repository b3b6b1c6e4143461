import type {
  BatchObservableCallback,
  Counter,
  Histogram,
  Meter,
  Observable,
  ObservableGauge,
} from '@opentelemetry/api';
import type { GmeEventMap } from '../events.js';
import type { CircuitState } from '../policy/circuit-breaker.js';
import { GME_ATTRIBUTES as A } from './gme-attributes.js';
import { GME_METRICS as M } from './gme-metric-names.js';
import type { InstrumentedClient } from './instrument-options.js';
import { OPERATION_FAMILIES } from './operation-family.js';

/** The circuit-state gauge's values. */
export const CIRCUIT_STATE_VALUES: { readonly [S in CircuitState]: number } = {
  closed: 0,
  'half-open': 1,
  open: 2,
};

/**
 * Bucket bounds of the duration histogram (ms): GME answers most calls in tens of milliseconds,
 * room entry may wait 30 s for its event, and a whole call with retries runs up to its deadline.
 */
export const CALL_DURATION_BUCKETS_MS: readonly number[] = [
  5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 120_000,
];

/** The client's metrics: counters fed by events, gauges read from `gme.stats()` at each collection. */
export class CallMetrics {
  readonly #meter: Meter;
  readonly #calls: Counter;
  readonly #duration: Histogram;
  readonly #retries: Counter;
  readonly #roomChanges: Counter;
  readonly #sessionChanges: Counter;
  readonly #held: Counter;
  readonly #observables: Observable[];
  readonly #observe: BatchObservableCallback;

  constructor(meter: Meter, gme: InstrumentedClient) {
    this.#meter = meter;
    this.#calls = meter.createCounter(M.calls, { description: 'GME calls that ended', unit: '{call}' });
    this.#duration = meter.createHistogram(M.callDuration, {
      description: 'Duration of GME calls, retries and waits included',
      unit: 'ms',
      advice: { explicitBucketBoundaries: [...CALL_DURATION_BUCKETS_MS] },
    });
    this.#retries = meter.createCounter(M.retries, { description: 'Retries of GME calls', unit: '{retry}' });
    this.#roomChanges = meter.createCounter(M.roomStateChanges, {
      description: 'Changes of the tracked GME room state',
      unit: '{change}',
    });
    this.#sessionChanges = meter.createCounter(M.sessionStateChanges, {
      description: 'Changes of GME room sessions',
      unit: '{change}',
    });
    this.#held = meter.createCounter(M.heldCalls, {
      description: 'GME calls held while the connection was down',
      unit: '{call}',
    });
    const circuit: ObservableGauge = meter.createObservableGauge(M.circuitState, {
      description: 'Circuit state per operation family: 0 closed, 1 half-open, 2 open',
      unit: '1',
    });
    const tokens: ObservableGauge = meter.createObservableGauge(M.budgetTokens, {
      description: 'Tokens left in the retry budget',
      unit: '{token}',
    });
    this.#observables = [circuit, tokens];
    this.#observe = (result) => {
      const stats = gme.stats();
      // Families absent from `circuits` are closed; each is reported so a dashboard sees 0, not a gap.
      for (const family of new Set([...OPERATION_FAMILIES, ...Object.keys(stats.circuits)])) {
        const state = stats.circuits[family] ?? 'closed';
        result.observe(circuit, CIRCUIT_STATE_VALUES[state], { [A.circuitFamily]: family });
      }
      if (stats.budgetTokens !== null) result.observe(tokens, stats.budgetTokens);
    };
    meter.addBatchObservableCallback(this.#observe, this.#observables);
  }

  success(e: GmeEventMap['success']): void {
    const attributes = { [A.operation]: e.operation, [A.outcome]: 'ok', [A.code]: e.code };
    this.#calls.add(1, attributes);
    this.#duration.record(e.durationMs, attributes);
  }

  error(e: GmeEventMap['error']): void {
    const attributes = { [A.operation]: e.operation, [A.outcome]: 'error', [A.code]: e.error.code };
    this.#calls.add(1, attributes);
    this.#duration.record(e.durationMs, attributes);
  }

  retry(e: GmeEventMap['retry']): void {
    this.#retries.add(1, { [A.operation]: e.operation, [A.code]: e.code });
  }

  roomState(e: GmeEventMap['roomState']): void {
    this.#roomChanges.add(1, { [A.roomState]: e.state, [A.roomPreviousState]: e.previous });
  }

  session(e: GmeEventMap['session']): void {
    this.#sessionChanges.add(1, { [A.sessionState]: e.state, [A.sessionPreviousState]: e.previous });
  }

  held(e: GmeEventMap['held']): void {
    this.#held.add(1, { [A.operation]: e.operation, [A.roomState]: e.roomState });
  }

  /** Unregisters the gauges' callback. */
  stop(): void {
    this.#meter.removeBatchObservableCallback(this.#observe, this.#observables);
  }
}
