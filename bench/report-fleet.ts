// The fleet part of BENCHMARKS.md (section 4 and its rows of "Goals at a glance"), from
// bench/results.json alone. report.ts puts it in place.
import type { FleetOutage, FleetRecovery, MsRange } from 'gme-result/fleet';
import type { FleetResults, FleetRow, FleetTable } from './fleet-section.js';

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const fixed = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number): string => (n >= 10_000 ? `${fixed(n / 1000)} s` : `${int(n)} ms`);
const seconds = (n: number | null | undefined): string =>
  n === null || n === undefined ? 'not reached' : `${fixed(n / 1000)} s`;
const pct = (share: number): string => `${fixed(share * 100)} %`;
const times = (n: number | null): string => (n === null ? 'n/a' : `${fixed(n, 2)}×`);
const yes = (ok: boolean): string => (ok ? 'met' : '**not met**');
/** A preset's summary as a sentence of its own. */
const sentence = (summary: string): string => `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`;
const range = ([a, b]: MsRange, unit: 's' | 'ms' = 's'): string =>
  unit === 's' ? `${fixed(a / 1000, 0)}–${fixed(b / 1000, 0)} s` : `${a}–${b} ms`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The row of `policy` with the games' own re-entry loop. */
const find = (t: FleetTable, policy: string): FleetRow | undefined =>
  t.rows.find((r) => r.policy === policy && r.roomKeeping === 'loop');
/** A row's name in the tables: the policy, and the room keeping when it is not the games' own loop. */
const label = (r: FleetRow): string =>
  r.roomKeeping === 'loop' ? r.policy : `${r.policy}, ${r.roomKeeping}`;
const p95 = (r: FleetRow | undefined): number | null => r?.recovery?.p95Ms ?? null;
const back10 = (r: FleetRow | undefined): boolean => {
  const v = p95(r);
  return v !== null && v <= 10_000;
};
const recoveryCells = (rec: FleetRecovery | null): string[] =>
  rec === null
    ? ['—', '—']
    : [
        `${seconds(rec.p50Ms)} / ${seconds(rec.p95Ms)} / ${seconds(rec.p99Ms)}`,
        `${pct(rec.within5s)} / ${pct(rec.within10s)}`,
      ];
const gaveUpCell = (r: FleetRow): string =>
  `${int(r.gaveUp.total)} (${int(r.gaveUp.budgetExhausted)} / ${int(r.gaveUp.circuitOpen)} / ${int(r.gaveUp.timedOut)} / ${int(r.gaveUp.other)})`;

function fleetTable(t: FleetTable, withWall: boolean): string {
  return table(
    [
      'policy',
      'amplification',
      'peak req/s (at s)',
      'back p50 / p95 / p99',
      'within 5 s / 10 s',
      'calls gave up (budget / breaker / timeout / other)',
      ...(withWall ? ['run wall time'] : []),
    ],
    t.rows.map((r) => [
      label(r),
      times(r.amplification),
      `${int(r.peakRequestsPerSecond)} (${r.peakAtSecond})`,
      ...recoveryCells(r.recovery),
      gaveUpCell(r),
      ...(withWall ? [ms(r.wallMs)] : []),
    ]),
  );
}

function capacityTable(t: FleetTable): string {
  return table(
    [
      'policy',
      'amplification',
      'peak req/s (at s)',
      'backend back to short lines after',
      'refused (7004)',
      'longest wait in line',
      'clients back p95',
      'calls gave up (budget / breaker / timeout / other)',
    ],
    t.rows.map((r) => [
      label(r),
      times(r.amplification),
      `${int(r.peakRequestsPerSecond)} (${r.peakAtSecond})`,
      r.backend?.timeToRecoverMs === null
        ? '**still saturated at the end** (metastable)'
        : seconds(r.backend?.timeToRecoverMs),
      int(r.backend?.refused ?? 0),
      seconds(r.backend?.maxWaitMs),
      seconds(p95(r)),
      gaveUpCell(r),
    ]),
  );
}

function isolatedTable(t: FleetTable): string {
  return table(
    ['policy', 'calls', 'calls gave up', 'per 1 000 calls'],
    t.rows.map((r) => [label(r), int(r.calls), int(r.gaveUp.total), fixed(r.gaveUpPer1000Calls, 2)]),
  );
}

/** The fleet's rows of the "Goals at a glance" table. */
export function fleetGoalRows(f: FleetResults): string[][] {
  const def = find(f.full, 'defaultPolicy');
  const naive = find(f.full, 'naive p-retry');
  const rec = find(f.full, f.recommended.id);
  const capDef = find(f.capacity, 'defaultPolicy');
  const ttr = capDef?.backend?.timeToRecoverMs ?? null;
  return [
    [
      `simulator: ${int(f.speed.clients)} clients over the ${f.speed.simulatedMs / 1000} s ${f.speed.scenario} scenario in ≤ ${ms(f.speed.goalMs)}`,
      ms(f.speed.wallMs),
      yes(f.speed.wallMs <= f.speed.goalMs),
    ],
    [
      'fleet, defaultPolicy: amplification ≤ 1.2×',
      times(def?.amplification ?? null),
      yes((def?.amplification ?? Infinity) <= 1.2),
    ],
    ['fleet, defaultPolicy: 95 % back within 10 s', seconds(p95(def)), yes(back10(def))],
    [
      'fleet, naive retries reach 4× or more (the claim)',
      times(naive?.amplification ?? null),
      yes((naive?.amplification ?? 0) >= 4),
    ],
    [
      `fleet, lower-load alternative ${f.recommended.id}: amplification ≤ 1.2× / 95 % within 10 s`,
      `${times(rec?.amplification ?? null)} / ${seconds(p95(rec))}`,
      `${yes((rec?.amplification ?? Infinity) <= 1.2)} / ${yes(back10(rec))}`,
    ],
    [
      'fleet, capacity-limited backend, defaultPolicy: back to short lines within 10 s of the outage',
      ttr === null ? 'still saturated at the end' : seconds(ttr),
      yes(ttr !== null && ttr <= 10_000),
    ],
  ];
}

/** Section 4 of BENCHMARKS.md, as blocks (paragraphs, list items, tables). */
export function fleetReportBlocks(f: FleetResults): string[] {
  const sc = f.scenarios.outage;
  const o = sc.outage as FleetOutage;
  const cap = f.scenarios.capacity;
  const def = find(f.full, 'defaultPolicy');
  const naive = find(f.full, 'naive p-retry');
  const rec = find(f.full, f.recommended.id);
  const capRows = f.capacity.rows;
  const metastable = capRows.filter((r) => r.backend?.timeToRecoverMs === null).map(label);
  const recovered = capRows
    .filter((r) => r.backend?.timeToRecoverMs !== null)
    .map((r) => `${label(r)} ${seconds(r.backend?.timeToRecoverMs)}`);
  const timeoutDef = find(f.timeoutOutage, 'defaultPolicy');
  const cands = f.candidates;
  const meetingBoth = cands.outage.rows.filter((r) => (r.amplification ?? Infinity) <= 1.2 && back10(r));
  const budgetBound = [
    ...(def === undefined ? [] : [def]),
    ...cands.outage.rows.filter((r) => {
      const c = cands.list.find((x) => x.id === r.policy);
      return c !== undefined && Object.keys(c.budget).length === 0;
    }),
  ].reduce((n, r) => n + r.gaveUp.budgetExhausted, 0);
  const c6 = find(cands.outage, 'C6');
  const c6i = find(cands.isolated, 'C6');
  const defIsolated = find(cands.isolated, 'defaultPolicy');
  const recIsolated = find(cands.isolated, f.recommended.id);
  const recBrownout = find(cands.brownout, f.recommended.id);
  const defBrownout = find(cands.brownout, 'defaultPolicy');
  return [
    '## 4. Fleet simulation',
    '### The model',
    `The fleet runs through \`simulateFleet\` of \`gme-result/fleet\` (\`src/fleet/\`), the module \`npx gme-result simulate\` uses. Each client is a full \`GmeClient\` (\`poll: false\`, its own seeded \`random\`) over a small SDK of its own (\`src/fleet/fleet-sdk.ts\`); all SDKs share one fake backend (\`src/fleet/fleet-backend.ts\`). Time is virtual (\`src/fleet/virtual-time.ts\`): a discrete-event clock passed to the clients as \`clock\`, advanced in ${sc.frameMs} ms frames — events, retry waits and game timers run in time order within a frame, promise continuations at the end of each frame, as if the game polled once per frame; while a frame runs, the global \`setTimeout\` (the bridge's per-call timeouts) runs on the same clock (\`src/fleet/virtual-timers.ts\`, until the client arms every timer through \`clock\`). Seed ${f.seed}; the same seed gives the same figures (\`src/fleet/simulate-fleet.test.ts\` checks it).`,
    `- **Players** join over the first ${sc.joinSpreadMs / 1000} s: \`init\`, \`applyPttAuthbuffer\`, \`enterRoom\` (1 000 rooms). Each sends a voice message (\`uploadRecordedFile\`) every ${range(sc.game.messageEveryMs)} (drawn per message). A message whose call ends in Err goes to an outbox; the game sends the outbox again, oldest first, when the room is back (the client's room state turns \`entered\`), after any delivered message, and ${range(sc.game.resendEveryMs)} after a failed send while the room is connected — never while it is reconnecting (\`src/fleet/fleet-player.ts\`). Room keeping is a pluggable strategy; these runs use \`'loop'\`, the game's own re-entry loop: after ROOM_DISCONNECT it enters the room again, and after a failed \`enterRoom\` it tries again after ${range(sc.game.reenterAfterMs)} (\`src/fleet/loop-room-keeping.ts\`). None of this depends on the policy.`,
    `- **Backend**: each request is answered by its completion event after ${range(sc.sdk.latencyMs, 'ms')}; whether it fails is decided when it is made. In the outage, from ${o.fromMs / 1000} s to ${o.toMs / 1000} s, every request fails with ${String(o.code)} (AV_ERR_NET_REQUEST_FALLED). Only the *capacity* scenario limits what the backend serves; elsewhere the figures show the load the fleet sends, not how a struggling backend would answer it.`,
    `- **Rooms** (GME-FACTS §5): when the backend goes down, each SDK in a room notices after ${range(sc.sdk.detectMs)} (RECONNECT_START) and reconnects by itself, probing every ${range(sc.sdk.probeEveryMs)}; the first probe after the backend is back gives RECONNECT_SUCCESS. The FAQ says the SDK keeps trying for 60 minutes, the API pages say ROOM_DISCONNECT comes first: the main scenario follows the FAQ (it never gives up within the run); *room give-up* follows the API pages (ROOM_DISCONNECT after ${(f.scenarios['room-give-up'].sdk.giveUpAfterMs ?? 0) / 1000} s, then the game re-enters). Probes are the SDK's own traffic, the same for every policy, and not counted as requests.`,
    "- **Budgets start full** (`simulateFleet`'s `fullBudget`, on by default): a client that has run for a while has refilled its retry budget to `capacity`, so every policy with a budget starts at `initialTokens = capacity` instead of simulating the hour of calm before the outage. For the default policy that is 10 tokens, not the 3 of a fresh client: the harder case.",
    "- **Amplification** = API requests (every SDK invocation that reaches the servers: `enterRoom`, `uploadRecordedFile`; not `init` and `applyPttAuthbuffer`, which are local) made during the failure window ÷ the requests the same clients make in the same window of a run in which nothing fails (the baseline; `simulateFleet` runs it too, once per fleet). **Peak** = the busiest second from the window's start on. **Back** (recovery) of a client = the time from the backend's return until it is back in its room and every message the outage touched (one that failed, or that was in flight when the backend came back) is delivered. **Gave up** = calls that ended in Err, by reason (a message can give up more than once: the game sends it again).",
    `- Policies compared, all inside gme-result (only the rules for the transient codes, the budget and the breaker differ): ${f.full.rows.map((r) => `**${r.policy}** — ${r.summary}`).join('; ')}.`,
    '### Simulator speed',
    `One \`simulateFleet\` call with ${int(f.speed.clients)} clients over the ${f.speed.simulatedMs / 1000} s *${f.speed.scenario}* scenario (defaultPolicy, its baseline run included), in the benchmark's main thread after the worker threads are done (nothing else of the benchmark runs beside it): **${ms(f.speed.wallMs)}** (goal ≤ ${ms(f.speed.goalMs)}: ${yes(f.speed.wallMs <= f.speed.goalMs)}). The ${int(f.full.clients)}-client runs below show the wall time per run.`,
    `### ${int(f.full.clients)} clients, the 60 s outage`,
    `Without the outage the same clients make ${int(f.full.baselineRequests)} requests in the outage's window. ${f.threads > 1 ? `Runs went ${f.threads} at a time on worker threads; ` : ''}wall time per run is in the last column.`,
    fleetTable(f.full, true),
    '![API requests per second over time, one line per policy](bench/fleet.svg)',
    `defaultPolicy: amplification ${times(def?.amplification ?? null)} (goal ≤ 1.2×: ${yes((def?.amplification ?? Infinity) <= 1.2)}), 95 % back after ${seconds(p95(def))} (goal ≤ 10 s: ${yes(back10(def))}). Naive p-retry defaults: ${times(naive?.amplification ?? null)} and ${seconds(p95(naive))}.`,
    `### Candidate budget and breaker numbers (${int(f.candidates.outage.clients)} clients)`,
    'Without a capacity limit the clients do not interact, so amplification and recovery shares do not depend on the fleet size; the candidates run at a smaller size. Candidates change only the budget and the breaker of `defaultPolicy`:',
    table(
      ['candidate', 'budget', 'breaker'],
      f.candidates.list.map((c) => [
        c.id,
        Object.keys(c.budget).length === 0
          ? 'default'
          : Object.entries(c.budget)
              .map(([k, v]) => `${k} ${String(v)}`)
              .join(', '),
        `failureThreshold ${c.breaker.failureThreshold}, cooldownMs ${int(c.breaker.cooldownMs)}`,
      ]),
    ),
    `**Outage** — ${f.scenarios.outage.summary}. Baseline: ${int(f.candidates.outage.baselineRequests)} requests in the window.`,
    fleetTable(f.candidates.outage, false),
    `**Brownout** — ${f.scenarios.brownout.summary}.`,
    fleetTable(f.candidates.brownout, false),
    `**Isolated failures** — ${f.scenarios.isolated.summary}. What retries are for: a policy that gives up here fails calls a retry would have saved.`,
    isolatedTable(f.candidates.isolated),
    `### Room give-up (${int(f.roomGiveUp.clients)} clients)`,
    sentence(f.scenarios['room-give-up'].summary),
    fleetTable(f.roomGiveUp, false),
    `### Capacity-limited backend (${int(f.capacity.clients)} clients)`,
    `${sentence(cap.summary)} The backend serves ${cap.capacity?.perClientPerSecond ?? 0} requests per second per client (${int((cap.capacity?.perClientPerSecond ?? 0) * f.capacity.clients)}/s here) one after another; a request waiting more than ${seconds(capRows[0]?.backend?.lateMs)} in line counts as served late, and the backend is *back* from the last late or refused request after the outage on. A backend still saturated in the last ${seconds(capRows[0]?.backend?.settleMs)} of the run has not recovered: the fleet keeps it overloaded after it is healthy again (a metastable failure).`,
    capacityTable(f.capacity),
    `${metastable.length === 0 ? 'No policy keeps the backend saturated to the end of the run.' : `Still saturated at the end (metastable): ${metastable.join(', ')}.`} ${recovered.length === 0 ? '' : `Back to short lines after the outage: ${recovered.join(', ')}.`}`,
    `### Timeout outage (${int(f.timeoutOutage.clients)} clients)`,
    sentence(f.scenarios['timeout-outage'].summary),
    fleetTable(f.timeoutOutage, false),
    timeoutDef === undefined
      ? ''
      : `With no answer at all, each call waits for its own timeout (60 s for an upload) before the policy can act: defaultPolicy's amplification is ${times(timeoutDef.amplification)}, but 95 % of the clients are back only ${seconds(p95(timeoutDef))} after the backend returns.`,
    '### What the figures say',
    `- In the full outage the **breaker** decides the load, not the budget: ${budgetBound === 0 ? 'no call of the default policy or of a candidate with the default budget ends for an empty budget (the *budget* column): the breaker opens first' : `only ${int(budgetBound)} calls of the default policy and the candidates with the default budget end for an empty budget`}. With the default threshold of 3, a client's first failed message makes its 3 attempts and opens the breaker, so its next message during the outage is mostly refused without a request: ${times(def?.amplification ?? null)}. Each step of \`failureThreshold\` changes the attempts (C1, the earlier default of 5 failures / 10 s; C3 and C6 below it); \`cooldownMs\` decides how long the breaker still refuses calls after the backend is back, which sets the recovery time.`,
    `- ${meetingBoth.length === 0 ? 'No candidate meets both goals (≤ 1.2×, 95 % back within 10 s) in the outage.' : `Candidates meeting both goals (≤ 1.2×, 95 % back within 10 s) in the outage: ${meetingBoth.map((r) => r.policy).join(', ')}.`} ${c6 === undefined || c6i === undefined || defIsolated === undefined ? '' : `C6 (\`failureThreshold: 1\`) reaches ${times(c6.amplification)} only by ending every call at its first transient failure: with isolated failures it gives up ${fixed(c6i.gaveUpPer1000Calls, 2)} calls per 1 000 where the default gives up ${fixed(defIsolated.gaveUpPer1000Calls, 2)}.`}`,
    `- **Lower-load alternative: ${f.recommended.id}** — breaker \`{ failureThreshold: ${f.recommended.breaker.failureThreshold}, cooldownMs: ${f.recommended.breaker.cooldownMs} }\`, budget ${Object.keys(f.recommended.budget).length === 0 ? 'unchanged' : JSON.stringify(f.recommended.budget)}. At ${int(f.full.clients)} clients: amplification ${times(rec?.amplification ?? null)} (default ${times(def?.amplification ?? null)}), 95 % back after ${seconds(p95(rec))} (default ${seconds(p95(def))}), peak ${int(rec?.peakRequestsPerSecond ?? 0)} req/s (default ${int(def?.peakRequestsPerSecond ?? 0)}). ${recBrownout !== undefined && defBrownout !== undefined ? `In the brownout: ${times(recBrownout.amplification)} vs ${times(defBrownout.amplification)}, p95 ${seconds(p95(recBrownout))} vs ${seconds(p95(defBrownout))}. ` : ''}${recIsolated !== undefined && defIsolated !== undefined ? `Isolated failures: ${fixed(recIsolated.gaveUpPer1000Calls, 2)} calls per 1 000 give up (default ${fixed(defIsolated.gaveUpPer1000Calls, 2)}).` : ''}`,
    '- To reach ≤ 1.2× without giving up retries, the client would need to know that the backend, not one request, is down. GME tells it: RECONNECT_START (issue 11: outage-aware retries and a room session).',
  ].filter((block) => block !== '');
}
