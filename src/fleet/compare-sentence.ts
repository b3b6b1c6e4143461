import type { FleetResult } from './fleet-result.js';
import { format } from './format-figures.js';

/** A policy's name and its result in one scenario. */
export interface NamedResult {
  readonly policy: string;
  readonly result: FleetResult;
}

/** Two loads closer than this share of the larger are called alike. */
const ALIKE = 0.02;

/** "a, b and c" */
const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const amount = (r: FleetResult): string =>
  r.amplification === null ? `${format.int(r.requestsInWindow)} requests` : format.times(r.amplification);

const unit = (entries: readonly NamedResult[]): string =>
  entries.every((e) => e.result.amplification !== null) ? ' the normal load' : '';

const peaks = (entries: readonly NamedResult[]): string =>
  `${entries.length === 1 ? 'peak' : 'peaks'} ${and(entries.map((e) => format.int(e.result.peakRequestsPerSecond)))} requests/s`;

function backendSentence(entries: readonly NamedResult[]): string {
  const parts = entries.flatMap(({ policy, result }) => {
    const b = result.backend;
    if (b === null) return [];
    return [
      b.timeToRecoverMs === null
        ? `with ${policy} it still wastes work at the end of the run (a metastable failure)`
        : `with ${policy} it stops wasting work ${format.seconds(b.timeToRecoverMs)} after the outage`,
    ];
  });
  return parts.length === 0 ? '' : ` The capacity-limited backend: ${parts.join('; ')}.`;
}

/**
 * One sentence (two with a capacity limit), computed from the figures: which policy loads the
 * backend less during the failure window and by how much, and, with a capacity limit, whether the
 * backend recovers after the outage with each policy.
 */
export function compareSentence(scenario: string, entries: readonly NamedResult[]): string {
  if (entries.length === 0) return '';
  const tail = backendSentence(entries);
  const window = 'during the failure window';
  if (entries.length === 1) {
    const [only] = entries as [NamedResult];
    return `In ${scenario}, ${only.policy} sends ${amount(only.result)}${unit(entries)} ${window} (${peaks(entries)}).${tail}`;
  }
  const sorted = [...entries].sort((a, b) => a.result.requestsInWindow - b.result.requestsInWindow);
  const [least, ...others] = sorted as [NamedResult, ...NamedResult[]];
  const most = (others.at(-1) as NamedResult).result.requestsInWindow;
  if (most - least.result.requestsInWindow <= ALIKE * most) {
    return `In ${scenario}, ${and(sorted.map((e) => e.policy))} load the backend alike: ${and(sorted.map((e) => amount(e.result)))}${unit(sorted)} ${window} (${peaks(sorted)}).${tail}`;
  }
  const against = and(others.map((e) => `${amount(e.result)} for ${e.policy}`));
  return `In ${scenario}, ${least.policy} loads the backend less: ${amount(least.result)}${unit(sorted)} ${window}, against ${against} (${peaks(sorted)}).${tail}`;
}
