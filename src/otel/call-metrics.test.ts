/** CallMetrics against a recording meter: the instruments it makes, what it observes, and stop(). */
import type { BatchObservableCallback, Meter, MetricOptions, Observable } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { FakeClient } from '../../test/support/fake-client.js';
import { CALL_DURATION_BUCKETS_MS, CallMetrics } from './call-metrics.js';
import { GME_ATTRIBUTES as A } from './gme-attributes.js';
import { GME_METRICS as M } from './gme-metric-names.js';
import { OPERATION_FAMILIES } from './operation-family.js';

interface Made {
  readonly kind: string;
  readonly name: string;
  readonly options: MetricOptions | undefined;
  readonly records: [number, unknown][];
}

function recordingMeter() {
  const made: Made[] = [];
  const batches: [BatchObservableCallback, Observable[]][] = [];
  const removed: [BatchObservableCallback, Observable[]][] = [];
  const make = (kind: string) => (name: string, options?: MetricOptions) => {
    const m: Made = { kind, name, options, records: [] };
    made.push(m);
    const record = (value: number, attributes?: unknown) => m.records.push([value, attributes]);
    return { add: record, record, addCallback() {}, removeCallback() {}, made: m };
  };
  const meter = {
    createCounter: make('counter'),
    createHistogram: make('histogram'),
    createObservableGauge: make('gauge'),
    addBatchObservableCallback: (cb: BatchObservableCallback, obs: Observable[]) => batches.push([cb, obs]),
    removeBatchObservableCallback: (cb: BatchObservableCallback, obs: Observable[]) =>
      removed.push([cb, obs]),
  } as unknown as Meter;
  /** Runs the batch callback once; returns [metric name, value, attributes] per observation. */
  const observe = async () => {
    const seen: [string, number, unknown][] = [];
    for (const [cb] of batches) {
      await cb({
        observe: (o: Observable, value: number, attributes?: unknown) =>
          seen.push([(o as unknown as { made: Made }).made.name, value, attributes]),
      });
    }
    return seen;
  };
  return { meter, made, batches, removed, observe };
}

describe('CallMetrics', () => {
  it('makes each instrument with its documented name, kind and unit, and a description', () => {
    const { meter, made } = recordingMeter();
    new CallMetrics(meter, new FakeClient());
    expect(made.map((m) => [m.name, m.kind, m.options?.unit])).toEqual([
      [M.calls, 'counter', '{call}'],
      [M.callDuration, 'histogram', 'ms'],
      [M.retries, 'counter', '{retry}'],
      [M.roomStateChanges, 'counter', '{change}'],
      [M.sessionStateChanges, 'counter', '{change}'],
      [M.heldCalls, 'counter', '{call}'],
      [M.circuitState, 'gauge', '1'],
      [M.budgetTokens, 'gauge', '{token}'],
    ]);
    expect(made.filter((m) => !m.options?.description)).toEqual([]);
    expect(made[1]?.options?.advice).toEqual({ explicitBucketBoundaries: [...CALL_DURATION_BUCKETS_MS] });
  });

  it('observes every family (closed unless stats say otherwise) and the budget, at each collection', async () => {
    const { meter, observe } = recordingMeter();
    const gme = new FakeClient();
    new CallMetrics(meter, gme);
    gme.circuits = { room: 'open', speech: 'half-open', 'custom-family': 'open' };
    gme.budgetTokens = 2.4;
    const seen = await observe();
    const circuits = seen.filter(([name]) => name === M.circuitState);
    expect(
      Object.fromEntries(
        circuits.map(([, v, attrs]) => [(attrs as Record<string, string>)[A.circuitFamily], v]),
      ),
    ).toEqual({
      ...Object.fromEntries(OPERATION_FAMILIES.map((f) => [f, 0])),
      room: 2,
      speech: 1,
      'custom-family': 2,
    });
    expect(seen.filter(([name]) => name === M.budgetTokens)).toEqual([[M.budgetTokens, 2.4, undefined]]);
    gme.budgetTokens = null;
    expect((await observe()).filter(([name]) => name === M.budgetTokens)).toEqual([]);
  });

  it('records each event once, with its attributes', () => {
    const { meter, made } = recordingMeter();
    const metrics = new CallMetrics(meter, new FakeClient());
    metrics.retry({
      operation: 'enterRoom',
      callId: 1,
      code: 7004,
      attempt: 1,
      delayMs: 5,
      error: undefined as never,
    });
    metrics.roomState({ state: 'entered', previous: 'entering', roomId: 'lobby', reason: 'x' });
    metrics.held({ operation: 'enterRoom', callId: 1, code: 7004, attempt: 1, roomState: 'reconnecting' });
    const byName = Object.fromEntries(made.map((m) => [m.name, m.records]));
    expect(byName[M.retries]).toEqual([[1, { [A.operation]: 'enterRoom', [A.code]: 7004 }]]);
    expect(byName[M.roomStateChanges]).toEqual([
      [1, { [A.roomState]: 'entered', [A.roomPreviousState]: 'entering' }],
    ]);
    expect(byName[M.heldCalls]).toEqual([[1, { [A.operation]: 'enterRoom', [A.roomState]: 'reconnecting' }]]);
  });

  it('stop() unregisters the very callback and instruments it registered', () => {
    const { meter, batches, removed } = recordingMeter();
    new CallMetrics(meter, new FakeClient()).stop();
    expect(removed).toHaveLength(1);
    expect(removed[0]?.[0]).toBe(batches[0]?.[0]);
    expect(removed[0]?.[1]).toEqual(batches[0]?.[1]);
    expect(batches[0]?.[1]).toHaveLength(2);
  });
});
