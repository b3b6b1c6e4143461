import { compareCalls } from './compare-calls.js';
import { type Goal, judge } from './goal.js';
import { backToStart } from './leak-check.js';
import type { PerCall } from './measure-calls.js';
import { int, mb, ms, signedNs, spread, times } from './report-format.js';
import type { BenchResults } from './results.js';

/** The targets of issue 13, as the issue sets them. */
export const CALL_GOALS = {
  /** (b) − (a) at most this, ns per call… */
  overheadNs: 1_000,
  /** …or (b) at most this many times (a). */
  overheadRatio: 1.15,
  /** Heap the client adds per pending call over the bare-promise floor, bytes. */
  heapPerCallBytes: 1_024,
  /** Concurrent calls started and settled… */
  concurrentCalls: 100_000,
  /** …in at most this long, ms. */
  startAndSettleMs: 1_000,
} as const;

/** The four contestants of a call run, in their order (a)–(d). */
export function fourRows(rows: readonly PerCall[]): readonly [PerCall, PerCall, PerCall, PerCall] {
  if (rows.length !== 4) throw new Error(`Expected 4 contestants in a call run, got ${rows.length}.`);
  return rows as unknown as readonly [PerCall, PerCall, PerCall, PerCall];
}

/** `x vs y: faster`, the figures a comparison row shows. */
const versus = (a: PerCall, b: PerCall): string => `${spread(a)} vs ${spread(b)}: ${compareCalls(a, b)}`;

/**
 * A note when (b)'s and the floor's interquartile ranges overlap: the medians' difference is
 * then within the run's spread, and another run may put it on the other side of the goal.
 */
export function floorSpread(b: PerCall, floor: PerCall): string {
  return compareCalls(b, floor) === 'within the spread'
    ? ` (${spread(b)} vs ${spread(floor)}: within the spread)`
    : '';
}

/** Whether the success-path overhead goal holds: within 1 µs of the floor, or within 1.15× of it. */
export function overheadMet(overheadNs: number, ratio: number): boolean {
  return overheadNs <= CALL_GOALS.overheadNs || ratio <= CALL_GOALS.overheadRatio;
}

/**
 * The heap the client adds to one pending call: the whole run's figure less the floor's (the same
 * downloads as bare promises over the same simulator, whose queued event and argument object any
 * wrapper would hold too), as the success path's overhead is (b) − (a).
 */
export function clientHeapPerCall(r: BenchResults): number {
  return r.scale.concurrent.heapPerPendingCallBytes - r.scale.concurrentFloor.heapPerPendingCallBytes;
}

/** The call-path, memory and OpenTelemetry rows of "Goals at a glance". */
export function callGoals(r: BenchResults): Goal[] {
  const [a, b, c, d] = fourRows(r.successPath.rows);
  const [, fb, , fd] = fourRows(r.failurePath.rows);
  const { concurrent, sequential } = r.scale;
  const [none, listeners, instrumented] = r.otel.rows as readonly PerCall[];
  const otel =
    none === undefined || listeners === undefined || instrumented === undefined
      ? 'not measured'
      : `${signedNs(instrumented.medianNs - listeners.medianNs)} per call over the same listeners (${compareCalls(instrumented, listeners)}), ${signedNs(instrumented.medianNs - none.medianNs)} over no listener`;
  return [
    {
      source: 'issue 13',
      goal: `success path: (b) − (a) ≤ ${int(CALL_GOALS.overheadNs)} ns per call, or (b) ≤ ${times(CALL_GOALS.overheadRatio)} (a)`,
      measured: `${signedNs(r.successPath.overheadNs)}, ${times(b.ratioToFloor)}${floorSpread(b, a)}`,
      status: judge(true, overheadMet(r.successPath.overheadNs, b.ratioToFloor)),
    },
    {
      source: 'issue 13',
      goal: 'success path: (b) faster than cockatiel (c), interquartile ranges apart',
      measured: versus(b, c),
      status: judge(true, compareCalls(b, c) === 'faster'),
    },
    {
      source: 'issue 13',
      goal: 'success path: (b) faster than p-retry (d), interquartile ranges apart',
      measured: versus(b, d),
      status: judge(true, compareCalls(b, d) === 'faster'),
    },
    {
      source: 'issue 13',
      goal: 'failure path: gme-result ≤ p-retry in the same run',
      measured: versus(fb, fd),
      status: judge(true, compareCalls(fb, fd) !== 'slower'),
    },
    {
      source: 'issue 13',
      goal: `heap per pending call ≤ ${int(CALL_GOALS.heapPerCallBytes)} bytes (what the client adds over a bare promise on the same simulator)`,
      measured: `${int(clientHeapPerCall(r))} bytes (${int(concurrent.heapPerPendingCallBytes)} in all, ${int(r.scale.concurrentFloor.heapPerPendingCallBytes)} for the bare floor; ${int(concurrent.calls)} calls pending)`,
      status: judge(true, clientHeapPerCall(r) <= CALL_GOALS.heapPerCallBytes),
    },
    {
      source: 'issue 13',
      goal: `starting ${int(CALL_GOALS.concurrentCalls)} concurrent calls and settling them ≤ ${ms(CALL_GOALS.startAndSettleMs)} in all`,
      measured: `${ms(concurrent.startAndSettleMs)} for ${int(concurrent.calls)} calls (start ${ms(concurrent.startMs)}, settle ${ms(concurrent.settleMs)}; the bare floor: ${ms(r.scale.concurrentFloor.startAndSettleMs)})`,
      status: judge(
        concurrent.calls >= CALL_GOALS.concurrentCalls,
        concurrent.startAndSettleMs <= CALL_GOALS.startAndSettleMs,
      ),
    },
    {
      source: 'DESIGN.md',
      goal: `${int(concurrent.calls)} concurrent calls settle; timers, listeners, maps and heap back to the start`,
      measured: `heap ${mb(concurrent.before.heapUsed)} → ${mb(concurrent.after.heapUsed)}`,
      status: judge(true, backToStart(concurrent.before, concurrent.after)),
    },
    {
      source: 'DESIGN.md',
      goal: `the same after ${int(sequential.calls)} sequential calls`,
      measured: `heap ${mb(sequential.before.heapUsed)} → ${mb(sequential.after.heapUsed)}`,
      status: judge(true, backToStart(sequential.before, sequential.after)),
    },
    {
      source: '—',
      goal: 'OpenTelemetry: `instrument(gme)` with no-op providers',
      measured: otel,
      status: 'informational',
    },
  ];
}
