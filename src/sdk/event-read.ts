import {
  ABSENT,
  codeField,
  copyFields,
  type Fields,
  fromCopy,
  fromJson,
  type Has,
  hasInCopy,
  type ParsedPayload,
  parsePayload,
  stringField,
  toCode,
} from './parse-payload.js';

/** The fields an operation's Ok data may need from its completion event. */
export interface CompletionFields {
  readonly filePath?: string | undefined;
  readonly fileId?: string | undefined;
  readonly text?: string | undefined;
}

const own: Has = Object.hasOwn;

/**
 * One SDK event as the bridge reads it. The code and the few fields a call needs are read
 * straight from the parsed JSON (own fields only, so a `__proto__` key or a polluted
 * `Object.prototype` changes nothing); the frozen {@link ParsedPayload} that listeners, room
 * tracking and error causes see is built only when one of them asks for it. The Web SDK's
 * objects are copied at once, because the caller may change them later.
 */
export class EventRead implements CompletionFields {
  /** The event's code, or `undefined` when absent or unreadable. */
  readonly result: number | undefined;
  /** True when the payload is not GME's object, or its code is present but not an integer. */
  readonly malformed: boolean;
  /** The raw payload, kept only when it could not be read (to build the same malformed payload). */
  readonly #raw: unknown;
  readonly #fields: Fields | undefined;
  readonly #has: Has;
  #payload: ParsedPayload | undefined;

  constructor(raw: unknown) {
    this.#raw = raw;
    let fields: Fields | undefined;
    let has = own;
    try {
      if (typeof raw === 'string') {
        const value: unknown = JSON.parse(raw);
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) fields = value as Fields;
      } else if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
        fields = copyFields(raw) as Fields;
        has = hasInCopy;
      }
    } catch {
      fields = undefined;
    }
    this.#fields = fields;
    this.#has = has;
    if (fields === undefined) {
      this.result = undefined;
      this.malformed = true;
      return;
    }
    const code = codeField(fields, has);
    this.result = toCode(code);
    this.malformed = code !== ABSENT && this.result === undefined;
  }

  /** `file_path` (or `filepath`) when it is a string. */
  get filePath(): string | undefined {
    return this.#string('file_path') ?? this.#string('filepath');
  }

  /** `file_id` (or `fileid`) when it is a string. */
  get fileId(): string | undefined {
    return this.#string('file_id') ?? this.#string('fileid');
  }

  /** `text` when it is a string. */
  get text(): string | undefined {
    return this.#string('text');
  }

  /** The whole payload, frozen, as `parsePayload` reads it; built on first use. */
  payload(): ParsedPayload {
    if (this.#payload === undefined) {
      const fields = this.#fields;
      this.#payload =
        fields === undefined
          ? parsePayload(typeof this.#raw === 'string' ? this.#raw : undefined)
          : this.#has === own
            ? fromJson(fields)
            : fromCopy(fields);
    }
    return this.#payload;
  }

  #string(key: string): string | undefined {
    const fields = this.#fields;
    return fields === undefined ? undefined : stringField(fields, key, this.#has);
  }
}
