import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../scripts/readme-policy-table.js';
import {
  propertyRunsIn,
  QUALITY_END,
  QUALITY_START,
  README_PATH,
  readMutationRun,
  readQualitySources,
  renderQualityFigures,
  renderReadme,
  renderSessionFigures,
  SESSION_END,
  SESSION_START,
} from '../scripts/readme-quality.js';
import { benchResults, fleetRow } from './support/bench-results-fixture.js';

const readme = readFileSync(README_PATH, 'utf8');
const sources = readQualitySources();
const RUN_README =
  'The README is not what `npm run readme` writes from bench/results.json and MUTATION.md now: run `npm run readme`.';

const MUTATION = `# Mutation testing

## Last full run

<!-- mutation-run -->
2030-01-02, \`npm run mutate\` at commit \`abc1234\`: **97.00 %**.

| Scope | Score | Killed | Timed out | Survived | No coverage | Marked equivalent |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
| **src/ without src/testing/** | 96.00 % | 1 | 0 | 0 | 0 | 3 |
| **src/ (all mutated files)** | 97.00 % | 1 | 0 | 0 | 0 | 12 |
| src/, marked mutants counted as survived | 90.00 % | 1 | 0 | 0 | 0 | 12 |

## What is mutated
`;

describe('README: generated quality and session figures', () => {
  it('holds the Quality figures exactly as `npm run readme` writes them now', () => {
    expect(readTable(readme, QUALITY_START, QUALITY_END), RUN_README).toBe(renderQualityFigures(sources));
  });

  it('holds the Staying in a room figures exactly as `npm run readme` writes them now', () => {
    expect(readTable(readme, SESSION_START, SESSION_END), RUN_README).toBe(
      renderSessionFigures(sources.results),
    );
    const section = readme.slice(readme.indexOf('## Staying in a room\n'));
    expect(section.indexOf(SESSION_END)).toBeLessThan(section.indexOf('\n## ', 5));
  });

  it('quotes the mutation run of MUTATION.md', () => {
    expect(readMutationRun(MUTATION)).toEqual({
      date: '2030-01-02',
      score: '97.00 %',
      withoutTesting: '96.00 %',
      strict: '90.00 %',
      marked: 12,
    });
    const text = renderQualityFigures({ ...sources, mutationMd: MUTATION });
    expect(text).toContain('scored **97.00 %** on 2030-01-02 (96.00 % without the simulator');
    expect(text).toContain('90.00 % if the 12 mutants marked equivalent');
  });

  it('refuses a MUTATION.md without the run it quotes, naming what is missing', () => {
    expect(() => readMutationRun('# nothing')).toThrow('MUTATION.md must contain <!-- mutation-run -->.');
    expect(() => readMutationRun(MUTATION.replace('2030-01-02', 'today'))).toThrow('has no date');
    expect(() => readMutationRun(MUTATION.replace('| **src/ without src/testing/**', '| other'))).toThrow(
      'has no row "**src/ without src/testing/**"',
    );
  });

  it('states every goal of a current results file with met / not met, and counts them', () => {
    const r = benchResults();
    const missed = {
      ...r,
      scale: { ...r.scale, concurrent: { ...r.scale.concurrent, heapPerPendingCallBytes: 2_000 } },
    };
    const text = renderQualityFigures({ ...sources, results: missed });
    expect(text).toContain(
      'The last run (2030-01-02, 2 CPUs, Node v20.0.0) met 14 of the 15 goals it judged (1 for information):',
    );
    expect(text).toContain(
      '- heap per pending call ≤ 1,024 bytes (what the client adds over a bare promise on the same simulator) (issue 13): 1,500 bytes (2,000 in all, 500 for the bare floor; 100,000 calls pending) — **not met**',
    );
    expect(text).toContain(
      '- isolated failures, defaultPolicy: 0 calls given up per 1,000 (issue 11): 0.00 per 1,000',
    );
    expect(renderQualityFigures({ ...sources, results: { ...r, quick: true } })).toContain('a quick run');
  });

  it('names an older results file instead of quoting it', () => {
    const text = renderQualityFigures({ ...sources, results: { generatedAt: '2026-11-27T08:35:25.530Z' } });
    expect(text).toContain(
      'The committed `bench/results.json` (generated 2026-11-27) was written by an earlier version',
    );
    expect(text).not.toMatch(/ met\b/);
    expect(renderSessionFigures({ generatedAt: '2026-11-27T08:35:25.530Z' })).toContain('predates it');
  });

  it('writes the session figures from the room-give-up and outage rows, the direction from the figures', () => {
    const r = benchResults();
    expect(renderSessionFigures(r)).toContain(
      "`keepInRoom` sent 1.40× the normal load during the outage, less than the 4.50× of the game's own re-entry loop",
    );
    const more = {
      ...r,
      fleet: {
        ...r.fleet,
        roomGiveUp: {
          ...r.fleet.roomGiveUp,
          rows: [
            fleetRow('defaultPolicy', { amplification: 5 }),
            fleetRow('defaultPolicy', { roomKeeping: 'loop', amplification: 4.5 }),
          ],
        },
      },
    };
    expect(renderSessionFigures(more)).toContain(
      '5.00× the normal load during the outage, more than the 4.50×',
    );
  });

  it('takes the property runs from the tests and refuses disagreeing defaults', () => {
    expect(propertyRunsIn(['GME_PROPERTY_RUNS ?? 1000', 'x GME_PROPERTY_RUNS ?? 1000'])).toBe(1000);
    expect(() => propertyRunsIn(['GME_PROPERTY_RUNS ?? 1000', 'GME_PROPERTY_RUNS ?? 50'])).toThrow(
      '[1000,50]',
    );
    expect(() => propertyRunsIn(['nothing'])).toThrow('got []');
  });

  it('changes only the text between the markers, and needs both markers of each block', () => {
    const doc = `a\n${QUALITY_START}\nold\n${QUALITY_END}\nb\n${SESSION_START}\nold\n${SESSION_END}\nc\n`;
    const next = renderReadme(doc, sources);
    expect(next.startsWith(`a\n${QUALITY_START}\n\n<!-- generated by`)).toBe(true);
    expect(next).toContain(`${QUALITY_END}\nb\n${SESSION_START}\n\n<!-- generated by`);
    expect(next.endsWith(`${SESSION_END}\nc\n`)).toBe(true);
    expect(renderReadme(next, sources)).toBe(next);
    expect(() => renderReadme(`${QUALITY_START}${QUALITY_END}`, sources)).toThrow(SESSION_START);
  });
});
