/** A value as a message shows it: numbers as they are, strings quoted with their length, else the kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `${JSON.stringify(shown)} (${value.length} character${value.length === 1 ? '' : 's'})`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Throws the TypeError of a bad option: `` Expected `field` to be expected, got value. `` */
export function refuse(field: string, expected: string, value: unknown): never {
  throw new TypeError(`Expected \`${field}\` to be ${expected}, got ${describe(value)}.`);
}

/** `value` as an integer in [min, max], or a TypeError naming `field`. */
export function integer(field: string, value: unknown, min: number, max: number): number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    refuse(field, `an integer from ${min} to ${max}`, value);
  }
  return value as number;
}

/** `value` as a finite number in (0, max], or a TypeError naming `field`. */
export function positive(field: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    refuse(field, `a number above 0 and at most ${max}`, value);
  }
  return value;
}

/** `value` as a plain object whose keys are all in `known`, or a TypeError naming `field`. */
export function record(
  field: string,
  value: unknown,
  known: readonly string[],
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse(field, 'an object', value);
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      throw new TypeError(`Unknown field \`${key}\` in \`${field}\` (known: ${known.join(', ')}).`);
    }
  }
  return value as Readonly<Record<string, unknown>>;
}

/** `value` as a string of 1 to `max` characters, or a TypeError naming `field`. */
export function text(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) {
    refuse(field, `a string of 1 to ${max} characters`, value);
  }
  return value;
}
