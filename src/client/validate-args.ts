import type { GmeLocale } from '../codes/catalog.js';

/**
 * What is wrong with an argument: the field at fault and a message for it in either locale. The
 * client renders it in its own `locale` as the detail of a client 1004 error.
 */
export interface ValidationProblem {
  /** The field at fault, e.g. `'roomId'`; `''` when the problem is about the whole argument. */
  readonly field: string;
  /** The problem in `locale`, naming the field and a log-safe description of the value. */
  render(locale: GmeLocale): string;
}

/** Checks one argument object; returns the first problem, naming the field and its value, or undefined. */
export type Validator = (args: unknown) => ValidationProblem | undefined;
type FieldCheck = (args: Record<string, unknown>) => ValidationProblem | undefined;

/** One phrase in both locales. */
export interface Phrase {
  readonly en: string;
  readonly ko: string;
}

/**
 * A short, log-safe description of a value for error messages, in English unless `locale` says
 * otherwise. Strings show at most 40 characters and their length; objects only their kind.
 */
export function describeValue(value: unknown, locale: GmeLocale = 'en'): string {
  const ko = locale === 'ko';
  if (typeof value === 'string') {
    const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (ko) return `${text} (${value.length}자)`;
    return `${text} (${value.length} character${value.length === 1 ? '' : 's'})`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return ko ? '배열' : 'an array';
  if (typeof value === 'object') return ko ? '객체' : 'an object';
  return ko ? `${typeof value} 값` : `a ${typeof value}`;
}

/** What a message is about when it is not a field. `ko` carries its topic particle (`'인수는'`). */
const ARGUMENT: Phrase = { en: 'the argument', ko: '인수는' };

/**
 * A problem that reads ``Expected `field` to be <en>, got <value>.`` in English and
 * ``` `field` 값은 <ko>. 받은 값: <value>.``` in Korean. With `field` `''` it speaks of `subject`
 * (the argument itself by default). Without `got` it names no value (a signal cannot be shown).
 */
export function fieldProblem(
  field: string,
  expected: Phrase,
  got?: (locale: GmeLocale) => string,
  subject: Phrase = ARGUMENT,
): ValidationProblem {
  return Object.freeze({
    field,
    render(locale: GmeLocale): string {
      if (locale === 'ko') {
        const topic = field === '' ? subject.ko : `\`${field}\` 값은`;
        return `${topic} ${expected.ko}.${got === undefined ? '' : ` 받은 값: ${got('ko')}.`}`;
      }
      const name = field === '' ? subject.en : `\`${field}\``;
      return `Expected ${name} to be ${expected.en}${got === undefined ? '' : `, got ${got('en')}`}.`;
    },
  });
}

const shown =
  (value: unknown) =>
  (locale: GmeLocale): string =>
    describeValue(value, locale);

/** How a secret that is not a non-empty string is described: by its kind, never its text. */
const secretShown =
  (value: unknown) =>
  (locale: GmeLocale): string => {
    const ko = locale === 'ko';
    if (typeof value === 'string') return ko ? '빈 문자열' : 'an empty string';
    if (value === null || value === undefined) return String(value);
    return ko ? `${typeof value} 형식의 값` : `a value of type ${typeof value}`;
  };

function owns(args: Record<string, unknown>, field: string): unknown {
  return Object.hasOwn(args, field) ? args[field] : undefined;
}

/** Field checks for operation arguments. Secrets are described by type and length, never shown. */
export const v = {
  object:
    (...fields: FieldCheck[]): Validator =>
    (args) => {
      if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        return fieldProblem('', { en: 'an object', ko: '객체여야 합니다' }, shown(args));
      }
      for (const check of fields) {
        const problem = check(args as Record<string, unknown>);
        if (problem !== undefined) return problem;
      }
      return undefined;
    },
  string:
    (field: string, min: number, max: number): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (typeof value === 'string' && value.length >= min && value.length <= max) return undefined;
      const expected = {
        en: `a string of ${min} to ${max} characters`,
        ko: `${min}~${max}자의 문자열이어야 합니다`,
      };
      return fieldProblem(field, expected, shown(value));
    },
  optionalString: (field: string, min: number, max: number): FieldCheck => {
    const present = v.string(field, min, max);
    return (args) => (owns(args, field) === undefined ? undefined : present(args));
  },
  digits:
    (field: string): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (typeof value === 'string' && /^[0-9]{1,19}$/.test(value)) return undefined;
      const expected = {
        en: 'a string of 1 to 19 digits (GME open ids are Int64 numbers)',
        ko: '1~19자리 숫자로 된 문자열이어야 합니다(GME 오픈 ID는 Int64 정수)',
      };
      return fieldProblem(field, expected, shown(value));
    },
  oneOf:
    (field: string, allowed: readonly number[]): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (allowed.includes(value as number)) return undefined;
      const list = allowed.join(', ');
      return fieldProblem(field, { en: `one of ${list}`, ko: `${list} 중 하나여야 합니다` }, shown(value));
    },
  optionalInt:
    (field: string, min: number, max: number): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (value === undefined) return undefined;
      if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return undefined;
      const expected = { en: `an integer from ${min} to ${max}`, ko: `${min}~${max} 사이의 정수여야 합니다` };
      return fieldProblem(field, expected, shown(value));
    },
  secret:
    (field: string): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (typeof value === 'string' && value.length > 0) return undefined;
      const expected = { en: 'a non-empty string', ko: '비어 있지 않은 문자열이어야 합니다' };
      return fieldProblem(field, expected, secretShown(value));
    },
};
