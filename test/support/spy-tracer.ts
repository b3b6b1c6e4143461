import { INVALID_SPAN_CONTEXT, type Span, type SpanOptions, type Tracer } from '@opentelemetry/api';

/** A span that records every call made on it. */
export class SpySpan implements Span {
  readonly name: string;
  readonly options: SpanOptions | undefined;
  readonly #recording: boolean;
  /** Every method called, with its arguments, in order (`isRecording` and `spanContext` left out). */
  readonly calls: [method: string, ...args: unknown[]][] = [];

  constructor(name: string, options: SpanOptions | undefined, recording: boolean) {
    this.name = name;
    this.options = options;
    this.#recording = recording;
  }

  /** The arguments of every call of `method`. */
  argsOf(method: string): unknown[][] {
    return this.calls.filter(([m]) => m === method).map(([, ...args]) => args);
  }

  /** The names of the events added. */
  get events(): unknown[] {
    return this.argsOf('addEvent').map(([name]) => name);
  }

  spanContext() {
    return INVALID_SPAN_CONTEXT;
  }
  isRecording(): boolean {
    return this.#recording;
  }
  #record(method: string, args: unknown[]): this {
    this.calls.push([method, ...args]);
    return this;
  }
  setAttribute(...args: unknown[]): this {
    return this.#record('setAttribute', args);
  }
  setAttributes(...args: unknown[]): this {
    return this.#record('setAttributes', args);
  }
  addEvent(...args: unknown[]): this {
    return this.#record('addEvent', args);
  }
  addLink(...args: unknown[]): this {
    return this.#record('addLink', args);
  }
  addLinks(...args: unknown[]): this {
    return this.#record('addLinks', args);
  }
  setStatus(...args: unknown[]): this {
    return this.#record('setStatus', args);
  }
  updateName(...args: unknown[]): this {
    return this.#record('updateName', args);
  }
  end(...args: unknown[]): void {
    this.#record('end', args);
  }
  recordException(...args: unknown[]): void {
    this.#record('recordException', args);
  }
}

/** A tracer of {@link SpySpan}s, all recording or all not. */
export class SpyTracer implements Tracer {
  readonly spans: SpySpan[] = [];
  recording: boolean;

  constructor(recording = true) {
    this.recording = recording;
  }

  startSpan(name: string, options?: SpanOptions): Span {
    const span = new SpySpan(name, options, this.recording);
    this.spans.push(span);
    return span;
  }

  startActiveSpan(): never {
    throw new Error('not used by instrument');
  }
}
