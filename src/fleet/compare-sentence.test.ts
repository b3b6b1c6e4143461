import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.js';
import type { FleetResult } from './fleet-result.js';

/** A result with only the figures the sentence reads set. */
const result = (over: Partial<FleetResult>): FleetResult =>
  ({
    amplification: 1,
    requestsInWindow: 100,
    peakRequestsPerSecond: 10,
    backend: null,
    ...over,
  }) as FleetResult;

describe('compareSentence', () => {
  it('names the policy that loads the backend less, with both amplifications and peaks', () => {
    const s = compareSentence('outage', [
      {
        policy: 'defaultPolicy',
        result: result({ amplification: 2.01, requestsInWindow: 2010, peakRequestsPerSecond: 8148 }),
      },
      {
        policy: 'mine.json',
        result: result({ amplification: 3.87, requestsInWindow: 3870, peakRequestsPerSecond: 11165 }),
      },
    ]);
    expect(s).toBe(
      'In outage, defaultPolicy loads the backend less: 2.01× the normal load during the failure window, against 3.87× for mine.json (peaks 8,148 and 11,165 requests/s).',
    );
  });

  it('follows the figures, not the order', () => {
    const s = compareSentence('brownout', [
      { policy: 'defaultPolicy', result: result({ amplification: 2, requestsInWindow: 200 }) },
      { policy: 'mine.json', result: result({ amplification: 1.5, requestsInWindow: 150 }) },
    ]);
    expect(s).toMatch(
      /^In brownout, mine\.json loads the backend less: 1\.50× .* against 2\.00× for defaultPolicy/,
    );
  });

  it('calls loads within 2 % alike', () => {
    const s = compareSentence('isolated', [
      { policy: 'a', result: result({ amplification: 1.02, requestsInWindow: 1020 }) },
      { policy: 'b', result: result({ amplification: 1.01, requestsInWindow: 1010 }) },
    ]);
    expect(s).toBe(
      'In isolated, b and a load the backend alike: 1.01× and 1.02× the normal load during the failure window (peaks 10 and 10 requests/s).',
    );
  });

  it('describes a single policy, and counts requests when there is no baseline to compare with', () => {
    expect(
      compareSentence('outage', [{ policy: 'defaultPolicy', result: result({ amplification: 1.2 }) }]),
    ).toBe(
      'In outage, defaultPolicy sends 1.20× the normal load during the failure window (peak 10 requests/s).',
    );
    expect(
      compareSentence('tiny', [
        { policy: 'p', result: result({ amplification: null, requestsInWindow: 12 }) },
      ]),
    ).toBe('In tiny, p sends 12 requests during the failure window (peak 10 requests/s).');
    expect(compareSentence('none', [])).toBe('');
  });

  it('adds whether the capacity-limited backend recovered with each policy', () => {
    const backend = (timeToRecoverMs: number | null) => ({
      capacityPerSecond: 100,
      refused: 0,
      answeredTooLate: 0,
      maxWaitMs: 0,
      lateMs: 1000,
      settleMs: 10_000,
      timeToRecoverMs,
      timeToDrainMs: timeToRecoverMs,
    });
    const s = compareSentence('capacity', [
      { policy: 'defaultPolicy', result: result({ backend: backend(27_900) }) },
      { policy: 'fixed', result: result({ requestsInWindow: 300, backend: backend(null) }) },
    ]);
    expect(s).toContain(
      ' The capacity-limited backend: with defaultPolicy it stops wasting work 27.9 s after the outage; with fixed it still wastes work at the end of the run (a metastable failure).',
    );
  });
});
