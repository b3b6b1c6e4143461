import type { FleetRow, IsolatedRow } from './fleet-section.js';
import type { PerCall } from './measure-calls.js';
import type { CallPathProfile } from './profile-call-path.js';
import type { BenchResults } from './results.js';
import type { ConcurrentFigures, Snapshot } from './scale.js';

// Formatting. Every number in BENCHMARKS.md comes from bench/results.json through these.
const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ns = (n: number): string => (Math.abs(n) >= 10_000 ? `${fixed(n / 1000)} µs` : `${int(n)} ns`);
const ms = (n: number): string => (n >= 10_000 ? `${fixed(n / 1000)} s` : `${int(n)} ms`);
const seconds = (n: number | null): string => (n === null ? 'not reached' : `${fixed(n / 1000)} s`);
const mb = (bytes: number): string => `${fixed(bytes / 2 ** 20)} MiB`;
const pct = (share: number): string => `${fixed(share * 100)} %`;
const times = (n: number): string => `${fixed(n, 2)}×`;
const yes = (ok: boolean): string => (ok ? 'met' : '**not met**');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The criteria a scale run must meet to count as leak-free. */
const HEAP_SLACK = 2 * 2 ** 20;
function backToStart(before: Snapshot, after: Snapshot): boolean {
  const s = after.stats;
  return (
    s.pending === 0 &&
    s.correlationKeys === 0 &&
    s.timers === 0 &&
    s.live === 0 &&
    s.enterFlights === 0 &&
    s.inFlightWaiters === 0 &&
    s.listeners === before.stats.listeners &&
    after.timers <= before.timers &&
    after.signalListeners <= before.signalListeners &&
    after.heapUsed - before.heapUsed <= HEAP_SLACK
  );
}

function perCallTable(rows: readonly PerCall[]): string {
  const labels = ['(a)', '(b)', '(c)', '(d)'];
  return table(
    ['', 'stack', 'median per call', 'p99 per call', 'samples', 'ratio to (a)'],
    rows.map((r, i) => [
      labels[i] ?? '',
      r.name,
      ns(r.medianNs),
      ns(r.p99Ns),
      int(r.samples),
      times(r.ratioToFloor),
    ]),
  );
}

function snapshotTable(columns: readonly [string, Snapshot][]): string {
  const get = (f: (s: Snapshot) => number | string): string[] => columns.map(([, s]) => String(f(s)));
  return table(
    ['', ...columns.map(([name]) => name)],
    [
      ['heap used (after a full GC)', ...columns.map(([, s]) => mb(s.heapUsed))],
      ['Node timers (`Timeout` handles)', ...get((s) => s.timers)],
      ["listeners on the calls' AbortSignal", ...get((s) => s.signalListeners)],
      ['client event listeners', ...get((s) => s.stats.listeners)],
      ['`stats().pending`', ...get((s) => int(s.stats.pending))],
      ['`stats().correlationKeys`', ...get((s) => int(s.stats.correlationKeys))],
      ['`stats().timers`', ...get((s) => int(s.stats.timers))],
      ['`stats().live`', ...get((s) => int(s.stats.live))],
      [
        '`stats().enterFlights` / `inFlightWaiters`',
        ...get((s) => `${s.stats.enterFlights} / ${s.stats.inFlightWaiters}`),
      ],
    ],
  );
}

function fleetTable(rows: readonly FleetRow[], withWall: boolean): string {
  return table(
    [
      'policy',
      'amplification',
      'peak req/s (at s)',
      'recovery p50 / p95 / p99',
      'within 10 s',
      'calls gave up (budget / breaker / other)',
      ...(withWall ? ['run wall time'] : []),
    ],
    rows.map((r) => [
      `${r.policy}`,
      times(r.amplification),
      `${int(r.peakRequestsPerSecond)} (${r.peakAtSecond})`,
      `${seconds(r.recovery.p50Ms)} / ${seconds(r.recovery.p95Ms)} / ${seconds(r.recovery.p99Ms)}`,
      pct(r.recovery.within10s),
      `${int(r.gaveUp.total)} (${int(r.gaveUp.budgetExhausted)} / ${int(r.gaveUp.circuitOpen)} / ${int(r.gaveUp.other)})`,
      ...(withWall ? [ms(r.wallMs)] : []),
    ]),
  );
}

function profileTable(profile: CallPathProfile): string {
  return table(
    ['function', 'self'],
    profile.top.map((row) => [`\`${row.fn.replace(/\|/g, '\\|')}\``, `${fixed(row.selfPct)} %`]),
  );
}

function isolatedTable(rows: readonly IsolatedRow[]): string {
  return table(
    ['policy', 'calls', 'calls gave up', 'per 1 000 calls'],
    rows.map((r) => [r.policy, int(r.calls), int(r.gaveUp.total), fixed(r.gaveUpPer1000, 2)]),
  );
}

const find = <T extends { policy: string }>(rows: readonly T[], policy: string): T | undefined =>
  rows.find((r) => r.policy === policy);

/** BENCHMARKS.md, from the results alone. */
export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const sp = r.successPath;
  const [, b, c, d] = sp.rows as [PerCall, PerCall, PerCall, PerCall];
  const fp = r.failurePath;
  const [fa, fb, fc, fd] = fp.rows as [PerCall, PerCall, PerCall, PerCall];
  const { concurrent, sharedSignal, sequential } = r.scale;
  const f = r.fleet;
  const def = find(f.full.rows, 'defaultPolicy') as FleetRow;
  const naive = find(f.full.rows, 'naive p-retry') as FleetRow;
  const rec = find(f.full.rows, f.recommended.id) as FleetRow;
  const recovered10 = (row: FleetRow): boolean => row.recovery.p95Ms !== null && row.recovery.p95Ms <= 10_000;
  const concurrentOk = backToStart(concurrent.before, concurrent.after);
  const sequentialOk = backToStart(sequential.before, sequential.after);
  const meetingBoth = f.candidates.outage.filter((row) => row.amplification <= 1.2 && recovered10(row));
  const isolatedOf = (policy: string): IsolatedRow | undefined => find(f.candidates.isolated, policy);
  const recIsolated = isolatedOf(f.recommended.id);
  const defIsolated = isolatedOf('defaultPolicy');
  const recBrownout = find(f.candidates.brownout, f.recommended.id);
  const defBrownout = find(f.candidates.brownout, 'defaultPolicy');
  const budgetBound = [
    def,
    ...f.candidates.outage.filter((row) => {
      const cand = f.candidates.list.find((x) => x.id === row.policy);
      return cand !== undefined && Object.keys(cand.budget).length === 0;
    }),
  ].reduce((n, row) => n + row.gaveUp.budgetExhausted, 0);
  const out: string[] = [];
  // Blocks are separated by blank lines; consecutive list items stay one list.
  const isItem = (line: string): boolean => /^(- |\d+\. )/.test(line);
  const p = (...blocks: string[]): void => {
    blocks.forEach((block, i) => {
      if (i > 0 && !(isItem(block) && isItem(blocks[i - 1] as string))) out.push('');
      out.push(block);
    });
    out.push('');
  };

  p(
    '# Benchmarks',
    `Generated by \`npm run bench\` on ${r.generatedAt} from \`bench/results.json\`; do not edit by hand.${r.quick ? ' **Quick run (GME_BENCH_QUICK=1): small sizes, not the reference figures.**' : ''}`,
  );

  p(
    '## Machine and commands',
    table(
      ['', ''],
      [
        ['CPUs (`nproc`)', String(m.nproc)],
        ['CPU (`lscpu` model name)', m.cpuModel],
        ['memory', `${fixed(m.memoryGiB)} GiB`],
        ['1-minute load average at start', fixed(m.loadAverage, 2)],
        ['Node / V8', `${m.node} / ${m.v8}`],
        ['platform', m.platform],
      ],
    ),
    'The machine is shared: other work runs beside the benchmark, so absolute times wander from run to run. Compare the ratios within one run.',
    `- \`${r.commands.bench}\` runs \`${r.commands.benchScript}\`. The library is measured as esbuild compiles it, like the tsc build that is published: running the TypeScript through tsx would add its \`keepNames\` wrappers (a \`defineProperty\` call per closure) to every call.`,
    `- \`${r.commands.fleetTest}\` runs a small fleet twice and checks that it is deterministic and that the default policy amplifies less than naive retries.`,
    `- The benchmark process ran ${ms(r.totalMs)}: ${Object.entries(r.sectionsMs)
      .map(([name, t]) => `${name} ${ms(t)}`)
      .join(', ')}.`,
  );

  p(
    '## Goals at a glance',
    table(
      ['goal (DESIGN.md)', 'measured', ''],
      [
        ['success path: (b) − (a) ≤ 1 µs per call', ns(sp.overheadNs), yes(sp.overheadNs <= 1000)],
        [
          'success path: (b) faster than cockatiel (c)',
          `${ns(b.medianNs)} vs ${ns(c.medianNs)}`,
          yes(b.medianNs < c.medianNs),
        ],
        [
          'success path: (b) faster than p-retry (d)',
          `${ns(b.medianNs)} vs ${ns(d.medianNs)}`,
          yes(b.medianNs < d.medianNs),
        ],
        [
          `${int(concurrent.calls)} concurrent calls settle; timers, listeners, maps and heap back to the start`,
          `heap ${mb(concurrent.before.heapUsed)} → ${mb(concurrent.after.heapUsed)}`,
          yes(concurrentOk),
        ],
        [
          `the same after ${int(sequential.calls)} sequential calls`,
          `heap ${mb(sequential.before.heapUsed)} → ${mb(sequential.after.heapUsed)}`,
          yes(sequentialOk),
        ],
        [
          'fleet, defaultPolicy: amplification ≤ 1.2×',
          times(def.amplification),
          yes(def.amplification <= 1.2),
        ],
        ['fleet, defaultPolicy: 95 % back within 10 s', seconds(def.recovery.p95Ms), yes(recovered10(def))],
        [
          'fleet, naive retries reach 4× or more (the claim)',
          times(naive.amplification),
          yes(naive.amplification >= 4),
        ],
        [
          `fleet, lower-load alternative ${f.recommended.id}: amplification ≤ 1.2× / 95 % within 10 s`,
          `${times(rec.amplification)} / ${seconds(rec.recovery.p95Ms)}`,
          `${yes(rec.amplification <= 1.2)} / ${yes(recovered10(rec))}`,
        ],
      ],
    ),
  );

  p(
    '## 1. Success-path overhead',
    `One \`speechToText\` call on the simulator in zero-latency mode, \`Poll()\` right after the call, the Result awaited. All four in one tinybench run; each sample is ${sp.batch} sequential calls; each stack runs ${ms(sp.timeMs)} in ${sp.rounds} slices, round-robin with the others (so a change of load on the shared machine hits all four alike), and its samples are pooled.`,
    '(a) a bare promise around `PttSpeechToText` and its 5005 event (our own delegate, `JSON.parse`, correlation by `file_id`); (b) `createGmeClient({ sdk: fromElectron(sim), poll: false })` with `defaultPolicy` and all its middleware; (c) the bare promise of (a) wrapped in cockatiel `wrap(retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() }), timeout(30_000, TimeoutStrategy.Aggressive))`; (d) the same in `pRetry(fn, { retries: 2 })`.',
    perCallTable(sp.rows),
    `(b) − (a) = **${ns(sp.overheadNs)}** per call: the 1 µs goal is ${yes(sp.overheadNs <= 1000)}. (b) is ${b.medianNs < c.medianNs ? 'faster' : '**slower**'} than cockatiel and ${b.medianNs < d.medianNs ? 'faster' : '**slower**'} than p-retry.`,
    `### Where the time goes`,
    `A V8 CPU profile of ${int(sp.profile.calls)} calls over a stand-in SDK that costs next to nothing (so nearly every sample is the wrapper's; ${fixed(sp.profile.perCallUs, 2)} µs per call while profiled). Self time, share of all samples:`,
    profileTable(sp.profile),
    'What to change, by expected gain (none of these is applied; the one change made is listed last):',
    '1. `src/sdk/parse-payload.ts`, `read()`: every event is copied into an `Object.create(null)` object (a dictionary-mode object in V8) and frozen twice. Read the five known fields straight from the `JSON.parse` result with `Object.hasOwn` (a `__proto__` key from `JSON.parse` is an own data property, so this is as safe) and build the frozen `data` copy lazily, only when an error `cause` or a listener needs it.',
    '2. `src/sdk/event-bridge.ts`, `#start()`: one `setTimeout` + `clearTimeout` per call (`insert` and `unenroll` above). Keep one timer per bridge armed for the earliest deadline, with pending calls in a deadline-ordered list (timeouts are 5 s and more, so a coarse 100 ms wheel is exact enough).',
    '3. `src/sdk/event-bridge.ts`, `completionKey()` and `src/sdk/pending-calls.ts`: the key (event type, `|`, file path or id) is built twice per call (request and event) and hashed as a new string each time (`takeOldest`, `add`). Key the pending calls by event type first, then by the file path or id string as it is (a `Map<number, Map<string, …>>`).',
    '4. `src/client/create-gme-client.ts`, `invokeOnce()` / `execute()` and `src/policy/execute-with-policy.ts`: a success goes through four promise hops (`outcome.then(finish)`, the `await` in `executeWithPolicy`, `execute().then`, and `ResultAsync`). Settle the bridge promise with the final `Result` and let `executeWithPolicy` return synchronously on a first-attempt success (no `async` function on the fast path); `execute()` reads `clock.now()` twice.',
    "5. Applied: `src/client/create-gme-client.ts`, `execute()`: the Ok value was built with `{ ...data, attempts, code }`; on Node 20 that spread took about a third of the wrapper's own time (V8 clones the object through a slow runtime path). It now uses `Object.assign` and two stores; the tests pass unchanged.",
  );

  p(
    '## 2. Failure-path cost',
    `A call that fails twice (completion event 7004), then succeeds; every wait zero. Each sample is ${fp.batch} calls, ${ms(fp.timeMs)} per stack in ${fp.rounds} round-robin slices, every stack on a simulator that polls one microtask after each SDK call. gme-result uses \`retry({ maxAttempts: 3, baseDelayMs: 0, jitter: 'none' })\` and a budget of 1 000 000 tokens; cockatiel \`retry(handleAll, { maxAttempts: 2, backoff: new ConstantBackoff(0) })\` (its \`maxAttempts\` counts retries) with the same timeout as above; p-retry \`{ retries: 2, minTimeout: 0 }\`.`,
    perCallTable(fp.rows),
    `gme-result costs ${ns(fp.overheadNs)} per call over the bare loop; it is ${fb.medianNs < fc.medianNs ? 'faster' : 'slower'} than cockatiel (${times(fc.medianNs / fb.medianNs)} its time; cockatiel waits a real \`setTimeout(0)\` between attempts, about 1 ms) and ${fb.medianNs < fd.medianNs ? 'faster' : 'slower'} than p-retry (${times(fd.medianNs / fb.medianNs)}). Floor: ${ns(fa.medianNs)}.`,
    `Profiled the same way over the stand-in SDK (${int(fp.profile.calls)} calls, each failing ${fp.profile.failuresPerCall} times first; ${fixed(fp.profile.perCallUs, 2)} µs per call while profiled):`,
    profileTable(fp.profile),
    'Every failed attempt builds two `Error` objects, each capturing a stack trace: the `GmeError` (`GmeErrorImpl`, `src/errors/gme-error.ts`) and the `ErrCarrier` that carries it through p-retry (`src/policy/retry-bridge.ts`); then p-retry runs its own loop around it. Suggestions: make `ErrCarrier` without a stack (create it with `Object.create(ErrCarrier.prototype)` and set its fields: p-retry checks `instanceof Error`, not the stack); build the `GmeError` of an attempt that will be retried only when a `retry` hook listens or the call ends with it (the engine decides on the code); when a call ends in Err, `withErrorFields` copies the error with `Object.getOwnPropertyDescriptors`, which reads and formats `stack` once more.',
  );

  const s5 = sharedSignal[0] as ConcurrentFigures;
  const s10 = sharedSignal[1] as ConcurrentFigures;
  p(
    '## 3. Scale and leaks',
    `### ${int(concurrent.calls)} concurrent pending calls`,
    `\`downloadRecordedFile\` calls with distinct file ids, all started before any event (the simulator keeps each event until \`Poll()\`), then one \`Poll()\` answers them all. Heap figures after a full GC (\`--expose-gc\`), taken after one turn of the event loop.`,
    snapshotTable([
      ['before', concurrent.before],
      ['all pending', concurrent.pending],
      ['after settling', concurrent.after],
    ]),
    `- heap per pending call: **${int(concurrent.heapPerPendingCallBytes)} bytes** (the client's pending entry, closures, promise and timer, the caller's ResultAsync, and the simulator's queued event).`,
    `- starting them: ${ms(concurrent.startMs)}; from the \`Poll()\` until every Result is in: **${ms(concurrent.settleMs)}**.`,
    `- after settling, heap ${concurrent.heapDeltaBytes >= 0 ? '+' : ''}${fixed(concurrent.heapDeltaBytes / 1024)} KiB against the start; every counter back to its start value: ${yes(concurrentOk)}.`,
    '### One AbortSignal shared by every call',
    'A game that passes one signal (say, per scene) to all its calls. Measured at smaller counts, because the cost grows with the square of the calls in flight:',
    table(
      [
        'calls in flight',
        'start, per call',
        'heap per pending call',
        'heap after settling',
        'signal listeners after',
      ],
      sharedSignal.map((s) => [
        int(s.calls),
        ns((s.startMs * 1e6) / s.calls),
        `${int(s.heapPerPendingCallBytes)} B`,
        `${s.heapDeltaBytes >= 0 ? '+' : ''}${int(s.heapDeltaBytes / s.calls)} B per call`,
        String(s.after.signalListeners),
      ]),
    ),
    `Starting a call costs ${ns((s5.startMs * 1e6) / s5.calls)} with ${int(s5.calls)} in flight and ${ns((s10.startMs * 1e6) / s10.calls)} with ${int(s10.calls)} (${int(concurrent.calls)} would take minutes): every call adds an \`abort\` listener to the shared signal (\`src/sdk/event-bridge.ts\`, \`#start()\`) and makes an \`AbortSignal.any([signal, dispose])\` (\`src/client/create-gme-client.ts\`, \`policySignal()\`), and Node 20's EventTarget and \`AbortSignal.any\` both do work proportional to what the signal already holds. The listeners are all removed when the calls settle, but \`AbortSignal.any\` leaves an entry on the source signal for every call until that signal aborts (the heap after settling grows with the calls). Suggested fix: per client, one \`abort\` listener per distinct caller signal (a \`WeakMap<AbortSignal, Set<() => void>>\`), and no \`AbortSignal.any\` per call (let the engine watch the client's dispose signal and the caller's signal separately).`,
    `### ${int(sequential.calls)} sequential calls`,
    snapshotTable([
      ['before', sequential.before],
      ['after', sequential.after],
    ]),
    `${ms(sequential.totalMs)} in all, ${ns(sequential.perCallNs)} per call (simulator included); heap ${sequential.heapDeltaBytes >= 0 ? '+' : ''}${fixed(sequential.heapDeltaBytes / 1024)} KiB against the start: ${yes(sequentialOk)}.`,
  );

  const sc = f.scenario as {
    joinSpreadMs: number;
    outage: { from: number; to: number; code: number };
    endMs: number;
    frameMs: number;
    game: { messageEveryMs: number[]; resendEveryMs: number[]; reenterAfterMs: number[] };
    sdk: { latencyMs: number[]; detectMs: number[]; probeEveryMs: number[]; giveUpAfterMs: number | null };
  };
  const range = (v: number[], unit = 's', div = 1000): string =>
    `${fixed((v[0] as number) / div, div === 1 ? 0 : 0)}–${fixed((v[1] as number) / div, 0)} ${unit}`;
  p(
    '## 4. Fleet simulation',
    '### The model',
    `Each client is a full \`GmeClient\` (\`poll: false\`, its own seeded \`random\`) over a small SDK of \`bench/fleet/fleet-backend.ts\`; all SDKs share one fake backend. Time is virtual (\`bench/fleet/virtual-time.ts\`): a discrete-event clock passed to the clients as \`clock\`, advanced in ${sc.frameMs} ms frames — events, retry waits and game timers run in time order within a frame, promise continuations at the end of each frame, as if the game polled once per frame; the global \`setTimeout\` (the bridge's per-call timeouts) runs on the same clock while the fleet runs. The same seed gives the same figures (\`test/fleet.test.ts\` checks it).`,
    `- **Players** join over the first ${sc.joinSpreadMs / 1000} s: \`init\`, \`applyPttAuthbuffer\`, \`enterRoom\` (1 000 rooms). Each sends a voice message (\`uploadRecordedFile\`) every ${range(sc.game.messageEveryMs)} (drawn per message). A message whose call ends in Err goes to an outbox; the game sends the outbox again, oldest first, when the room is back (the client's room state turns \`entered\`), after any delivered message, and ${range(sc.game.resendEveryMs)} after a failed send while the room is connected — never while it is reconnecting. After ROOM_DISCONNECT the game enters the room again, and after a failed \`enterRoom\` it tries again after ${range(sc.game.reenterAfterMs)}. This logic is the same for every policy (\`bench/fleet/fleet-game.ts\`).`,
    `- **Backend**: each request is answered by its completion event after ${range(sc.sdk.latencyMs, 'ms', 1)}; whether it fails is decided when it is made. From ${sc.outage.from / 1000} s to ${sc.outage.to / 1000} s every request fails with ${sc.outage.code} (AV_ERR_NET_REQUEST_FALLED). It has no capacity limit: the figures show the load the fleet sends, not how a struggling backend would answer it.`,
    `- **Rooms** (GME-FACTS §5): when the backend goes down, each SDK in a room notices after ${range(sc.sdk.detectMs)} (RECONNECT_START) and reconnects by itself, probing every ${range(sc.sdk.probeEveryMs)}; the first probe after the backend is back gives RECONNECT_SUCCESS. The FAQ says the SDK keeps trying for 60 minutes, the API pages say ROOM_DISCONNECT comes first: the main scenario follows the FAQ (${sc.sdk.giveUpAfterMs === null ? 'it never gives up within the run' : `it gives up after ${sc.sdk.giveUpAfterMs / 1000} s`}); the *room give-up* scenario below follows the API pages (ROOM_DISCONNECT after 30 s, then the game re-enters). Probes are the SDK's own traffic, the same for every policy, and not counted as requests.`,
    '- **Budgets start full**: a client that has run for a while has refilled its retry budget to `capacity` (every success adds tokens, nothing spends them), so every policy with a budget starts at `initialTokens = capacity` instead of simulating the hour of calm before the outage. For the default policy that is 10 tokens, not the 3 of a fresh client: the harder case.',
    "- **Amplification** = API requests (every SDK invocation that reaches the servers: `enterRoom`, `uploadRecordedFile`; not `init` and `applyPttAuthbuffer`, which are local) made during the outage ÷ the requests the same clients make in the same window of a run without the outage. **Peak** = the busiest second from the outage on. **Recovery** of a client = the time from the backend's return until it is back in its room and every message the outage touched (one that failed, or that was in flight when the backend came back) is delivered. **Gave up** = calls that ended in Err (a message can give up more than once: the game sends it again).",
    `- Policies compared, all inside gme-result (only the rules for the transient codes, the budget and the breaker differ): ${f.full.rows
      .map((row) => `**${row.policy}** — ${row.summary}`)
      .join('; ')}.`,
    `### ${int(f.full.clients)} clients, the 60 s outage`,
    `Without the outage the same clients make ${int(f.full.baselineRequests)} requests in the outage's window. ${f.threads > 1 ? `Runs went ${f.threads} at a time on worker threads; ` : ''}wall time per run is in the last column.`,
    fleetTable(f.full.rows, true),
    '![API requests per second over time, one line per policy](bench/fleet.svg)',
    `defaultPolicy: amplification ${times(def.amplification)} (goal ≤ 1.2×: ${yes(def.amplification <= 1.2)}), 95 % recovered after ${seconds(def.recovery.p95Ms)} (goal ≤ 10 s: ${yes(recovered10(def))}). Naive p-retry defaults: ${times(naive.amplification)} and ${seconds(naive.recovery.p95Ms)} — the doubling waits (up to 32 s before the 7th attempt) keep every message retrying through the outage, and a message keeps waiting out its current wait after the backend is back.`,
    `### Candidate budget and breaker numbers (${int(f.candidates.clients)} clients)`,
    'The clients do not interact (the backend has no capacity limit), so amplification and recovery shares do not depend on the fleet size; the candidates run at a smaller size. Candidates change only the budget and the breaker of `defaultPolicy` (budgets start full):',
    table(
      ['candidate', 'budget', 'breaker'],
      f.candidates.list.map((cand) => [
        cand.id,
        Object.keys(cand.budget).length === 0
          ? 'default (capacity 10, cost 1, 0.2 back)'
          : Object.entries(cand.budget)
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', '),
        `failureThreshold ${cand.breaker.failureThreshold}, cooldownMs ${int(cand.breaker.cooldownMs)}`,
      ]),
    ),
    `**Outage** — ${f.scenarios.outage}. Baseline: ${int(f.candidates.baselineRequests)} requests in the window.`,
    fleetTable(f.candidates.outage, false),
    `**Brownout** — ${f.scenarios.brownout}.`,
    fleetTable(f.candidates.brownout, false),
    `**Isolated failures** — ${f.scenarios.isolated}. What retries are for: a policy that gives up here fails calls a retry would have saved.`,
    isolatedTable(f.candidates.isolated),
    `**Room give-up** — ${f.scenarios['room-give-up']}.`,
    fleetTable(f.roomGiveUp.rows, false),
    '### What the figures say',
    `- In the full outage the **breaker** decides the load, not the budget: ${budgetBound === 0 ? 'no call of the default policy or of a candidate with the default budget ends for an empty budget (the *budget* column): the breaker opens first' : `only ${int(budgetBound)} calls of the default policy and the candidates with the default budget end for an empty budget`}. With the default threshold of 3, a client's first failed message makes its 3 attempts and opens the breaker, so its next message during the outage is mostly refused without a request: ${times(def.amplification)}. Each step of \`failureThreshold\` changes the attempts (C1, the earlier default of 5 failures / 10 s; C3 and C6 below it); \`cooldownMs\` decides how long the breaker still refuses calls after the backend is back, which sets the recovery time (the default 5 s cooldown plus the game's resend interval gives the p95 above).`,
    `- ${meetingBoth.length === 0 ? 'No candidate meets both goals.' : `Candidates meeting both goals (≤ 1.2×, 95 % within 10 s) in the outage: ${meetingBoth.map((row) => row.policy).join(', ')}.`} ${(() => {
      const c6 = find(f.candidates.outage, 'C6');
      const c6i = isolatedOf('C6');
      return c6 === undefined || c6i === undefined || defIsolated === undefined
        ? ''
        : `C6 (\`failureThreshold: 1\`) reaches ${times(c6.amplification)} only by ending every call at its first transient failure: with isolated failures it gives up ${fixed(c6i.gaveUpPer1000, 2)} calls per 1 000 where the default gives up ${fixed(defIsolated.gaveUpPer1000, 2)}. With a message every ~30 s a client makes about two calls in a 60 s outage, so a single retry per client already adds about 50 %: per-client budgets and breakers cannot reach 1.2× without giving up isolated failures.`;
    })()}`,
    `- **Lower-load alternative: ${f.recommended.id}** — breaker \`{ failureThreshold: ${f.recommended.breaker.failureThreshold}, cooldownMs: ${f.recommended.breaker.cooldownMs} }\`, budget ${Object.keys(f.recommended.budget).length === 0 ? 'unchanged (capacity 10, retryCost 1, refillPerSuccess 0.2, initialTokens 3)' : JSON.stringify(f.recommended.budget)}. At ${int(f.full.clients)} clients: amplification ${times(rec.amplification)} (default ${times(def.amplification)}), 95 % recovered after ${seconds(rec.recovery.p95Ms)} (default ${seconds(def.recovery.p95Ms)}), peak ${int(rec.peakRequestsPerSecond)} req/s (default ${int(def.peakRequestsPerSecond)}). ${recBrownout !== undefined && defBrownout !== undefined ? `In the brownout: ${times(recBrownout.amplification)} vs ${times(defBrownout.amplification)}, p95 ${seconds(recBrownout.recovery.p95Ms)} vs ${seconds(defBrownout.recovery.p95Ms)}. ` : ''}${recIsolated !== undefined && defIsolated !== undefined ? `Isolated failures: ${fixed(recIsolated.gaveUpPer1000, 2)} calls per 1 000 give up (default ${fixed(defIsolated.gaveUpPer1000, 2)})${recIsolated.gaveUpPer1000 <= 1 ? ': two failures in a row are rare enough that this threshold almost never cuts a retry that would have worked' : ''}. ` : ''}The recovery goal is ${yes(recovered10(rec))}; the amplification goal of 1.2× is ${yes(rec.amplification <= 1.2)}${rec.amplification <= 1.2 ? '' : ' (see above)'}.`,
    '- To reach ≤ 1.2× without giving up retries, the client would need to know that the backend, not one request, is down. GME tells it: RECONNECT_START. Suggestion (a library change, not a number): while the room is reconnecting, treat the room and voice-message families as open (fail fast, no retries), and close them on RECONNECT_SUCCESS or a successful `enterRoom`. In this model only the first attempts before each SDK notices the outage would then be retried, so the outage should come close to 1.0× with the default retry rules and recover as soon as the SDK reconnects (not measured: it needs that change in the library).',
  );
  return `${out.join('\n').trimEnd()}\n`;
}
