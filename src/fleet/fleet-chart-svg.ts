/**
 * One line of a {@link fleetChartSvg} chart.
 *
 * @example
 * import type { FleetChartSeries } from 'gme-result/fleet';
 * const line: FleetChartSeries = { label: 'mine', values: result.requestsPerSecond };
 */
export interface FleetChartSeries {
  /** The legend's text. */
  readonly label: string;
  /** `values[i]` is drawn at x = `i + xOffset`. */
  readonly values: readonly number[];
  /** A dashed grey line (a baseline) instead of a coloured one. @default false */
  readonly dashed?: boolean;
}

/**
 * Input of {@link fleetChartSvg}.
 *
 * @example
 * import { fleetChartSvg } from 'gme-result/fleet';
 * const svg = fleetChartSvg({ title: 'Back by second', xLabel: 's', yLabel: 'share', xFrom: 0, xTo: 60, yMin: 1,
 *   series: [{ label: 'mine', values: result.recovery?.byS ?? [] }] });
 */
export interface FleetChartInput {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly FleetChartSeries[];
  /** The x range shown; values outside it are left out. */
  readonly xFrom: number;
  readonly xTo: number;
  /** Where each value sits within its x unit: 0.5 centres per-second counts on their second. @default 0 */
  readonly xOffset?: number;
  /** The y axis goes at least this high. @default 0 (from the data) */
  readonly yMin?: number;
  /** A shaded x range (the outage window), with its label. @default none */
  readonly shade?: { readonly from: number; readonly to: number; readonly label: string };
}

const COLORS = ['#1f77b4', '#d62728', '#ff7f0e', '#9467bd', '#2ca02c', '#8c564b', '#e377c2'];
const W = 920;
const H = 440;
const M = { left: 70, right: 230, top: 48, bottom: 52 };

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A step of 1, 2 or 5 times a power of ten that gives about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = Math.max(max, 1e-9) / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** A tick label without floating-point noise (0.30000000000000004 → 0.3). */
const tickText = (v: number): string => String(Number(v.toPrecision(6)));

/**
 * A line chart as one self-contained SVG element (no script, no external resource), one line per
 * series. Elements carry classes and data attributes for tests and styling: `series` lines with
 * `data-label`, the `shade` rectangle with `data-from`/`data-to`, and `x-tick` labels with `data-x`.
 *
 * @example
 * import { fleetChartSvg, simulateFleet } from 'gme-result/fleet';
 * const r = await simulateFleet({ policy, clients: 500 });
 * const svg = fleetChartSvg({ title: 'Requests per second', xLabel: 'time (s)', yLabel: 'requests per second',
 *   series: [{ label: 'my policy', values: r.requestsPerSecond }], xFrom: 0, xTo: r.requestsPerSecond.length,
 *   xOffset: 0.5, shade: { from: r.windowMs[0] / 1000, to: r.windowMs[1] / 1000, label: 'outage' } });
 */
export function fleetChartSvg(input: FleetChartInput): string {
  const { xFrom, xTo } = input;
  const offset = input.xOffset ?? 0;
  let max = input.yMin ?? 0;
  for (const s of input.series) {
    s.values.forEach((v, i) => {
      if (i + offset >= xFrom && i + offset <= xTo) max = Math.max(max, v);
    });
  }
  const step = tickStep(max);
  const yMax = Math.ceil(max / step - 1e-9) * step || step;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (t: number): number => M.left + ((t - xFrom) / (xTo - xFrom || 1)) * pw;
  const y = (v: number): number => M.top + ph - (v / yMax) * ph;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12" role="img" aria-label="${esc(input.title)}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold">${esc(input.title)}</text>`,
  ];
  const shade = input.shade;
  if (shade !== undefined) {
    const from = Math.max(xFrom, shade.from);
    const to = Math.min(xTo, shade.to);
    out.push(
      `<rect class="shade" data-from="${shade.from}" data-to="${shade.to}" x="${fmt(x(from))}" y="${M.top}" width="${fmt(Math.max(0, x(to) - x(from)))}" height="${ph}" fill="#f2dede"/>`,
      `<text x="${fmt((x(from) + x(to)) / 2)}" y="${M.top + 14}" text-anchor="middle" fill="#a94442">${esc(shade.label)}</text>`,
    );
  }
  for (let i = 0; i * step <= yMax + 1e-9; i++) {
    const v = i * step;
    out.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e5e5e5"/>`,
      `<text x="${M.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end">${tickText(v)}</text>`,
    );
  }
  const span = xTo - xFrom;
  const xStep = span > 120 ? 20 : span > 50 ? 10 : 5;
  for (let t = Math.ceil(xFrom / xStep) * xStep; t <= xTo; t += xStep) {
    out.push(
      `<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${M.top + ph}" y2="${M.top + ph + 5}" stroke="#333"/>`,
      `<text class="x-tick" data-x="${t}" x="${fmt(x(t))}" y="${M.top + ph + 19}" text-anchor="middle">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#333"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + ph}" stroke="#333"/>`,
    `<text x="${M.left + pw / 2}" y="${H - 10}" text-anchor="middle">${esc(input.xLabel)}</text>`,
    `<text transform="translate(18 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">${esc(input.yLabel)}</text>`,
  );
  let colour = 0;
  input.series.forEach((s, i) => {
    const dashed = s.dashed === true;
    const color = dashed ? '#555555' : (COLORS[colour++ % COLORS.length] as string);
    const points: string[] = [];
    s.values.forEach((v, j) => {
      const at = j + offset;
      if (at >= xFrom && at <= xTo) points.push(`${fmt(x(at))},${fmt(y(v))}`);
    });
    const dash = dashed ? ' stroke-dasharray="5 4"' : '';
    const cls = dashed ? 'baseline' : 'series';
    const ly = M.top + 10 + i * 20;
    out.push(
      `<polyline class="${cls}" data-label="${esc(s.label)}" fill="none" stroke="${color}" stroke-width="1.6"${dash} points="${points.join(' ')}"/>`,
      `<line x1="${W - M.right + 16}" x2="${W - M.right + 40}" y1="${ly}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`,
      `<text x="${W - M.right + 46}" y="${ly + 4}">${esc(s.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n');
}
