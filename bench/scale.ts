import { getEventListeners, setMaxListeners } from 'node:events';
import { type ClientStats, createGmeClient, fromElectron, type GmeClient } from 'gme-result';
import type { SimulatedGmeContext } from 'gme-result/testing';
import { readySimulator } from './sim-floor.js';

/** What the process and the client hold at one moment. */
export interface Snapshot {
  /** `process.memoryUsage().heapUsed` after a full GC, bytes. */
  readonly heapUsed: number;
  /** Active Node timers (`process.getActiveResourcesInfo()`). */
  readonly timers: number;
  /** Listeners on the AbortSignal every call was given. */
  readonly signalListeners: number;
  readonly stats: ClientStats;
}

/** 100 000 calls in flight at once, then answered. */
export interface ConcurrentFigures {
  readonly calls: number;
  /** Whether every call got the same caller AbortSignal (`{ signal }`). */
  readonly withSignal: boolean;
  readonly before: Snapshot;
  /** While every call is pending. */
  readonly pending: Snapshot;
  readonly after: Snapshot;
  /** (pending heap − before heap) ÷ calls. */
  readonly heapPerPendingCallBytes: number;
  /** Starting the calls, ms. */
  readonly startMs: number;
  /** From the one `Poll()` that answers them all until every Result is in, ms. */
  readonly settleMs: number;
  /**
   * `startMs + settleMs`: what starting the calls and settling them costs in all, ms. The
   * heap snapshot between the two phases (a full GC) is not part of it.
   */
  readonly startAndSettleMs: number;
  /** after − before, bytes (GC noise is a few hundred KB). */
  readonly heapDeltaBytes: number;
}

/**
 * The same downloads as {@link concurrentCalls}, without the client: each a bare promise whose
 * resolver waits in a map for its 5003 event, over the same simulator (a delegate of our own
 * parses the JSON and correlates by `file_id`). Its heap holds what any wrapper would: the
 * simulator's queued event, the argument object, one promise and its resolvers.
 */
export interface ConcurrentFloor {
  readonly calls: number;
  readonly heapPerPendingCallBytes: number;
  readonly startMs: number;
  readonly settleMs: number;
  readonly startAndSettleMs: number;
}

/** Many calls, one after the other. */
export interface SequentialFigures {
  readonly calls: number;
  readonly before: Snapshot;
  readonly after: Snapshot;
  readonly totalMs: number;
  readonly perCallNs: number;
  readonly heapDeltaBytes: number;
}

/**
 * A full GC after one turn of the event loop: objects held by WeakRefs (AbortSignal.any keeps its
 * sources' dependants that way) are kept alive until the current job ends, as in any Node program.
 */
async function gc(): Promise<void> {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error('Run the benchmark with node --expose-gc.');
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  collect();
}

async function snapshot(gme: GmeClient, signal: AbortSignal): Promise<Snapshot> {
  await gc();
  return {
    heapUsed: process.memoryUsage().heapUsed,
    timers: process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length,
    signalListeners: getEventListeners(signal, 'abort').length,
    stats: gme.stats(),
  };
}

// The simulator keeps its last 5 000–10 000 events; in steps of 5 000 events its log is full again,
// so the heap before and after compares like with like.
const LOG_STEP = 5_000;

function download(gme: GmeClient, n: number, signal: AbortSignal | undefined) {
  const args = { fileId: `https://voice.gme.invalid/scale/${n}.silk`, filePath: '/tmp/scale.silk' };
  return signal === undefined ? gme.downloadRecordedFile(args) : gme.downloadRecordedFile(args, { signal });
}

async function sequential(
  gme: GmeClient,
  sim: SimulatedGmeContext,
  count: number,
  signal: AbortSignal | undefined,
) {
  for (let i = 0; i < count; i++) {
    const call = download(gme, i, signal);
    sim.Poll();
    const r = await call;
    if (r.isErr()) throw r.error;
  }
}

interface Setup {
  readonly gme: GmeClient;
  readonly sim: SimulatedGmeContext;
  /** Watched for listeners; given to the calls only when `withSignal`. */
  readonly signal: AbortSignal;
  readonly callSignal: AbortSignal | undefined;
}

/** Client and simulator for the scale runs, warmed up (JIT, the simulator's event log). */
async function setup(withSignal: boolean): Promise<Setup> {
  const sim = readySimulator(21);
  const gme = createGmeClient({ sdk: fromElectron(sim), poll: false });
  // One signal shared by every call, as a game passes one per scene: its listeners must not pile up.
  const signal = new AbortController().signal;
  setMaxListeners(0, signal);
  const callSignal = withSignal ? signal : undefined;
  await sequential(gme, sim, 2 * LOG_STEP, callSignal);
  return { gme, sim, signal, callSignal };
}

/** `calls` downloads started at once (each waits for its event), then one `Poll()` answers them all. */
export async function concurrentCalls(calls: number, withSignal: boolean): Promise<ConcurrentFigures> {
  if (calls % LOG_STEP !== 0) throw new RangeError(`calls must be a multiple of ${LOG_STEP}`);
  const { gme, sim, signal, callSignal } = await setup(withSignal);
  const before = await snapshot(gme, signal);
  const t0 = performance.now();
  const results = new Array<ReturnType<typeof download>>(calls);
  for (let i = 0; i < calls; i++) results[i] = download(gme, i, callSignal);
  const startMs = performance.now() - t0;
  const pending = await snapshot(gme, signal);
  const t1 = performance.now();
  sim.Poll();
  const settled = await Promise.all(results);
  const settleMs = performance.now() - t1;
  const failed = settled.filter((r) => r.isErr()).length;
  if (failed > 0) throw new Error(`${failed} of ${calls} concurrent calls failed.`);
  results.fill(undefined as never);
  settled.length = 0;
  const after = await snapshot(gme, signal);
  gme.dispose();
  return {
    calls,
    withSignal,
    before,
    pending,
    after,
    heapPerPendingCallBytes: (pending.heapUsed - before.heapUsed) / calls,
    startMs,
    settleMs,
    startAndSettleMs: startMs + settleMs,
    heapDeltaBytes: after.heapUsed - before.heapUsed,
  };
}

/** `calls` downloads one after the other, each answered by the `Poll()` right after it. */
export async function sequentialCalls(calls: number): Promise<SequentialFigures> {
  if (calls % LOG_STEP !== 0) throw new RangeError(`calls must be a multiple of ${LOG_STEP}`);
  const { gme, sim, signal, callSignal } = await setup(false);
  const before = await snapshot(gme, signal);
  const t0 = performance.now();
  await sequential(gme, sim, calls, callSignal);
  const totalMs = performance.now() - t0;
  const after = await snapshot(gme, signal);
  gme.dispose();
  return {
    calls,
    before,
    after,
    totalMs,
    perCallNs: (totalMs * 1e6) / calls,
    heapDeltaBytes: after.heapUsed - before.heapUsed,
  };
}

/** GME's download completion event (ITMG_MAIN_EVNET_TYPE_PTT_DOWNLOAD_COMPLETE). */
const DOWNLOAD_COMPLETE = 5003;

/** {@link ConcurrentFloor}: `calls` bare downloads started at once, then one `Poll()`. */
export async function concurrentFloor(calls: number): Promise<ConcurrentFloor> {
  if (calls % LOG_STEP !== 0) throw new RangeError(`calls must be a multiple of ${LOG_STEP}`);
  const sim = readySimulator(22);
  const waiting = new Map<string, (result: number) => void>();
  sim.SetTMGDelegate({
    onEvent(type: number, json: string): void {
      if (type !== DOWNLOAD_COMPLETE) return;
      const payload = JSON.parse(json) as { result: number; file_id: string };
      const resolve = waiting.get(payload.file_id);
      if (resolve === undefined) return;
      waiting.delete(payload.file_id);
      resolve(payload.result);
    },
  });
  const bare = (n: number): Promise<number> => {
    const args = { fileId: `https://voice.gme.invalid/scale/${n}.silk`, filePath: '/tmp/scale.silk' };
    return new Promise<number>((resolve) => {
      const rc = sim.PttDownloadRecordedFile(args.fileId, args.filePath);
      if (rc !== 0) resolve(typeof rc === 'number' ? rc : -1);
      else waiting.set(args.fileId, resolve);
    });
  };
  // Warm up as the client's run does (JIT, a full simulator log).
  for (let i = 0; i < 2 * LOG_STEP; i++) {
    const call = bare(i);
    sim.Poll();
    await call;
  }
  await gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const results = new Array<Promise<number>>(calls);
  for (let i = 0; i < calls; i++) results[i] = bare(i);
  const startMs = performance.now() - t0;
  await gc();
  const pending = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  sim.Poll();
  const codes = await Promise.all(results);
  const settleMs = performance.now() - t1;
  const failed = codes.filter((c) => c !== 0).length;
  if (failed > 0) throw new Error(`${failed} of ${calls} bare downloads failed.`);
  return {
    calls,
    heapPerPendingCallBytes: (pending - before) / calls,
    startMs,
    settleMs,
    startAndSettleMs: startMs + settleMs,
  };
}
