// Section 5 of BENCHMARKS.md, the fleet simulation, from bench/results.json alone. report.ts puts
// it in place; the goals are in fleet-goals.ts, the closing findings in report-fleet-findings.ts.
import type { FleetOutage, MsRange } from 'gme-result/fleet';
import { FLEET_GOALS } from './fleet-goals.js';
import type { FleetResults, FleetRow, FleetSettings } from './fleet-results.js';
import { findRow, p95 } from './fleet-rows.js';
import { statusText } from './goal.js';
import { capacityBlocks } from './report-fleet-capacity.js';
import { findingBlocks } from './report-fleet-findings.js';
import { candidateTable, fleetTable, isolatedTable } from './report-fleet-tables.js';
import { fixed, int, ms, seconds, sentence, times } from './report-format.js';

const range = ([a, b]: MsRange, unit: 's' | 'ms' = 's'): string =>
  unit === 's' ? `${fixed(a / 1000, 0)}–${fixed(b / 1000, 0)} s` : `${int(a)}–${int(b)} ms`;
const msText = (n: number): string => (n % 1000 === 0 ? `${int(n / 1000)} s` : ms(n));

/** "amplification 1.10×, 95 % back after 2.5 s" */
export const figures = (r: FleetRow | undefined): string =>
  r === undefined ? 'not run' : `amplification ${times(r.amplification)}, 95 % back after ${seconds(p95(r))}`;

/** What defaultPolicy does while the SDK reports its connection down, from its settings. */
function holdSentence(s: FleetSettings): string {
  const { hold, maxHoldMs } = s.defaultPolicy.reconnect;
  if (hold === 'off')
    return '**Held calls**: defaultPolicy holds nothing while the SDK reconnects (`reconnect.hold` is `off`).';
  const what =
    hold === 'calls'
      ? "a call of an operation that needs GME's servers started while the connection is down waits before its first attempt, and a retryable failure waits instead of its retry"
      : "a retryable failure of an operation that needs GME's servers waits instead of its retry";
  return `**Held calls** (\`reconnect: { hold: '${hold}', maxHoldMs: ${maxHoldMs} }\` in defaultPolicy): while the SDK reports its connection down (RECONNECT_START until RECONNECT_SUCCESS, ROOM_DISCONNECT until the room is entered again, or a room session waiting to enter again), ${what}, for at most ${msText(maxHoldMs)} and never past the call's deadline. Once the connection is back a held call makes one attempt, its last; a hold that runs out with the SDK still down ends the call unsent (\`src/policy/reconnect-settings.ts\`). Each policy's summary below says what it holds.`;
}

function modelBlocks(f: FleetResults): string[] {
  const sc = f.scenarios.outage;
  const o = sc.outage as FleetOutage;
  const s = f.settings.session;
  const giveUpMs = f.scenarios['room-give-up'].sdk.giveUpAfterMs ?? 0;
  const budget = f.settings.defaultPolicy.budget;
  return [
    '### The model',
    `The fleet runs through \`simulateFleet\` of \`gme-result/fleet\` (\`src/fleet/\`), the module \`npx gme-result simulate\` uses. Each client is a full \`GmeClient\` (\`poll: false\`, its own seeded \`random\`) over a small SDK of its own (\`src/fleet/fleet-sdk.ts\`); all SDKs share one fake backend (\`src/fleet/fleet-backend.ts\`). Time is virtual (\`src/fleet/virtual-time.ts\`): a discrete-event clock passed to the clients as \`clock\`, advanced in ${sc.frameMs} ms frames — events, retry waits, call timeouts and game timers run in time order within a frame, promise continuations at the end of each frame, as if the game polled once per frame. Every timer of a client runs on that clock; the global \`setTimeout\` is left alone. Seed ${f.seed}; the same seed gives the same figures (\`src/fleet/simulate-fleet.test.ts\` checks it).`,
    `- **Players** join over the first ${msText(sc.joinSpreadMs)}: \`init\`, \`applyPttAuthbuffer\`, then the room. Each sends a voice message (\`uploadRecordedFile\`) every ${range(sc.game.messageEveryMs)} (drawn per message). A message whose call ends in Err goes to an outbox; the game sends the outbox again, oldest first, when the room is back (the client's room state turns \`entered\`), after any delivered message, and ${range(sc.game.resendEveryMs)} after a failed send while the room is connected — never while it is reconnecting (\`src/fleet/fleet-player.ts\`). None of this depends on the policy.`,
    `- **Room keeping**: by default each game keeps its room with the library's room session, \`gme.keepInRoom(room)\` with its defaults (\`src/fleet/session-room-keeping.ts\`). The session enters, waits up to ${msText(s.reconnectGraceMs)} for the SDK's own reconnect, and enters again after ROOM_DISCONNECT with a full-jitter backoff through the client's retry budget and breaker: the first wait is drawn up to ${msText(s.baseDelayMs)}, the ceiling doubles up to ${msText(s.maxDelayMs)}, and after the first wait at the cap the session enters once every ${msText(s.maxDelayMs)}; a session that takes over after the SDK tried to reconnect for a while starts its ceiling from that time (\`src/client/session-backoff.ts\`). Rows marked *own re-entry loop* run \`roomKeeping: 'loop'\` instead, the hand-written loop most games have today: after ROOM_DISCONNECT it enters again, and after a failed \`enterRoom\` it tries again after ${range(sc.game.reenterAfterMs)} (\`src/fleet/loop-room-keeping.ts\`).`,
    `- ${holdSentence(f.settings)}`,
    `- **Backend**: each request is answered by its completion event after ${range(sc.sdk.latencyMs, 'ms')}; whether it fails is decided when it is made. In the outage, from ${msText(o.fromMs)} to ${msText(o.toMs)}, every request fails with ${String(o.code)} (AV_ERR_NET_REQUEST_FALLED). Only the *capacity* scenario limits what the backend serves; elsewhere the figures show the load the fleet sends, not how a struggling backend would answer it.`,
    `- **Rooms** (GME-FACTS §5): when the backend goes down, each SDK in a room notices after ${range(sc.sdk.detectMs)} (RECONNECT_START) and reconnects by itself, probing every ${range(sc.sdk.probeEveryMs)}; the first probe after the backend is back gives RECONNECT_SUCCESS. The FAQ says the SDK keeps trying far longer than any run here, the API pages say ROOM_DISCONNECT comes first: the main scenario follows the FAQ (it never gives up within the run); *room give-up* follows the API pages (ROOM_DISCONNECT after ${msText(giveUpMs)}, then the room keeping enters again). Probes are the SDK's own traffic, the same for every policy, and not counted as requests.`,
    `- **Budgets start full** (\`simulateFleet\`'s \`fullBudget\`, on by default): a client that has run for a while has refilled its retry budget to \`capacity\`, so every policy with a budget starts at \`initialTokens = capacity\`${budget === false ? '' : ` (for defaultPolicy ${int(budget.capacity)} tokens instead of the ${int(budget.initialTokens)} of a fresh client)`}.`,
    "- **Amplification** = API requests (every SDK invocation that reaches the servers: `enterRoom`, `uploadRecordedFile`; not `init` and `applyPttAuthbuffer`, which are local) made during the failure window ÷ the requests the same clients make in the same window of a run in which nothing fails (the baseline; `simulateFleet` runs it too, once per fleet). **Peak** = the busiest second from the window's start on. **Back** (recovery) of a client = the time from the backend's return until it is back in its room and every message the outage touched (one that failed, or that was in flight when the backend came back) is delivered. **Gave up** = calls that ended in Err, by reason (a message can give up more than once: the game sends it again).",
    `- Policies compared, all inside gme-result: ${f.full.rows
      .filter((r) => r.roomKeeping === 'session')
      .map((r) => `**${r.policy}** — ${r.summary}`)
      .join('; ')}.`,
  ];
}

/** Section 5 of BENCHMARKS.md, as blocks (paragraphs, list items, tables). */
export function fleetReportBlocks(f: FleetResults): string[] {
  const g = FLEET_GOALS;
  const def = findRow(f.full, 'defaultPolicy');
  const defLoop = findRow(f.full, 'defaultPolicy', 'loop');
  const naive = findRow(f.full, 'naive p-retry');
  const giveUp = findRow(f.roomGiveUp, 'defaultPolicy');
  const giveUpLoop = findRow(f.roomGiveUp, 'defaultPolicy', 'loop');
  const giveUpNaive = findRow(f.roomGiveUp, 'naive p-retry', 'loop');
  const timeoutDef = findRow(f.timeoutOutage, 'defaultPolicy');
  const isolatedDef = findRow(f.candidates.isolated, 'defaultPolicy');
  const ok = (met: boolean): string => statusText(met ? 'met' : 'not met');
  const atMost = (n: number | null | undefined, limit: number): boolean =>
    n !== null && n !== undefined && n <= limit;
  const o = f.scenarios.outage.outage as FleetOutage;
  return [
    '## 5. Fleet simulation',
    ...modelBlocks(f),
    '### Simulator speed',
    `One \`simulateFleet\` call with ${int(f.speed.clients)} clients over the ${fixed(f.speed.simulatedMs / 1000, 0)} s *${f.speed.scenario}* scenario (defaultPolicy, its baseline run included), in the benchmark's main thread after the worker threads are done (nothing else of the benchmark runs beside it): **${ms(f.speed.wallMs)}** (goal ≤ ${ms(f.speed.goalMs)}: ${ok(f.speed.wallMs <= f.speed.goalMs)}).`,
    `### ${int(f.full.clients)} clients, the ${msText(o.toMs - o.fromMs)} outage`,
    `Without the outage the same clients make ${int(f.full.baselineRequests)} requests in the outage's window. ${f.threads > 1 ? `Runs went ${f.threads} at a time on worker threads; ` : ''}wall time per run is in the last column.`,
    fleetTable(f.full, true),
    '![API requests per second over time, one line per row of the table](bench/fleet.svg)',
    `defaultPolicy with keepInRoom: ${figures(def)} (goals ≤ ${times(g.outage.amplification)}: ${ok(atMost(def?.amplification, g.outage.amplification))}; ≤ ${seconds(g.outage.backP95Ms)}: ${ok(atMost(p95(def), g.outage.backP95Ms))}${f.full.clients < g.clients ? `; the goals are set for ${int(g.clients)} clients` : ''}). With the games' own re-entry loop: ${figures(defLoop)}. Naive p-retry: ${figures(naive)}.`,
    `### Room give-up (${int(f.roomGiveUp.clients)} clients)`,
    sentence(f.scenarios['room-give-up'].summary),
    fleetTable(f.roomGiveUp, true),
    `defaultPolicy with keepInRoom: ${figures(giveUp)} (goals ≤ ${times(g.roomGiveUp.amplification)}: ${ok(atMost(giveUp?.amplification, g.roomGiveUp.amplification))}; ≤ ${seconds(g.roomGiveUp.backP95Ms)}: ${ok(atMost(p95(giveUp), g.roomGiveUp.backP95Ms))}). With the games' own re-entry loop: ${figures(giveUpLoop)}. Naive p-retry with its own loop: ${figures(giveUpNaive)}.`,
    ...capacityBlocks(f),
    `### Timeout outage (${int(f.timeoutOutage.clients)} clients)`,
    sentence(f.scenarios['timeout-outage'].summary),
    fleetTable(f.timeoutOutage, false),
    timeoutDef === undefined
      ? ''
      : `With no answer at all, each upload waits for its own timeout (${msText(f.settings.uploadTimeoutMs)} by default) before the policy can act: defaultPolicy's ${figures(timeoutDef)}.`,
    `### Candidate budget and breaker numbers (${int(f.candidates.outage.clients)} clients)`,
    'Without a capacity limit the clients do not interact, so the candidates run at a smaller size. Candidates change only the budget and the breaker of `defaultPolicy`; every run keeps rooms with keepInRoom:',
    candidateTable(f.candidates.list),
    `**Outage** — ${f.scenarios.outage.summary}. Baseline: ${int(f.candidates.outage.baselineRequests)} requests in the window.`,
    fleetTable(f.candidates.outage, false),
    `**Brownout** — ${f.scenarios.brownout.summary}.`,
    fleetTable(f.candidates.brownout, false),
    `**Isolated failures** — ${f.scenarios.isolated.summary}. What retries are for: a policy that gives up here fails calls a retry could have saved.`,
    isolatedTable(f.candidates.isolated),
    isolatedDef === undefined
      ? ''
      : `defaultPolicy gave up ${int(isolatedDef.gaveUp.total)} of ${int(isolatedDef.calls)} calls (${fixed(isolatedDef.gaveUpPer1000Calls, 2)} per 1,000; goal ${g.isolatedGaveUpPer1000}: ${ok(isolatedDef.gaveUpPer1000Calls <= g.isolatedGaveUpPer1000)}).`,
    ...findingBlocks(f),
  ].filter((block) => block !== '');
}
