/**
 * Field checks shared by the action helpers, `definePolicy`, the budget, the breaker and
 * `parsePolicy`, so a rule is written once and reported two ways: as a thrown `TypeError` for
 * code, and as a list of path-named issues for JSON.
 */

/** Returns `undefined` for a good value, else what was expected (`'an integer from 1 to 20'`). */
export type Check = (value: unknown) => string | undefined;

/** One problem found in an options object or a JSON document; `path` holds the keys from the root. */
export type Problem =
  | {
      readonly kind: 'invalid';
      readonly path: readonly string[];
      readonly expected: string;
      readonly value: unknown;
    }
  | { readonly kind: 'unknown'; readonly path: readonly string[]; readonly known: readonly string[] };

/** Short, log-safe text for a value: strings quoted and cut at 40 characters, objects named by kind. */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      return Array.isArray(value) ? 'an array' : 'an object';
  }
}

/** An integer within `[min, max]`. */
export const integerIn =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? undefined
      : `an integer from ${min} to ${max}`;

/** A finite number within `[min, max]`. */
export const numberIn =
  (min: number, max: number): Check =>
  (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max
      ? undefined
      : `a number from ${min} to ${max}`;

/** One of the given strings. */
export const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? undefined
      : `one of ${values.map((s) => `'${s}'`).join(', ')}`;

/** A `reason`: one line of 1 to 200 characters. */
export const isReason: Check = (v) =>
  typeof v === 'string' && v.length >= 1 && v.length <= 200 && !/[\r\n\u2028\u2029]/.test(v)
    ? undefined
    : 'a one-line string of 1 to 200 characters';

/** True for `{}`-like objects (plain or null-prototype), false for arrays, class instances, null. */
export function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
}

/**
 * Checks the own keys of `value` against `spec`: unknown keys and bad values become problems under
 * `path`. Keys whose value is `undefined` are skipped (an explicit `undefined` means "the default").
 */
export function checkFields(
  value: Readonly<Record<string, unknown>>,
  spec: Readonly<Record<string, Check>>,
  path: readonly string[],
  problems: Problem[],
): void {
  const known = Object.keys(spec);
  for (const key of Object.keys(value)) {
    const check = Object.hasOwn(spec, key) ? spec[key] : undefined;
    if (check === undefined) {
      problems.push({ kind: 'unknown', path: [...path, key], known });
      continue;
    }
    const field = value[key];
    if (field === undefined) continue;
    const expected = check(field);
    if (expected !== undefined)
      problems.push({ kind: 'invalid', path: [...path, key], expected, value: field });
  }
}

/** The `TypeError` for a problem found in options given to code (``Expected `x` to be …, got …``). */
export function problemToTypeError(problem: Problem, where: string): TypeError {
  const name = problem.path.join('.');
  if (problem.kind === 'unknown') {
    return new TypeError(
      `Unknown option \`${name}\` given to ${where}; expected one of ${problem.known.join(', ')}.`,
    );
  }
  return new TypeError(
    `Expected \`${name}\` to be ${problem.expected}, got ${describeValue(problem.value)}.`,
  );
}

/** Throws the first problem as a `TypeError`, if any. */
export function throwFirst(problems: readonly Problem[], where: string): void {
  const first = problems[0];
  if (first !== undefined) throw problemToTypeError(first, where);
}

/** Throws unless `value` is `undefined` or a plain object; returns it as a record (`{}` for undefined). */
export function optionsObject(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    throw new TypeError(`Expected the options of ${where} to be an object, got ${describeValue(value)}.`);
  }
  return value;
}
