/**
 * Properties of one call, whatever the SDK does on each invocation and whatever the policy says.
 *
 * Runs: `GME_PROPERTY_RUNS` per property (default 1000, in `npm test`: about 2 s for each of the
 * two properties here). `npm run test:deep` sets it to 100 000
 * (`GME_PROPERTY_RUNS=100000 vitest run test/properties`), measured on a 2-core machine: 84 s for
 * the first property run alone, 10 minutes for the whole folder (152 s + 189 s here, 255 s for
 * concurrent-calls.test.ts). To replay a failure, pass the printed seed and path:
 * `fc.assert(..., { seed, path, endOnFailure: true })`.
 *
 * Each run builds a client over the fake adapter (no Poll; events on fake timers), optionally
 * primes it (init + PTT auth), then makes one call and fires timers one at a time until it
 * settles. Checked:
 * - it settles (never hangs), never rejects, never throws;
 * - the SDK saw exactly the invocations the events and the Result report, at most 20; every
 *   retry stays under its rule's `maxAttempts` (and is for a never-applied code on a
 *   non-idempotent operation); recoveries stay within `maxRecoveries`;
 * - the events of the operation come in a valid order (see `checkOrder`), with one terminal event
 *   that matches the Result;
 * - an Ok code is 0 or one a `succeed()` rule names; an Err code is one the SDK was scripted to
 *   give, or the client's 1005 / 1006 (7013 after an abort or dispose);
 * - at settlement, no pending call, correlation key, bridge timer, live entry, enter flight,
 *   in-flight waiter, extra listener, abort listener, or fake timer other than the fake SDK's own
 *   scheduled events remains; after those fire: no SDK invocation, no call event, no timer.
 */
import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import {
  type CustomRecovery,
  createGmeClient,
  definePolicy,
  NEVER_APPLIED_CODES,
  OPERATION_NAMES,
  type OperationName,
  type PolicyAction,
  recover,
  resolveAction,
  retry,
} from 'gme-result';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { OPERATION_SPECS } from '../../src/client/operation-specs.js';
import {
  type AnyResult,
  argsFor,
  type Behaviour,
  behaviourArb,
  CUSTOM_RECOVERIES,
  callOp,
  checkOrder,
  type Driven,
  drain,
  drive,
  EVENT_NAMES,
  FAKE_TIMERS,
  FakeSdk,
  gameTimers,
  IDLE_STATS,
  PROPERTY_CODES,
  Problems,
  policyOptionsArb,
  recordEvents,
  refresher,
  refresherArb,
} from '../support/fake-sdk.js';

const RUNS = Number(process.env.GME_PROPERTY_RUNS ?? 1000);
/** vitest's per-test limit: generous per run, so a deep run is not cut short. */
const TEST_TIMEOUT_MS = 60_000 + RUNS * 100;
const TIMEOUT_MS = 100;
/** How late a call may settle after its deadline or an interrupt, in fake time. */
const DEADLINE_SLACK_MS = 1;
const CALL_EVENTS = new Set(['attempt', 'retry', 'recovery', 'success', 'error', 'budgetExhausted']);
const CLIENT_CODES = new Set([1005, 1006]);
/** Operations a recovery may invoke on its own (init, PTT auth, exit, enter). */
const HELPERS: readonly OperationName[] = ['init', 'applyPttAuthbuffer', 'exitRoom', 'enterRoom'];

beforeAll(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterAll(() => {
  vi.useRealTimers();
});

const scenarioArb = fc.constantFrom(...OPERATION_NAMES).chain((op) =>
  fc.record({
    op: fc.constant(op),
    /** One behaviour per invocation of `op`... */
    script: fc.array(behaviourArb(op, TIMEOUT_MS), { maxLength: 6 }),
    /** ...then this one for every later invocation. */
    rest: behaviourArb(op, TIMEOUT_MS),
    /** What the operations a recovery calls do (when they are not `op` itself). */
    helpers: fc.constantFrom('succeed', 'fail'),
    policy: policyOptionsArb,
    refresh: refresherArb,
    refreshPtt: refresherArb,
    /** A successful init and PTT auth first, so reinit / reapplyPttAuth have something to reuse. */
    primed: fc.boolean(),
    payloadAs: fc.constantFrom<'text' | 'object'>('text', 'object'),
    random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    signal: fc.boolean(),
    /** The call's `deadlineMs`, or the client's default (120 s). */
    deadlineMs: fc.option(fc.integer({ min: 1, max: 2_000 }), { freq: 2 }),
    /** An abort (needs `signal`) or a dispose at this fake time after the call starts. */
    interrupt: fc.option(
      fc.record({ how: fc.constantFrom('abort', 'dispose'), atMs: fc.integer({ min: 0, max: 400 }) }),
      { freq: 4 },
    ),
  }),
);

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

async function runScenario(s: Scenario): Promise<void> {
  const fake = new FakeSdk({ timeoutMs: TIMEOUT_MS, payloadAs: s.payloadAs });
  const policy = definePolicy(s.policy);
  const refresh = refresher(s.refresh, 'fresh-room-auth');
  const refreshPtt = refresher(s.refreshPtt, 'fresh-ptt-auth');
  const gme = createGmeClient({
    sdk: fake,
    policy,
    poll: false,
    random: () => s.random,
    awaitInFlightMs: 300,
    timeouts: Object.fromEntries(OPERATION_NAMES.map((op) => [op, TIMEOUT_MS])),
    auth: {
      ...(refresh === undefined ? {} : { refresh }),
      ...(refreshPtt === undefined ? {} : { refreshPtt }),
    },
  });
  const p = new Problems();
  if (s.primed) {
    for (const op of ['init', 'applyPttAuthbuffer'] as const) {
      const primed = await drive(callOp(gme, op, argsFor(op)));
      p.check(primed.state === 'resolved' && primed.value.isOk(), `priming ${op} failed`);
    }
  }
  const events = recordEvents(gme);
  const listeners = gme.stats().listeners;
  p.same(listeners, EVENT_NAMES.length, 'listeners before the call');
  const { op } = s;
  for (const helper of HELPERS) {
    if (helper !== op && s.helpers === 'fail') fake.always(helper, { kind: 'sync', code: 7004 });
  }
  fake.script(op, s.script).always(op, s.rest);
  const before = fake.calls.length;
  const controller = new AbortController();
  const signal = s.signal ? controller.signal : undefined;
  const interrupt = s.interrupt?.how === 'abort' && !s.signal ? null : s.interrupt;
  let fired = false;
  if (interrupt !== null) {
    setTimeout(() => {
      fired = true;
      if (interrupt.how === 'abort') controller.abort();
      else gme.dispose();
    }, interrupt.atMs);
  }

  let driven: Driven<AnyResult>;
  const callOptions = {
    ...(signal === undefined ? {} : { signal }),
    ...(s.deadlineMs === null ? {} : { deadlineMs: s.deadlineMs }),
  };
  const startedAt = Date.now();
  let settledAt = Number.NaN;
  let interruptedAt = Number.NaN;
  if (interrupt !== null) setTimeout(() => (interruptedAt = Date.now()), interrupt.atMs);
  try {
    const call = callOp(
      gme,
      op,
      argsFor(op),
      Object.keys(callOptions).length === 0 ? undefined : callOptions,
    );
    void Promise.resolve(call).then(() => (settledAt = Date.now()));
    driven = await drive(call);
  } catch (thrown) {
    throw new Error(`the call threw: ${String(thrown)}`);
  }
  p.same(driven.state, 'resolved', 'how the call ended');
  p.verify();
  if (driven.state !== 'resolved') return;
  // No call outlives its deadline (slack: the 1 ms fake timers add to a timer set from inside a
  // timer), and an abort or a dispose ends it at once, whatever a recovery or refresher does.
  const deadline = startedAt + (s.deadlineMs ?? 120_000);
  p.check(
    settledAt <= deadline + DEADLINE_SLACK_MS,
    `settled at +${settledAt - startedAt} ms, deadline +${deadline - startedAt} ms`,
  );
  if (fired)
    p.check(
      settledAt <= interruptedAt + DEADLINE_SLACK_MS,
      `settled ${settledAt - interruptedAt} ms after the ${interrupt?.how}`,
    );
  const result = driven.value;
  const ownCalls = fake.calls.slice(before).filter((c) => c.op === op).length;

  // Exactly one terminal event, matching the Result; a valid order of the operation's events.
  const order = checkOrder(events, op, fired);
  for (const v of order.violations) p.check(false, `order: ${v}`);
  const terminals = events.filter(
    (e) => (e.name === 'success' || e.name === 'error') && e.payload.operation === op,
  );
  p.same(terminals.length, 1, 'terminal events');
  const terminal = terminals[0];
  if (result.isOk()) {
    p.same(terminal?.name, 'success', 'terminal event of an Ok');
    if (terminal !== undefined)
      p.fields(terminal.payload, { attempts: result.value.attempts, code: result.value.code }, 'success');
  } else {
    p.same(terminal?.name, 'error', 'terminal event of an Err');
    p.check(
      terminal?.name === 'error' && terminal.payload.error === result.error,
      'the error event carries the Err',
    );
  }

  // Invocations: what the SDK saw = what the events and the Result say; within the rules' caps.
  const attempts = result.isOk() ? result.value.attempts : result.error.attempts;
  p.same(ownCalls, attempts + order.internal, 'SDK invocations of the operation');
  for (const other of OPERATION_NAMES) {
    const made = fake.calls.slice(before).filter((c) => c.op === other).length;
    const announced = events.filter((e) => e.name === 'attempt' && e.payload.operation === other).length;
    p.same(made, announced, `SDK invocations of ${other} vs attempt events`);
  }
  p.check(attempts >= (fired ? 0 : 1) && attempts <= 20, `attempts ${attempts} out of range`);
  const recoveriesByRule = new Map<PolicyAction, number>();
  for (const step of order.steps) {
    const { action } = resolveAction(policy, op, step.code);
    if (step.kind === 'retry') {
      p.same(action.action, 'retry', `rule of retried code ${step.code}`);
      if (action.action === 'retry') {
        p.check(
          step.attempt < action.maxAttempts,
          `retry after attempt ${step.attempt} of ${action.maxAttempts}`,
        );
      }
      if (!OPERATION_SPECS[op].idempotent) {
        p.check(NEVER_APPLIED_CODES.has(step.code), `non-idempotent ${op} retried on ${step.code}`);
      }
    } else {
      p.same(action.action, 'recover', `rule of recovered code ${step.code}`);
      const used = (recoveriesByRule.get(action) ?? 0) + 1;
      recoveriesByRule.set(action, used);
      if (action.action === 'recover') {
        p.check(used <= action.maxRecoveries, `recovery ${used} of ${action.maxRecoveries}`);
      }
    }
  }

  // The code is one the SDK gave (or a succeed rule accepted), or one the client makes.
  if (result.isOk()) {
    const { code } = result.value;
    if (code !== 0)
      p.same(resolveAction(policy, op, code).action.action, 'succeed', `rule of Ok code ${code}`);
  } else {
    const { code } = result.error;
    const known = (PROPERTY_CODES as readonly number[]).includes(code) || CLIENT_CODES.has(code);
    p.check(known || (fired && code === 7013), `unexpected Err code ${code}`);
  }

  // Nothing left behind at settlement but the fake SDK's own scheduled events.
  p.fields(gme.stats(), { ...IDLE_STATS, listeners }, 'stats at settlement');
  if (signal !== undefined) p.same(getEventListeners(signal, 'abort').length, 0, 'abort listeners');
  // An interrupt not yet due is a timer of this test, not of the client.
  const testTimers = interrupt !== null && !fired ? 2 : 0;
  p.same(vi.getTimerCount(), fake.outstanding + testTimers + gameTimers(), 'timers at settlement');

  // Late and duplicate events change nothing: no invocation, no call event, no timer.
  const callsAtSettlement = fake.calls.length;
  const eventsAtSettlement = events.length;
  await drain();
  p.same(fake.calls.length, callsAtSettlement, 'SDK invocations after settlement');
  const after = events.slice(eventsAtSettlement).filter((e) => CALL_EVENTS.has(e.name));
  p.same(after.length, 0, 'call events after settlement');
  p.fields(gme.stats(), IDLE_STATS, 'stats after late events');
  p.same(vi.getTimerCount(), 0, 'timers after late events');
  gme.dispose();
  p.same(fake.detached, 1, 'delegate detached on dispose');
  p.verify();
}

/** Every code recovered by a custom recovery (up to 5 times each) or retried up to 20 times. */
const greedyPolicyArb = fc
  .record({
    retried: fc.subarray([...PROPERTY_CODES]),
    maxAttempts: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ retried, maxAttempts }) =>
    definePolicy({
      codes: Object.fromEntries(
        PROPERTY_CODES.map((code) => [
          code,
          retried.includes(code)
            ? retry({ maxAttempts, baseDelayMs: 0, maxDelayMs: 0 })
            : recover(CUSTOM_RECOVERIES[0] as CustomRecovery, { maxRecoveries: 5 }),
        ]),
      ),
      default: recover(CUSTOM_RECOVERIES[0] as CustomRecovery, { maxRecoveries: 5 }),
      budget: false,
      breaker: false,
    }),
  );

describe('one call under any SDK behaviour and any policy', () => {
  it(
    'settles exactly once, within the caps, in a valid event order, leaving nothing behind',
    async () => {
      await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: RUNS });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'never makes more than 20 SDK invocations, however many recoveries and retries the rules allow',
    async () => {
      const codes = fc.constantFrom(...PROPERTY_CODES);
      const failing = fc.oneof(
        codes.map((code): Behaviour => ({ kind: 'sync', code })),
        codes.map((code): Behaviour => ({ kind: 'event', code, delayMs: 0 })),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...OPERATION_NAMES),
          greedyPolicyArb,
          fc.array(failing, { minLength: 20, maxLength: 30 }),
          async (op, policy, script) => {
            const fake = new FakeSdk({ timeoutMs: TIMEOUT_MS });
            const gme = createGmeClient({ sdk: fake, policy, poll: false, random: () => 0 });
            fake.script(op, script).always(op, { kind: 'sync', code: 99999 });
            const driven = await drive(callOp(gme, op, argsFor(op)));
            const p = new Problems();
            p.same(driven.state, 'resolved', 'how the call ended');
            if (driven.state === 'resolved') {
              const r = driven.value;
              const attempts = r.isOk() ? r.value.attempts : r.error.attempts;
              p.check(attempts <= 20, `attempts ${attempts}`);
              p.same(fake.count(op), attempts, 'SDK invocations');
            }
            p.fields(gme.stats(), IDLE_STATS, 'stats');
            gme.dispose();
            await drain();
            p.verify();
          },
        ),
        { numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );
});
