import type { ParsedPayload } from '../sdk/parse-payload.js';

/** What stands in for a secret in every string the client hands out. */
export const REDACTED = '[redacted]';

/** How many distinct buffers are remembered; older ones drop out first. */
const MAX_SECRETS = 64;
const MAX_DEPTH = 6;

/**
 * The auth and voice-message buffers a client has passed to the SDK (and any `auth.refresh`
 * gave it), and the redaction of them from what the client hands out: error messages and causes,
 * event payloads. The SDK may echo a buffer in `error_info`, in an exception message or in any
 * field it likes; the client knows every buffer it passed, so it replaces each occurrence with
 * `[redacted]`. Nothing is copied when nothing matches, and with no buffer known it does no work,
 * so calls that involve no buffer pay nothing. The last {@link MAX_SECRETS} distinct buffers are
 * remembered.
 */
export class SecretRedactor {
  #secrets: string[] = [];

  /** True once a buffer is known. */
  get active(): boolean {
    return this.#secrets.length > 0;
  }

  /** Remembers a buffer (ignored when not a non-empty string). */
  add(secret: unknown): void {
    if (typeof secret !== 'string' || secret.length === 0) return;
    const list = this.#secrets;
    const i = list.indexOf(secret);
    if (i === 0) return;
    if (i > 0) list.splice(i, 1);
    list.unshift(secret);
    if (list.length > MAX_SECRETS) list.length = MAX_SECRETS;
  }

  /** `text` with every known buffer replaced (longest first, so a buffer inside another goes too). */
  text(text: string): string {
    let out = text;
    for (const secret of this.#byLength()) if (out.includes(secret)) out = out.replaceAll(secret, REDACTED);
    return out;
  }

  /** True when `text` holds a known buffer. */
  holds(text: string): boolean {
    for (const secret of this.#secrets) if (text.includes(secret)) return true;
    return false;
  }

  /**
   * `value` with every string that holds a buffer redacted, deep; the same reference when nothing
   * does. Objects keep their own keys (a `__proto__` key stays an own key) and their prototype;
   * an Error becomes a plain Error with the redacted name, message and stack. A value that cannot
   * be read (a throwing getter) is replaced by `'[unreadable]'` only where it is read for redaction.
   */
  value<T>(value: T): T {
    if (!this.active) return value;
    return this.#walk(value, 0) as T;
  }

  /** A payload as listeners and error causes see it: the same object when it holds no buffer. */
  payload(payload: ParsedPayload): ParsedPayload {
    if (!this.active) return payload;
    const data = this.#walk(payload.data, 0) as ParsedPayload['data'];
    const strings = ['errorInfo', 'filePath', 'fileId', 'text'] as const;
    const changed = data !== payload.data || strings.some((k) => this.#holdsField(payload[k]));
    if (!changed) return payload;
    const copy: Record<string, unknown> = { result: payload.result };
    for (const k of strings) {
      const v = payload[k];
      if (v !== undefined) copy[k] = this.text(v);
    }
    copy.malformed = payload.malformed;
    copy.data = data;
    return Object.freeze(copy) as unknown as ParsedPayload;
  }

  #holdsField(v: string | undefined): boolean {
    return v !== undefined && this.holds(v);
  }

  #byLength(): string[] {
    return this.#secrets.length < 2 ? this.#secrets : [...this.#secrets].sort((a, b) => b.length - a.length);
  }

  #walk(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.holds(value) ? this.text(value) : value;
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    try {
      if (value instanceof Error) return this.#error(value);
      if (Array.isArray(value)) {
        let out: unknown[] | undefined;
        value.forEach((item, i) => {
          const r = this.#walk(item, depth + 1);
          if (r !== item) {
            out ??= value.slice();
            out[i] = r;
          }
        });
        return out === undefined ? value : Object.isFrozen(value) ? Object.freeze(out) : out;
      }
      let out: Record<string, unknown> | undefined;
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        const r = this.#walk(item, depth + 1);
        if (r !== item) {
          out ??= copyOwn(value);
          Object.defineProperty(out, key, { value: r, enumerable: true, writable: true, configurable: true });
        }
      }
      if (out === undefined) return value;
      return Object.isFrozen(value) ? Object.freeze(out) : out;
    } catch {
      return '[unreadable]';
    }
  }

  /** An Error whose name, message or stack holds a buffer becomes a plain copy without it. */
  #error(error: Error): Error {
    const name = String(error.name);
    const message = String(error.message);
    const stack = typeof error.stack === 'string' ? error.stack : undefined;
    if (!this.holds(name) && !this.holds(message) && (stack === undefined || !this.holds(stack)))
      return error;
    const copy = new Error(this.text(message));
    Object.defineProperty(copy, 'name', { value: this.text(name), writable: true, configurable: true });
    Object.defineProperty(copy, 'stack', {
      value: stack === undefined ? `${copy.name}: ${copy.message}` : this.text(stack),
      writable: true,
      configurable: true,
    });
    return copy;
  }
}

/** A shallow copy with the same prototype and own enumerable keys (defined, never set). */
function copyOwn(value: object): Record<string, unknown> {
  const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: (value as Record<string, unknown>)[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
