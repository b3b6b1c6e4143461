// The benchmark: `npm run bench` bundles this file with esbuild and runs it with --expose-gc.
// Writes bench/results.json, BENCHMARKS.md and bench/fleet.svg (relative to the working directory).
import { readFileSync, writeFileSync } from 'node:fs';
import { isMainThread, workerData } from 'node:worker_threads';
import { failurePath } from './failure-path.js';
import { FLEET_WORKER, serveFleetJobs } from './fleet/fleet-pool.js';
import { fleetSection } from './fleet-section.js';
import { describeMachine } from './machine.js';
import { otelOverhead } from './otel.js';
import { profileCallPath } from './profile-call-path.js';
import { type BenchResults, RESULTS_FORMAT } from './results.js';
import { concurrentCalls, concurrentFloor, sequentialCalls } from './scale.js';
import { successPath } from './success-path.js';
import { writeReport } from './write-report.js';

const isFleetWorker = !isMainThread && (workerData as { role?: string } | null)?.role === FLEET_WORKER.role;

async function main(): Promise<void> {
  const quick = process.env.GME_BENCH_QUICK === '1';
  const machine = describeMachine();
  const sectionsMs: Record<string, number> = {};
  const section = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    process.stdout.write(`${name}… `);
    const value = await run();
    sectionsMs[name] = performance.now() - t0;
    process.stdout.write(`${(sectionsMs[name] / 1000).toFixed(1)} s\n`);
    return value;
  };

  const callBench = { batch: 64, timeMs: quick ? 400 : 2000, warmupMs: quick ? 50 : 200, rounds: 4 };
  const success = await section('success path', () => successPath(callBench));
  const profile = await section('profile', () => profileCallPath(quick ? 20_000 : 100_000, 0));
  const failBench = { batch: 16, timeMs: quick ? 400 : 2000, warmupMs: quick ? 50 : 200, rounds: 4 };
  const failure = await section('failure path', () => failurePath(failBench));
  const failureProfile = await section('failure profile', () => profileCallPath(quick ? 5_000 : 10_000, 2));
  const otel = await section('OpenTelemetry', () => otelOverhead(callBench));
  const concurrent = await section('100 000 concurrent', () =>
    concurrentCalls(quick ? 20_000 : 100_000, false),
  );
  const concurrentBare = await section('100 000 concurrent, bare floor', () =>
    concurrentFloor(quick ? 20_000 : 100_000),
  );
  const sharedSignal = await section('shared signal', async () => [
    await concurrentCalls(5_000, true),
    await concurrentCalls(10_000, true),
  ]);
  const sequential = await section('sequential', () => sequentialCalls(quick ? 50_000 : 1_000_000));
  const fleet = await section('fleet', () =>
    fleetSection(
      { full: quick ? 1_000 : 10_000, small: quick ? 500 : 1_000, threads: Math.min(2, machine.nproc) },
      new URL(import.meta.url),
    ),
  );

  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { bench: string } };
  const results: BenchResults = {
    format: RESULTS_FORMAT,
    generatedAt: new Date().toISOString(),
    machine,
    commands: {
      bench: 'npm run bench',
      benchScript: pkg.scripts.bench,
      fleetTest: 'npx vitest run test/fleet.test.ts --coverage.enabled=false',
    },
    quick,
    successPath: {
      batch: callBench.batch,
      timeMs: callBench.timeMs,
      rounds: callBench.rounds,
      rows: success,
      overheadNs: (success[1]?.medianNs ?? Number.NaN) - (success[0]?.medianNs ?? Number.NaN),
      profile,
    },
    failurePath: {
      batch: failBench.batch,
      timeMs: failBench.timeMs,
      rounds: failBench.rounds,
      rows: failure,
      overheadNs: (failure[1]?.medianNs ?? Number.NaN) - (failure[0]?.medianNs ?? Number.NaN),
      profile: failureProfile,
    },
    otel: { batch: callBench.batch, timeMs: callBench.timeMs, rounds: callBench.rounds, rows: otel },
    scale: { concurrent, concurrentFloor: concurrentBare, sharedSignal, sequential },
    fleet,
    sectionsMs,
    totalMs: process.uptime() * 1000,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
  console.log(
    `done in ${(results.totalMs / 1000).toFixed(1)} s: bench/results.json, bench/fleet.svg, BENCHMARKS.md`,
  );
}

if (isFleetWorker) serveFleetJobs();
else await main();
