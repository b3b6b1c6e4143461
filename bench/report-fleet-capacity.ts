// The capacity-limited backend's part of BENCHMARKS.md section 5, from bench/results.json alone.
import { FLEET_GOALS } from './fleet-goals.js';
import type { FleetResults, FleetRow } from './fleet-results.js';
import { findRow, p95 } from './fleet-rows.js';
import { statusText } from './goal.js';
import { capacityTable } from './report-fleet-tables.js';
import { int, seconds, sentence, times, trend } from './report-format.js';

/** `null` (still going on at the end) sorts after every time. */
const orEnd = (n: number | null | undefined): number => (n === null || n === undefined ? Infinity : n);
const endText = (n: number): string => (n === Infinity ? 'still at the end' : seconds(n));
const waste = (r: FleetRow | undefined): string => {
  const n = r?.backend?.timeToRecoverMs;
  if (n === undefined) return 'not run';
  return n === null
    ? 'the backend still wastes work at the end of the run (metastable)'
    : `the backend stops wasting work ${seconds(n)} after the outage`;
};
const drain = (r: FleetRow | undefined): string => {
  const n = r?.backend?.timeToDrainMs;
  if (n === undefined) return 'not run';
  return n === null
    ? 'its line is still long at the end'
    : `its line has drained ${seconds(n)} after the outage`;
};

/** How holding calls changed the backend's side, against the same policy holding nothing. */
function holdSentence(held: FleetRow, off: FleetRow): string {
  const hb = held.backend;
  const ob = off.backend;
  if (hb === null || ob === null) return '';
  const longer = { lower: 'a shorter time', same: 'as long', higher: 'longer' } as const;
  const count = { lower: 'fewer', same: 'as many', higher: 'more' } as const;
  const load = { lower: 'less', same: 'the same', higher: 'more' } as const;
  const sooner = { lower: 'sooner', same: 'as soon', higher: 'later' } as const;
  const heldP95 = orEnd(p95(held));
  const offP95 = orEnd(p95(off));
  return [
    `Holding calls against holding nothing (defaultPolicy against *defaultPolicy, hold off*):`,
    `the backend wastes work for ${trend(orEnd(hb.timeToRecoverMs), orEnd(ob.timeToRecoverMs), endText, longer)} after the outage (${endText(orEnd(hb.timeToRecoverMs))} against ${endText(orEnd(ob.timeToRecoverMs))}),`,
    `answers ${trend(hb.answeredTooLate, ob.answeredTooLate, int, count)} requests too late (${int(hb.answeredTooLate)} against ${int(ob.answeredTooLate)}),`,
    `refuses ${trend(hb.refused, ob.refused, int, count)} (${int(hb.refused)} against ${int(ob.refused)}),`,
    `the fleet sends ${trend(held.amplification ?? 0, off.amplification ?? 0, (n) => times(n), load)} load in the outage (${times(held.amplification)} against ${times(off.amplification)}),`,
    `and 95 % of the clients are back ${trend(heldP95, offP95, endText, sooner)} (${seconds(p95(held))} against ${seconds(p95(off))}).`,
  ].join(' ');
}

/** The capacity scenario's heading, explanation, table and computed sentences. */
export function capacityBlocks(f: FleetResults): string[] {
  const sc = f.scenarios.capacity;
  const perClient = sc.capacity?.perClientPerSecond ?? 0;
  const backend = f.capacity.rows[0]?.backend ?? null;
  const def = findRow(f.capacity, 'defaultPolicy');
  const naive = findRow(f.capacity, 'naive p-retry');
  const off = findRow(f.capacity, 'defaultPolicy, hold off');
  const failures = findRow(f.capacity, 'defaultPolicy, hold failures');
  const ttr = def?.backend?.timeToRecoverMs;
  const met = ttr !== null && ttr !== undefined && ttr <= FLEET_GOALS.capacityRecoverMs;
  const timeout = sc.game.uploadTimeoutMs ?? f.settings.uploadTimeoutMs;
  return [
    `### Capacity-limited backend (${int(f.capacity.clients)} clients)`,
    `${sentence(sc.summary)} The backend serves ${perClient} requests per second per client (${int(perClient * f.capacity.clients)}/s here), one after another. A request's work is *wasted* when it is refused, or when it is answered after its client stopped waiting (*answered too late*: its wait in line and its latency took longer than the call's timeout, ${seconds(timeout)} for an upload here). The backend *stops wasting work* at the last wasted request after the outage (\`timeToRecoverMs\`): from then on every request it takes is one a client still waits for. Its *line has drained* at the last request after the outage that waited more than ${seconds(backend?.lateMs)} in line or was refused (\`timeToDrainMs\`); that can come later, while a backlog keeps a healthy backend busy. Either within the last ${seconds(backend?.settleMs)} of the run counts as *still at the end*: the fleet keeps the backend overloaded after it is healthy again (a metastable failure).`,
    capacityTable(f.capacity),
    `defaultPolicy: ${waste(def)} (goal ≤ ${seconds(FLEET_GOALS.capacityRecoverMs)}: ${statusText(met ? 'met' : 'not met')}), and ${drain(def)}. Naive p-retry: ${waste(naive)}, and ${drain(naive)}. defaultPolicy, hold off: ${waste(off)}, and ${drain(off)}.${failures === undefined ? '' : ` defaultPolicy, hold failures: ${waste(failures)}, and ${drain(failures)}.`}`,
    def === undefined || off === undefined ? '' : holdSentence(def, off),
  ].filter((b) => b !== '');
}
