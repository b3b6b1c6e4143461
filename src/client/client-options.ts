import { defaultPolicy } from '../../policies/default-policy.js';
import type { GmeLocale, GmeTableId } from '../codes/catalog.js';
import type { OperationName } from '../operations.js';
import { OPERATION_NAMES } from '../operations.js';
import { type Clock, isPolicy, type Policy, systemClock } from '../policy/index.js';
import type { GmeAdapter } from '../sdk/adapter.js';
import { describeValue } from './validate-args.js';

/** What `auth.refresh` is told when a call needs a new auth buffer. */
export interface AuthRefreshContext {
  readonly operation: string;
  /** The room the call was for, when it was a room operation. */
  readonly roomId?: string;
  readonly signal?: AbortSignal;
}

/**
 * Where new auth buffers come from (your game server signs them).
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const gme = createGmeClient({
 *   sdk: fromElectron(ctx),
 *   auth: { refresh: ({ roomId, signal }) => fetch(`/gme/auth?room=${roomId}`, { signal }).then((r) => r.text()) },
 * });
 */
export interface AuthOptions {
  /** Returns a new room auth buffer; used by the `refreshAuth` recovery (7006 and the like). @default none: `refreshAuth` fails */
  readonly refresh?: (ctx: AuthRefreshContext) => Promise<string> | string;
  /**
   * Returns a new voice-message auth buffer; used by `reapplyPttAuth` before the last one applied.
   * @default none: `reapplyPttAuth` applies the last buffer again
   */
  readonly refreshPtt?: (ctx: AuthRefreshContext) => Promise<string> | string;
}

/**
 * Options of {@link createGmeClient}. Invalid values throw a `TypeError` naming the field.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * import { strictPolicy } from 'gme-result/policies';
 * const gme = createGmeClient({ sdk: fromElectron(ctx), policy: strictPolicy, locale: 'ko', poll: { intervalMs: 33 } });
 */
export interface GmeClientOptions {
  /** The SDK: an adapter from `fromElectron(ctx)`, `fromWeb(api)`, or your own {@link GmeAdapter}. */
  readonly sdk: GmeAdapter;
  /** What each code means for your game. @default defaultPolicy */
  readonly policy?: Policy;
  /** Where new auth buffers come from. @default none: `refreshAuth` recoveries fail */
  readonly auth?: AuthOptions;
  /**
   * Drives the SDK's `Poll()` every `intervalMs` when the SDK has one. `false` when your game loop
   * already calls `Poll()` (then you must keep calling it, or no call completes).
   * @default { intervalMs: 50 }
   */
  readonly poll?: { readonly intervalMs?: number } | false;
  /** Language of error messages. @default 'en' */
  readonly locale?: GmeLocale;
  /** Which generation's code table names and explains codes. @default 'gme-2022' */
  readonly table?: GmeTableId;
  /** Per-operation wait for the completion event, in ms. @default GME's documented values (room entry 30 000) */
  readonly timeouts?: Partial<Readonly<Record<OperationName, number>>>;
  /** Default deadline of a whole call, retries included, in ms. @default 120 000 */
  readonly deadlineMs?: number;
  /** Speech-to-text requests in flight at once; the rest wait in order. @default 10 (GME's per-account limit) */
  readonly speechToTextConcurrency?: number;
  /** How long `awaitInFlight` waits for the running operation's event before trying again. @default 5 000 */
  readonly awaitInFlightMs?: number;
  /** Time source and sleeps (tests inject a fake). @default Date.now and setTimeout */
  readonly clock?: Clock;
  /** Random numbers in [0, 1) for jitter (tests inject a fixed one). @default Math.random */
  readonly random?: () => number;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  readonly sdk: GmeAdapter;
  readonly policy: Policy;
  readonly auth: AuthOptions;
  readonly pollIntervalMs: number | false;
  readonly locale: GmeLocale;
  readonly table: GmeTableId;
  readonly timeouts: Partial<Readonly<Record<OperationName, number>>>;
  readonly deadlineMs: number;
  readonly speechToTextConcurrency: number;
  readonly awaitInFlightMs: number;
  readonly clock: Clock;
  /** True when `clock` is the real one: the bridge then times invocations with `setTimeout`. */
  readonly clockIsSystem: boolean;
  readonly random: () => number;
}

const KNOWN = new Set([
  'sdk',
  'policy',
  'auth',
  'poll',
  'locale',
  'table',
  'timeouts',
  'deadlineMs',
  'speechToTextConcurrency',
  'awaitInFlightMs',
  'clock',
  'random',
]);

function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`Expected \`${field}\` to be ${expected}, got ${describeValue(value)}.`);
}

/** Like `fail`, for a value that may be an auth buffer given by mistake: a string shows its length, never its text. */
function failSecret(field: string, expected: string, value: unknown): never {
  const got = typeof value === 'string' ? `a string of ${value.length} characters` : describeValue(value);
  throw new TypeError(`Expected \`${field}\` to be ${expected}, got ${got}.`);
}

function int(field: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    fail(field, `an integer from ${min} to ${max}`, value);
  }
  return value as number;
}

/**
 * Only an absent or `undefined` option takes the default. `null` is a value like any other and is
 * checked (and refused) with the field's name rather than quietly replaced by the default.
 */
function orDefault<T>(value: T | undefined, fallback: NoInfer<T>): T {
  return value === undefined ? fallback : value;
}

const ADAPTER_METHODS = ['supports', 'invoke', 'callMethod', 'hasMethod', 'attach'] as const;

/** Checks the options and fills in defaults, in one place. Never mutates `options`. */
export function resolveOptions(options: GmeClientOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`Unknown option \`${key}\` given to createGmeClient.`);
  }
  const sdk = options.sdk as unknown;
  if (typeof sdk !== 'object' || sdk === null) {
    fail('sdk', 'an adapter (fromElectron(ctx), fromWeb(api) or a GmeAdapter)', sdk);
  }
  for (const m of ADAPTER_METHODS) {
    if (typeof (sdk as Record<string, unknown>)[m] !== 'function') {
      fail(
        `sdk.${m}`,
        'a function (wrap the SDK with fromElectron(ctx) or fromWeb(api))',
        (sdk as Record<string, unknown>)[m],
      );
    }
  }
  const policy = orDefault(options.policy, defaultPolicy);
  if (!isPolicy(policy)) fail('policy', 'a policy made by definePolicy() or parsePolicy()', policy);
  const auth = orDefault(options.auth, {});
  if (typeof auth !== 'object' || auth === null) failSecret('auth', 'an object', auth);
  for (const key of ['refresh', 'refreshPtt'] as const) {
    if (auth[key] !== undefined && typeof auth[key] !== 'function')
      failSecret(`auth.${key}`, 'a function', auth[key]);
  }
  let pollIntervalMs: number | false = 50;
  if (options.poll === false) pollIntervalMs = false;
  else if (options.poll !== undefined) {
    if (typeof options.poll !== 'object' || options.poll === null)
      fail('poll', 'an object or false', options.poll);
    pollIntervalMs = int('poll.intervalMs', options.poll.intervalMs, 1, 10_000, 50);
  }
  const locale = orDefault(options.locale, 'en');
  if (locale !== 'en' && locale !== 'ko') fail('locale', "'en' or 'ko'", locale);
  const table = orDefault(options.table, 'gme-2022');
  if (table !== 'gme-2022' && table !== 'gme-2023') fail('table', "'gme-2022' or 'gme-2023'", table);
  const timeouts = orDefault(options.timeouts, {});
  if (typeof timeouts !== 'object' || timeouts === null) fail('timeouts', 'an object', timeouts);
  for (const [op, ms] of Object.entries(timeouts)) {
    if (!(OPERATION_NAMES as readonly string[]).includes(op))
      fail('timeouts', `keys among ${OPERATION_NAMES.join(', ')}`, op);
    int(`timeouts.${op}`, ms, 1, 3_600_000, 0);
  }
  const clock = orDefault(options.clock, systemClock);
  if (typeof clock?.now !== 'function' || typeof clock.sleep !== 'function') {
    fail('clock', 'an object with now() and sleep()', clock);
  }
  const random = orDefault(options.random, Math.random);
  if (typeof random !== 'function') fail('random', 'a function', random);
  return {
    sdk: sdk as GmeAdapter,
    policy,
    auth,
    pollIntervalMs,
    locale,
    table,
    timeouts: { ...timeouts },
    deadlineMs: int('deadlineMs', options.deadlineMs, 1, 3_600_000, 120_000),
    speechToTextConcurrency: int('speechToTextConcurrency', options.speechToTextConcurrency, 1, 1_000, 10),
    awaitInFlightMs: int('awaitInFlightMs', options.awaitInFlightMs, 0, 600_000, 5_000),
    clock,
    clockIsSystem: clock === systemClock,
    random,
  };
}
