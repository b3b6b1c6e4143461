/**
 * A scriptable fake GME adapter for property tests, the fault matrix and the secrets test, plus
 * the helpers that drive a client under vitest fake timers.
 *
 * The fake is a `GmeAdapter` with no `Poll`: it pushes events itself (like the Web SDK), on
 * faked `setTimeout`s, so a test decides exactly what each SDK invocation does: return a code,
 * post and answer by event (soon, late, twice, never, malformed), throw, return garbage, or answer
 * synchronously from inside the call and then return something else.
 */
import fc from 'fast-check';
import {
  type AuthRefreshContext,
  type CallOptions,
  type CustomRecovery,
  fail,
  type GmeAdapter,
  type GmeCategory,
  type GmeClient,
  type GmeError,
  type GmeEventMap,
  type GmeEventName,
  type OkMeta,
  OPERATION_NAMES,
  type OperationArgs,
  type OperationName,
  type PolicyAction,
  type PolicyOptions,
  RECOVERY_NAMES,
  type RecoveryName,
  recover,
  retry,
  succeed,
} from 'gme-result';
import type { Result } from 'neverthrow';
import { vi } from 'vitest';

/** The completion event of each evented operation, from GME's documentation (GME-FACTS §4). */
export const COMPLETION_EVENT: Readonly<Partial<Record<OperationName, number>>> = Object.freeze({
  enterRoom: 1,
  exitRoom: 2,
  switchRoom: 13,
  stopRecording: 5001,
  uploadRecordedFile: 5002,
  downloadRecordedFile: 5003,
  playRecordedFile: 5004,
  speechToText: 5005,
  startStreamingRecognition: 5006,
});

/** True when GME answers the operation by a completion event (not by its return value alone). */
export function isEvented(op: OperationName): boolean {
  return COMPLETION_EVENT[op] !== undefined;
}

/** What one SDK invocation does. */
export type Behaviour =
  /** Returns `code` at once; no event. (`code: 0` on a sync-only operation is its success.) */
  | { readonly kind: 'sync'; readonly code: number }
  /** Returns 0; the completion event carries `code` after `delayMs` (before the client's timeout). */
  | { readonly kind: 'event'; readonly code: number; readonly delayMs: number }
  /** Returns 0; the completion event comes twice. */
  | { readonly kind: 'duplicate'; readonly code: number; readonly delayMs: number }
  /** Returns 0; the completion event comes `afterTimeoutMs` after the client's timeout. */
  | { readonly kind: 'late'; readonly code: number; readonly afterTimeoutMs: number }
  /** Returns 0; the request is lost: no event ever. */
  | { readonly kind: 'noEvent' }
  /** The method throws. */
  | { readonly kind: 'throw' }
  /** The method returns something that is not an integer code. */
  | { readonly kind: 'garbage'; readonly value: unknown }
  /** Returns 0; the completion event's payload is `raw`, handed over as is. */
  | { readonly kind: 'malformed'; readonly raw: unknown; readonly delayMs: number }
  /**
   * The completion event (with `code`) is delivered from inside the call, before it returns; then
   * the method returns `returns` (a number, or the strings `'throw'` / `'garbage'`).
   */
  | { readonly kind: 'syncEvent'; readonly code: number; readonly returns: number | 'throw' | 'garbage' };

/** One SDK invocation the fake saw. */
export interface FakeCall {
  readonly op: OperationName | string;
  readonly args: unknown;
  readonly at: number;
}

/** Options of {@link FakeSdk}. */
export interface FakeSdkOptions {
  /** The client's per-invocation timeout, so `late` events land after it. */
  readonly timeoutMs: number;
  /** Event payloads as JSON text (Electron) or objects (Web). @default 'text' */
  readonly payloadAs?: 'text' | 'object';
  /**
   * A careless SDK: it echoes the last auth buffer it was given in every event's `error_info`,
   * in an unknown nested field, and in the message of every exception it throws. @default false
   */
  readonly echo?: boolean;
}

const OK_ONE: Behaviour = Object.freeze({ kind: 'sync', code: 0 });
const OK_EVENT: Behaviour = Object.freeze({ kind: 'event', code: 0, delayMs: 0 });

/** The behaviour a plain success has for `op`. */
export function success(op: OperationName): Behaviour {
  return isEvented(op) ? OK_EVENT : OK_ONE;
}

/** An error the fake throws: it never carries the call's arguments. */
export class FakeNativeError extends Error {
  override readonly name = 'FakeNativeError';
}

/**
 * A fake GME SDK behind the `GmeAdapter` interface. Each invocation of an operation takes the next
 * scripted behaviour for it, else that operation's persistent behaviour, else a plain success.
 */
export class FakeSdk implements GmeAdapter {
  readonly surface = 'fake';
  readonly calls: FakeCall[] = [];
  readonly #scripts = new Map<string, Behaviour[]>();
  readonly #persistent = new Map<string, Behaviour>();
  readonly #options: FakeSdkOptions;
  #sink: ((eventType: number, payload: unknown) => void) | undefined;
  #outstanding = 0;
  #recordingPath = '/fake/recording.silk';
  #lastBuffer: string | undefined;
  #uploads = 0;
  attached = 0;
  detached = 0;
  delivered = 0;

  constructor(options: FakeSdkOptions) {
    this.#options = options;
  }

  /** Queues behaviours for the next invocations of `op`, one each. */
  script(op: OperationName, behaviours: readonly Behaviour[]): this {
    const queue = this.#scripts.get(op) ?? [];
    queue.push(...behaviours);
    this.#scripts.set(op, queue);
    return this;
  }

  /** What every invocation of `op` does once its script is used up. */
  always(op: OperationName, behaviour: Behaviour): this {
    this.#persistent.set(op, behaviour);
    return this;
  }

  /** Invocations of `op` so far. */
  count(op: OperationName | string): number {
    let n = 0;
    for (const c of this.calls) if (c.op === op) n++;
    return n;
  }

  /** Events scheduled on (fake) timers and not delivered yet. */
  get outstanding(): number {
    return this.#outstanding;
  }

  supports(): boolean {
    return true;
  }

  hasMethod(): boolean {
    return true;
  }

  callMethod(method: string, args: readonly unknown[]): unknown {
    this.calls.push({ op: method, args, at: Date.now() });
    return 0;
  }

  attach(sink: (eventType: number, payload: unknown) => void): () => void {
    this.attached++;
    this.#sink = sink;
    return () => {
      this.detached++;
      this.#sink = undefined;
    };
  }

  invoke<Op extends OperationName>(op: Op, args: OperationArgs[Op]): unknown {
    this.calls.push({ op, args, at: Date.now() });
    const buffer = (args as { authBuffer?: unknown } | undefined)?.authBuffer;
    if (typeof buffer === 'string') this.#lastBuffer = buffer;
    const behaviour = this.#scripts.get(op)?.shift() ?? this.#persistent.get(op) ?? success(op);
    if (op === 'startRecording') this.#recordingPath = (args as OperationArgs['startRecording']).filePath;
    const type = COMPLETION_EVENT[op];
    switch (behaviour.kind) {
      case 'sync':
        return behaviour.code;
      case 'throw':
        throw new FakeNativeError(`native addon crashed${this.#echo()}`);
      case 'garbage':
        return behaviour.value;
      default:
        break;
    }
    // The rest post a request; a sync-only operation has no event to send, so posting is its success.
    if (type === undefined) return 0;
    switch (behaviour.kind) {
      case 'event':
        this.#later(behaviour.delayMs, type, this.#payload(op, args, behaviour.code));
        return 0;
      case 'duplicate': {
        const payload = this.#payload(op, args, behaviour.code);
        this.#later(behaviour.delayMs, type, payload);
        this.#later(behaviour.delayMs + 1, type, payload);
        return 0;
      }
      case 'late':
        this.#later(
          this.#options.timeoutMs + behaviour.afterTimeoutMs,
          type,
          this.#payload(op, args, behaviour.code),
        );
        return 0;
      case 'noEvent':
        return 0;
      case 'malformed':
        this.#later(behaviour.delayMs, type, behaviour.raw);
        return 0;
      case 'syncEvent':
        this.#deliver(type, this.#payload(op, args, behaviour.code));
        if (behaviour.returns === 'throw')
          throw new FakeNativeError(`native addon crashed after answering${this.#echo()}`);
        return behaviour.returns === 'garbage' ? 'posted?' : behaviour.returns;
    }
  }

  #later(delayMs: number, type: number, payload: unknown): void {
    this.#outstanding++;
    setTimeout(() => {
      this.#outstanding--;
      this.#deliver(type, payload);
    }, delayMs);
  }

  #deliver(type: number, payload: unknown): void {
    const sink = this.#sink;
    if (sink === undefined) return;
    this.delivered++;
    sink(type, payload);
  }

  /** What an echoing SDK appends to its texts: the last buffer it was given. */
  #echo(): string {
    return this.#options.echo === true && this.#lastBuffer !== undefined
      ? ` auth buffer ${this.#lastBuffer} rejected`
      : '';
  }

  /** The completion payload GME would send, with the fields that correlate it. */
  #payload(op: OperationName, args: unknown, code: number): unknown {
    const a = args as Record<string, string | undefined>;
    const ok = code === 0;
    const data: Record<string, unknown> = {
      result: code,
      error_info: ok ? this.#echo().trim() : `fake failure ${code}${this.#echo()}`,
    };
    if (this.#options.echo === true) data.debug = { session: { lastAuth: this.#lastBuffer ?? '' } };
    switch (op) {
      case 'stopRecording':
        data.file_path = this.#recordingPath;
        break;
      case 'uploadRecordedFile':
        data.file_path = a.filePath;
        data.file_id = ok ? `https://fake.gme/${++this.#uploads}` : '';
        break;
      case 'downloadRecordedFile':
        data.file_path = a.filePath;
        data.file_id = a.fileId;
        break;
      case 'playRecordedFile':
        data.file_path = a.filePath;
        break;
      case 'speechToText':
        data.file_id = a.fileId;
        data.text = ok ? 'hello' : '';
        break;
      case 'startStreamingRecognition':
        data.file_path = a.filePath;
        data.file_id = ok ? 'https://fake.gme/stream' : '';
        data.text = ok ? 'hello' : '';
        break;
      default:
        break;
    }
    return this.#options.payloadAs === 'object' ? data : JSON.stringify(data);
  }
}

/** Valid arguments for every operation (file paths and ids per `tag`, so concurrent calls differ). */
export function argsFor(
  op: OperationName,
  tag = '1',
  authBuffer = 'room-auth',
): OperationArgs[OperationName] {
  switch (op) {
    case 'init':
      return { appId: '1400000001', openId: '10001' };
    case 'enterRoom':
      return { roomId: `room-${tag}`, roomType: 1, authBuffer };
    case 'exitRoom':
    case 'stopRecording':
      return {};
    case 'switchRoom':
      return { roomId: `room-${tag}-b`, authBuffer };
    case 'applyPttAuthbuffer':
      return { authBuffer };
    case 'startRecording':
    case 'uploadRecordedFile':
    case 'playRecordedFile':
      return { filePath: `/fake/${tag}.silk` };
    case 'downloadRecordedFile':
      return { fileId: `https://fake.gme/file-${tag}`, filePath: `/fake/${tag}-down.silk` };
    case 'speechToText':
      return { fileId: `https://fake.gme/file-${tag}`, language: 'ko-KR' };
    case 'startStreamingRecognition':
      return { filePath: `/fake/${tag}-stream.silk`, language: 'ko-KR' };
  }
}

// ---------------------------------------------------------------------------------------------
// Driving a client under fake timers

/** Fake timers that leave `setImmediate` real, so {@link flush} can drain every microtask. */
export const FAKE_TIMERS = {
  toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
} as const satisfies Parameters<typeof vi.useFakeTimers>[0];

/** Lets every queued microtask (and the promise chains they start) run. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How a promise ended under {@link drive}. */
export type Driven<T> =
  | { readonly state: 'resolved'; readonly value: T }
  | { readonly state: 'rejected'; readonly reason: unknown }
  | { readonly state: 'stuck' };

/**
 * Runs fake time, one due timer at a time, until `promise` settles. `stuck` when it is still
 * pending with no timer left to fire (it would hang forever) or after `maxSteps` timers.
 */
export async function drive<T>(promise: PromiseLike<T>, maxSteps = 10_000): Promise<Driven<T>> {
  let outcome: Driven<T> | undefined;
  promise.then(
    (value) => {
      outcome = { state: 'resolved', value };
    },
    (reason: unknown) => {
      outcome = { state: 'rejected', reason };
    },
  );
  for (let step = 0; step <= maxSteps; step++) {
    await flush();
    if (outcome !== undefined) return outcome;
    if (vi.getTimerCount() === 0) break;
    vi.advanceTimersToNextTimer();
  }
  return outcome ?? { state: 'stuck' };
}

/** Fires every timer still due (late and duplicate events), one at a time. Returns how many fired. */
export async function drain(maxSteps = 10_000): Promise<number> {
  let fired = 0;
  await flush();
  while (vi.getTimerCount() > 0 && fired < maxSteps) {
    vi.advanceTimersToNextTimer();
    fired++;
    await flush();
  }
  return fired;
}

// ---------------------------------------------------------------------------------------------
// Recording client events

/** Every client event name, checked by the compiler against `GmeEventMap`. */
const EVENT_FLAGS: Readonly<Record<GmeEventName, true>> = {
  attempt: true,
  success: true,
  error: true,
  retry: true,
  recovery: true,
  budgetExhausted: true,
  circuitOpen: true,
  circuitClose: true,
  sdkEvent: true,
  lateResult: true,
  roomState: true,
  session: true,
  held: true,
  released: true,
  listenerError: true,
  delegateError: true,
};

/** Every event a client emits. */
export const EVENT_NAMES = Object.freeze(Object.keys(EVENT_FLAGS) as GmeEventName[]);

/** One emitted client event. */
export type Recorded = {
  [K in GmeEventName]: { readonly name: K; readonly payload: GmeEventMap[K] };
}[GmeEventName];

/** Something with `on` (a client). */
export interface Listenable {
  on<K extends GmeEventName>(event: K, listener: (payload: GmeEventMap[K]) => void): unknown;
}

/** Subscribes to every event name and records each emission in order. */
export function recordEvents(client: Listenable): Recorded[] {
  const seen: Recorded[] = [];
  for (const name of EVENT_NAMES) {
    client.on(name, (payload) => {
      seen.push({ name, payload } as Recorded);
    });
  }
  return seen;
}

// ---------------------------------------------------------------------------------------------
// Arbitraries of SDK behaviour

/** Codes the property tests draw from: transient, accepted, recovered, fatal, and unknown ones. */
export const PROPERTY_CODES = [
  7004, 1005, 1006, 1003, 1001, 1002, 7006, 2002, 8194, 1101, 7005, 10005, 32786, 4099, 99999,
] as const;

const codeArb = fc.constantFrom<number>(...PROPERTY_CODES);
const codeOrZero = fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: codeArb });
const garbageArb = fc.constantFrom<unknown>('x', Number.NaN, 1.5, undefined, null, {}, [], true, '0');
const malformedArb = fc.constantFrom<unknown>(
  'not json',
  '{"result":',
  '[1,2]',
  'null',
  '{"result":"abc"}',
  '{"result":1.5}',
  { result: { nested: true } },
  42,
);

/**
 * One invocation's behaviour for `op`: every kind for evented operations; for sync-only ones
 * (init, applyPttAuthbuffer, startRecording), only what they can do: return, throw, return garbage.
 */
export function behaviourArb(op: OperationName, timeoutMs: number): fc.Arbitrary<Behaviour> {
  const sync = codeOrZero.map((code): Behaviour => ({ kind: 'sync', code }));
  const thrown = fc.constant<Behaviour>({ kind: 'throw' });
  const garbage = garbageArb.map((value): Behaviour => ({ kind: 'garbage', value }));
  if (!isEvented(op)) return fc.oneof(sync, thrown, garbage);
  const delay = fc.integer({ min: 0, max: timeoutMs - 2 });
  return fc.oneof(
    codeArb.map((code): Behaviour => ({ kind: 'sync', code })),
    fc.record({ code: codeOrZero, delayMs: delay }).map((r): Behaviour => ({ kind: 'event', ...r })),
    fc.record({ code: codeOrZero, delayMs: delay }).map((r): Behaviour => ({ kind: 'duplicate', ...r })),
    fc
      .record({ code: codeOrZero, afterTimeoutMs: fc.integer({ min: 1, max: 40 }) })
      .map((r): Behaviour => ({ kind: 'late', ...r })),
    fc.constant<Behaviour>({ kind: 'noEvent' }),
    thrown,
    garbage,
    fc.record({ raw: malformedArb, delayMs: delay }).map((r): Behaviour => ({ kind: 'malformed', ...r })),
    fc
      .record({
        code: codeOrZero,
        returns: fc.oneof(codeOrZero, fc.constantFrom<'throw' | 'garbage'>('throw', 'garbage')),
      })
      .map((r): Behaviour => ({ kind: 'syncEvent', ...r })),
  );
}

// ---------------------------------------------------------------------------------------------
// Arbitraries of policies and auth configuration

let gameTimersPending = 0;

/** Timers the game's own code (refreshers, custom recoveries) still has armed: not the client's. */
export function gameTimers(): number {
  return gameTimersPending;
}

/** A timer of the game's own code, counted by {@link gameTimers}; returns its canceller. */
function gameTimer(ms: number, fn: () => void): () => void {
  gameTimersPending++;
  let armed = true;
  const timer = setTimeout(() => {
    armed = false;
    gameTimersPending--;
    fn();
  }, ms);
  return () => {
    if (!armed) return;
    armed = false;
    gameTimersPending--;
    clearTimeout(timer);
  };
}

/** Custom recoveries a generated policy may hold: one of each kind of answer. */
export const CUSTOM_RECOVERIES: readonly CustomRecovery[] = [
  async function customRetry() {
    return { next: 'retry' };
  },
  function customDone() {
    return { next: 'done', value: { custom: true } };
  },
  function customThrows(): never {
    throw new Error('custom recovery failed');
  },
  function customGarbage() {
    return 42 as never;
  },
  function customHangs(): Promise<never> {
    return new Promise<never>(() => {});
  },
  /** Answers "retry" 250 ms later, whatever its signal says. */
  function customLateIgnoringSignal() {
    return new Promise((resolve) => gameTimer(250, () => resolve({ next: 'retry' })));
  },
];

const JITTERS = ['full', 'equal', 'decorrelated', 'none'] as const;

/** `retry({ maxAttempts 1–5, baseDelayMs 0–50, ... })`. */
export const retryArb: fc.Arbitrary<PolicyAction> = fc
  .record({
    maxAttempts: fc.integer({ min: 1, max: 5 }),
    baseDelayMs: fc.integer({ min: 0, max: 50 }),
    spread: fc.integer({ min: 0, max: 50 }),
    jitter: fc.constantFrom(...JITTERS),
  })
  .map(({ maxAttempts, baseDelayMs, spread, jitter }) =>
    retry({ maxAttempts, baseDelayMs, maxDelayMs: baseDelayMs + spread, jitter }),
  );

/** `recover(...)` with a named or a custom recovery, 1–3 times per call. */
export const recoverArb: fc.Arbitrary<PolicyAction> = fc
  .record({
    recovery: fc.constantFrom<RecoveryName | CustomRecovery>(...RECOVERY_NAMES, ...CUSTOM_RECOVERIES),
    maxRecoveries: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ recovery, maxRecoveries }) => recover(recovery, { maxRecoveries }));

/** Any rule: retry, succeed, fail or recover (more often the ones that lead to another attempt). */
export const actionArb: fc.Arbitrary<PolicyAction> = fc.oneof(
  { weight: 3, arbitrary: retryArb },
  { weight: 1, arbitrary: fc.constant(succeed()) },
  { weight: 1, arbitrary: fc.constant(fail()) },
  { weight: 3, arbitrary: recoverArb },
);

const codeKeyArb = fc.constantFrom(...PROPERTY_CODES.map(String));

/** Options of `definePolicy` over the property codes: code, operation and category rules, budget, breaker. */
export const policyOptionsArb: fc.Arbitrary<PolicyOptions> = fc.record(
  {
    codes: fc.dictionary(codeKeyArb, actionArb, { maxKeys: 8 }),
    operations: fc.dictionary(
      fc.constantFrom(...OPERATION_NAMES),
      fc.dictionary(codeKeyArb, actionArb, { maxKeys: 3 }),
      { maxKeys: 3 },
    ),
    categories: fc.dictionary(
      fc.constantFrom<GmeCategory>('general', 'client', 'server', 'upload', 'speech-to-text'),
      actionArb,
      { maxKeys: 2 },
    ),
    default: actionArb,
    budget: fc.constantFrom<PolicyOptions['budget']>(
      false,
      undefined,
      { capacity: 2, initialTokens: 1 },
      { capacity: 50, initialTokens: 50 },
    ),
    breaker: fc.constantFrom<PolicyOptions['breaker']>(false, undefined, {
      failureThreshold: 2,
      cooldownMs: 1_000,
    }),
  },
  { requiredKeys: ['default'] },
);

/**
 * How a generated `auth.refresh` / `auth.refreshPtt` behaves: answers at once, fails, answers
 * nothing usable, never answers (`hangs`), or answers 250 ms later — `late` gives up when its
 * signal fires, `lateIgnoringSignal` does not.
 */
export type RefresherKind =
  | 'none'
  | 'value'
  | 'throws'
  | 'empty'
  | 'garbage'
  | 'hangs'
  | 'late'
  | 'lateIgnoringSignal';

export const refresherArb = fc.constantFrom<RefresherKind>(
  'none',
  'value',
  'throws',
  'empty',
  'garbage',
  'hangs',
  'late',
  'lateIgnoringSignal',
);

/** Builds a refresher that answers `value` (or fails the way `kind` says). */
export function refresher(
  kind: RefresherKind,
  value: string,
): ((ctx: AuthRefreshContext) => Promise<string>) | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'value':
      return async () => value;
    case 'throws':
      return async () => {
        throw new Error('auth server down');
      };
    case 'empty':
      return async () => '';
    case 'garbage':
      return async () => 42 as never;
    case 'hangs':
      return () => new Promise<string>(() => {});
    case 'late':
      return ({ signal }) =>
        new Promise<string>((resolve, reject) => {
          const cancel = gameTimer(250, () => resolve(value));
          signal?.addEventListener('abort', () => {
            cancel();
            reject(new Error('refresh aborted'));
          });
        });
    case 'lateIgnoringSignal':
      return () => new Promise<string>((resolve) => gameTimer(250, () => resolve(value)));
  }
}

// ---------------------------------------------------------------------------------------------
// The order of one operation's events

/** A `retry` or a `recovery` event seen for the operation, for rule checks. */
export type Step =
  | { readonly kind: 'retry'; readonly code: number; readonly attempt: number }
  | { readonly kind: 'recovery'; readonly code: number; readonly ok: boolean };

/** What {@link checkOrder} found. */
export interface OrderReport {
  /** Broken expectations, in order; empty when the events are valid. */
  readonly violations: readonly string[];
  /** Per call (in order), the SDK invocations its terminal event reported. */
  readonly calls: readonly number[];
  /** Invocations made by recoveries under this operation's name (e.g. `reapplyPttAuth` for applyPttAuthbuffer). */
  readonly internal: number;
  readonly steps: readonly Step[];
}

type OrderState = 'idle' | 'attempted' | 'internal' | 'retrying' | 'recovered' | 'recoveryFailed';

/**
 * Checks the `attempt` / `retry` / `recovery` / `success` / `error` events of `operation` with a
 * small state machine. One call is `attempt(1) → (retry(n) attempt(n+1) | recovery attempt(n+1))*
 * → success | error`, where a recovery may make its own invocation (an `attempt` flagged with
 * `recovery`) just before its `recovery` event, a successful recovery may end the call itself, and a
 * call refused before any invocation (an open circuit) is a lone `error` with 0 attempts.
 * `interrupted`: an abort or dispose may end a retry wait (`retry → error`).
 */
export function checkOrder(events: readonly Recorded[], operation: string, interrupted = false): OrderReport {
  const violations: string[] = [];
  const calls: number[] = [];
  const steps: Step[] = [];
  let internal = 0;
  let state: OrderState = 'idle';
  let n = 0;
  const bad = (what: string) => violations.push(`${what} (state ${state}, attempt ${n})`);
  for (const e of events) {
    switch (e.name) {
      case 'attempt': {
        if (e.payload.operation !== operation) break;
        const m = e.payload.attempt;
        if (e.payload.recovery !== undefined) {
          // A recovery's own invocation: only between a failed attempt and its `recovery` event.
          if (state !== 'attempted' || m !== 1) bad(`recovery step ${e.payload.recovery}`);
          internal++;
          state = 'internal';
          break;
        }
        if (state === 'idle') {
          if (m !== 1) bad(`first attempt is ${m}`);
          n = m;
          state = 'attempted';
        } else if (state === 'retrying' || state === 'recovered') {
          if (m !== n + 1) bad(`attempt ${m} does not follow ${n}`);
          n = m;
          state = 'attempted';
        } else bad(`unexpected attempt ${m}`);
        break;
      }
      case 'retry':
        if (e.payload.operation !== operation) break;
        if (state !== 'attempted' || e.payload.attempt !== n) bad(`retry after attempt ${e.payload.attempt}`);
        steps.push({ kind: 'retry', code: e.payload.code, attempt: e.payload.attempt });
        state = 'retrying';
        break;
      case 'recovery':
        if (e.payload.operation !== operation) break;
        if (state !== 'attempted' && state !== 'internal') bad(`recovery ${e.payload.action}`);
        steps.push({ kind: 'recovery', code: e.payload.code, ok: e.payload.ok });
        state = e.payload.ok ? 'recovered' : 'recoveryFailed';
        break;
      case 'success':
        if (e.payload.operation !== operation) break;
        if (state !== 'attempted' && state !== 'recovered') bad('success');
        if (e.payload.attempts !== n) bad(`success reports ${e.payload.attempts} attempts`);
        calls.push(e.payload.attempts);
        state = 'idle';
        break;
      case 'error': {
        if (e.payload.operation !== operation) break;
        const refused = state === 'idle' && e.payload.attempts === 0;
        const ends =
          state === 'attempted' ||
          state === 'recovered' ||
          state === 'recoveryFailed' ||
          (interrupted && (state === 'retrying' || state === 'internal'));
        if (!refused && !ends) bad('error');
        if (!refused && e.payload.attempts !== n) bad(`error reports ${e.payload.attempts} attempts`);
        calls.push(e.payload.attempts);
        state = 'idle';
        break;
      }
      default:
        break;
    }
  }
  if (state !== 'idle') bad('no success or error event');
  return { violations, calls, internal, steps };
}

// ---------------------------------------------------------------------------------------------
// Collecting broken expectations (cheaper than one `expect` per check in a 1000-run property)

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

/** Broken expectations of one run; {@link Problems.verify} throws them all at once. */
export class Problems {
  readonly list: string[] = [];

  /** Notes `what` unless `ok`. */
  check(ok: boolean, what: string): void {
    if (!ok) this.list.push(what);
  }

  /** Notes a difference between `actual` and `expected` (`Object.is`). */
  same(actual: unknown, expected: unknown, what: string): void {
    if (!Object.is(actual, expected))
      this.list.push(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }

  /** Notes every own field of `expected` that `actual` does not match. */
  fields(actual: object, expected: object, what: string): void {
    for (const [key, value] of Object.entries(expected)) {
      this.same((actual as Record<string, unknown>)[key], value, `${what}.${key}`);
    }
  }

  /** Throws one error listing every problem noted, if any. */
  verify(): void {
    if (this.list.length > 0) throw new Error(`${this.list.length} problem(s):\n- ${this.list.join('\n- ')}`);
  }
}

/** The stats of a client with nothing in flight. */
export const IDLE_STATS = Object.freeze({
  pending: 0,
  correlationKeys: 0,
  timers: 0,
  live: 0,
  enterFlights: 0,
  inFlightWaiters: 0,
});

/** The Result of any operation, seen through what every Ok has. */
export type AnyResult = Result<OkMeta, GmeError>;

/** Calls `op` on a client without the per-operation typing (arguments from {@link argsFor} or hostile ones). */
export function callOp(
  gme: GmeClient,
  op: OperationName,
  args: unknown,
  options?: CallOptions,
): PromiseLike<AnyResult> {
  const method = gme[op] as (a: unknown, o?: CallOptions) => PromiseLike<AnyResult>;
  return method(args, options);
}
