/**
 * `gme-result explain`: what a GME code means and what the default policy does with it. A pure
 * function of the arguments and the environment, so the `bin` stays a thin shell around it.
 */
import { defaultPolicy } from '../../policies/default-policy.js';
import { describePolicy, type PolicyRow } from '../../policies/describe-policy.js';
import { type CatalogEntry, catalog, type GmeLocale, type GmeTableId } from '../codes/catalog.js';
import { type CodeDescription, describeCode } from '../codes/describe-code.js';
import { simulateUsage } from './simulate-args.js';

/** What a CLI run prints and how it exits. */
export interface CliOutput {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  readonly exitCode: 0 | 1;
}

/** The environment variables the CLI reads (the locale). */
export interface CliEnv {
  readonly LC_ALL?: string | undefined;
  readonly LC_MESSAGES?: string | undefined;
  readonly LANG?: string | undefined;
}

const NUMERIC = /^(-?\d+|0[xX][0-9a-fA-F]+)$/;

/** The usage text. */
export const USAGE: readonly string[] = [
  'Usage: gme-result explain <code|name> [...] [--locale ko|en] [--table gme-2022|gme-2023]',
  '       gme-result explain --list [--locale ko|en] [--table gme-2022|gme-2023]',
  '',
  '  <code>    a GME result code: 7004, -1, or hex as GME pages write it (0x50012)',
  '  <name>    an SDK name or a part of one, any case: AV_ERR_AUTH_FIALD, auth, NET_REQUEST',
  '  --list    every code of the table',
  '  --locale  language of the texts (default: from LC_ALL / LC_MESSAGES / LANG, ko* -> ko, else en)',
  '  --table   which generation of GME code tables names and explains codes (default gme-2022)',
];

const USAGE_KO: readonly string[] = [
  '사용법: gme-result explain <코드|이름> [...] [--locale ko|en] [--table gme-2022|gme-2023]',
  '        gme-result explain --list [--locale ko|en] [--table gme-2022|gme-2023]',
  '',
  '  <코드>    GME 결과 코드: 7004, -1, 또는 GME 문서처럼 16진수 (0x50012)',
  '  <이름>    SDK 이름이나 그 일부, 대소문자 무관: AV_ERR_AUTH_FIALD, auth, NET_REQUEST',
  '  --list    표에 있는 모든 코드',
  '  --locale  텍스트의 언어 (기본값: LC_ALL / LC_MESSAGES / LANG에서 ko*이면 ko, 아니면 en)',
  '  --table   코드의 이름과 설명을 가져올 GME 코드 표의 세대 (기본값 gme-2022)',
];

/** The usage text in `locale` ({@link USAGE} is the English one). */
export function usage(locale: GmeLocale): readonly string[] {
  return locale === 'ko' ? USAGE_KO : USAGE;
}

const LABELS: Readonly<Record<GmeLocale, Readonly<Record<string, string>>>> = {
  en: {
    category: 'category',
    summary: 'summary',
    cause: 'cause',
    action: 'action',
    aliases: 'also named',
    policy: 'default policy',
    for: 'for',
    notInTable: 'not listed in the {table} table; another generation lists it',
    success: 'not a failure: 0 means success, no policy applies',
    matches: '{n} codes match "{q}":',
    more: 'Run `gme-result explain <code>` for one of them.',
    list: '{table}: {n} codes',
    unknownCode: '{summary} Run `gme-result explain --list` to see every known code.',
    unknownName: 'No GME code is named like "{q}". Run `gme-result explain --list` to see every code.',
    noQuery: 'Name a code or a name to explain.',
    badLocale: 'Expected --locale to be ko or en, got {v}.',
    badTable: 'Expected --table to be gme-2022 or gme-2023, got {v}.',
    nothing: 'nothing',
    unknownOption: 'Unknown option {flag}.',
    noCommand: 'No command given.',
    unknownCommand: 'Unknown command "{command}".',
  },
  ko: {
    category: '분류',
    summary: '요약',
    cause: '원인',
    action: '조치',
    aliases: '다른 이름',
    policy: '기본 정책',
    for: '작업',
    notInTable: '{table} 표에는 없는 코드입니다. 다른 세대의 표에 있습니다',
    success: '실패가 아닙니다: 0은 성공이며 정책이 적용되지 않습니다',
    matches: '"{q}"와 일치하는 코드 {n}개:',
    more: '자세히 보려면 `gme-result explain <코드>`를 실행하세요.',
    list: '{table}: 코드 {n}개',
    unknownCode: '{summary} 알려진 코드를 모두 보려면 `gme-result explain --list`를 실행하세요.',
    unknownName:
      '이름이 "{q}"와 비슷한 GME 코드가 없습니다. 모든 코드를 보려면 `gme-result explain --list`를 실행하세요.',
    noQuery: '설명할 코드나 이름을 적어 주세요.',
    badLocale: '--locale 값은 ko 또는 en이어야 합니다. 받은 값: {v}.',
    badTable: '--table 값은 gme-2022 또는 gme-2023이어야 합니다. 받은 값: {v}.',
    nothing: '없음',
    unknownOption: '알 수 없는 옵션입니다: {flag}.',
    noCommand: '명령이 없습니다.',
    unknownCommand: '알 수 없는 명령입니다: "{command}".',
  },
};

function label(locale: GmeLocale, key: string, vars: Readonly<Record<string, string | number>> = {}): string {
  let text = LABELS[locale][key] ?? key;
  for (const [name, value] of Object.entries(vars)) text = text.replace(`{${name}}`, () => String(value));
  return text;
}

/** The locale from `--locale`, else the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order). */
export function localeFromEnv(env: CliEnv): GmeLocale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

interface Parsed {
  readonly queries: string[];
  readonly list: boolean;
  readonly locale: GmeLocale;
  readonly table: GmeTableId;
}

/** The parsed arguments, or the first problem in the locale known so far. */
function parseArgs(
  args: readonly string[],
  env: CliEnv,
): Parsed | { readonly problem: string; readonly locale: GmeLocale } {
  const queries: string[] = [];
  let list = false;
  let locale = localeFromEnv(env);
  let table: GmeTableId = 'gme-2022';
  const bad = (key: string, vars: Readonly<Record<string, string>>) => ({
    problem: label(locale, key, vars),
    locale,
  });
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--list') list = true;
    else if (flag === '--locale') {
      const v = value();
      if (v !== 'ko' && v !== 'en') return bad('badLocale', { v: v ?? label(locale, 'nothing') });
      locale = v;
    } else if (flag === '--table') {
      const v = value();
      if (v !== 'gme-2022' && v !== 'gme-2023') return bad('badTable', { v: v ?? label(locale, 'nothing') });
      table = v;
    } else if (flag.startsWith('--')) return bad('unknownOption', { flag });
    else queries.push(arg);
  }
  return { queries, list, locale, table };
}

const namesOf = (e: CatalogEntry): string[] => [e.name, ...e.aliases, ...(e.in2023 ? [e.in2023.name] : [])];

/** Codes whose name (any alias, any table) is the query, or else contains it; any case. */
export function findByName(query: string): CatalogEntry[] {
  const q = query.toUpperCase();
  const exact = catalog.filter((e) => namesOf(e).some((n) => n.toUpperCase() === q));
  return exact.length > 0
    ? exact
    : catalog.filter((e) => namesOf(e).some((n) => n.toUpperCase().includes(q)));
}

function policyLines(code: number, locale: GmeLocale, rows: readonly PolicyRow[]): string[] {
  if (code === 0) return [`  ${label(locale, 'policy')}: ${label(locale, 'success')}`];
  const out: string[] = [];
  for (const row of rows.filter((r) => r.code === code)) {
    const head =
      row.operation === undefined
        ? `  ${label(locale, 'policy')}: ${row.decision}`
        : `    ${label(locale, 'for')} ${row.operation}: ${row.decision}`;
    out.push(head);
    if (row.reason !== '') out.push(`${' '.repeat(row.operation === undefined ? 4 : 6)}${row.reason}`);
  }
  return out;
}

function fullLines(d: CodeDescription, rows: readonly PolicyRow[]): string[] {
  const l = (key: string): string => label(d.locale, key);
  return [
    `${d.code} ${d.name}`,
    ...(d.inTable ? [] : [`  (${label(d.locale, 'notInTable', { table: d.table })})`]),
    ...(d.aliases.length > 0 ? [`  ${l('aliases')}: ${d.aliases.join(', ')}`] : []),
    `  ${l('category')}: ${d.category}`,
    `  ${l('summary')}: ${d.summary}`,
    `  ${l('cause')}: ${d.cause}`,
    `  ${l('action')}: ${d.action}`,
    ...policyLines(d.code, d.locale, rows),
  ];
}

/** One query's lines, or an error message. */
function explainOne(query: string, p: Parsed, rows: readonly PolicyRow[]): string[] | string {
  const options = { locale: p.locale, table: p.table };
  if (NUMERIC.test(query.trim())) {
    const d = describeCode(query, options);
    if (!d.known) return label(p.locale, 'unknownCode', { summary: d.summary });
    return fullLines(d, rows);
  }
  const found = findByName(query);
  if (found.length === 0) return label(p.locale, 'unknownName', { q: query });
  if (found.length === 1) return fullLines(describeCode((found[0] as CatalogEntry).code, options), rows);
  const described = found.map((e) => describeCode(e.code, options));
  return [
    label(p.locale, 'matches', { n: found.length, q: query }),
    ...described.map((d) => `  ${String(d.code).padStart(6)}  ${d.name.padEnd(44)} ${d.summary}`),
    label(p.locale, 'more'),
  ];
}

function listLines(p: Parsed): string[] {
  const entries = catalog.filter((e) => e.tables.includes(p.table)).sort((a, b) => a.code - b.code);
  const described = entries.map((e) => describeCode(e.code, { locale: p.locale, table: p.table }));
  const width = Math.max(...described.map((d) => d.name.length));
  return [
    label(p.locale, 'list', { table: p.table, n: entries.length }),
    ...described.map(
      (d) => `${String(d.code).padStart(6)}  ${d.name.padEnd(width)}  ${d.category.padEnd(21)}  ${d.summary}`,
    ),
  ];
}

/**
 * `gme-result explain <code|name>... [--list] [--locale ko|en] [--table gme-2022|gme-2023]`:
 * each code's name, category, meaning and what `defaultPolicy` does with it. Unknown input gives
 * a message on stderr and exit code 1.
 *
 * @param args - the arguments after `explain`
 * @param env - where the default locale comes from
 */
export function explain(args: readonly string[], env: CliEnv = {}): CliOutput {
  const p = parseArgs(args, env);
  if ('problem' in p) return { stdout: [], stderr: [p.problem, ...usage(p.locale)], exitCode: 1 };
  if (p.list) return { stdout: listLines(p), stderr: [], exitCode: 0 };
  if (p.queries.length === 0) {
    return { stdout: [], stderr: [label(p.locale, 'noQuery'), ...usage(p.locale)], exitCode: 1 };
  }
  const rows = describePolicy(defaultPolicy, { locale: p.locale });
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const query of p.queries) {
    const out = explainOne(query, p, rows);
    if (typeof out === 'string') stderr.push(out);
    else stdout.push(...(stdout.length > 0 ? [''] : []), ...out);
  }
  return { stdout, stderr, exitCode: stderr.length > 0 ? 1 : 0 };
}

/** The usage of every command in `locale`: `explain`, then `simulate`. */
export function allUsage(locale: GmeLocale): readonly string[] {
  return [...usage(locale), '', ...simulateUsage(locale)];
}

/** The usage of every command, in English. */
export const ALL_USAGE: readonly string[] = allUsage('en');

/**
 * The synchronous part of the CLI: `explain`, `--help`; anything else is an error. The bin runs
 * `simulate` (asynchronous) itself, before it gets here. Messages follow the environment's locale.
 */
export function runCli(argv: readonly string[], env: CliEnv = {}): CliOutput {
  const [command, ...rest] = argv;
  if (command === 'explain') return explain(rest, env);
  const locale = localeFromEnv(env);
  if (command === '--help' || command === '-h' || command === 'help') {
    return { stdout: [...allUsage(locale)], stderr: [], exitCode: 0 };
  }
  const problem =
    command === undefined ? label(locale, 'noCommand') : label(locale, 'unknownCommand', { command });
  return { stdout: [], stderr: [problem, ...allUsage(locale)], exitCode: 1 };
}
