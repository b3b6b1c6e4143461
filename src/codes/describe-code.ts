/**
 * `describeCode`: turns any value that might be a GME code into a readable, frozen description
 * in English or Korean, following a chosen table generation. It never throws.
 */
import {
  type CatalogEntry,
  type CodeText,
  catalogEntry,
  type GmeCategory,
  type GmeCode,
  type GmeLocale,
  type GmeTableId,
  KNOWN_CODES,
} from './catalog.js';

/** What {@link describeCode} reports about one value. Frozen. */
export interface CodeDescription {
  /**
   * The code: the catalog's code when known; otherwise the given number (or the number a
   * numeric string spells) when finite, else `NaN`.
   */
  readonly code: number;
  /** Whether any table in the catalog knows the code (even when the chosen table does not list it). */
  readonly known: boolean;
  /** The SDK name in the chosen table; `'UNKNOWN_CODE'` when the code is unknown. */
  readonly name: string;
  /** The code's other names (the primary name, when the 2023 name is shown); empty when unknown. */
  readonly aliases: readonly string[];
  /** The feature area, or `'unknown'`. */
  readonly category: GmeCategory | 'unknown';
  /** The table generation the description follows. */
  readonly table: GmeTableId;
  /** Whether the chosen table lists the code; `false` for a known code another generation lists. */
  readonly inTable: boolean;
  /** The language of `summary`, `cause` and `action`. */
  readonly locale: GmeLocale;
  /** What happened, in one sentence; for an unknown value it repeats the value. */
  readonly summary: string;
  /** The likely cause. */
  readonly cause: string;
  /** What to do about it. */
  readonly action: string;
}

/**
 * Options of {@link describeCode}. An invalid value falls back to the default; nothing throws.
 *
 * @example
 * import { describeCode } from 'gme-result';
 * describeCode(10004, { locale: 'ko', table: 'gme-2023' }).name; // the 2023 name of 10004
 */
export interface DescribeCodeOptions {
  /**
   * The language of the texts.
   * @default 'en'
   */
  readonly locale?: GmeLocale;
  /**
   * The table generation whose names and texts to use. With `'gme-2023'`, a code the 2023 page
   * renamed (the `VOICE_` voice-message names, 10004, 10005) shows its 2023 name, and 10003 its
   * 2023 meaning.
   * @default 'gme-2022'
   */
  readonly table?: GmeTableId;
}

const UNKNOWN_NAME = 'UNKNOWN_CODE';
const DECIMAL = /^-?\d+$/;
const HEX = /^0[xX][0-9a-fA-F]+$/;
const MAX_ECHOED_STRING = 32;

/**
 * Whether `x` is a number that some table of the catalog lists (strings are not accepted).
 *
 * @example
 * ```ts
 * import { isKnownCode } from 'gme-result';
 *
 * isKnownCode(7004); // true
 * isKnownCode('7004'); // false: only numbers
 * ```
 */
export function isKnownCode(x: unknown): x is GmeCode {
  return typeof x === 'number' && KNOWN_CODES.has(x);
}

/**
 * Describes a GME code: its name, category, and what happened, why, and what to do, in English
 * or Korean, following the 2022 table (the default) or the 2023 one.
 *
 * Accepted inputs: a number, or a string that is exactly an integer in decimal (`"7004"`,
 * `" -1 "`, surrounding whitespace ignored) or in `0x` hexadecimal (`"0x50012"`, as GME pages
 * write 327698). Everything else (non-integers, `NaN`, `null`, objects, bigints, other strings)
 * gives the unknown description: `known: false`, `name: 'UNKNOWN_CODE'`, a summary that repeats
 * the value (long strings are not repeated, so a secret passed by mistake is not echoed).
 *
 * A known code that the chosen table does not list is still described, with `inTable: false`.
 * An invalid `locale` or `table` option falls back to its default. The function never throws.
 *
 * @param code - the value to describe, typically an SDK return value or an event's `result`
 * @param options - language and table generation
 * @returns a frozen description
 *
 * @example
 * ```ts
 * import { describeCode } from 'gme-result';
 *
 * const d = describeCode(4097, { locale: 'ko', table: 'gme-2023' });
 * console.log(d.name, d.summary); // VOICE_RECORDER_PARAM_NULL, then the Korean summary
 * describeCode('abc').known; // false
 * ```
 */
export function describeCode(code: unknown, options?: DescribeCodeOptions): CodeDescription {
  const locale: GmeLocale = readOption(options, 'locale') === 'ko' ? 'ko' : 'en';
  const table: GmeTableId = readOption(options, 'table') === 'gme-2023' ? 'gme-2023' : 'gme-2022';
  const value = toNumber(code);
  const entry = Number.isInteger(value) ? catalogEntry(value) : undefined;
  return entry === undefined
    ? describeUnknown(code, value, locale, table)
    : describeKnown(entry, locale, table);
}

const knownCache = new Map<string, CodeDescription>();

function describeKnown(entry: CatalogEntry, locale: GmeLocale, table: GmeTableId): CodeDescription {
  const key = `${table}:${locale}:${entry.code}`;
  const cached = knownCache.get(key);
  if (cached !== undefined) return cached;
  const renamed = table === 'gme-2023' ? entry.in2023 : undefined;
  const name = renamed?.name ?? entry.name;
  const text: CodeText = renamed?.[locale] ?? entry[locale];
  const aliases =
    name === entry.name
      ? entry.aliases
      : Object.freeze([entry.name, ...entry.aliases].filter((alias) => alias !== name));
  const description: CodeDescription = Object.freeze({
    code: entry.code,
    known: true,
    name,
    aliases,
    category: entry.category,
    table,
    inTable: entry.tables.includes(table),
    locale,
    summary: text.summary,
    cause: text.cause,
    action: text.action,
  });
  knownCache.set(key, description);
  return description;
}

function describeUnknown(
  input: unknown,
  value: number,
  locale: GmeLocale,
  table: GmeTableId,
): CodeDescription {
  const numeric = Number.isInteger(value);
  const shown = echo(input, value, locale);
  const text: CodeText =
    locale === 'ko'
      ? {
          summary: `알 수 없는 GME 코드입니다: ${shown}.`,
          cause: numeric
            ? '이 라이브러리가 아는 어떤 GME 오류 코드 표에도 없는 값입니다. 더 새롭거나 오래된 SDK의 코드일 수 있습니다.'
            : '정수로 읽을 수 없는 값이라 GME 코드가 될 수 없습니다.',
          action: '사용하는 SDK 세대를 확인하고, 그 세대의 문서와 SDK 로그에서 이 값을 찾아보세요.',
        }
      : {
          summary: `Unknown GME code ${shown}.`,
          cause: numeric
            ? 'No GME error table known to this library lists this value; it may come from a newer or older SDK.'
            : 'The value cannot be read as an integer, so it cannot be a GME code.',
          action:
            'Check which SDK generation you use, and look the value up in its documentation and the SDK log.',
        };
  return Object.freeze({
    code: Number.isFinite(value) ? value : Number.NaN,
    known: false,
    name: UNKNOWN_NAME,
    aliases: Object.freeze([]),
    category: 'unknown',
    table,
    inTable: false,
    locale,
    ...text,
  });
}

/** The number a value stands for: a number itself, or a decimal/hex integer string; else NaN. */
function toNumber(input: unknown): number {
  if (typeof input === 'number') return input;
  if (typeof input !== 'string') return Number.NaN;
  const trimmed = input.trim();
  if (DECIMAL.test(trimmed) || HEX.test(trimmed)) return Number(trimmed);
  return Number.NaN;
}

/** Reads one option without trusting the options object (it may be anything, even a Proxy). */
function readOption(options: unknown, key: keyof DescribeCodeOptions): unknown {
  if (typeof options !== 'object' || options === null) return undefined;
  try {
    return (options as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** How an unknown value is shown in the summary; touches no property of objects. */
function echo(input: unknown, value: number, locale: GmeLocale): string {
  const ko = locale === 'ko';
  switch (typeof input) {
    case 'number':
      return String(input);
    case 'string': {
      if (!Number.isNaN(value)) return String(value);
      const trimmed = input.trim();
      if (trimmed.length <= MAX_ECHOED_STRING) return JSON.stringify(trimmed);
      return ko ? `${trimmed.length}자 문자열` : `a string of ${trimmed.length} characters`;
    }
    case 'bigint':
      return `${input}n`;
    case 'boolean':
    case 'undefined':
      return String(input);
    case 'symbol':
      return ko ? '심볼' : 'a symbol';
    case 'function':
      return ko ? '함수' : 'a function';
    case 'object':
      return input === null ? 'null' : describeObject(input, ko);
  }
}

function describeObject(input: object, ko: boolean): string {
  let isArray = false;
  try {
    isArray = Array.isArray(input); // throws for a revoked Proxy
  } catch {
    // not an array we can inspect: describe it as an object
  }
  if (isArray) return ko ? '배열' : 'an array';
  return ko ? '객체' : 'an object';
}
