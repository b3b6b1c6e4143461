import { Bench } from 'tinybench';

/** Per-call figures of one contestant. */
export interface PerCall {
  readonly name: string;
  /** Median ns per call (the median batch divided by the batch size). */
  readonly medianNs: number;
  /** 25th percentile batch, per call, in ns (pooled samples, like the median). */
  readonly p25Ns: number;
  /** 75th percentile batch, per call, in ns: with {@link p25Ns}, the interquartile range. */
  readonly p75Ns: number;
  /** 99th percentile batch, per call, in ns. */
  readonly p99Ns: number;
  /** Batches measured. */
  readonly samples: number;
  /** This median ÷ the floor's median. */
  readonly ratioToFloor: number;
}

/** Options of {@link measureCalls}. */
export interface MeasureOptions {
  /** Sequential calls per measured sample: one call is too short for the timer. */
  readonly batch: number;
  /** Time per task, ms. */
  readonly timeMs: number;
  readonly warmupMs: number;
  /** Slices per contestant, run round-robin. */
  readonly rounds: number;
}

export type Contestant = readonly [name: string, call: (n: number) => PromiseLike<unknown>];

/** The `q` quantile (0–1) of ascending `sorted`, interpolated. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

/**
 * Runs the contestants in ONE tinybench run, each sample a batch of sequential awaited calls, and
 * reports ns per call. On a shared machine the load drifts while the run goes on; so each
 * contestant runs in `rounds` slices, round-robin (A B C D A B C D …), and its samples are pooled.
 * The first contestant is the floor for the ratios.
 */
export async function measureCalls(
  contestants: readonly Contestant[],
  o: MeasureOptions,
): Promise<PerCall[]> {
  const bench = new Bench({
    time: o.timeMs / o.rounds,
    warmupTime: o.warmupMs,
    iterations: 16,
    throws: true,
    retainSamples: true,
    timestampProvider: 'hrtimeNow',
  });
  let n = 0;
  for (let round = 1; round <= o.rounds; round++) {
    for (const [name, call] of contestants) {
      bench.add(`${name}#${round}`, async () => {
        for (let i = 0; i < o.batch; i++) await call(n++ & 1023);
      });
    }
  }
  await bench.run();
  const pooled = new Map<string, number[]>(contestants.map(([name]) => [name, []]));
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`The task ${task.name} ended as ${r.state}.`);
    pooled.get(task.name.replace(/#\d+$/, ''))?.push(...(r.latency.samples ?? []));
  }
  const rows = contestants.map(([name]) => {
    const samples = (pooled.get(name) ?? []).sort((x, y) => x - y);
    const perCall = (q: number): number => (quantile(samples, q) * 1e6) / o.batch;
    return {
      name,
      medianNs: perCall(0.5),
      p25Ns: perCall(0.25),
      p75Ns: perCall(0.75),
      p99Ns: perCall(0.99),
      samples: samples.length,
    };
  });
  const floor = rows[0]?.medianNs ?? Number.NaN;
  return rows.map((row) => ({ ...row, ratioToFloor: row.medianNs / floor }));
}
