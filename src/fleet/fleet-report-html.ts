import { compareSentence, type NamedResult } from './compare-sentence.js';
import { FIGURE_HEADERS, figureCells } from './figure-cells.js';
import { fleetChartSvg } from './fleet-chart-svg.js';
import type { FleetResult } from './fleet-result.js';
import type { FleetScenario } from './fleet-scenario.js';
import { format } from './format-figures.js';

/**
 * One scenario of a {@link fleetReportHtml} report: its results, one per policy, in the order shown.
 *
 * @example
 * import { fleetScenario, type FleetReportScenario } from 'gme-result/fleet';
 * const outage: FleetReportScenario = { scenario: fleetScenario('outage'), results: [{ policy: 'mine', result }] };
 */
export interface FleetReportScenario {
  readonly scenario: FleetScenario;
  readonly results: readonly { readonly policy: string; readonly result: FleetResult }[];
}

/**
 * Input of {@link fleetReportHtml}.
 *
 * @example
 * import { fleetReportHtml } from 'gme-result/fleet';
 * const html = fleetReportHtml({ title: 'Policy check', scenarios: [{ scenario, results: [{ policy: 'mine', result }] }] });
 */
export interface FleetReportInput {
  /** The page's title. @default 'Fleet simulation' */
  readonly title?: string;
  /** What produced the figures (a command line), shown under the title. @default none */
  readonly command?: string;
  readonly scenarios: readonly FleetReportScenario[];
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
table{border-collapse:collapse;font-size:.9rem;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:right}
th:first-child,td:first-child,th:nth-child(2),td:nth-child(2){text-align:left}thead th{background:#f4f4f4}
code{background:#f4f4f4;padding:0 .2rem}.sentence{font-weight:600}.summary{color:#555}figure{margin:1rem 0}svg{max-width:100%;height:auto}`;

function table(scenarios: readonly FleetReportScenario[]): string {
  const rows = scenarios.flatMap((s) =>
    s.results.map(
      (e) =>
        `<tr>${figureCells(s.scenario.name, e.policy, e.result)
          .map((c) => `<td>${esc(c)}</td>`)
          .join('')}</tr>`,
    ),
  );
  return `<table class="figures"><thead><tr>${FIGURE_HEADERS.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function section(s: FleetReportScenario): string {
  const entries: NamedResult[] = s.results.map((e) => ({ policy: e.policy, result: e.result }));
  const first = entries[0]?.result;
  if (first === undefined) return '';
  const [from, to] = first.windowMs;
  const seconds = Math.max(...entries.map((e) => e.result.requestsPerSecond.length));
  const rps = fleetChartSvg({
    title: `API requests per second: ${s.scenario.name}, ${format.int(first.clients)} clients`,
    xLabel: 'time (s)',
    yLabel: 'API requests per second',
    series: [
      ...entries.map((e) => ({ label: e.policy, values: e.result.requestsPerSecond })),
      { label: 'nothing fails', values: first.baselineRequestsPerSecond, dashed: true },
    ],
    xFrom: 0,
    xTo: seconds,
    xOffset: 0.5,
    shade: { from: from / 1000, to: to / 1000, label: s.scenario.outage === undefined ? 'window' : 'outage' },
  });
  const curves = entries.flatMap((e) =>
    e.result.recovery === null ? [] : [{ label: e.policy, values: e.result.recovery.byS }],
  );
  const recovery =
    curves.length === 0
      ? '<p>No recovery to show: the failures last until the end of the run.</p>'
      : fleetChartSvg({
          title: `Share of clients back, by seconds after the backend returned: ${s.scenario.name}`,
          xLabel: 'seconds after the backend returned',
          yLabel: 'share of clients back',
          series: curves,
          xFrom: 0,
          xTo: Math.max(...curves.map((c) => c.values.length - 1)),
          yMin: 1,
        });
  return [
    `<section class="scenario" id="scenario-${esc(s.scenario.name)}" data-window-from-s="${from / 1000}" data-window-to-s="${to / 1000}">`,
    `<h2>${esc(s.scenario.name)}</h2>`,
    `<p class="summary">${esc(s.scenario.summary.charAt(0).toUpperCase() + s.scenario.summary.slice(1))}.</p>`,
    `<p class="sentence">${esc(compareSentence(s.scenario.name, entries))}</p>`,
    `<figure class="rps">${rps}</figure>`,
    `<figure class="recovery">${recovery}</figure>`,
    '</section>',
  ].join('\n');
}

/**
 * A self-contained HTML page (inline CSS and SVG; no script, no network) of fleet results: the
 * figures table, then per scenario a sentence saying which policy loads the backend less, the
 * requests-per-second chart of every policy with the failure window shaded, and the share of
 * clients back by seconds after the backend returned.
 *
 * @example
 * import { fleetReportHtml, fleetScenario, simulateFleet } from 'gme-result/fleet';
 * import { writeFileSync } from 'node:fs';
 * const result = await simulateFleet({ policy, scenario: 'outage' });
 * writeFileSync('report.html', fleetReportHtml({ scenarios: [{ scenario: fleetScenario('outage'), results: [{ policy: 'mine', result }] }] }));
 */
export function fleetReportHtml(input: FleetReportInput): string {
  const title = input.title ?? 'Fleet simulation';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
    input.command === undefined ? '' : `<p>Made by <code>${esc(input.command)}</code>.</p>`,
    '<p>Amplification: API requests in the failure window ÷ the requests of the same fleet in that window when nothing fails. Back: a client is in its room again and every message the failure touched is delivered. Gave up: calls that ended in Err.</p>',
    table(input.scenarios),
    ...input.scenarios.map(section),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
