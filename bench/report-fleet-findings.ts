// "What the figures say", the end of BENCHMARKS.md section 5: every sentence computed from
// bench/results.json, every direction word derived from the figures beside it.
import { FLEET_GOALS } from './fleet-goals.js';
import type { FleetResults, FleetRow, FleetTable } from './fleet-results.js';
import { findRow, p95 } from './fleet-rows.js';
import { and, fixed, int, seconds, times, trend } from './report-format.js';

const load = { lower: 'less', same: 'the same', higher: 'more' } as const;
const sooner = { lower: 'sooner', same: 'as soon', higher: 'later' } as const;
const orEnd = (n: number | null): number => (n === null ? Infinity : n);
const endText = (n: number): string => (n === Infinity ? 'not reached' : seconds(n));

/** "less load (0.10× against 0.20×), and 95 % of the clients back sooner (2.5 s against 3.0 s)" */
function against(a: FleetRow, b: FleetRow): string {
  const loadWord = trend(a.amplification ?? 0, b.amplification ?? 0, (n) => times(n), load);
  const backWord = trend(orEnd(p95(a)), orEnd(p95(b)), endText, sooner);
  return `${loadWord} load (${times(a.amplification)} against ${times(b.amplification)}), and 95 % of the clients back ${backWord} (${seconds(p95(a))} against ${seconds(p95(b))})`;
}

const gaveUpText = (r: FleetRow): string =>
  `budget ${int(r.gaveUp.budgetExhausted)}, breaker ${int(r.gaveUp.circuitOpen)}, timeout ${int(r.gaveUp.timedOut)}, other ${int(r.gaveUp.other)}`;

function roomKeepingBullets(f: FleetResults): string[] {
  const out: string[] = [];
  const def = findRow(f.full, 'defaultPolicy');
  const defLoop = findRow(f.full, 'defaultPolicy', 'loop');
  const naive = findRow(f.full, 'naive p-retry');
  if (def !== undefined && defLoop !== undefined) {
    out.push(
      `- In the outage, where the SDKs reconnect by themselves, defaultPolicy with keepInRoom against the games' own re-entry loop: ${against(def, defLoop)}.${naive === undefined || def.requestsInWindow === 0 ? '' : ` Naive p-retry makes ${times(naive.requestsInWindow / def.requestsInWindow)} defaultPolicy's requests in the outage's window.`}`,
    );
  }
  const gu = findRow(f.roomGiveUp, 'defaultPolicy');
  const guLoop = findRow(f.roomGiveUp, 'defaultPolicy', 'loop');
  const guNaive = findRow(f.roomGiveUp, 'naive p-retry', 'loop');
  if (gu !== undefined && guLoop !== undefined) {
    out.push(
      `- When the SDKs give up reconnecting, defaultPolicy with keepInRoom against the games' own re-entry loop: ${against(gu, guLoop)}${guNaive === undefined ? '' : `; against naive p-retry with its own loop: ${against(gu, guNaive)}`}.`,
    );
  }
  return out;
}

function capacityBullet(f: FleetResults): string {
  const within = (r: FleetRow): boolean => {
    const t = r.backend?.timeToRecoverMs;
    return t !== null && t !== undefined && t <= FLEET_GOALS.capacityRecoverMs;
  };
  const rows = f.capacity.rows;
  const fast = rows.filter(within).map((r) => r.policy);
  const slow = rows.filter((r) => !within(r)).map((r) => r.policy);
  return `- Against the capacity-limited backend, the backend stops wasting work within ${seconds(FLEET_GOALS.capacityRecoverMs)} of the outage's end with ${fast.length === 0 ? 'no policy' : and(fast)}${slow.length === 0 ? '' : `, and not with ${and(slow)}`}.`;
}

function breakerBullet(t: FleetTable): string {
  const def = findRow(t, 'defaultPolicy');
  if (def === undefined) return '';
  const reasons: [string, number][] = [
    ['the budget', def.gaveUp.budgetExhausted],
    ['the breaker', def.gaveUp.circuitOpen],
    ['a timeout', def.gaveUp.timedOut],
    ['other reasons', def.gaveUp.other],
  ];
  const [topName, topCount] = reasons.reduce((a, b) => (b[1] > a[1] ? b : a));
  return `- In the outage at ${int(t.clients)} clients, ${int(def.gaveUp.total)} of defaultPolicy's calls gave up (${gaveUpText(def)})${def.gaveUp.total === 0 ? '' : `; the most for ${topName} (${int(topCount)})`}.`;
}

function candidateBullets(f: FleetResults): string[] {
  const c = f.candidates;
  const goals = FLEET_GOALS.outage;
  const meeting = c.outage.rows.filter(
    (r) =>
      r.amplification !== null && r.amplification <= goals.amplification && orEnd(p95(r)) <= goals.backP95Ms,
  );
  const defIsolated = findRow(c.isolated, 'defaultPolicy');
  const costly =
    defIsolated === undefined
      ? []
      : c.isolated.rows.filter(
          (r) => r.policy !== 'defaultPolicy' && r.gaveUpPer1000Calls > defIsolated.gaveUpPer1000Calls,
        );
  const out = [
    `- At ${int(c.outage.clients)} clients, the rows meeting both outage goals (≤ ${times(goals.amplification)}, 95 % back ≤ ${seconds(goals.backP95Ms)}): ${meeting.length === 0 ? 'none' : and(meeting.map((r) => r.policy))}.`,
  ];
  const defOutage = findRow(c.outage, 'defaultPolicy');
  if (defIsolated !== undefined && defOutage !== undefined && costly.length > 0) {
    const outageLoad = (r: FleetRow): string => {
      const o = findRow(c.outage, r.policy);
      if (o === undefined) return '';
      const word = trend(o.amplification ?? 0, defOutage.amplification ?? 0, (n) => times(n), {
        lower: 'less than',
        same: 'as much as',
        higher: 'more than',
      });
      return ` (its outage load ${times(o.amplification)}, ${word} defaultPolicy's ${times(defOutage.amplification)})`;
    };
    out.push(
      `- With isolated failures, ${and(costly.map((r) => `${r.policy} gives up ${fixed(r.gaveUpPer1000Calls, 2)} calls per 1,000${outageLoad(r)}`))}, where defaultPolicy gives up ${fixed(defIsolated.gaveUpPer1000Calls, 2)}.`,
    );
  }
  if (defIsolated !== undefined) {
    out.push(
      defIsolated.gaveUp.total === 0
        ? '- With isolated failures no call of defaultPolicy gave up, so none that two attempts would have saved.'
        : `- With isolated failures ${int(defIsolated.gaveUp.total)} calls of defaultPolicy gave up (${gaveUpText(defIsolated)}); the run does not tell which of them a second attempt would have saved.`,
    );
  }
  return out;
}

/** The "What the figures say" heading and bullets. */
export function findingBlocks(f: FleetResults): string[] {
  return [
    '### What the figures say',
    ...roomKeepingBullets(f),
    capacityBullet(f),
    breakerBullet(f.full),
    ...candidateBullets(f),
  ].filter((b) => b !== '');
}
