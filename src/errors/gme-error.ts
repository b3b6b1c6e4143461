import type { GmeCategory, GmeCode, GmeLocale, GmeTableId, NameOfCode } from '../codes/catalog.js';
import { describeCode } from '../codes/describe-code.js';

/** Where an error was made: reported by the GME SDK, or made by this library itself (timeout, bad argument...). */
export type GmeErrorSource = 'sdk' | 'client';

/**
 * A code that no catalog table knows. It is a number at run time; its type is an empty ambient
 * enum so that `if (e.code === 7006)` narrows to the 7006 variant alone (TypeScript cannot
 * rule out a plain `number` or a branded number there). Reach these errors through
 * `e.name === 'UNKNOWN_CODE'`, and compare their code as a number: `(e.code as number) === 99999`.
 */
declare enum UnknownGmeCodeEnum {}
/**
 * The `code` type of an error whose code no table knows. A number at run time, typed as an empty
 * enum so that `if (e.code === 7006)` narrows to the 7006 variant alone. Reach these errors through
 * `e.name === 'UNKNOWN_CODE'` and compare the code as a number: `(e.code as number) === 99999`.
 *
 * @example
 * import { isGmeError } from 'gme-result';
 * if (isGmeError(e) && e.name === 'UNKNOWN_CODE') report(e.code as number);
 */
export type UnknownGmeCode = UnknownGmeCodeEnum;

/** The fields every {@link GmeError} has, whatever its code. */
export interface GmeErrorFields extends Error {
  /** The SDK call that failed, e.g. `'enterRoom'`, or the method name given to `call()`. */
  readonly operation: string;
  /** SDK invocations made for this call (0 when the call was rejected before reaching the SDK). */
  readonly attempts: number;
  /** Human-readable text in the client's locale. Never contains an auth buffer. */
  readonly message: string;
  /** `'sdk'` when GME reported the code, `'client'` when this library made the error itself. */
  readonly source: GmeErrorSource;
  /** The catalog category of the code, or `'unknown'`. */
  readonly category: GmeCategory | 'unknown';
  /** True when retries stopped because the client's retry budget was empty. */
  readonly budgetExhausted: boolean;
  /** True when the call was refused at once because the operation's circuit breaker was open. */
  readonly circuitOpen: boolean;
  /** Raw data behind the error: the parsed SDK payload or the thrown value. Never an auth buffer. */
  readonly cause?: unknown;
  /** A log-safe plain object (no stack, no raw SDK objects beyond their JSON-safe parts). */
  toJSON(): GmeErrorJSON;
}

/** The shape {@link GmeErrorFields.toJSON} returns. */
export interface GmeErrorJSON {
  readonly code: number;
  readonly name: string;
  readonly category: GmeCategory | 'unknown';
  readonly operation: string;
  readonly attempts: number;
  readonly message: string;
  readonly source: GmeErrorSource;
  readonly budgetExhausted: boolean;
  readonly circuitOpen: boolean;
  readonly cause?: unknown;
}

/** The error for one known code: `name` is that code's SDK constant. */
export interface KnownGmeError<C extends GmeCode = GmeCode> extends GmeErrorFields {
  readonly code: C;
  readonly name: NameOfCode<C> & string;
}

/** A code no table knows. */
export interface UnknownGmeError extends GmeErrorFields {
  readonly code: UnknownGmeCode;
  readonly name: 'UNKNOWN_CODE';
}

/**
 * The error of every failed call: a union discriminated on the literal `code`, so narrowing on
 * `code` narrows `name` to the SDK's own constant.
 *
 * @example
 * import { isGmeError } from 'gme-result';
 * const r = await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer });
 * if (r.isErr() && r.error.code === 7006) r.error.name; // 'AV_ERR_AUTH_FIALD'
 */
export type GmeError = { [C in GmeCode]: KnownGmeError<C> }[GmeCode] | UnknownGmeError;

/** A brand that survives two copies of this package in one app (unlike `instanceof`). */
const BRAND = Symbol.for('gme-result.GmeError');
const define = Object.defineProperty;

class GmeErrorImpl extends Error {
  declare readonly code: number;
  declare readonly name: string;
  declare readonly category: GmeCategory | 'unknown';
  declare readonly operation: string;
  declare readonly attempts: number;
  declare readonly source: GmeErrorSource;
  declare readonly budgetExhausted: boolean;
  declare readonly circuitOpen: boolean;
  declare readonly cause?: unknown;

  constructor(init: GmeErrorInit, message: string, category: GmeCategory | 'unknown', name: string) {
    // No stack frames: a GmeError is made in the event bridge or the retry loop, whose frames say
    // nothing about the game's call, and walking them was most of what a failed attempt cost.
    // `stack` is then the name and the message alone.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      Error.stackTraceLimit = limit;
    }
    // Own, read-only fields; `name` shadows Error.prototype.name on purpose. One defineProperty
    // per field: on Node 20 that costs about an eighth less than one defineProperties call.
    define(this, BRAND, { value: true });
    define(this, 'name', { value: name, enumerable: true });
    define(this, 'code', { value: init.code, enumerable: true });
    define(this, 'category', { value: category, enumerable: true });
    define(this, 'operation', { value: init.operation, enumerable: true });
    define(this, 'attempts', { value: init.attempts ?? 0, enumerable: true });
    define(this, 'source', { value: init.source, enumerable: true });
    define(this, 'budgetExhausted', { value: init.budgetExhausted ?? false, enumerable: true });
    define(this, 'circuitOpen', { value: init.circuitOpen ?? false, enumerable: true });
    if (init.cause !== undefined) define(this, 'cause', { value: init.cause, enumerable: false });
  }

  toJSON(): GmeErrorJSON {
    const json: { -readonly [K in keyof GmeErrorJSON]: GmeErrorJSON[K] } = {
      code: this.code,
      name: this.name,
      category: this.category,
      operation: this.operation,
      attempts: this.attempts,
      message: this.message,
      source: this.source,
      budgetExhausted: this.budgetExhausted,
      circuitOpen: this.circuitOpen,
    };
    const safe = jsonSafe(this.cause);
    if (safe !== undefined) json.cause = safe;
    return json;
  }
}

/** What {@link createGmeError} needs; everything else is looked up in the catalog. */
export interface GmeErrorInit {
  readonly code: number;
  readonly operation: string;
  readonly source: GmeErrorSource;
  /** @default 0 */
  readonly attempts?: number;
  readonly cause?: unknown;
  /** Extra detail appended to the catalog text (e.g. which field was invalid). Must hold no secret. */
  readonly detail?: string;
  /** @default 'en' */
  readonly locale?: GmeLocale;
  /** @default 'gme-2022' */
  readonly table?: GmeTableId;
  /** @default false */
  readonly budgetExhausted?: boolean;
  /** @default false */
  readonly circuitOpen?: boolean;
}

/**
 * Builds a {@link GmeError}: name, category and message come from the catalog in the given locale.
 * Unknown codes get the name `UNKNOWN_CODE`.
 */
export function createGmeError(init: GmeErrorInit): GmeError {
  // describeCode reads `locale` and `table` from init and resolves their defaults.
  const d = describeCode(init.code, init);
  const head =
    d.locale === 'ko'
      ? `${init.operation} 실패 (${init.code} ${d.name})`
      : `${init.operation} failed with ${init.code} ${d.name}`;
  const detail = init.detail === undefined ? '' : ` ${init.detail}`;
  const message = `${head}: ${d.summary}${detail} ${d.action}`;
  return new GmeErrorImpl(init, message, d.category, d.name) as unknown as GmeError;
}

/**
 * Copies an error with some fields changed (the message is rebuilt only when the code changes).
 * The copy's `stack` reads the original's when asked: copying it eagerly would make V8 format the
 * trace on every failed call, which is most of what a failure costs.
 */
export function withErrorFields(
  error: GmeError,
  patch: Partial<Pick<GmeErrorFields, 'attempts' | 'budgetExhausted' | 'circuitOpen'>>,
): GmeError {
  const changes = patch as Readonly<Record<PropertyKey, unknown>>;
  // Nothing to change: the error itself is the answer (errors are immutable).
  let same = true;
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && (error as unknown as Record<string, unknown>)[key] !== value) same = false;
  }
  if (same) return error;
  const copy = Object.create(Object.getPrototypeOf(error) as object | null) as object;
  // Own keys in the original's order, like Object.getOwnPropertyDescriptors, but never `stack`'s value.
  for (const key of Reflect.ownKeys(error)) {
    if (key === 'stack') define(copy, key, stackOf(error));
    else if (Object.hasOwn(changes, key) && changes[key] !== undefined)
      define(copy, key, { value: changes[key], enumerable: true });
    else define(copy, key, Object.getOwnPropertyDescriptor(error, key) as PropertyDescriptor);
  }
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined && !Object.hasOwn(copy, key)) define(copy, key, { value, enumerable: true });
  }
  return copy as GmeError;
}

/** A `stack` that reads `original.stack` on each access until assigned, then holds its own value (as a data property would). */
function stackOf(original: object): PropertyDescriptor {
  return { configurable: true, get: () => (original as Error).stack, set: setOwnStack };
}

function setOwnStack(this: object, value: unknown): void {
  define(this, 'stack', { value, writable: true, configurable: true });
}

/**
 * True for a {@link GmeError}, even one made by another copy of this package: it checks a
 * registered-symbol brand and the field shapes, never `instanceof` alone.
 *
 * @example
 * import { isGmeError } from 'gme-result';
 * try { await somethingElse(); } catch (e) { if (isGmeError(e)) console.log(e.code, e.name); }
 */
export function isGmeError(value: unknown): value is GmeError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<PropertyKey, unknown>;
  return (
    v[BRAND] === true &&
    typeof v.code === 'number' &&
    typeof v.name === 'string' &&
    typeof v.operation === 'string' &&
    (v.source === 'sdk' || v.source === 'client')
  );
}

/**
 * A JSON-safe copy of a cause: plain data, at most 5 levels and 50 entries per level. It never
 * throws — a hostile value (a throwing getter, a proxy whose traps throw, a cycle) reads as
 * `'[unreadable]'` where it fails — and never gives the copy a prototype: a `__proto__` key stays
 * a plain own key, as `JSON.parse` made it.
 */
function jsonSafe(value: unknown, depth = 0): unknown {
  try {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    if (depth > 4) return '[deep]';
    if (value instanceof Error) return { name: String(value.name), message: String(value.message) };
    if (Array.isArray(value)) return value.slice(0, 50).map((v) => jsonSafe(v, depth + 1) ?? null);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).slice(0, 50)) {
      let safe: unknown;
      try {
        safe = jsonSafe((value as Record<string, unknown>)[key], depth + 1);
      } catch {
        safe = UNREADABLE;
      }
      if (safe !== undefined)
        define(out, key, { value: safe, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } catch {
    return UNREADABLE;
  }
}

const UNREADABLE = '[unreadable]';
