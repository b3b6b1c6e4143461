import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { type GmeError, withErrorFields } from '../errors/gme-error.js';
import { MAX_INVOCATIONS, type RecoverAction, type RetryAction } from './actions.js';
import { computeDelay } from './backoff.js';
import { isAborted, joinSignals } from './call-signal.js';
import type { ExecuteOptions, ExecuteSuccess } from './execute-types.js';
import { callHook } from './fire-hook.js';
import { holdForReconnect, shouldHold } from './hold-for-reconnect.js';
import { NEVER_APPLIED_CODES } from './never-applied-codes.js';
import { recordSuccess, recordTransientFailure } from './record-outcome.js';
import { resolveAction } from './resolve-action.js';
import { retryThroughBridge } from './retry-bridge.js';
import { runRecoveryStep } from './run-recovery-step.js';

type Outcome<V> = Result<ExecuteSuccess<V>, GmeError>;

/**
 * Everything after the first failure of a call: resolve the rule for each new code, wait and
 * retry, run recoveries, and stop on a cap, the deadline, the budget, the breaker or an abort.
 * Never rejects: a throwing callback ends the call with the last SDK error.
 */
export async function continueAfterFailure<V>(
  o: ExecuteOptions<V>,
  error: GmeError,
  trial: boolean,
  released = false,
): Promise<Outcome<V>> {
  const loop = new RetryLoop(o, error, trial, released);
  let outcome: Outcome<V>;
  try {
    // The failure may arrive inside the SDK's own event delivery (its Poll); a retry or recovery
    // calls the SDK again, so leave that callback first.
    await undefined;
    if (await loop.decide(error)) {
      const last = await retryThroughBridge(
        () => loop.invoke(),
        (e) => loop.decide(e),
        MAX_INVOCATIONS,
      );
      outcome = last.isOk() ? loop.succeeded(last.value) : loop.outcome();
    } else outcome = loop.outcome();
  } catch {
    outcome = loop.failed();
  }
  // Released by the reconnect, the call had the gate's turn: the next one waiting gets it.
  if (loop.hasTurn) o.outage?.endTurn(outcome.isOk());
  return outcome;
}

class RetryLoop<V> {
  readonly #o: ExecuteOptions<V>;
  #attempts = 1;
  #args: unknown;
  #last: GmeError;
  #trial: boolean;
  #previousDelay: number | undefined;
  #recovered: string | undefined;
  #recoveries: Map<RecoverAction, number> | undefined;
  #final: Outcome<V> | undefined;
  /** Both call signals joined, built on the first retry wait (never on the success path). */
  #signal: AbortSignal | undefined;

  /** The call was held for a reconnect and released by it: its attempt since was its one try. */
  #released: boolean;
  /** A hold of this call ended with the reconnect: it has the outage gate's turn. */
  hasTurn = false;

  constructor(o: ExecuteOptions<V>, error: GmeError, trial: boolean, released: boolean) {
    this.#o = o;
    this.#args = o.args;
    this.#last = error;
    this.#trial = trial;
    this.#released = released;
  }

  /** The result settled by the last decision (the last error if none was). */
  outcome(): Outcome<V> {
    return this.#final ?? this.failed();
  }

  /** The last SDK error with the attempt count (and any flags). */
  failed(flags?: { budgetExhausted?: boolean; circuitOpen?: boolean }): Outcome<V> {
    this.#release();
    return err(withErrorFields(this.#last, { attempts: this.#invocations(), ...flags }));
  }

  /** What `attempts` reports: the SDK invocations made (see `ExecuteOptions.invocations`). */
  #invocations(): number {
    return this.#o.invocations?.() ?? this.#attempts;
  }

  succeeded(value: V, code = 0): Outcome<V> {
    const success: { value: V; attempts: number; code: number; recovered?: string } = {
      value,
      attempts: this.#invocations(),
      code,
    };
    if (this.#recovered !== undefined) success.recovered = this.#recovered;
    return ok(success);
  }

  /** One more SDK invocation; records a success on the budget and the breaker. */
  async invoke(): Promise<Result<V, GmeError>> {
    const o = this.#o;
    this.#attempts += 1;
    const result = await o.attempt(this.#attempts, this.#args);
    if (result.isOk()) this.#healthy();
    return result;
  }

  /** Decides what follows `error`: true to invoke again (after any wait), false when the outcome is settled. */
  async decide(error: GmeError): Promise<boolean> {
    const o = this.#o;
    this.#last = error;
    if (isAborted(o)) return this.#abort();
    const { action } = resolveAction(o.policy, o.operation, error.code);
    switch (action.action) {
      case 'succeed':
        this.#healthy();
        return this.#settle(this.succeeded(o.succeedValue(error, this.#args), error.code));
      // Stryker disable next-line ConditionalExpression,StringLiteral: both end in failed() too: falling into 'recover' makes runRecoveryStep throw on a fail action (it has no recovery), into the catch of continueAfterFailure; matching no case settles nothing, and outcome() reads that as failed()
      case 'fail':
        return this.#settle(this.failed());
      case 'recover':
        this.#release();
        return this.#recover(action, error);
      case 'retry':
        // After a reconnect released the call, it makes one attempt: a whole fleet released at
        // once must not add its retries to the backlog a recovering backend is serving.
        if (
          this.#released ||
          o.retries === false ||
          (!o.idempotent && !NEVER_APPLIED_CODES.has(error.code))
        ) {
          this.#transient(error.code);
          return this.#settle(this.failed());
        }
        // The SDK says the connection is down: wait for it instead of retrying blind. A held
        // failure is the outage's, not the backend's: no breaker count, no budget token.
        if (this.#attempts < Math.min(action.maxAttempts, MAX_INVOCATIONS) && shouldHold(o)) {
          return this.#hold(error);
        }
        this.#transient(error.code);
        return this.#retry(action, error);
    }
  }

  async #hold(error: GmeError): Promise<boolean> {
    const o = this.#o;
    const why = await holdForReconnect(o, error.code, this.#attempts);
    if (why === 'aborted' || isAborted(o)) return this.#abort();
    if (why === 'down') return this.#settle(this.failed());
    if (why === 'up') {
      this.#released = true;
      this.hasTurn = true;
    }
    if (o.clock.now() >= o.deadline) return this.#settle(this.failed());
    return true;
  }

  async #retry(action: RetryAction, error: GmeError): Promise<boolean> {
    const o = this.#o;
    const attempt = this.#attempts;
    if (attempt >= action.maxAttempts || attempt >= MAX_INVOCATIONS) return this.#settle(this.failed());
    const now = o.clock.now();
    const delayMs = computeDelay({
      attempt,
      baseDelayMs: action.baseDelayMs,
      maxDelayMs: action.maxDelayMs,
      jitter: action.jitter,
      previousDelayMs: this.#previousDelay,
      random: o.random,
    });
    // The deadline is checked before the budget, so a retry that could not happen spends no token.
    if (now + delayMs > o.deadline) return this.#settle(this.failed());
    if (o.breaker !== undefined && !o.breaker.canPass(o.family, now)) {
      return this.#settle(this.failed({ circuitOpen: true }));
    }
    const budget = o.budget;
    if (budget !== undefined && !budget.tryAcquire()) {
      callHook(o.hooks, 'budgetExhausted', () => ({
        operation: o.operation,
        code: error.code,
        attempt,
        tokens: budget.tokens,
      }));
      return this.#settle(this.failed({ budgetExhausted: true }));
    }
    this.#previousDelay = delayMs;
    callHook(o.hooks, 'retry', () => ({ operation: o.operation, code: error.code, attempt, delayMs, error }));
    if (delayMs > 0) {
      try {
        this.#signal ??= joinSignals(o);
        await o.clock.sleep(delayMs, this.#signal);
      } catch {
        return isAborted(o) ? this.#abort() : this.#settle(this.failed());
      }
    }
    return isAborted(o) ? this.#abort() : true;
  }

  async #recover(action: RecoverAction, error: GmeError): Promise<boolean> {
    const o = this.#o;
    this.#recoveries ??= new Map();
    const used = this.#recoveries.get(action) ?? 0;
    if (used >= action.maxRecoveries) return this.#settle(this.failed());
    this.#recoveries.set(action, used + 1);
    const step = await runRecoveryStep(o, action, error, this.#args);
    if (step.kind === 'aborted') return this.#abort();
    // A failed recovery ends the call with the failure it was meant to heal; its own error goes to the hook.
    if (step.kind === 'failed') return this.#settle(this.failed());
    this.#recovered = step.name;
    if (step.kind === 'done') return this.#settle(this.succeeded(step.value));
    if ('args' in step.outcome) this.#args = step.outcome.args;
    if (this.#attempts >= MAX_INVOCATIONS || o.clock.now() >= o.deadline) return this.#settle(this.failed());
    return true;
  }

  #settle(outcome: Outcome<V>): false {
    this.#final = outcome;
    return false;
  }

  #abort(): false {
    this.#release();
    return this.#settle(err(this.#o.abortError(this.#invocations())));
  }

  /** A success ends the call with an Ok, so a trial slot needs no release after it. */
  #healthy(): void {
    recordSuccess(this.#o);
  }

  #transient(code: number): void {
    this.#trial = false;
    recordTransientFailure(this.#o, code);
  }

  /** Frees a half-open trial slot this call held when it ends without a verdict on the backend's health. */
  #release(): void {
    if (this.#trial) {
      this.#trial = false;
      // Stryker disable next-line OptionalChaining: #trial starts true only when the call holds a trial slot of a breaker, so the breaker is there
      this.#o.breaker?.release(this.#o.family);
    }
  }
}
