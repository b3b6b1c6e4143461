import type { Snapshot } from './scale.js';

/** Heap growth a scale run may show and still count as back to its start (GC noise), bytes. */
export const HEAP_SLACK_BYTES = 2 * 2 ** 20;

/**
 * Whether a scale run ended where it started: no pending call, correlation key, timer, live call
 * or waiter left in the client, no more Node timers or signal listeners than before, the same
 * client listeners, and the heap within {@link HEAP_SLACK_BYTES}.
 */
export function backToStart(before: Snapshot, after: Snapshot): boolean {
  const s = after.stats;
  return (
    s.pending === 0 &&
    s.correlationKeys === 0 &&
    s.timers === 0 &&
    s.live === 0 &&
    s.enterFlights === 0 &&
    s.inFlightWaiters === 0 &&
    s.listeners === before.stats.listeners &&
    after.timers <= before.timers &&
    after.signalListeners <= before.signalListeners &&
    after.heapUsed - before.heapUsed <= HEAP_SLACK_BYTES
  );
}
