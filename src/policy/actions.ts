import {
  type Check,
  checkFields,
  describeValue,
  integerIn,
  isReason,
  oneOf,
  optionsObject,
  type Problem,
  throwFirst,
} from './option-checks.js';
import { type CustomRecovery, RECOVERY_NAMES, type RecoveryName } from './recovery-types.js';

/** How a retry wait is randomised; see `computeDelay`. */
export type JitterMode = 'full' | 'equal' | 'decorrelated' | 'none';

/**
 * Every {@link JitterMode}.
 *
 * @example
 * import { JITTER_MODES } from 'gme-result';
 * JITTER_MODES.includes('full'); // true
 */
export const JITTER_MODES = [
  'full',
  'equal',
  'decorrelated',
  'none',
] as const satisfies readonly JitterMode[];

/**
 * The most SDK invocations one call may make, whatever the rules say (retries and recoveries
 * together); also the upper bound of `retry({ maxAttempts })`.
 *
 * @example
 * import { MAX_INVOCATIONS, retry } from 'gme-result';
 * retry({ maxAttempts: MAX_INVOCATIONS }); // the longest allowed
 */
export const MAX_INVOCATIONS = 20;

/** Call the SDK again after a capped exponential backoff. */
export interface RetryAction {
  readonly action: 'retry';
  /** SDK invocations of the call in total, the first one included. */
  readonly maxAttempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly jitter: JitterMode;
  readonly reason?: string;
}

/** Treat the code as success (e.g. 1003 "already in that state"). */
export interface SucceedAction {
  readonly action: 'succeed';
  readonly reason?: string;
}

/** Run a recovery, then call again or finish with the recovery's value. */
export interface RecoverAction {
  readonly action: 'recover';
  readonly recovery: RecoveryName | CustomRecovery;
  /** How often this rule may run its recovery within one call. */
  readonly maxRecoveries: number;
  readonly reason?: string;
}

/** End the call with the error at once. */
export interface FailAction {
  readonly action: 'fail';
  readonly reason?: string;
}

/** What a policy rule does with a code. Made only by `retry()`, `succeed()`, `recover()` and `fail()`. */
export type PolicyAction = RetryAction | SucceedAction | RecoverAction | FailAction;

/**
 * Options of {@link retry}.
 *
 * @example
 * import { retry } from 'gme-result';
 * const patient = retry({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 2_000, jitter: 'equal' });
 */
export interface RetryOptions {
  /** SDK invocations in total, the first one included (an integer from 1 to 20). @default 3 */
  readonly maxAttempts?: number | undefined;
  /** The first wait before jitter, in ms (an integer from 0 to 60 000). @default 200 */
  readonly baseDelayMs?: number | undefined;
  /**
   * The longest wait, in ms (an integer from `baseDelayMs` to 300 000).
   * @default 5000, or `baseDelayMs` when that is larger
   */
  readonly maxDelayMs?: number | undefined;
  /** How the wait is randomised. @default 'full' */
  readonly jitter?: JitterMode | undefined;
  /** Why this rule exists: one line, at most 200 characters. @default none */
  readonly reason?: string | undefined;
}

/** Options of {@link recover}. */
export interface RecoverOptions {
  /** How often the recovery may run within one call (an integer from 1 to 5). @default 1 */
  readonly maxRecoveries?: number | undefined;
  /** Why this rule exists: one line, at most 200 characters. @default none */
  readonly reason?: string | undefined;
}

/** Options of {@link succeed} and {@link fail}. */
export interface ActionOptions {
  /** Why this rule exists: one line, at most 200 characters. @default none */
  readonly reason?: string | undefined;
}

/** Field checks of each action's options, shared with `parsePolicy`. */
export const ACTION_FIELD_CHECKS = {
  retry: {
    maxAttempts: integerIn(1, MAX_INVOCATIONS),
    baseDelayMs: integerIn(0, 60_000),
    maxDelayMs: integerIn(0, 300_000),
    jitter: oneOf(JITTER_MODES),
    reason: isReason,
  },
  recover: { maxRecoveries: integerIn(1, 5), reason: isReason },
  succeed: { reason: isReason },
  fail: { reason: isReason },
} as const satisfies Record<PolicyAction['action'], Record<string, Check>>;

/** Checks a recovery: a known name or a function. */
export const checkRecovery: Check = (v) =>
  typeof v === 'function' || (typeof v === 'string' && (RECOVERY_NAMES as readonly string[]).includes(v))
    ? undefined
    : `one of ${RECOVERY_NAMES.map((n) => `'${n}'`).join(', ')} or a function`;

const ACTION_BRAND = Symbol.for('gme-result.PolicyAction');

function seal<T extends PolicyAction>(action: T, reason: string | undefined): T {
  if (reason !== undefined) Object.defineProperty(action, 'reason', { value: reason, enumerable: true });
  Object.defineProperty(action, ACTION_BRAND, { value: true });
  return Object.freeze(action);
}

function validated(options: unknown, kind: PolicyAction['action'], where: string): void {
  const problems: Problem[] = [];
  checkFields(optionsObject(options, where), ACTION_FIELD_CHECKS[kind], [], problems);
  throwFirst(problems, where);
}

/**
 * A rule that calls the SDK again after a capped exponential backoff with jitter, while the
 * call's deadline and the client's retry budget allow it.
 *
 * @example
 * import { definePolicy, retry } from 'gme-result';
 * const policy = definePolicy({ codes: { 7004: retry({ maxAttempts: 4, jitter: 'full' }) } });
 */
export function retry(options?: RetryOptions): RetryAction {
  validated(options, 'retry', 'retry()');
  const baseDelayMs = options?.baseDelayMs ?? 200;
  const maxDelayMs = options?.maxDelayMs ?? Math.max(5000, baseDelayMs);
  if (maxDelayMs < baseDelayMs) {
    throw new TypeError(
      `Expected \`maxDelayMs\` to be an integer from ${baseDelayMs} (\`baseDelayMs\`) to 300000, got ${maxDelayMs}.`,
    );
  }
  const action: RetryAction = {
    action: 'retry',
    maxAttempts: options?.maxAttempts ?? 3,
    baseDelayMs,
    maxDelayMs,
    jitter: options?.jitter ?? 'full',
  };
  return seal(action, options?.reason);
}

/**
 * A rule that turns the code into an Ok value (the Ok carries the code, e.g. `code: 1003`).
 *
 * @example
 * import { definePolicy, succeed } from 'gme-result';
 * const policy = definePolicy({ codes: { 1003: succeed({ reason: 'already in that state' }) } });
 */
export function succeed(options?: ActionOptions): SucceedAction {
  validated(options, 'succeed', 'succeed()');
  return seal({ action: 'succeed' }, options?.reason);
}

/**
 * A rule that runs a recovery before the next attempt: a named one the client knows, or your
 * own function. Recovery-driven attempts still count toward the cap of 20 invocations per call.
 *
 * @example
 * import { definePolicy, recover } from 'gme-result';
 * const policy = definePolicy({ operations: { switchRoom: { 2002: recover('reenterRoom') } } });
 */
export function recover(recovery: RecoveryName | CustomRecovery, options?: RecoverOptions): RecoverAction {
  const expected = checkRecovery(recovery);
  if (expected !== undefined) {
    throw new TypeError(`Expected \`recovery\` to be ${expected}, got ${describeValue(recovery)}.`);
  }
  validated(options, 'recover', 'recover()');
  return seal({ action: 'recover', recovery, maxRecoveries: options?.maxRecoveries ?? 1 }, options?.reason);
}

/**
 * A rule that ends the call with the error at once.
 *
 * @example
 * import { definePolicy, fail } from 'gme-result';
 * const policy = definePolicy({ codes: { 7005: fail({ reason: 'billing overdue: tell the developer' }) } });
 */
export function fail(options?: ActionOptions): FailAction {
  validated(options, 'fail', 'fail()');
  return seal({ action: 'fail' }, options?.reason);
}

/**
 * True for an action made by {@link retry}, {@link succeed}, {@link recover} or {@link fail}
 * (by any copy of this package).
 *
 * @example
 * import { isPolicyAction, retry } from 'gme-result';
 * isPolicyAction(retry()); // true
 * isPolicyAction({ action: 'retry' }); // false
 */
export function isPolicyAction(value: unknown): value is PolicyAction {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[ACTION_BRAND] === true
  );
}
