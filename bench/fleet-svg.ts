/** Input of {@link fleetSvg}. */
export interface ChartInput {
  readonly title: string;
  /** One line per policy; `rps[s]` = requests in second `s`. The last series is drawn dashed (the baseline). */
  readonly series: readonly { readonly policy: string; readonly rps: readonly number[] }[];
  readonly outageFromS: number;
  readonly outageToS: number;
  /** First second shown. */
  readonly fromS: number;
}

const COLORS = ['#1f77b4', '#d62728', '#ff7f0e', '#9467bd', '#2ca02c', '#8c564b', '#e377c2'];
const W = 920;
const H = 440;
const M = { left: 70, right: 210, top: 48, bottom: 52 };

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A step of 1, 2 or 5 times a power of ten that gives about five ticks up to `max`. */
function tickStep(max: number): number {
  const raw = Math.max(max, 1) / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

/** A hand-written SVG line chart of requests per second over time, one line per policy. */
export function fleetSvg(input: ChartInput): string {
  const toS = Math.max(...input.series.map((s) => s.rps.length));
  const fromS = input.fromS;
  let max = 0;
  for (const s of input.series) for (let t = fromS; t < s.rps.length; t++) max = Math.max(max, s.rps[t] ?? 0);
  const step = tickStep(max);
  const yMax = Math.ceil(max / step) * step || step;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (t: number): number => M.left + ((t - fromS) / (toS - fromS)) * pw;
  const y = (v: number): number => M.top + ph - (v / yMax) * ph;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${M.left}" y="24" font-size="15" font-weight="bold">${esc(input.title)}</text>`,
    `<rect x="${fmt(x(input.outageFromS))}" y="${M.top}" width="${fmt(x(input.outageToS) - x(input.outageFromS))}" height="${ph}" fill="#f2dede"/>`,
    `<text x="${fmt((x(input.outageFromS) + x(input.outageToS)) / 2)}" y="${M.top + 14}" text-anchor="middle" fill="#a94442">backend outage</text>`,
  );
  for (let v = 0; v <= yMax; v += step) {
    out.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="#e5e5e5"/>`,
      `<text x="${M.left - 8}" y="${fmt(y(v) + 4)}" text-anchor="end">${v}</text>`,
    );
  }
  const xStep = toS - fromS > 120 ? 20 : 10;
  for (let t = Math.ceil(fromS / xStep) * xStep; t <= toS; t += xStep) {
    out.push(
      `<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${M.top + ph}" y2="${M.top + ph + 5}" stroke="#333"/>`,
      `<text x="${fmt(x(t))}" y="${M.top + ph + 19}" text-anchor="middle">${t}</text>`,
    );
  }
  out.push(
    `<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#333"/>`,
    `<line x1="${M.left}" x2="${M.left}" y1="${M.top}" y2="${M.top + ph}" stroke="#333"/>`,
    `<text x="${M.left + pw / 2}" y="${H - 10}" text-anchor="middle">time (s)</text>`,
    `<text transform="translate(18 ${M.top + ph / 2}) rotate(-90)" text-anchor="middle">API requests per second</text>`,
  );
  input.series.forEach((s, i) => {
    const last = i === input.series.length - 1;
    const color = last ? '#555555' : (COLORS[i % COLORS.length] as string);
    const points: string[] = [];
    for (let t = fromS; t < s.rps.length; t++) points.push(`${fmt(x(t + 0.5))},${fmt(y(s.rps[t] ?? 0))}`);
    const dash = last ? ' stroke-dasharray="5 4"' : '';
    out.push(
      `<polyline fill="none" stroke="${color}" stroke-width="1.6"${dash} points="${points.join(' ')}"/>`,
      `<line x1="${W - M.right + 16}" x2="${W - M.right + 40}" y1="${M.top + 10 + i * 20}" y2="${M.top + 10 + i * 20}" stroke="${color}" stroke-width="2"${dash}/>`,
      `<text x="${W - M.right + 46}" y="${M.top + 14 + i * 20}">${esc(s.policy)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}
