// Section 4 of BENCHMARKS.md: scale and leaks, from bench/results.json alone.
import { CALL_GOALS, clientHeapPerCall } from './call-goals.js';
import { judge, statusText } from './goal.js';
import { backToStart, HEAP_SLACK_BYTES } from './leak-check.js';
import { int, mb, ms, ns, signedKiB, table, times, trend } from './report-format.js';
import type { BenchResults } from './results.js';
import type { ConcurrentFigures, Snapshot } from './scale.js';

function snapshotTable(columns: readonly [string, Snapshot][]): string {
  const get = (f: (s: Snapshot) => number | string): string[] => columns.map(([, s]) => String(f(s)));
  return table(
    ['', ...columns.map(([name]) => name)],
    [
      ['heap used (after a full GC)', ...columns.map(([, s]) => mb(s.heapUsed))],
      ['Node timers (`Timeout` handles)', ...get((s) => int(s.timers))],
      ["listeners on the calls' AbortSignal", ...get((s) => s.signalListeners)],
      ['client event listeners', ...get((s) => s.stats.listeners)],
      ['`stats().pending`', ...get((s) => int(s.stats.pending))],
      ['`stats().correlationKeys`', ...get((s) => int(s.stats.correlationKeys))],
      ['`stats().timers`', ...get((s) => int(s.stats.timers))],
      ['`stats().live`', ...get((s) => int(s.stats.live))],
      [
        '`stats().enterFlights` / `inFlightWaiters`',
        ...get((s) => `${s.stats.enterFlights} / ${s.stats.inFlightWaiters}`),
      ],
    ],
  );
}

const startPerCall = (s: ConcurrentFigures): number => (s.startMs * 1e6) / s.calls;

/** How the shared-signal runs' per-call start cost and leftover heap change with the calls in flight. */
function sharedSignalSentence(
  small: ConcurrentFigures,
  large: ConcurrentFigures,
  alone: ConcurrentFigures,
): string {
  const grows = { lower: 'falls', same: 'stays the same', higher: 'grows' } as const;
  const startWord = trend(startPerCall(large), startPerCall(small), ns, grows);
  const heapWord = trend(large.heapDeltaBytes, small.heapDeltaBytes, signedKiB, grows);
  const heapRatio =
    small.heapDeltaBytes > 0 && large.heapDeltaBytes > 0
      ? ` (${times(large.heapDeltaBytes / small.heapDeltaBytes)})`
      : '';
  return [
    `Starting a call costs ${ns(startPerCall(small))} with ${int(small.calls)} in flight and ${ns(startPerCall(large))} with ${int(large.calls)}: per call, it ${startWord} with ${times(large.calls / small.calls)} the calls (${times(startPerCall(large) / startPerCall(small))}).`,
    `Without a signal, starting one of ${int(alone.calls)} calls costs ${ns(startPerCall(alone))}.`,
    `After settling, the heap is ${signedKiB(small.heapDeltaBytes)} against the start with ${int(small.calls)} calls and ${signedKiB(large.heapDeltaBytes)} with ${int(large.calls)}: it ${heapWord}${heapRatio}; the leak check allows ${mb(HEAP_SLACK_BYTES)} of GC noise.`,
    `While the calls are pending, the shared signal holds ${int(small.pending.signalListeners)} and ${int(large.pending.signalListeners)} \`abort\` listeners${small.pending.signalListeners === large.pending.signalListeners ? `, the same with ${times(large.calls / small.calls)} the calls: the client keeps its listeners per distinct signal, not per call (\`src/sdk/abort-watchers.ts\`)` : ''}.`,
  ].join(' ');
}

/** Section 3: concurrent, shared-signal and sequential calls. */
export function scaleBlocks(r: BenchResults): string[] {
  const { concurrent, sharedSignal, sequential } = r.scale;
  const concurrentOk = backToStart(concurrent.before, concurrent.after);
  const sequentialOk = backToStart(sequential.before, sequential.after);
  const [small, large] = sharedSignal;
  const floor = r.scale.concurrentFloor;
  const clientHeap = clientHeapPerCall(r);
  const heapMet = clientHeap <= CALL_GOALS.heapPerCallBytes;
  const timeStatus = judge(
    concurrent.calls >= CALL_GOALS.concurrentCalls,
    concurrent.startAndSettleMs <= CALL_GOALS.startAndSettleMs,
  );
  return [
    '## 4. Scale and leaks',
    `### ${int(concurrent.calls)} concurrent pending calls`,
    `\`downloadRecordedFile\` calls with distinct file ids, all started before any event (the simulator keeps each event until \`Poll()\`), then one \`Poll()\` answers them all. Heap figures after a full GC (\`--expose-gc\`), taken after one turn of the event loop.`,
    snapshotTable([
      ['before', concurrent.before],
      ['all pending', concurrent.pending],
      ['after settling', concurrent.after],
    ]),
    `- heap per pending call: ${int(concurrent.heapPerPendingCallBytes)} bytes in all (the client's call and invocation objects, its promise, the caller's ResultAsync, the argument object and the simulator's queued event). The same ${int(floor.calls)} downloads as bare promises over the same simulator hold ${int(floor.heapPerPendingCallBytes)} bytes each (the queued event, the argument object, a promise and its resolvers: what any wrapper holds), so the client adds **${int(clientHeap)} bytes** per pending call; goal ≤ ${int(CALL_GOALS.heapPerCallBytes)} bytes: ${statusText(heapMet ? 'met' : 'not met')}.`,
    `- starting them: ${ms(concurrent.startMs)}; from the \`Poll()\` until every Result is in: ${ms(concurrent.settleMs)}; both together: **${ms(concurrent.startAndSettleMs)}** (the heap snapshot between the two is not counted; the bare floor takes ${ms(floor.startAndSettleMs)}, ${ms(floor.startMs)} to start and ${ms(floor.settleMs)} to settle); goal for ${int(CALL_GOALS.concurrentCalls)} calls ≤ ${ms(CALL_GOALS.startAndSettleMs)}: ${statusText(timeStatus)}.`,
    `- after settling, heap ${signedKiB(concurrent.heapDeltaBytes)} against the start; every counter back to its start value: ${statusText(concurrentOk ? 'met' : 'not met')}.`,
    '### One AbortSignal shared by every call',
    `A game that passes one signal (say, per scene) to all its calls, at ${sharedSignal.map((s) => int(s.calls)).join(' and ')} calls in flight:`,
    table(
      [
        'calls in flight',
        'start, per call',
        'heap per pending call',
        'heap after settling',
        'signal listeners while pending / after',
      ],
      sharedSignal.map((s) => [
        int(s.calls),
        ns(startPerCall(s)),
        `${int(s.heapPerPendingCallBytes)} B`,
        signedKiB(s.heapDeltaBytes),
        `${s.pending.signalListeners} / ${s.after.signalListeners}`,
      ]),
    ),
    ...(small !== undefined && large !== undefined ? [sharedSignalSentence(small, large, concurrent)] : []),
    `### ${int(sequential.calls)} sequential calls`,
    snapshotTable([
      ['before', sequential.before],
      ['after', sequential.after],
    ]),
    `${ms(sequential.totalMs)} in all, ${ns(sequential.perCallNs)} per call (simulator included); heap ${signedKiB(sequential.heapDeltaBytes)} against the start; every counter back to its start value: ${statusText(sequentialOk ? 'met' : 'not met')}.`,
  ];
}
