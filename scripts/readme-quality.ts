/**
 * `npm run readme` (third step): writes the README's figures that come from measurements — the
 * `## Quality` block (the mutation score from MUTATION.md's `<!-- mutation-run -->` block, every
 * benchmark goal with met / not met from bench/results.json, the property-test runs) and the
 * `## Staying in a room` figures — between their markers. `test/readme-quality.test.ts` fails when
 * the README differs from what this writes now: after `npm run bench` (or a new mutation run), run
 * `npm run readme`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findRow, p95 } from '../bench/fleet-rows.js';
import { type Goal, statusText } from '../bench/goal.js';
import { allGoals } from '../bench/report.js';
import { and, int, seconds, times, trend } from '../bench/report-format.js';
import { type BenchResults, RESULTS_FORMAT } from '../bench/results.js';
import { replaceTable } from './readme-policy-table.js';

export const QUALITY_START = '<!-- quality-figures:start -->';
export const QUALITY_END = '<!-- quality-figures:end -->';
export const SESSION_START = '<!-- session-figures -->';
export const SESSION_END = '<!-- /session-figures -->';
export const README_PATH = fileURLToPath(new URL('../README.md', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The inputs of the generated text, read from the repository. */
export interface QualitySources {
  /** bench/results.json, parsed (any format: an older one is named, not quoted). */
  readonly results: unknown;
  /** MUTATION.md's text. */
  readonly mutationMd: string;
  /** `GME_PROPERTY_RUNS`'s default in the property tests. */
  readonly propertyRuns: number;
  /** `GME_PROPERTY_RUNS` in `npm run test:deep`. */
  readonly deepPropertyRuns: number;
}

/** The last full mutation run, as MUTATION.md states it. */
export interface MutationRun {
  readonly date: string;
  /** Stryker's score over every mutated file, e.g. `98.95 %`. */
  readonly score: string;
  readonly withoutTesting: string;
  /** The score with every mutant marked equivalent counted as a survivor. */
  readonly strict: string;
  readonly marked: number;
}

/** Reads the `<!-- mutation-run -->` block of MUTATION.md; throws naming what is missing. */
export function readMutationRun(mutationMd: string): MutationRun {
  const marker = '<!-- mutation-run -->';
  const at = mutationMd.indexOf(marker);
  if (at === -1) throw new Error(`MUTATION.md must contain ${marker}.`);
  const rest = mutationMd.slice(at + marker.length);
  const block = rest.slice(0, rest.search(/\n## |$/));
  const date = /\b(\d{4}-\d{2}-\d{2})\b/.exec(block)?.[1];
  if (date === undefined) throw new Error(`MUTATION.md: the ${marker} block has no date (YYYY-MM-DD).`);
  const row = (label: string): string[] => {
    const line = block.split('\n').find((l) => l.startsWith(`| ${label} |`));
    if (line === undefined) throw new Error(`MUTATION.md: the ${marker} block has no row "${label}".`);
    return line.split('|').map((cell) => cell.trim());
  };
  const all = row('**src/ (all mutated files)**');
  const strict = row('src/, marked mutants counted as survived');
  return {
    date,
    score: all[2] as string,
    withoutTesting: row('**src/ without src/testing/**')[2] as string,
    strict: strict[2] as string,
    marked: Number(strict[7]),
  };
}

/** bench/results.json in the format this benchmark writes, or `undefined` for an older one. */
function current(results: unknown): BenchResults | undefined {
  return (results as { format?: unknown } | null)?.format === RESULTS_FORMAT
    ? (results as BenchResults)
    : undefined;
}

const generatedOn = (results: unknown): string => {
  const at = (results as { generatedAt?: unknown } | null)?.generatedAt;
  return typeof at === 'string' ? ` (generated ${at.slice(0, 10)})` : '';
};

function benchmarkBlock(results: unknown): string {
  const lead = 'Benchmarks: `npm run bench` measures and writes [`BENCHMARKS.md`](BENCHMARKS.md).';
  const r = current(results);
  if (r === undefined) {
    return `${lead} The committed \`bench/results.json\`${generatedOn(results)} was written by an earlier version of the benchmark, which did not check the current goals; its figures are not quoted here. Run \`npm run bench\`, then \`npm run readme\`.`;
  }
  const goals = allGoals(r);
  const count = (status: Goal['status']): number => goals.filter((g) => g.status === status).length;
  const judged = count('met') + count('not met');
  const others = [
    count('not measured') > 0 ? `${count('not measured')} not measured at this size` : '',
    count('informational') > 0 ? `${count('informational')} for information` : '',
  ].filter((s) => s !== '');
  return [
    `${lead} The last run (${r.generatedAt.slice(0, 10)}, ${r.machine.nproc} CPUs, Node ${r.machine.node}${r.quick ? '; a quick run, `GME_BENCH_QUICK=1`, at small sizes: not the reference figures' : ''}) met ${count('met')} of the ${judged} goals it judged${others.length === 0 ? '' : ` (${and(others)})`}:`,
    '',
    ...goals.map(
      (g) =>
        `- ${g.goal}${g.source === '—' ? '' : ` (${g.source})`}: ${g.measured} — ${statusText(g.status)}`,
    ),
    '',
    'Stacks of the per-call goals: (a) a bare promise around the simulated SDK call, (b) gme-result, (c) cockatiel, (d) p-retry (BENCHMARKS.md, sections 1 and 2).',
  ].join('\n');
}

/** The text between the Quality markers. */
export function renderQualityFigures(s: QualitySources): string {
  const m = readMutationRun(s.mutationMd);
  return [
    '<!-- generated by `npm run readme` from MUTATION.md and bench/results.json: do not edit by hand -->',
    '',
    `Mutation testing: \`npm run mutate\` (Stryker over \`src/\`, the catalog's text tables and the CLI excluded) scored **${m.score}** on ${m.date} (${m.withoutTesting} without the simulator in \`src/testing/\`; ${m.strict} if the ${int(m.marked)} mutants marked equivalent in the source are counted as survivors). How it was run, what is excluded and what survives: [\`MUTATION.md\`](MUTATION.md).`,
    '',
    benchmarkBlock(s.results),
    '',
    `Property tests: \`npm test\` runs each property ${int(s.propertyRuns)} times; \`npm run test:deep\` runs ${int(s.deepPropertyRuns)}.`,
  ].join('\n');
}

/** The text between the session-figures markers: keepInRoom in the fleet simulation. */
export function renderSessionFigures(results: unknown): string {
  const head = '<!-- generated by `npm run readme` from bench/results.json: do not edit by hand -->';
  const r = current(results);
  if (r === undefined) {
    return `${head}\n\nFleet figures for \`keepInRoom\` come with the next \`npm run bench\`: the committed \`bench/results.json\`${generatedOn(results)} predates it.`;
  }
  const f = r.fleet;
  const giveUp = findRow(f.roomGiveUp, 'defaultPolicy');
  const giveUpLoop = findRow(f.roomGiveUp, 'defaultPolicy', 'loop');
  const outage = findRow(f.full, 'defaultPolicy');
  const outageLoop = findRow(f.full, 'defaultPolicy', 'loop');
  if (giveUp === undefined || giveUpLoop === undefined || outage === undefined || outageLoop === undefined) {
    throw new Error(
      'bench/results.json has no defaultPolicy rows for room-give-up and outage (session and loop).',
    );
  }
  const o = f.scenarios.outage.outage;
  const outageS = o === undefined ? 0 : (o.toMs - o.fromMs) / 1000;
  const giveUpS = (f.scenarios['room-give-up'].sdk.giveUpAfterMs ?? 0) / 1000;
  const than = (a: number | null, b: number | null): string =>
    trend(a ?? 0, b ?? 0, (n) => times(n), { lower: 'less than', same: 'as much as', higher: 'more than' });
  return [
    head,
    '',
    `In the fleet simulation ([\`BENCHMARKS.md\`](BENCHMARKS.md), ${int(f.roomGiveUp.clients)} clients with \`defaultPolicy\`, seed ${f.seed}${r.quick ? ', a quick run' : ''}), with SDKs that give up reconnecting after ${giveUpS} s of a ${outageS} s outage, \`keepInRoom\` sent ${times(giveUp.amplification)} the normal load during the outage, ${than(giveUp.amplification, giveUpLoop.amplification)} the ${times(giveUpLoop.amplification)} of the game's own re-entry loop, and had 95 % of the players back in their room with their messages sent ${seconds(p95(giveUp))} after the backend returned (the loop: ${seconds(p95(giveUpLoop))}). When the SDKs reconnect by themselves: ${times(outage.amplification)} and ${seconds(p95(outage))} with \`keepInRoom\`, ${times(outageLoop.amplification)} and ${seconds(p95(outageLoop))} with the loop.`,
  ].join('\n');
}

/** The property tests' default run count; throws when the files disagree or say none. */
export function propertyRunsIn(sources: readonly string[]): number {
  const found = new Set(
    sources.flatMap((text) => [...text.matchAll(/GME_PROPERTY_RUNS \?\? (\d+)/g)].map((m) => Number(m[1]))),
  );
  if (found.size !== 1) {
    throw new Error(
      `Expected one GME_PROPERTY_RUNS default in test/properties, got ${JSON.stringify([...found])}.`,
    );
  }
  return [...found][0] as number;
}

/** Everything the generated text is made from, read from the repository. */
export function readQualitySources(): QualitySources {
  const dir = `${ROOT}test/properties/`;
  const tests = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(`${dir}${name}`, 'utf8'));
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: Record<string, string> };
  const deep = /GME_PROPERTY_RUNS=(\d+)/.exec(pkg.scripts['test:deep'] ?? '')?.[1];
  if (deep === undefined) throw new Error('Expected `npm run test:deep` to set GME_PROPERTY_RUNS.');
  return {
    results: JSON.parse(readFileSync(`${ROOT}bench/results.json`, 'utf8')),
    mutationMd: readFileSync(`${ROOT}MUTATION.md`, 'utf8'),
    propertyRuns: propertyRunsIn(tests),
    deepPropertyRuns: Number(deep),
  };
}

/** The README with both generated blocks as they would be written now. */
export function renderReadme(readme: string, s: QualitySources): string {
  const withQuality = replaceTable(readme, renderQualityFigures(s), QUALITY_START, QUALITY_END);
  return replaceTable(withQuality, renderSessionFigures(s.results), SESSION_START, SESSION_END);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const before = readFileSync(README_PATH, 'utf8');
  const after = renderReadme(before, readQualitySources());
  if (after === before) console.log('README.md: the quality and session figures are up to date.');
  else {
    writeFileSync(README_PATH, after);
    console.log('README.md: the quality and session figures were regenerated.');
  }
}
