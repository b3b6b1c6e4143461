/**
 * An SDK event payload, read defensively. Electron hands over JSON text, the Web SDK an object;
 * both end up here.
 */
export interface ParsedPayload {
  /** The event's code (`result`, or `code` in some doc tables); `undefined` when absent or unreadable. */
  readonly result: number | undefined;
  /** `error_info`, when it is a string. */
  readonly errorInfo?: string;
  /** `file_path` (or `filepath`), when it is a string. Empty strings are kept as GME sent them. */
  readonly filePath?: string;
  /** `file_id` (or `fileid`), when it is a string. Empty strings are kept as GME sent them. */
  readonly fileId?: string;
  /** `text`, when it is a string. */
  readonly text?: string;
  /**
   * True when the payload could not be read as GME's object: bad JSON, not an object, or a
   * `result` that is present but not an integer code. A payload without `result` at all (user
   * updates, quality reports) is not malformed.
   */
  readonly malformed: boolean;
  /**
   * A frozen, prototype-free shallow copy of the payload's own fields (empty when malformed).
   * For JSON text it is built on first read and then kept, so events nobody inspects cost no copy.
   */
  readonly data: Readonly<Record<string, unknown>>;
}

/** A payload's fields, as parsed from JSON or copied from an object. */
export type Fields = Record<string, unknown>;
type Draft = { -readonly [K in keyof ParsedPayload]: ParsedPayload[K] };

const EMPTY: Readonly<Fields> = Object.freeze(Object.create(null) as Fields);
const MALFORMED: ParsedPayload = Object.freeze({ result: undefined, malformed: true, data: EMPTY });
const CODE_TEXT = /^\s*-?\d{1,15}\s*$/;
/** What {@link codeField} answers when a payload has neither `result` nor `code`. */
export const ABSENT = Symbol('absent');

/**
 * Reads an SDK event payload — JSON text or an object — without ever throwing. Unknown fields
 * stay in `data`; fields of the wrong type are left out.
 *
 * @example
 * import { parsePayload } from 'gme-result';
 * parsePayload('{"result":0,"file_path":"/a.silk","file_id":"https://x/1"}');
 * // { result: 0, filePath: '/a.silk', fileId: 'https://x/1', malformed: false, data: {...} }
 * parsePayload('not json').malformed; // true
 */
export function parsePayload(raw: unknown): ParsedPayload {
  try {
    if (typeof raw === 'string') {
      const value: unknown = JSON.parse(raw); // bad JSON throws into the catch below
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return MALFORMED;
      return fromJson(value as Fields);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return MALFORMED;
    return fromObject(raw);
  } catch {
    // A hostile object (throwing getter, revoked proxy) is as unreadable as bad JSON.
    return MALFORMED;
  }
}

/**
 * A fresh `JSON.parse` result: nobody else holds it and it has only own data fields (a
 * `__proto__` key is one of them, not a prototype), so the known fields are read from it directly
 * and `data` is copied from it only when somebody reads it.
 */
export function fromJson(parsed: Fields): ParsedPayload {
  const code = codeField(parsed, Object.hasOwn);
  const result = toCode(code);
  const out = { result, malformed: code !== ABSENT && result === undefined } as Draft;
  LazyData.attach(out, parsed);
  return finish(out, parsed, Object.hasOwn);
}

/** A caller's object (Web SDK) may change or throw later: copy it now, and read the copy. */
function fromObject(source: object): ParsedPayload {
  return fromCopy(copyFields(source));
}

/** The payload of a prototype-free copy made by {@link copyFields}. */
export function fromCopy(data: Readonly<Fields>): ParsedPayload {
  const code = codeField(data, hasInCopy);
  const result = toCode(code);
  return finish({ result, malformed: code !== ABSENT && result === undefined, data }, data, hasInCopy);
}

/** A frozen, prototype-free copy: a `__proto__` key becomes a plain own field, never a prototype. */
export function copyFields(source: object): Readonly<Fields> {
  const data = Object.create(null) as Fields;
  for (const key of Object.keys(source)) data[key] = (source as Fields)[key];
  return Object.freeze(data);
}

/**
 * Whether `fields` holds `key` itself. Reading only such keys ignores anything inherited from a
 * polluted Object.prototype. The prototype-free copy inherits nothing, so there `in` answers (and
 * costs less than `Object.hasOwn`).
 */
export type Has = (fields: Fields, key: string) => boolean;
export const hasInCopy: Has = (fields, key) => key in fields;

/** The raw `result` (or, without one, `code`) field, or {@link ABSENT} when there is neither. */
export function codeField(fields: Fields, has: Has): unknown {
  if (has(fields, 'result')) return fields.result;
  if (has(fields, 'code')) return fields.code;
  return ABSENT;
}

/** Adds the string fields present in `fields` and freezes the payload. */
function finish(out: Draft, fields: Fields, has: Has): ParsedPayload {
  const errorInfo = stringField(fields, 'error_info', has);
  if (errorInfo !== undefined) out.errorInfo = errorInfo;
  const filePath = stringField(fields, 'file_path', has) ?? stringField(fields, 'filepath', has);
  if (filePath !== undefined) out.filePath = filePath;
  const fileId = stringField(fields, 'file_id', has) ?? stringField(fields, 'fileid', has);
  if (fileId !== undefined) out.fileId = fileId;
  const text = stringField(fields, 'text', has);
  if (text !== undefined) out.text = text;
  return Object.freeze(out);
}

export function toCode(value: unknown): number | undefined {
  let code: number | undefined;
  if (typeof value === 'number') code = value;
  else if (typeof value === 'string' && CODE_TEXT.test(value)) code = Number(value);
  if (!Number.isSafeInteger(code)) return undefined;
  return code === 0 ? 0 : code; // no -0
}

export function stringField(fields: Fields, key: string, has: Has): string | undefined {
  if (!has(fields, key)) return undefined;
  const value = fields[key];
  return typeof value === 'string' ? value : undefined;
}

/** Returns the object it is given, so that a subclass constructor adds its private fields to that object. */
class Stamp {
  constructor(target: object) {
    // biome-ignore lint/correctness/noConstructorReturn: this return is what lets LazyData keep its state in private fields of a plain payload object.
    return target;
  }
}

/**
 * The lazy `data` of a JSON payload. Its source and cache live in private fields stamped onto the
 * payload itself, so the payload stays a plain object (`Object.prototype`, no extra keys) and every
 * payload shares one getter: V8 keeps such objects in one fast shape, which a getter closure per
 * payload or an object literal with `get data()` would not (both cost more than the copy saved).
 */
class LazyData extends Stamp {
  #source: Fields;
  #data: Readonly<Fields> | undefined;

  private constructor(payload: object, source: Fields) {
    super(payload);
    this.#source = source;
  }

  /** Defines `data` on `payload` (not yet frozen); it is built from `source` on first read. */
  static attach(payload: object, source: Fields): void {
    new LazyData(payload, source);
    Object.defineProperty(payload, 'data', DATA);
  }

  static read(payload: object): Readonly<Fields> {
    const self = payload as LazyData;
    self.#data ??= copyFields(self.#source);
    return self.#data;
  }
}

const DATA: PropertyDescriptor = {
  enumerable: true,
  get(this: object) {
    return LazyData.read(this);
  },
};
