import {
  type Check,
  checkFields,
  integerIn,
  optionsObject,
  type Problem,
  throwFirst,
} from './option-checks.js';

/** The numeric settings of a breaker (the `breaker` of a policy). */
export interface CircuitBreakerSettings {
  /** Consecutive transient failures of one family that open it (an integer from 1 to 1000). @default 5 */
  readonly failureThreshold: number;
  /** How long an open family refuses calls, in ms (an integer from 0 to 3 600 000). @default 10000 */
  readonly cooldownMs: number;
}

/** Options of the `CircuitBreaker` (`onOpen`/`onClose` are set by the client). */
export interface CircuitBreakerOptions {
  /** @default 5 */
  readonly failureThreshold?: number | undefined;
  /** @default 10000 */
  readonly cooldownMs?: number | undefined;
  /** Called when a family opens (or reopens after a failed trial), with the time it may half-open. @default none */
  readonly onOpen?: ((family: string, until: number) => void) | undefined;
  /** Called when an open or half-open family closes again. @default none */
  readonly onClose?: ((family: string) => void) | undefined;
}

/**
 * The default breaker: 3 consecutive transient failures (one call that used all of a 3-attempt
 * retry rule, or two failing calls in a row) open the family for 5 s. Chosen with the fleet
 * simulation in `BENCHMARKS.md`: against the earlier 5 failures / 10 s it cut the load during a
 * 60 s outage from 2.48x to 2.01x of normal and the time until 95 % of clients were back from
 * 11.7 s to 6.7 s, while isolated failures (2 % of requests) still made no call give up. A
 * lower threshold (2) reached 1.50x but made some calls give up after isolated failures.
 *
 * The breaker is asked before every retry too, so a family that opens also ends the retries of
 * the call in progress: keep `failureThreshold` above the largest `maxAttempts` of your retry
 * rules if every attempt they allow should happen.
 *
 * @example
 * import { DEFAULT_CIRCUIT_BREAKER, definePolicy } from 'gme-result';
 * const patient = definePolicy({ breaker: { cooldownMs: DEFAULT_CIRCUIT_BREAKER.cooldownMs * 3 } });
 */
export const DEFAULT_CIRCUIT_BREAKER: CircuitBreakerSettings = Object.freeze({
  failureThreshold: 3,
  cooldownMs: 5_000,
});

const CHECKS: Readonly<Record<keyof CircuitBreakerSettings, Check>> = {
  failureThreshold: integerIn(1, 1000),
  cooldownMs: integerIn(0, 3_600_000),
};

/** Checks breaker settings and resolves them over `base`; pushes problems under `path`. */
export function resolveCircuitBreakerSettings(
  options: Readonly<Record<string, unknown>>,
  base: CircuitBreakerSettings,
  path: readonly string[],
  problems: Problem[],
): CircuitBreakerSettings | undefined {
  const before = problems.length;
  checkFields(options, CHECKS, path, problems);
  if (problems.length > before) return undefined;
  const o = options as Partial<CircuitBreakerSettings>;
  return Object.freeze({
    failureThreshold: o.failureThreshold ?? base.failureThreshold,
    cooldownMs: o.cooldownMs ?? base.cooldownMs,
  });
}

/** The state of one family. */
export type CircuitState = 'closed' | 'open' | 'half-open';

interface FamilyState {
  failures: number;
  open: boolean;
  until: number;
  trialSince: number | undefined;
  lastCode: number;
}

/**
 * A consecutive-failure circuit breaker holding one state per operation family (`'room'`,
 * `'voice-message'`…). After `failureThreshold` transient failures in a row a family opens for
 * `cooldownMs`; then one trial call passes (half-open) and its result closes or reopens it.
 * Time is given by the caller (`now`), so there are no timers. Only transient failures count;
 * a success anywhere in the family closes it. A trial that ends with a non-transient outcome
 * should be {@link CircuitBreaker.release}d; a trial never reported frees its slot after `cooldownMs`.
 *
 * @example
 * import { CircuitBreaker } from 'gme-result';
 * const breaker = new CircuitBreaker({ failureThreshold: 5, cooldownMs: 10_000, onOpen: (f) => log(f) });
 * if (breaker.canPass('room', Date.now())) callTheSdk();
 */
export class CircuitBreaker {
  readonly #threshold: number;
  readonly #cooldownMs: number;
  readonly #onOpen: CircuitBreakerOptions['onOpen'];
  readonly #onClose: CircuitBreakerOptions['onClose'];
  readonly #families = new Map<string, FamilyState>();

  constructor(options?: CircuitBreakerOptions) {
    const o = optionsObject(options, 'CircuitBreaker');
    const { onOpen, onClose, ...numbers } = o;
    const problems: Problem[] = [];
    for (const [key, fn] of Object.entries({ onOpen, onClose })) {
      if (fn !== undefined && typeof fn !== 'function') {
        problems.push({ kind: 'invalid', path: [key], expected: 'a function', value: fn });
      }
    }
    const settings = resolveCircuitBreakerSettings(numbers, DEFAULT_CIRCUIT_BREAKER, [], problems);
    throwFirst(problems, 'CircuitBreaker');
    const s = settings ?? DEFAULT_CIRCUIT_BREAKER;
    this.#threshold = s.failureThreshold;
    this.#cooldownMs = s.cooldownMs;
    this.#onOpen = onOpen as CircuitBreakerOptions['onOpen'];
    this.#onClose = onClose as CircuitBreakerOptions['onClose'];
  }

  /** Whether a call of `family` may reach the SDK now. In half-open state the first caller becomes the trial. */
  canPass(family: string, now: number): boolean {
    const s = this.#families.get(family);
    if (s === undefined || !s.open) return true;
    if (now < s.until) return false;
    if (s.trialSince !== undefined && now < s.trialSince + this.#cooldownMs) return false;
    s.trialSince = now;
    return true;
  }

  /** True when `family` holds any state (a recent transient failure); an untracked family is closed. */
  tracks(family: string): boolean {
    return this.#families.has(family);
  }

  /** The state of `family` at `now`. */
  state(family: string, now: number): CircuitState {
    const s = this.#families.get(family);
    if (s === undefined || !s.open) return 'closed';
    return now < s.until ? 'open' : 'half-open';
  }

  /** The state of every family that holds any state at `now` (families never seen are closed). */
  states(now: number): Readonly<Record<string, CircuitState>> {
    const out: Record<string, CircuitState> = {};
    for (const family of this.#families.keys()) out[family] = this.state(family, now);
    return out;
  }

  /**
   * True when this breaker was built with `onOpen` or `onClose`: it reports its own transitions,
   * so `executeWithPolicy` does not fire its `circuitOpen`/`circuitClose` hooks too (no doubles).
   */
  get reportsTransitions(): boolean {
    return this.#onOpen !== undefined || this.#onClose !== undefined;
  }

  /** The code of the last transient failure recorded for `family`, while it holds any state. */
  lastCode(family: string): number | undefined {
    return this.#families.get(family)?.lastCode;
  }

  /** Records a success: the family closes. Returns true when that closed an open or half-open family. */
  recordSuccess(family: string): boolean {
    const s = this.#families.get(family);
    if (s === undefined) return false;
    this.#families.delete(family);
    if (!s.open) return false;
    // Stryker disable next-line OptionalChaining: without onClose the plain call throws a TypeError, which #notify swallows: nothing is called either way
    this.#notify(() => this.#onClose?.(family));
    return true;
  }

  /**
   * Records a transient failure. Returns the time until which the family is open when this
   * failure opened (or reopened) it, else `undefined`.
   */
  recordFailure(family: string, now: number, code: number): number | undefined {
    let s = this.#families.get(family);
    if (s === undefined) {
      s = { failures: 0, open: false, until: 0, trialSince: undefined, lastCode: code };
      this.#families.set(family, s);
    }
    s.lastCode = code;
    if (s.open) {
      // A late failure from a call that started before the family opened says nothing new.
      if (s.trialSince === undefined && now < s.until) return undefined;
    } else if (++s.failures < this.#threshold) {
      return undefined;
    }
    s.open = true;
    s.failures = 0;
    s.trialSince = undefined;
    s.until = now + this.#cooldownMs;
    const until = s.until;
    // Stryker disable next-line OptionalChaining: without onOpen the plain call throws a TypeError, which #notify swallows: nothing is called either way
    this.#notify(() => this.#onOpen?.(family, until));
    return until;
  }

  /** Ends a half-open trial without a verdict (a non-transient failure, an abort): the next caller becomes the trial. */
  release(family: string): void {
    const s = this.#families.get(family);
    if (s !== undefined) s.trialSince = undefined;
  }

  #notify(fn: () => void): void {
    try {
      fn();
    } catch {
      // A throwing listener must not break the call that reported the outcome.
    }
  }
}
