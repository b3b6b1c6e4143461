// `npm run bench:otel`: prints the instrumentation's overhead (bench/otel.ts); writes no file.
// Same call benchmark settings as `npm run bench`'s success path; GME_BENCH_QUICK=1 shortens it.
// `npm run bench` runs the same measurement and reports it in BENCHMARKS.md.
import { compareCalls } from './compare-calls.js';
import { otelOverhead } from './otel.js';
import { signedNs, spread } from './report-format.js';

const quick = process.env.GME_BENCH_QUICK === '1';
const rows = await otelOverhead({
  batch: 64,
  timeMs: quick ? 400 : 2000,
  warmupMs: quick ? 50 : 200,
  rounds: 4,
});
for (const r of rows) {
  console.log(`${r.name}: ${spread(r)} per call, median (p25–p75); ${r.samples} batches`);
}
const [none, listeners, instrumented] = rows;
if (none !== undefined && listeners !== undefined && instrumented !== undefined) {
  console.log(
    `listeners alone: ${signedNs(listeners.medianNs - none.medianNs)} (${compareCalls(listeners, none)}); ` +
      `instrument on top: ${signedNs(instrumented.medianNs - listeners.medianNs)} (${compareCalls(instrumented, listeners)})`,
  );
}
