import { err, ok, type Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { gmeMethod } from '../gme-methods.js';
import { type ExecuteSuccess, startWithPolicy } from '../policy/index.js';
import { BridgeRequest, type InvokeOutcome } from '../sdk/event-bridge.js';
import { reportEnd } from './call-report.js';
import type { ClientContext } from './client-context.js';
import { ClientHooks } from './client-hooks.js';
import { clientMessages } from './client-messages.js';
import type { CallValue, RawCallOptions } from './client-types.js';
import { outcomeError } from './outcome-to-result.js';
import { type DataKind, readMethodValue } from './read-method-value.js';
import { refuse } from './run-operation.js';
import { fieldProblem } from './validate-args.js';
import { validateCallOptions } from './validate-call-options.js';
import { validateMethodArgs } from './validate-method-args.js';

/**
 * `client.call(method, args, options)`: any SDK method by its own name, answered by its return
 * value, under the same policy, budget and breaker (family `'call'`) as the operations, treated as
 * not idempotent. Reported like every call: exactly one `success` or `error`, whichever way it ends.
 *
 * How the return value reads: an explicit `returnsCode` option decides (`true`: a GME code;
 * `false`: any value is Ok, as is). Without it, a method of `GME_METHODS` reads as its table says
 * — setters as a code, getters as their data, checked for shape (see `readMethodValue`) — and any
 * other method as a code. Known methods also get their arguments checked (client 1004), and a
 * return of -1 (gme-electron-sdk without its addon) becomes a client 1006.
 */
export function rawCall(
  ctx: ClientContext,
  method: unknown,
  rawArgs: unknown,
  options: RawCallOptions | undefined,
): Promise<Result<CallValue, GmeError>> {
  const name = typeof method === 'string' ? method : String(method);
  const t = clientMessages(ctx.o.locale);
  const callId = ++ctx.lastCallId;
  try {
    if (typeof method !== 'string' || method.length === 0)
      return refuse(ctx, name, callId, 1004, t.methodName());
    const args = rawArgs ?? [];
    if (!Array.isArray(args)) return refuse(ctx, method, callId, 1004, t.argsArray());
    const spec = gmeMethod(method);
    const problem = (
      validateCallOptions(options) ??
      validateReturnsCode(options) ??
      (spec === undefined ? undefined : validateMethodArgs(method, spec, args, ctx.o.sdk.surface))
    )?.render(ctx.o.locale);
    if (problem !== undefined) return refuse(ctx, method, callId, 1004, problem);
    if (ctx.disposed.signal.aborted) return refuse(ctx, method, callId, 7013, t.disposed());
    if (!ctx.o.sdk.hasMethod(method))
      return refuse(ctx, method, callId, 1006, t.noMethod(ctx.o.sdk.surface, method));
    const explicit = options?.returnsCode;
    const anyReturn = !(explicit ?? spec?.returnsCode ?? true);
    const reads = explicit === undefined && spec?.returnsCode === false ? spec.returns : undefined;
    const read: MethodRead = { anyReturn, reads, known: spec !== undefined };
    const signal = options?.signal;
    const started = ctx.o.clock.now();
    const deadline = started + (options?.deadlineMs ?? ctx.o.deadlineMs);
    const attempt = (n: number): Result<unknown, GmeError> => {
      if (ctx.emitter.has('attempt')) ctx.emitter.emit('attempt', { operation: method, callId, attempt: n });
      return ctx.bridge.invoke(new MethodCall(ctx, method, args, n, signal, read)) as Result<
        unknown,
        GmeError
      >;
    };
    const finish = (r: Result<ExecuteSuccess<unknown>, GmeError>): Result<CallValue, GmeError> => {
      const final = r.map((s) => ({ value: s.value, attempts: s.attempts, code: s.code }));
      reportEnd(ctx, method, callId, final, started);
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
        hooks: ClientHooks.of(ctx.emitter, callId),
        abortError: (attempts) => ctx.error(7013, method, attempts, t.aborted()),
        circuitOpenError: (code) => ctx.error(code, method, 0, t.rawCircuitOpen()),
      },
      finish,
    );
    return outcome instanceof Promise ? outcome : Promise.resolve(outcome);
  } catch (error) {
    return refuse(ctx, name, callId, 1006, t.unexpected(), error);
  }
}

/** `returnsCode`, when given, must be a boolean (`null` is refused by name, like every option). */
function validateReturnsCode(options: RawCallOptions | undefined) {
  const value = options?.returnsCode;
  if (value === undefined || typeof value === 'boolean') return undefined;
  return fieldProblem('returnsCode', { en: 'a boolean', ko: 'true 또는 false여야 합니다' }, () =>
    value === null ? 'null' : typeof value,
  );
}

/** How one method's return value is read (decided once per call). */
interface MethodRead {
  /** Any return value is Ok for the bridge (getters, or `returnsCode: false`). */
  readonly anyReturn: boolean;
  /** The data kind a known getter's value is checked against; undefined: taken as is. */
  readonly reads: DataKind | undefined;
  /** The method is in `GME_METHODS`. */
  readonly known: boolean;
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
  readonly #read: MethodRead;

  constructor(
    ctx: ClientContext,
    method: string,
    args: readonly unknown[],
    attempt: number,
    signal: AbortSignal | undefined,
    read: MethodRead,
  ) {
    super();
    this.#ctx = ctx;
    this.#method = method;
    this.#args = args;
    this.#attempt = attempt;
    this.signal = signal;
    this.anyReturn = read.anyReturn;
    this.#read = read;
  }

  call(): unknown {
    return this.#ctx.o.sdk.callMethod(this.#method, this.#args);
  }

  finish(outcome: InvokeOutcome): Result<unknown, GmeError> {
    const ctx = this.#ctx;
    const reads = this.#read.reads;
    if (outcome.kind === 'ok') {
      if (reads === undefined) return ok(outcome.returned);
      const reading = readMethodValue(reads, outcome.returned);
      switch (reading.kind) {
        case 'value':
          return ok(outcome.returned);
        case 'code':
          return err(this.#sdkError(reading.code));
        case 'addonMissing':
          return err(this.#addonMissing());
        case 'garbage':
          return err(
            outcomeError(ctx, this.#method, this.#attempt, { kind: 'garbage', value: outcome.returned }),
          );
      }
    }
    if (outcome.kind === 'code') {
      if (outcome.code === -1 && this.#read.known) return err(this.#addonMissing());
      return err(this.#sdkError(outcome.code));
    }
    return err(outcomeError(ctx, this.#method, this.#attempt, outcome));
  }

  #sdkError(code: number): GmeError {
    const ctx = this.#ctx;
    return createGmeError({
      code,
      operation: this.#method,
      source: 'sdk',
      attempts: this.#attempt,
      locale: ctx.o.locale,
      table: ctx.o.table,
    });
  }

  #addonMissing(): GmeError {
    const ctx = this.#ctx;
    const detail = clientMessages(ctx.o.locale).addonMissing();
    return ctx.error(1006, this.#method, this.#attempt, detail, { returned: -1 });
  }
}
