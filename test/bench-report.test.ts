// BENCHMARKS.md's goals and sentences follow the figures of bench/results.json (a synthetic one here).
import { describe, expect, it } from 'vitest';
import { callGoals, floorSpread } from '../bench/call-goals.js';
import { compareCalls } from '../bench/compare-calls.js';
import { fleetGoals } from '../bench/fleet-goals.js';
import { findRow, rowLabel } from '../bench/fleet-rows.js';
import type { Goal } from '../bench/goal.js';
import type { PerCall } from '../bench/measure-calls.js';
import { renderReport } from '../bench/report.js';
import { trend } from '../bench/report-format.js';
import { checkResults } from '../bench/results.js';
import {
  backend,
  benchResults,
  concurrentRun,
  fleetResults,
  fleetRow,
  perCall,
} from './support/bench-results-fixture.js';

const statusOf = (goals: readonly Goal[], start: string): Goal['status'] | undefined =>
  goals.find((g) => g.goal.startsWith(start))?.status;

describe('compareCalls', () => {
  const a = perCall('a', 10, 9, 11);
  it('calls a contestant faster or slower only when the interquartile ranges are apart', () => {
    expect(compareCalls(a, perCall('b', 20, 12, 25))).toBe('faster');
    expect(compareCalls(perCall('b', 20, 12, 25), a)).toBe('slower');
    expect(compareCalls(a, perCall('b', 12, 10.5, 14))).toBe('within the spread');
    expect(compareCalls(a, perCall('b', 12, 11, 14))).toBe('within the spread');
  });
});

describe('floorSpread', () => {
  it('notes the spread only when (b) and the floor overlap, whichever median is lower', () => {
    const floor = perCall('a', 10, 9, 11);
    expect(floorSpread(perCall('b', 9.5, 8, 12), floor)).toMatch(/: within the spread\)$/);
    expect(floorSpread(perCall('b', 10.5, 10, 13), floor)).toMatch(/: within the spread\)$/);
    expect(floorSpread(perCall('b', 13, 12, 14), floor)).toBe('');
  });
});

describe('trend', () => {
  const words = { lower: 'less', same: 'the same', higher: 'more' };
  it('compares the figures as printed, so equal-looking figures get the same word', () => {
    const twoDigits = (n: number): string => n.toFixed(2);
    expect(trend(0.041, 0.044, twoDigits, words)).toBe('the same');
    expect(trend(0.041, 0.051, twoDigits, words)).toBe('less');
    expect(trend(2, 1, twoDigits, words)).toBe('more');
  });
});

describe('call goals', () => {
  it('meets the overhead goal within 1 µs, or within 1.15× of the floor, and misses it otherwise', () => {
    const base = benchResults();
    const [fa, , fc, fd] = base.successPath.rows;
    const withB = (b: ReturnType<typeof perCall>, overheadNs: number) =>
      callGoals({
        ...base,
        successPath: { ...base.successPath, overheadNs, rows: [fa, b, fc, fd] as PerCall[] },
      });
    const start = 'success path: (b) − (a)';
    expect(statusOf(withB(perCall('b', 4_500, 4_400, 4_600, 4_000), 500), start)).toBe('met');
    expect(statusOf(withB(perCall('b', 44_000, 43_000, 45_000, 40_000), 4_000), start)).toBe('met');
    expect(statusOf(withB(perCall('b', 6_000, 5_900, 6_100, 4_000), 2_000), start)).toBe('not met');
  });

  it('says faster than cockatiel and p-retry only with interquartile ranges apart', () => {
    const base = benchResults();
    const [fa, fb] = base.successPath.rows;
    const overlapping = [fa, fb, perCall('c', 4_700, 4_550, 4_900), perCall('d', 4_100, 4_000, 4_200)];
    const goals = callGoals({
      ...base,
      successPath: { ...base.successPath, rows: overlapping as PerCall[] },
    });
    expect(statusOf(goals, 'success path: (b) faster than cockatiel')).toBe('not met');
    expect(goals.find((g) => g.goal.includes('cockatiel'))?.measured).toMatch(/: within the spread$/);
    expect(statusOf(goals, 'success path: (b) faster than p-retry')).toBe('not met');
    expect(goals.find((g) => g.goal.includes('than p-retry'))?.measured).toMatch(/: slower$/);
    expect(statusOf(callGoals(base), 'success path: (b) faster than cockatiel')).toBe('met');
  });

  it('misses the failure-path goal only when p-retry is faster with the ranges apart', () => {
    const base = benchResults();
    const [fa, fb, fc] = base.failurePath.rows;
    const withD = (d: ReturnType<typeof perCall>) =>
      statusOf(
        callGoals({ ...base, failurePath: { ...base.failurePath, rows: [fa, fb, fc, d] as PerCall[] } }),
        'failure path',
      );
    expect(withD(perCall('d', 40_000, 39_000, 41_000))).toBe('met');
    expect(withD(perCall('d', 29_500, 28_000, 30_000))).toBe('met');
    expect(withD(perCall('d', 25_000, 24_000, 26_000))).toBe('not met');
  });

  it('judges the heap per call and the start-and-settle time, the latter only at 100 000 calls', () => {
    const base = benchResults();
    const withConcurrent = (c: ReturnType<typeof concurrentRun>) =>
      callGoals({ ...base, scale: { ...base.scale, concurrent: c } });
    expect(statusOf(withConcurrent(concurrentRun(100_000, { startAndSettleMs: 900 })), 'starting')).toBe(
      'met',
    );
    expect(statusOf(withConcurrent(concurrentRun(100_000, { startAndSettleMs: 1_100 })), 'starting')).toBe(
      'not met',
    );
    expect(statusOf(withConcurrent(concurrentRun(20_000, { startAndSettleMs: 100 })), 'starting')).toBe(
      'not measured',
    );
    // The heap goal is on what the client adds over the bare floor (500 bytes in the fixture).
    expect(
      statusOf(
        withConcurrent(concurrentRun(100_000, { heapPerPendingCallBytes: 1_525 })),
        'heap per pending',
      ),
    ).toBe('not met');
    expect(
      statusOf(
        withConcurrent(concurrentRun(100_000, { heapPerPendingCallBytes: 1_524 })),
        'heap per pending',
      ),
    ).toBe('met');
  });
});

describe('fleet goals', () => {
  it('judges the outage and room-give-up goals on the keepInRoom rows at 10 000 clients', () => {
    const goals = fleetGoals(fleetResults());
    expect(goals.filter((g) => g.source === 'issue 11').map((g) => g.status)).toEqual([
      'met',
      'met',
      'met',
      'met',
      'met',
      'met',
    ]);
    const giveUp = goals.find((g) => g.goal.includes('room-give-up'));
    expect(giveUp?.measured).toBe(
      '1.40× at 10,000 clients; own re-entry loop 4.50×; naive p-retry, own re-entry loop 7.50×',
    );
  });

  it('reads a loop row only when asked, and labels it', () => {
    const f = fleetResults();
    expect(findRow(f.full, 'defaultPolicy')?.roomKeeping).toBe('session');
    expect(findRow(f.full, 'defaultPolicy', 'loop')?.roomKeeping).toBe('loop');
    expect(rowLabel({ policy: 'defaultPolicy', roomKeeping: 'loop' })).toBe(
      'defaultPolicy, own re-entry loop',
    );
    expect(rowLabel({ policy: 'defaultPolicy', roomKeeping: 'session' })).toBe('defaultPolicy');
  });

  it('says not measured below 10 000 clients, and not met when a figure misses', () => {
    const small = fleetGoals(fleetResults(1_000));
    expect(statusOf(small, '10,000 clients, 60 s outage')).toBe('not measured');
    const f = fleetResults();
    const worse = fleetGoals({
      ...f,
      full: { ...f.full, rows: [fleetRow('defaultPolicy', { amplification: 1.3, p95Ms: 6_000 })] },
      capacity: { ...f.capacity, rows: [fleetRow('defaultPolicy', { backend: backend(null) })] },
      candidates: {
        ...f.candidates,
        isolated: {
          ...f.candidates.isolated,
          rows: [fleetRow('defaultPolicy', { gaveUpPer1000Calls: 0.5 })],
        },
      },
    });
    expect(worse.filter((g) => g.status === 'not met').map((g) => g.goal.slice(0, 24))).toEqual([
      '10,000 clients, 60 s out',
      'the same: 95 % of client',
      'isolated failures, defau',
      'capacity-limited backend',
    ]);
    expect(worse.at(-1)?.measured).toMatch(
      /^still wasting work at the end \(metastable\); naive p-retry not run;/,
    );
  });
});

describe('BENCHMARKS.md', () => {
  it('writes every goal row with its status, and no future-work bullet', () => {
    const md = renderReport(benchResults());
    expect(md).toContain(
      '| success path: (b) − (a) ≤ 1,000 ns per call, or (b) ≤ 1.15× (a) | issue 13 | +500 ns, 1.13× | met |',
    );
    expect(md).toContain('| OpenTelemetry: `instrument(gme)` with no-op providers | — |');
    expect(md).not.toMatch(/future work|issue 11: outage-aware/);
    expect(md).toContain('| (b) | gme-result | 4,500 ns (4,400–4,600 ns) |');
  });

  it('derives the shared-signal heap trend and ratio from the figures', () => {
    const grows = renderReport(benchResults());
    expect(grows).toContain('with 10,000: it grows (2.00×)');
    const base = benchResults();
    const falls = renderReport({
      ...base,
      scale: {
        ...base.scale,
        sharedSignal: [
          concurrentRun(5_000, { heapDeltaBytes: 300_000 }),
          concurrentRun(10_000, { heapDeltaBytes: 150_000 }),
        ],
      },
    });
    expect(falls).toContain('with 10,000: it falls (0.50×)');
    expect(falls).not.toContain('grows with the square');
  });

  it('says which is faster from the interquartile ranges, and says so when p-retry is', () => {
    const base = benchResults();
    const [fa, fb, fc] = base.failurePath.rows;
    const md = renderReport({
      ...base,
      failurePath: {
        ...base.failurePath,
        rows: [fa, fb, fc, perCall('p-retry', 25_000, 24_000, 26_000)] as PerCall[],
      },
    });
    expect(md).toContain(
      'p-retry (d) is faster than gme-result (b): gme-result (b) takes +5,000 ns per call',
    );
    expect(md).toContain('The goal, gme-result no slower than p-retry in the same run, is **not met**.');
  });

  it('compares holding calls with holding nothing in words the figures support', () => {
    const md = renderReport(benchResults());
    expect(md).toContain(
      'the backend wastes work for a shorter time after the outage (5.0 s against 20.0 s), answers fewer requests too late (0 against 50)',
    );
  });
});

describe('checkResults', () => {
  it('refuses a results file of an earlier benchmark, naming the field and its value', () => {
    expect(() => checkResults({ generatedAt: '2026-11-27T08:35:25.530Z' })).toThrow(
      'Expected `format` of bench/results.json to be 2, got none (the file was generated on 2026-11-27T08:35:25.530Z)',
    );
    expect(() => checkResults({ format: 1 })).toThrow('got 1:');
    expect(() => checkResults(null)).toThrow('Run `npm run bench`');
    const current = benchResults();
    expect(checkResults(current)).toBe(current);
  });
});
