/** Checks one argument object; returns the first problem, naming the field and its value, or undefined. */
export type Validator = (args: unknown) => string | undefined;
type FieldCheck = (args: Record<string, unknown>) => string | undefined;

/** A short, log-safe description of a value for error messages. */
export function describeValue(value: unknown): string {
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

function owns(args: Record<string, unknown>, field: string): unknown {
  return Object.hasOwn(args, field) ? args[field] : undefined;
}

/** Field checks for operation arguments. Secrets are described by type and length, never shown. */
export const v = {
  object:
    (...fields: FieldCheck[]): Validator =>
    (args) => {
      if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        return `Expected the argument to be an object, got ${describeValue(args)}.`;
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
      return typeof value === 'string' && value.length >= min && value.length <= max
        ? undefined
        : `Expected \`${field}\` to be a string of ${min} to ${max} characters, got ${describeValue(value)}.`;
    },
  optionalString:
    (field: string, min: number, max: number): FieldCheck =>
    (args) =>
      owns(args, field) === undefined ? undefined : v.string(field, min, max)(args),
  digits:
    (field: string): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      return typeof value === 'string' && /^[0-9]{1,19}$/.test(value)
        ? undefined
        : `Expected \`${field}\` to be a string of 1 to 19 digits (GME open ids are Int64 numbers), got ${describeValue(value)}.`;
    },
  oneOf:
    (field: string, allowed: readonly number[]): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      return allowed.includes(value as number)
        ? undefined
        : `Expected \`${field}\` to be one of ${allowed.join(', ')}, got ${describeValue(value)}.`;
    },
  optionalInt:
    (field: string, min: number, max: number): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (value === undefined) return undefined;
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? undefined
        : `Expected \`${field}\` to be an integer from ${min} to ${max}, got ${describeValue(value)}.`;
    },
  secret:
    (field: string): FieldCheck =>
    (args) => {
      const value = owns(args, field);
      if (typeof value === 'string' && value.length > 0) return undefined;
      const got =
        typeof value === 'string'
          ? 'an empty string'
          : value === null || value === undefined
            ? String(value)
            : `a value of type ${typeof value}`;
      return `Expected \`${field}\` to be a non-empty string, got ${got}.`;
    },
};
