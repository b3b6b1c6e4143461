import { parentPort, Worker } from 'node:worker_threads';
import type { FleetResult } from 'gme-result/fleet';
import { type FleetJob, runJob } from './fleet-jobs.js';

/** A finished job. */
export interface FleetJobResult {
  readonly job: FleetJob;
  readonly run: FleetResult;
  /** Wall time of this run alone, ms. */
  readonly wallMs: number;
}

/** The `workerData` that makes the benchmark script serve fleet jobs instead of running the benchmark. */
export const FLEET_WORKER = { role: 'gme-bench-fleet-worker' } as const;

async function timed(job: FleetJob): Promise<FleetJobResult> {
  const t0 = performance.now();
  const run = await runJob(job);
  return { job, run, wallMs: performance.now() - t0 };
}

/** Inside a worker: runs each job posted to it and posts the result back. */
export function serveFleetJobs(): void {
  const port = parentPort;
  if (port === null) throw new Error('serveFleetJobs() runs in a worker thread.');
  port.on('message', (job: FleetJob) => {
    timed(job).then(
      (result) => port.postMessage({ ok: true, result }),
      (error: unknown) => port.postMessage({ ok: false, error: String((error as Error)?.stack ?? error) }),
    );
  });
}

/**
 * Runs the jobs on `threads` worker threads started from `entry` (a script that calls
 * {@link serveFleetJobs} when its `workerData` is {@link FLEET_WORKER}); one thread or none runs
 * them here, in order. Runs are independent and deterministic, so the threads change only the wall
 * time. Results come back in the jobs' order.
 */
export async function runFleetJobs(
  jobs: readonly FleetJob[],
  threads: number,
  entry: URL,
): Promise<FleetJobResult[]> {
  if (threads <= 1) {
    const results: FleetJobResult[] = [];
    for (const job of jobs) results.push(await timed(job));
    return results;
  }
  const results = new Array<FleetJobResult>(jobs.length);
  let next = 0;
  const worker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      // A large young generation: a fleet run allocates fast and its short-lived objects (pending
      // calls) outlive a small nursery; 10 000 clients run about a quarter faster this way.
      const w = new Worker(entry, {
        workerData: FLEET_WORKER,
        resourceLimits: { maxYoungGenerationSizeMb: 384 },
      });
      let current = -1;
      const take = (): void => {
        if (next >= jobs.length) {
          void w.terminate().then(() => resolve());
          return;
        }
        current = next++;
        w.postMessage(jobs[current]);
      };
      w.on('message', (m: { ok: true; result: FleetJobResult } | { ok: false; error: string }) => {
        if (!m.ok) {
          void w.terminate();
          reject(new Error(`Fleet job ${JSON.stringify(jobs[current])} failed: ${m.error}`));
          return;
        }
        results[current] = m.result;
        take();
      });
      w.on('error', reject);
      take();
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, worker));
  return results;
}
