/**
 * The fault matrix: every catalog code (both tables, except 0) × every operation × the way the
 * code arrives (returned at once, or posted and reported by the completion event), checked against
 * what the default policy's table says. One test per cell.
 *
 * The expected outcome is derived from the policy data (`resolveAction`), never copied by hand:
 * - `succeed` → Ok with that code after 1 invocation;
 * - `fail` → Err with that code after 1 invocation;
 * - `retry` (the code comes back on every invocation) → Err after `maxAttempts` invocations,
 *   fewer when the policy's breaker or budget stops it first, and 1 when the operation is not
 *   idempotent and the code is not in `NEVER_APPLIED_CODES`; waits follow the documented backoff
 *   with `random() = 0`;
 * - `recover` → what the named recovery does on a fresh client with no `auth` configured (see
 *   `recoverOutcome`).
 * Operations answered by their return value alone (init, applyPttAuthbuffer, startRecording) have
 * no event column.
 */
import {
  type AuthOptions,
  createGmeClient,
  type GmeClientOptions,
  NEVER_APPLIED_CODES,
  OPERATION_NAMES,
  type OperationName,
  type Policy,
  type RecoverAction,
  type RetryAction,
  resolveAction,
} from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_SPECS } from '../src/client/operation-specs.js';
import { catalog } from '../src/codes/catalog.js';
import { MAX_INVOCATIONS } from '../src/policy/actions.js';
import {
  argsFor,
  callOp,
  drive,
  FAKE_TIMERS,
  FakeSdk,
  isEvented,
  type Recorded,
  recordEvents,
} from './support/fake-sdk.js';

type Mode = 'return' | 'event';

/** No refresher: `refreshAuth` and `reapplyPttAuth` have nothing to work with. */
const AUTH: AuthOptions = {};

/** The client the matrix runs on: jitter draws 0, events pushed by the fake. */
const CLIENT = {
  policy: defaultPolicy,
  poll: false,
  random: () => 0,
  auth: AUTH,
  awaitInFlightMs: 5_000,
} as const satisfies Omit<GmeClientOptions, 'sdk'>;

/** What one cell must produce; compared whole. */
interface Outcome {
  readonly ok: boolean;
  readonly code: number;
  readonly attempts: number;
  readonly source: 'sdk' | undefined;
  readonly budgetExhausted: boolean;
  readonly circuitOpen: boolean;
  readonly recovered: string | undefined;
  /** SDK invocations per operation, the one under test included. */
  readonly invocations: Readonly<Partial<Record<OperationName, number>>>;
  readonly retries: number;
  /** `action:ok` of each recovery event of the operation, in order. */
  readonly recoveries: readonly string[];
  /** Fake time the call took. */
  readonly waitedMs: number;
}

interface Case {
  readonly op: OperationName;
  readonly code: number;
  readonly name: string;
  readonly mode: Mode;
  readonly expected: Outcome;
  /** The expected outcome and the rule behind it, for the test's name. */
  readonly label: string;
}

const base = (op: OperationName, code: number) =>
  ({
    ok: false,
    code,
    attempts: 1,
    source: 'sdk',
    budgetExhausted: false,
    circuitOpen: false,
    recovered: undefined,
    invocations: { [op]: 1 },
    retries: 0,
    recoveries: [],
    waitedMs: 0,
  }) satisfies Outcome;

/** The wait before attempt `n + 1` with `random() = 0`, by the documented backoff formulas. */
function waitAfter(action: RetryAction, n: number): number {
  const exp = Math.min(action.maxDelayMs, action.baseDelayMs * 2 ** (n - 1));
  switch (action.jitter) {
    case 'full':
      return 0;
    case 'none':
      return Math.round(exp);
    case 'equal':
      return Math.round(exp / 2);
    case 'decorrelated':
      return Math.min(action.maxDelayMs, action.baseDelayMs);
  }
}

/** A retry rule on a code that never goes away: stops at maxAttempts, the breaker or the budget. */
function retryOutcome(policy: Policy, op: OperationName, code: number, action: RetryAction): Outcome {
  let tokens = policy.budget === false ? Number.POSITIVE_INFINITY : policy.budget.initialTokens;
  const cost = policy.budget === false ? 0 : policy.budget.retryCost;
  const threshold = policy.breaker === false ? Number.POSITIVE_INFINITY : policy.breaker.failureThreshold;
  let waitedMs = 0;
  for (let n = 1; ; n++) {
    const stop = (flags: { budgetExhausted?: boolean; circuitOpen?: boolean }): Outcome => ({
      ...base(op, code),
      ...flags,
      attempts: n,
      invocations: { [op]: n },
      retries: n - 1,
      waitedMs,
    });
    if (n >= action.maxAttempts || n >= MAX_INVOCATIONS) return stop({});
    if (n >= threshold) return stop({ circuitOpen: true });
    if (tokens < cost) return stop({ budgetExhausted: true });
    tokens -= cost;
    waitedMs += waitAfter(action, n);
  }
}

/** A recovery on a fresh client with no `auth`: nothing to reuse, the helper operations succeed. */
function recoverOutcome(op: OperationName, code: number, action: RecoverAction): Outcome {
  const recovery = action.recovery;
  if (typeof recovery === 'function') throw new Error(`a custom recovery on ${code}: no derivable outcome`);
  const once = { ...base(op, code), recoveries: [`${recovery}:false`] };
  // The code comes back after every recovery, until the rule has run maxRecoveries times.
  const repeated = (extra: Partial<Outcome> = {}): Outcome => {
    const runs = Math.min(action.maxRecoveries, MAX_INVOCATIONS - 1);
    return {
      ...base(op, code),
      attempts: runs + 1,
      invocations: { [op]: runs + 1 },
      recoveries: Array.from({ length: runs }, () => `${recovery}:true`),
      ...extra,
    };
  };
  switch (recovery) {
    case 'refreshAuth':
      return AUTH.refresh === undefined ? once : unreachable(recovery);
    case 'reapplyPttAuth':
      // Neither auth.refreshPtt nor an earlier applyPttAuthbuffer to reuse.
      return AUTH.refreshPtt === undefined ? once : unreachable(recovery);
    case 'reinit':
      return once; // no earlier init to repeat
    case 'exitThenEnter':
      if (op !== 'enterRoom') return once;
      return repeated({
        invocations: { enterRoom: action.maxRecoveries + 1, exitRoom: action.maxRecoveries },
      });
    case 'reenterRoom':
      if (op === 'enterRoom') return repeated();
      if (op !== 'switchRoom') return once;
      return {
        ...base(op, 0),
        ok: true,
        source: undefined,
        recovered: 'reenterRoom',
        invocations: { switchRoom: 1, enterRoom: 1 },
        recoveries: ['reenterRoom:true'],
      };
    case 'awaitInFlight':
      // Nothing else is in flight: each recovery waits the whole awaitInFlightMs, then calls again.
      return repeated({
        waitedMs: Math.min(action.maxRecoveries, MAX_INVOCATIONS - 1) * CLIENT.awaitInFlightMs,
      });
  }
}

function unreachable(what: string): never {
  throw new Error(`no derivation for ${what} with this client configuration`);
}

function expectedOutcome(
  policy: Policy,
  op: OperationName,
  code: number,
): { expected: Outcome; why: string } {
  const { action, rule } = resolveAction(policy, op, code);
  const where = `${rule} rule`;
  switch (action.action) {
    case 'succeed':
      return { expected: { ...base(op, code), ok: true, source: undefined }, why: `succeed (${where})` };
    case 'fail':
      return { expected: base(op, code), why: `fail (${where})` };
    case 'retry':
      if (!OPERATION_SPECS[op].idempotent && !NEVER_APPLIED_CODES.has(code)) {
        return { expected: base(op, code), why: `retry (${where}), refused: ${op} is not idempotent` };
      }
      return {
        expected: retryOutcome(policy, op, code, action),
        why: `retry ×${action.maxAttempts} (${where})`,
      };
    case 'recover':
      return {
        expected: recoverOutcome(op, code, action),
        why: `recover ${String(action.recovery)} (${where})`,
      };
  }
}

function summary(o: Outcome): string {
  const end = o.ok ? `Ok ${o.code}` : `Err ${o.code}`;
  const flags = [o.budgetExhausted && 'budget', o.circuitOpen && 'circuit', o.recovered].filter(Boolean);
  return `${end} after ${o.attempts}${flags.length > 0 ? ` (${flags.join(', ')})` : ''}`;
}

const codes = catalog.filter((entry) => entry.code !== 0);
const cases: Case[] = [];
for (const op of OPERATION_NAMES) {
  const modes: Mode[] = isEvented(op) ? ['return', 'event'] : ['return'];
  for (const { code, name } of codes) {
    const { expected, why } = expectedOutcome(defaultPolicy, op, code);
    const label = `${summary(expected)}: ${why}`;
    for (const mode of modes) cases.push({ op, code, name, mode, expected, label });
  }
}

function observe(
  op: OperationName,
  r: Awaited<ReturnType<typeof callOp>>,
  fake: FakeSdk,
  events: Recorded[],
  waitedMs: number,
): Outcome {
  const invocations: Partial<Record<OperationName, number>> = {};
  for (const c of fake.calls) {
    const name = c.op as OperationName;
    invocations[name] = (invocations[name] ?? 0) + 1;
  }
  const mine = events.filter((e) => 'operation' in e.payload && e.payload.operation === op);
  const value = r.isOk() ? (r.value as { recovered?: string }) : undefined;
  return {
    ok: r.isOk(),
    code: r.isOk() ? r.value.code : r.error.code,
    attempts: r.isOk() ? r.value.attempts : r.error.attempts,
    source: r.isOk() ? undefined : (r.error.source as 'sdk'),
    budgetExhausted: r.isErr() && r.error.budgetExhausted,
    circuitOpen: r.isErr() && r.error.circuitOpen,
    recovered: value?.recovered,
    invocations,
    retries: mine.filter((e) => e.name === 'retry').length,
    recoveries: mine.flatMap((e) => (e.name === 'recovery' ? [`${e.payload.action}:${e.payload.ok}`] : [])),
    waitedMs,
  };
}

beforeAll(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('the fault matrix of the default policy', () => {
  it('covers every catalog code on every operation, by return and (where GME sends one) by event', () => {
    const evented = OPERATION_NAMES.filter(isEvented).length;
    expect(cases).toHaveLength(codes.length * (OPERATION_NAMES.length + evented));
  });

  for (const op of OPERATION_NAMES) {
    describe(op, () => {
      for (const { code, name, mode, expected, label } of cases.filter((c) => c.op === op)) {
        it(`${code} ${name} by ${mode} → ${label}`, async () => {
          const fake = new FakeSdk({ timeoutMs: OPERATION_SPECS[op].timeoutMs });
          fake.always(op, mode === 'event' ? { kind: 'event', code, delayMs: 0 } : { kind: 'sync', code });
          const gme = createGmeClient({ sdk: fake, ...CLIENT });
          const events = recordEvents(gme);
          const started = Date.now();
          const driven = await drive(callOp(gme, op, argsFor(op)));
          if (driven.state !== 'resolved') throw new Error(`the call ended ${driven.state}`);
          const actual = observe(op, driven.value, fake, events, Date.now() - started);
          gme.dispose();
          expect(actual).toEqual(expected);
        });
      }
    });
  }
});
