// Formatting for BENCHMARKS.md and the README's generated figures. Every number they show comes
// from bench/results.json through these.
import type { PerCall } from './measure-calls.js';

/** An integer with thousands separators: 12,345. */
export const int = (n: number): string => Math.round(n).toLocaleString('en-US');

/** A number with `digits` decimals and thousands separators. */
export const fixed = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Nanoseconds, in µs from 10 µs on. */
export const ns = (n: number): string => (Math.abs(n) >= 10_000 ? `${fixed(n / 1000)} µs` : `${int(n)} ns`);

/** Milliseconds, in s from 10 s on. */
export const ms = (n: number): string => (n >= 10_000 ? `${fixed(n / 1000)} s` : `${int(n)} ms`);

/** Bytes in MiB. */
export const mb = (bytes: number): string => `${fixed(bytes / 2 ** 20)} MiB`;

/** A ratio: 1.23×; `null` (no baseline) is n/a. */
export const times = (n: number | null): string => (n === null ? 'n/a' : `${fixed(n, 2)}×`);

/** Milliseconds as seconds with one decimal; `null` or absent: not reached. */
export const seconds = (n: number | null | undefined): string =>
  n === null || n === undefined ? 'not reached' : `${fixed(n / 1000)} s`;

/** A share from 0 to 1 as a percentage. */
export const pct = (share: number): string => `${fixed(share * 100)} %`;

/** A signed difference in ns: +1,234 ns, −56 ns. */
export const signedNs = (n: number): string => `${n >= 0 ? '+' : '−'}${ns(Math.abs(n))}`;

/** A signed heap difference in KiB. */
export const signedKiB = (bytes: number): string =>
  `${bytes >= 0 ? '+' : '−'}${fixed(Math.abs(bytes) / 1024)} KiB`;

/**
 * A contestant's median per call with its interquartile range, in the median's unit:
 * `16.6 µs (15.9–17.4 µs)`.
 */
export function spread(r: Pick<PerCall, 'medianNs' | 'p25Ns' | 'p75Ns'>): string {
  if (Math.abs(r.medianNs) >= 10_000) {
    return `${fixed(r.medianNs / 1000)} µs (${fixed(r.p25Ns / 1000)}–${fixed(r.p75Ns / 1000)} µs)`;
  }
  return `${int(r.medianNs)} ns (${int(r.p25Ns)}–${int(r.p75Ns)} ns)`;
}

/**
 * The word for how `a` compares with `b` as the reader sees them: `same` when both format alike,
 * else `lower` or `higher`. Direction words in the prose come from here, so none contradicts the
 * figures printed beside it.
 */
export function trend<W>(
  a: number,
  b: number,
  format: (n: number) => string,
  words: { readonly lower: W; readonly same: W; readonly higher: W },
): W {
  if (format(a) === format(b)) return words.same;
  return a < b ? words.lower : words.higher;
}

/** A markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** "a, b and c" */
export const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A summary line as a sentence of its own. */
export const sentence = (summary: string): string => `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`;
