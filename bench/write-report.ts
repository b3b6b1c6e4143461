import { writeFileSync } from 'node:fs';
import { fleetChartSvg } from 'gme-result/fleet';
import { renderReport } from './report.js';
import { int } from './report-format.js';
import type { BenchResults } from './results.js';

/** bench/fleet.svg: API requests per second of every row of the full-size outage, the outage shaded. */
export function fleetSvg(r: BenchResults): string {
  const full = r.fleet.full;
  return `${fleetChartSvg({
    title: `API requests per second: ${int(full.clients)} clients, a ${full.outageToS - full.outageFromS} s outage`,
    xLabel: 'time (s)',
    yLabel: 'API requests per second',
    series: full.series.map((s, i, all) => ({
      label: s.policy,
      values: s.rps,
      dashed: i === all.length - 1,
    })),
    xFrom: Math.max(0, full.outageFromS - 20),
    xTo: Math.max(...full.series.map((s) => s.rps.length)),
    xOffset: 0.5,
    shade: { from: full.outageFromS, to: full.outageToS, label: 'backend outage' },
  })}\n`;
}

/** Writes BENCHMARKS.md and bench/fleet.svg (relative to the working directory) from `r` alone. */
export function writeReport(r: BenchResults): void {
  writeFileSync('bench/fleet.svg', fleetSvg(r));
  writeFileSync('BENCHMARKS.md', renderReport(r));
}
