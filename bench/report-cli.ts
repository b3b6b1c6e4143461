// `npm run bench:report`: renders BENCHMARKS.md and bench/fleet.svg from bench/results.json alone,
// measuring nothing. A results file from an earlier benchmark is refused with what to run instead.
import { readFileSync } from 'node:fs';
import { checkResults } from './results.js';
import { writeReport } from './write-report.js';

try {
  const results = checkResults(JSON.parse(readFileSync('bench/results.json', 'utf8')));
  writeReport(results);
  console.log(
    `BENCHMARKS.md and bench/fleet.svg rendered from bench/results.json (generated ${results.generatedAt}${results.quick ? ', a quick run' : ''}).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
