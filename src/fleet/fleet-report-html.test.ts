import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, strictPolicy } from '../../policies/index.js';
import { FIGURE_HEADERS, figureCells } from './figure-cells.js';
import { fleetReportHtml } from './fleet-report-html.js';
import type { FleetResult } from './fleet-result.js';
import { fleetScenario } from './fleet-scenarios.js';
import { simulateFleet } from './simulate-fleet.js';

const outage = {
  ...fleetScenario('outage'),
  endMs: 60_000,
  outage: { fromMs: 20_000, toMs: 40_000, code: 7004 },
};
const isolated = {
  ...fleetScenario('isolated'),
  endMs: 30_000,
  outage: { fromMs: 0, toMs: 30_000, code: 7004, share: 0.02 },
};
let runs: { outage: FleetResult[]; isolated: FleetResult[] };

beforeAll(async () => {
  const run = (scenario: typeof outage) =>
    Promise.all(
      [defaultPolicy, strictPolicy].map((policy) => simulateFleet({ policy, scenario, clients: 30 })),
    );
  runs = { outage: await run(outage), isolated: await run(isolated) };
});

function report(): string {
  return fleetReportHtml({
    command: 'npx gme-result simulate strict.json --clients 30',
    scenarios: [
      {
        scenario: outage,
        results: runs.outage.map((result, i) => ({
          policy: ['defaultPolicy', 'strict.json'][i] as string,
          result,
        })),
      },
      {
        scenario: isolated,
        results: runs.isolated.map((result, i) => ({
          policy: ['defaultPolicy', 'strict.json'][i] as string,
          result,
        })),
      },
    ],
  });
}

describe('fleetReportHtml', () => {
  it('is one self-contained page: no script, no link, no address but the SVG namespace', () => {
    const html = report();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(/i);
    expect(html.match(/https?:\/\/[^"\s<]*/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<code>npx gme-result simulate strict.json --clients 30</code>');
  });

  it('has the figures table: one row per scenario and policy, the cells the CLI prints', () => {
    const html = report();
    const rows = html.match(/<tbody>.*<\/tbody>/s)?.[0].match(/<tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    for (const h of FIGURE_HEADERS) expect(html).toContain(`<th>${h}</th>`);
    const cells = figureCells('outage', 'strict.json', runs.outage[1] as FleetResult);
    expect(html).toContain(cells.map((c) => `<td>${c}</td>`).join(''));
  });

  it('has per scenario a sentence, the requests chart with one line per policy and the window, and the recovery chart', () => {
    const html = report();
    const sections = html.split('<section').slice(1);
    expect(sections).toHaveLength(2);
    const [first, second] = sections as [string, string];
    expect(first).toContain('data-window-from-s="20" data-window-to-s="40"');
    expect(first).toMatch(
      /<p class="sentence">In outage, (defaultPolicy|strict\.json) loads the backend less: /,
    );
    const rps = first.match(/<figure class="rps">.*?<\/figure>/s)?.[0] ?? '';
    expect([...rps.matchAll(/<polyline class="series" data-label="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'defaultPolicy',
      'strict.json',
    ]);
    expect(rps).toContain('<rect class="shade" data-from="20" data-to="40"');
    expect(first.match(/<figure class="recovery">.*?<\/figure>/s)?.[0]).toMatch(/<polyline class="series"/);
    expect(second).toContain('No recovery to show: the failures last until the end of the run.');
  });
});

describe('figureCells', () => {
  it('shows the figures of a result, dashes for what does not apply', () => {
    const r = runs.isolated[0] as FleetResult;
    const cells = figureCells('isolated', 'defaultPolicy', r);
    expect(cells).toHaveLength(FIGURE_HEADERS.length);
    expect(cells.slice(0, 2)).toEqual(['isolated', 'defaultPolicy']);
    expect(cells[2]).toMatch(/^\d+\.\d\d×$/);
    expect(cells[4]).toBe('—');
    expect(cells[7]).toBe('—');
    const g = r.gaveUp;
    expect(cells[6]).toBe(`${g.total} (${g.budgetExhausted}/${g.circuitOpen}/${g.timedOut}/${g.other})`);
  });
});
