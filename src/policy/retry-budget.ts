import {
  type Check,
  checkFields,
  integerIn,
  numberIn,
  optionsObject,
  type Problem,
  throwFirst,
} from './option-checks.js';

/** Options of the `RetryBudget` (the `budget` of a policy). */
export interface RetryBudgetOptions {
  /** The most tokens the bucket holds (an integer from 1 to 1 000 000). @default 10 */
  readonly capacity?: number | undefined;
  /** Tokens one retry spends (a number from 0.01 to `capacity`). @default 1 */
  readonly retryCost?: number | undefined;
  /** Tokens one successful SDK invocation refunds (a number from 0 to `capacity`). @default 0.2 */
  readonly refillPerSuccess?: number | undefined;
  /** Tokens at start (a number from 0 to `capacity`). @default 3, or `capacity` when that is smaller */
  readonly initialTokens?: number | undefined;
}

/** A budget's resolved settings, every field set. */
export interface RetryBudgetSettings {
  readonly capacity: number;
  readonly retryCost: number;
  readonly refillPerSuccess: number;
  readonly initialTokens: number;
}

/**
 * The default budget. Reasoning (a starting point for the fleet simulation to tune):
 * - `refillPerSuccess: 0.2` with `retryCost: 1`: in steady state retries can be about 20 % of
 *   successful calls (Finagle's retry budget uses the same ratio), so retries add at most ~1.2x load.
 * - `initialTokens: 3`: a fresh client (a whole fleet restarting during an outage) may retry a
 *   few times, about one failed call's worth, before it must earn retries with successes.
 * - `capacity: 10`: a long healthy period does not bank enough tokens to burst a retry storm
 *   when the backend then falls over; 10 covers a handful of calls each retried 2–3 times.
 * During an outage nothing succeeds, so nothing refills: each client's retries stop after its
 * tokens are spent, and load falls back to the first attempts the game itself makes.
 *
 * @example
 * import { DEFAULT_RETRY_BUDGET, definePolicy } from 'gme-result';
 * const generous = definePolicy({ budget: { capacity: DEFAULT_RETRY_BUDGET.capacity * 2 } });
 */
export const DEFAULT_RETRY_BUDGET: RetryBudgetSettings = Object.freeze({
  capacity: 10,
  retryCost: 1,
  refillPerSuccess: 0.2,
  initialTokens: 3,
});

const CHECKS: Readonly<Record<keyof RetryBudgetOptions, Check>> = {
  capacity: integerIn(1, 1_000_000),
  retryCost: numberIn(0.01, 1_000_000),
  refillPerSuccess: numberIn(0, 1_000_000),
  initialTokens: numberIn(0, 1_000_000),
};

/**
 * Checks budget options and resolves them over `base` (a parent policy's budget, else the
 * defaults). Pushes problems under `path`; returns the settings when there were none.
 */
export function resolveRetryBudgetSettings(
  options: Readonly<Record<string, unknown>>,
  base: RetryBudgetSettings,
  path: readonly string[],
  problems: Problem[],
): RetryBudgetSettings | undefined {
  const before = problems.length;
  checkFields(options, CHECKS, path, problems);
  if (problems.length > before) return undefined;
  const o = options as RetryBudgetOptions;
  const capacity = o.capacity ?? base.capacity;
  const retryCost = o.retryCost ?? base.retryCost;
  const refillPerSuccess = o.refillPerSuccess ?? base.refillPerSuccess;
  const initialTokens = o.initialTokens ?? Math.min(base.initialTokens, capacity);
  const bounded = { retryCost, refillPerSuccess, initialTokens };
  for (const [key, value] of Object.entries(bounded)) {
    if (value > capacity) {
      const expected = `a number from ${key === 'retryCost' ? 0.01 : 0} to ${capacity} (\`capacity\`)`;
      problems.push({ kind: 'invalid', path: [...path, key], expected, value });
    }
  }
  if (problems.length > before) return undefined;
  return Object.freeze({ capacity, retryCost, refillPerSuccess, initialTokens });
}

/** Rounds away float noise (0.2 added five times is 1, not 0.9999999999999999). */
const tidy = (n: number): number => Math.round(n * 1e9) / 1e9;

/**
 * A token bucket shared by every operation of one client: each retry spends `retryCost` tokens,
 * each successful SDK invocation refunds `refillPerSuccess`. When the bucket is empty, retries
 * stop (the call ends with `budgetExhausted: true`), so a fleet of clients cannot multiply its load
 * on a struggling backend. The first attempt of a call never needs a token.
 *
 * @example
 * import { RetryBudget } from 'gme-result';
 * const budget = new RetryBudget({ capacity: 20, initialTokens: 5 });
 * if (budget.tryAcquire()) retryTheCall();
 * budget.recordSuccess();
 */
export class RetryBudget {
  #capacity: number;
  #retryCost: number;
  #refill: number;
  #tokens: number;

  constructor(options?: RetryBudgetOptions) {
    const problems: Problem[] = [];
    const o = optionsObject(options, 'RetryBudget');
    const settings = resolveRetryBudgetSettings(o, DEFAULT_RETRY_BUDGET, [], problems);
    throwFirst(problems, 'RetryBudget');
    const s = settings ?? DEFAULT_RETRY_BUDGET;
    this.#capacity = s.capacity;
    this.#retryCost = s.retryCost;
    this.#refill = s.refillPerSuccess;
    this.#tokens = s.initialTokens;
  }

  /**
   * A budget that never refuses (what a policy with `budget: false` gets).
   *
   * @example
   * import { RetryBudget } from 'gme-result';
   * RetryBudget.unlimited().tryAcquire(); // always true
   */
  static unlimited(): RetryBudget {
    const budget = new RetryBudget();
    budget.#capacity = Number.POSITIVE_INFINITY;
    budget.#tokens = Number.POSITIVE_INFINITY;
    budget.#retryCost = 0;
    return budget;
  }

  /**
   * The budget a policy's `budget` setting asks for: {@link RetryBudget.unlimited} for `false`.
   *
   * @example
   * import { RetryBudget } from 'gme-result';
   * import { defaultPolicy } from 'gme-result/policies';
   * const budget = RetryBudget.from(defaultPolicy.budget);
   */
  static from(settings: RetryBudgetOptions | false): RetryBudget {
    return settings === false ? RetryBudget.unlimited() : new RetryBudget(settings);
  }

  /** Tokens left now (`Infinity` for an unlimited budget). */
  get tokens(): number {
    return this.#tokens;
  }

  /** The most tokens the bucket holds. */
  get capacity(): number {
    return this.#capacity;
  }

  /** Spends `retryCost` tokens and returns true, or returns false (and spends nothing) when too few are left. */
  tryAcquire(): boolean {
    if (this.#tokens < this.#retryCost) return false;
    this.#tokens = tidy(this.#tokens - this.#retryCost);
    return true;
  }

  /** Refunds `refillPerSuccess` tokens, up to `capacity`. Call it for every successful SDK invocation. */
  recordSuccess(): void {
    this.#tokens = Math.min(this.#capacity, tidy(this.#tokens + this.#refill));
  }
}
