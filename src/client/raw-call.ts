import { err, ok, type Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { type ExecuteSuccess, startWithPolicy } from '../policy/index.js';
import { BridgeRequest, type InvokeOutcome } from '../sdk/event-bridge.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import type { CallValue, RawCallOptions } from './client-types.js';
import { outcomeError } from './outcome-to-result.js';
import { refuse } from './run-operation.js';
import { validateCallOptions } from './validate-call-options.js';

/**
 * `client.call(method, args, options)`: any SDK method by its own name, answered by its return
 * value (a GME code, or any value with `returnsCode: false`), under the same policy, budget and
 * breaker (family `'call'`) as the operations, treated as not idempotent. Reported like every call.
 */
export function rawCall(
  ctx: ClientContext,
  method: unknown,
  rawArgs: unknown,
  options: RawCallOptions | undefined,
): Promise<Result<CallValue, GmeError>> {
  const name = typeof method === 'string' ? method : String(method);
  const t = clientMessages(ctx.o.locale);
  try {
    if (typeof method !== 'string' || method.length === 0) return refuse(ctx, name, 1004, t.methodName());
    const args = rawArgs ?? [];
    if (!Array.isArray(args)) return refuse(ctx, method, 1004, t.argsArray());
    const problem = validateCallOptions(options)?.render(ctx.o.locale);
    if (problem !== undefined) return refuse(ctx, method, 1004, problem);
    if (ctx.disposed.signal.aborted) return refuse(ctx, method, 7013, t.disposed());
    if (!ctx.o.sdk.hasMethod(method)) return refuse(ctx, method, 1006, t.noMethod(ctx.o.sdk.surface, method));
    const anyReturn = options?.returnsCode === false;
    const signal = options?.signal;
    const started = ctx.o.clock.now();
    const deadline = started + (options?.deadlineMs ?? ctx.o.deadlineMs);
    const attempt = (n: number): Result<unknown, GmeError> => {
      if (ctx.emitter.has('attempt')) ctx.emitter.emit('attempt', { operation: method, attempt: n });
      return ctx.bridge.invoke(new MethodCall(ctx, method, args, n, signal, anyReturn)) as Result<
        unknown,
        GmeError
      >;
    };
    const finish = (r: Result<ExecuteSuccess<unknown>, GmeError>): Result<CallValue, GmeError> => {
      const final = r.map((s) => ({ value: s.value, attempts: s.attempts, code: s.code }));
      reportEnd(ctx, method, final, started);
      return final;
    };
    const outcome = startWithPolicy<unknown, Result<CallValue, GmeError>>(
      {
        operation: method,
        family: 'call',
        idempotent: false,
        policy: ctx.policy,
        args,
        attempt,
        succeedValue: (error) => error.code,
        runRecovery: (recovery, error, a, s) =>
          ctx.recoveries.run(method, recovery, error, a, s, { deadline }),
        budget: ctx.budget,
        breaker: ctx.breaker,
        signal,
        stop: ctx.disposed.signal,
        deadline,
        clock: ctx.o.clock,
        random: ctx.o.random,
        hooks: ctx.hooks,
        abortError: (attempts) => ctx.error(7013, method, attempts, t.aborted()),
        circuitOpenError: (code) => ctx.error(code, method, 0, t.rawCircuitOpen()),
      },
      finish,
    );
    return outcome instanceof Promise ? outcome : Promise.resolve(outcome);
  } catch (error) {
    return refuse(ctx, name, 1006, t.unexpected(), error);
  }
}

/** One invocation of a raw SDK method: answered by its return value alone. */
class MethodCall extends BridgeRequest<Result<unknown, GmeError>> {
  readonly eventType = undefined;
  readonly match = '';
  readonly timeoutMs = 0;
  readonly now = undefined;
  readonly limit = undefined;
  readonly signal: AbortSignal | undefined;
  readonly anyReturn: boolean;
  readonly #ctx: ClientContext;
  readonly #method: string;
  readonly #args: readonly unknown[];
  readonly #attempt: number;

  constructor(
    ctx: ClientContext,
    method: string,
    args: readonly unknown[],
    attempt: number,
    signal: AbortSignal | undefined,
    anyReturn: boolean,
  ) {
    super();
    this.#ctx = ctx;
    this.#method = method;
    this.#args = args;
    this.#attempt = attempt;
    this.signal = signal;
    this.anyReturn = anyReturn;
  }

  call(): unknown {
    return this.#ctx.o.sdk.callMethod(this.#method, this.#args);
  }

  finish(outcome: InvokeOutcome): Result<unknown, GmeError> {
    const ctx = this.#ctx;
    if (outcome.kind === 'ok') return ok(outcome.returned);
    if (outcome.kind === 'code') {
      return err(
        createGmeError({
          code: outcome.code,
          operation: this.#method,
          source: 'sdk',
          attempts: this.#attempt,
          locale: ctx.o.locale,
          table: ctx.o.table,
        }),
      );
    }
    return err(outcomeError(ctx, this.#method, this.#attempt, outcome));
  }
}
