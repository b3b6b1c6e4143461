/** Number formats shared by the CLI table, the report and its sentences (en-US, fixed digits). */
export const format = {
  int: (n: number): string => Math.round(n).toLocaleString('en-US'),
  fixed: (n: number, digits = 1): string =>
    n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  times: (n: number | null): string => (n === null ? 'n/a' : `${format.fixed(n, 2)}×`),
  seconds: (ms: number | null): string => (ms === null ? 'not reached' : `${format.fixed(ms / 1000)} s`),
  pct: (share: number): string => `${format.fixed(share * 100)} %`,
};
