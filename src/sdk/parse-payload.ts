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
  /** A frozen, prototype-free shallow copy of the payload's own fields (empty when malformed). */
  readonly data: Readonly<Record<string, unknown>>;
}

const EMPTY: Readonly<Record<string, unknown>> = Object.freeze(
  Object.create(null) as Record<string, unknown>,
);
const MALFORMED: ParsedPayload = Object.freeze({ result: undefined, malformed: true, data: EMPTY });
const CODE_TEXT = /^\s*-?\d{1,15}\s*$/;

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
    let value = raw;
    if (typeof raw === 'string') {
      try {
        value = JSON.parse(raw);
      } catch {
        return MALFORMED;
      }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return MALFORMED;
    return read(value);
  } catch {
    // A hostile object (throwing getter, revoked proxy) is as unreadable as bad JSON.
    return MALFORMED;
  }
}

function read(source: object): ParsedPayload {
  // Copy into a prototype-free object: a `__proto__` key becomes a plain own field, never a prototype.
  const data = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(source)) data[key] = (source as Record<string, unknown>)[key];
  Object.freeze(data);

  const codeKey = 'result' in data ? 'result' : 'code' in data ? 'code' : undefined;
  const result = codeKey === undefined ? undefined : toCode(data[codeKey]);
  const out: {
    result: number | undefined;
    errorInfo?: string;
    filePath?: string;
    fileId?: string;
    text?: string;
    malformed: boolean;
    data: Readonly<Record<string, unknown>>;
  } = { result, malformed: codeKey !== undefined && result === undefined, data };

  const errorInfo = stringField(data, 'error_info');
  if (errorInfo !== undefined) out.errorInfo = errorInfo;
  const filePath = stringField(data, 'file_path', 'filepath');
  if (filePath !== undefined) out.filePath = filePath;
  const fileId = stringField(data, 'file_id', 'fileid');
  if (fileId !== undefined) out.fileId = fileId;
  const text = stringField(data, 'text');
  if (text !== undefined) out.text = text;
  return Object.freeze(out);
}

function toCode(value: unknown): number | undefined {
  let code: number | undefined;
  if (typeof value === 'number') code = value;
  else if (typeof value === 'string' && CODE_TEXT.test(value)) code = Number(value);
  if (code === undefined || !Number.isSafeInteger(code)) return undefined;
  return code === 0 ? 0 : code; // no -0
}

function stringField(data: Record<string, unknown>, ...keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}
