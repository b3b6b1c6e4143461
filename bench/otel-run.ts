// `npm run bench:otel`: prints the instrumentation's overhead (bench/otel.ts); writes no file.
// Same call benchmark settings as `npm run bench`'s success path; GME_BENCH_QUICK=1 shortens it.
import { otelOverhead } from './otel.js';

const quick = process.env.GME_BENCH_QUICK === '1';
const rows = await otelOverhead({
  batch: 64,
  timeMs: quick ? 400 : 2000,
  warmupMs: quick ? 50 : 200,
  rounds: 4,
});
const us = (ns: number): string => `${ns >= 0 ? '+' : '−'}${(Math.abs(ns) / 1000).toFixed(2)} µs`;
for (const r of rows) {
  console.log(
    `${r.name}: ${(r.medianNs / 1000).toFixed(2)} µs per call (p99 ${(r.p99Ns / 1000).toFixed(2)} µs, ${r.samples} batches)`,
  );
}
const [none, listeners, instrumented] = rows.map((r) => r.medianNs);
if (none !== undefined && listeners !== undefined && instrumented !== undefined) {
  console.log(`listeners alone: ${us(listeners - none)}; instrument on top: ${us(instrumented - listeners)}`);
}
