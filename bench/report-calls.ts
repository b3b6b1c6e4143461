// Sections 1 to 3 of BENCHMARKS.md: per-call figures, from bench/results.json alone.
import { CALL_GOALS, fourRows, overheadMet } from './call-goals.js';
import { compareCalls } from './compare-calls.js';
import { statusText } from './goal.js';
import type { PerCall } from './measure-calls.js';
import type { CallPathProfile } from './profile-call-path.js';
import { fixed, int, ms, ns, signedNs, spread, table, times } from './report-format.js';
import type { BenchResults, CallRun } from './results.js';

const LABELS = ['(a)', '(b)', '(c)', '(d)'];

/** The per-call table of a call run: median (p25–p75), p99, samples, ratio to the first row. */
export function perCallTable(rows: readonly PerCall[]): string {
  return table(
    ['', 'stack', 'median (p25–p75) per call', 'p99 per call', 'samples', 'ratio to (a)'],
    rows.map((r, i) => [
      LABELS[i] ?? '',
      r.name,
      spread(r),
      ns(r.p99Ns),
      int(r.samples),
      times(r.ratioToFloor),
    ]),
  );
}

const range = (r: PerCall): string => spread(r).replace(/^[^(]*\((.*)\)$/, '$1');

/**
 * One sentence comparing `a` with `b` by their interquartile ranges: which is faster, or that
 * the difference is within the run's spread.
 */
export function comparisonSentence(aName: string, a: PerCall, bName: string, b: PerCall): string {
  const diff = signedNs(a.medianNs - b.medianNs);
  switch (compareCalls(a, b)) {
    case 'faster':
      return `${aName} is faster than ${bName}: ${diff} per call in the median, and its interquartile range, ${range(a)}, lies below ${bName}'s, ${range(b)}.`;
    case 'slower':
      return `${bName} is faster than ${aName}: ${aName} takes ${diff} per call in the median, and ${bName}'s interquartile range, ${range(b)}, lies below ${aName}'s, ${range(a)}.`;
    default:
      return `${aName} and ${bName} differ by ${diff} per call in the median, within the run's spread: their interquartile ranges, ${range(a)} and ${range(b)}, overlap.`;
  }
}

function profileTable(profile: CallPathProfile): string {
  return table(
    ['function', 'self'],
    profile.top.map((row) => [`\`${row.fn.replace(/\|/g, '\\|')}\``, `${fixed(row.selfPct)} %`]),
  );
}

/** What the profile's table adds up to, in one sentence. */
function profileSentence(profile: CallPathProfile): string {
  const [first] = profile.top;
  if (first === undefined) return 'The profile has no samples.';
  const share = profile.top.reduce((sum, row) => sum + row.selfPct, 0);
  return `These ${profile.top.length} functions hold ${fixed(share)} % of the samples together; the first, \`${first.fn.replace(/\|/g, '\\|')}\`, ${fixed(first.selfPct)} %.`;
}

const slices = (run: CallRun): string =>
  `each sample is ${run.batch} sequential calls; each stack runs ${ms(run.timeMs)} in ${run.rounds} slices, round-robin with the others (so a change of load on the shared machine hits all of them alike), and its samples are pooled`;

/** Section 1: the success path. */
export function successBlocks(r: BenchResults): string[] {
  const sp = r.successPath;
  const [a, b, c, d] = fourRows(sp.rows);
  const met = overheadMet(sp.overheadNs, b.ratioToFloor);
  const noise =
    compareCalls(b, a) === 'within the spread'
      ? " The interquartile ranges of (a) and (b) overlap: the difference is within this run's spread, and another run may put it on the other side of the goal."
      : '';
  return [
    '## 1. Success-path overhead',
    `One \`speechToText\` call on the simulator in zero-latency mode, \`Poll()\` right after the call, the Result awaited. All four in one tinybench run; ${slices(sp)}. Each cell shows the median and, in brackets, the 25th to 75th percentile (the interquartile range); two stacks differ only when their interquartile ranges do not overlap.`,
    '(a) a bare promise around `PttSpeechToText` and its 5005 event (our own delegate, `JSON.parse`, correlation by `file_id`); (b) `createGmeClient({ sdk: fromElectron(sim), poll: false })` with `defaultPolicy` and all its middleware; (c) the bare promise of (a) wrapped in cockatiel `wrap(retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() }), timeout(30_000, TimeoutStrategy.Aggressive))`; (d) the same in `pRetry(fn, { retries: 2 })`.',
    perCallTable(sp.rows),
    `(b) − (a) = **${signedNs(sp.overheadNs)}** per call in the median, (b) is ${times(b.ratioToFloor)} (a): the goal (≤ ${int(CALL_GOALS.overheadNs)} ns, or ≤ ${times(CALL_GOALS.overheadRatio)}) is ${statusText(met ? 'met' : 'not met')}.${noise} ${comparisonSentence('(b)', b, 'cockatiel (c)', c)} ${comparisonSentence('(b)', b, 'p-retry (d)', d)}`,
    '### Where the time goes',
    `A V8 CPU profile of ${int(sp.profile.calls)} calls over a stand-in SDK that costs next to nothing (so nearly every sample is the wrapper's; ${fixed(sp.profile.perCallUs, 2)} µs per call while profiled). Self time, share of all samples:`,
    profileTable(sp.profile),
    profileSentence(sp.profile),
  ];
}

/** Section 2: the failure path. */
export function failureBlocks(r: BenchResults): string[] {
  const fp = r.failurePath;
  const [fa, fb, fc, fd] = fourRows(fp.rows);
  return [
    '## 2. Failure-path cost',
    `A call that fails twice (completion event 7004), then succeeds; every wait zero. One tinybench run, every stack on a simulator that polls one microtask after each SDK call; ${slices(fp)}. gme-result uses \`retry({ maxAttempts: 3, baseDelayMs: 0, jitter: 'none' })\` and a budget of 1,000,000 tokens; cockatiel \`retry(handleAll, { maxAttempts: 2, backoff: new ConstantBackoff(0) })\` (its \`maxAttempts\` counts retries) with the same timeout as above; p-retry \`{ retries: 2, minTimeout: 0 }\`. cockatiel waits on a real \`setTimeout\` between attempts even for a 0 ms backoff; p-retry skips a 0 ms wait.`,
    perCallTable(fp.rows),
    `gme-result costs ${signedNs(fp.overheadNs)} per call over the bare loop (${ns(fa.medianNs)}) in the median. ${comparisonSentence('gme-result (b)', fb, 'p-retry (d)', fd)} The goal, gme-result no slower than p-retry in the same run, is ${statusText(compareCalls(fb, fd) === 'slower' ? 'not met' : 'met')}. ${comparisonSentence('gme-result (b)', fb, 'cockatiel (c)', fc)}`,
    `Profiled the same way over the stand-in SDK (${int(fp.profile.calls)} calls, each failing ${fp.profile.failuresPerCall} times first; ${fixed(fp.profile.perCallUs, 2)} µs per call while profiled):`,
    profileTable(fp.profile),
    profileSentence(fp.profile),
  ];
}

/** Section 3: what `instrument(gme)` costs with no-op providers. */
export function otelBlocks(r: BenchResults): string[] {
  const o = r.otel;
  const [none, listeners, instrumented] = o.rows as readonly (PerCall | undefined)[];
  const figures =
    none === undefined || listeners === undefined || instrumented === undefined
      ? []
      : [
          `The listeners alone: ${comparisonSentence('(b)', listeners, '(a)', none)} What \`instrument\` adds on top of them: ${comparisonSentence('(c)', instrumented, '(b)', listeners)}`,
        ];
  return [
    '## 3. OpenTelemetry overhead',
    `\`instrument(gme)\` of \`gme-result/otel\` with nothing registered with \`@opentelemetry/api\` (its global providers are no-ops), on the success-path call of section 1: (a) a client with no listener; (b) a do-nothing listener on each event \`instrument\` listens to (the client builds event payloads once somebody listens); (c) \`instrument(gme)\`. One tinybench run; ${slices(o)}. \`npm run bench:otel\` measures the same alone and prints it. There is no goal: the figure is for information.`,
    perCallTable(o.rows),
    ...figures,
  ];
}
