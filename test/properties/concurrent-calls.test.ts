/**
 * Properties of several calls in flight at once on one client (different operations, so their
 * completion events correlate by type, file path or file id), whatever the SDK does per
 * invocation and whatever the policy says.
 *
 * Runs: `GME_PROPERTY_RUNS` per property (default 1000, in `npm test`: about 5 s);
 * `npm run test:deep` sets it to 100 000 (about 4 minutes here; see single-call.test.ts).
 *
 * Checked: every call settles, none rejects; each Err is reported by exactly one `error` event
 * carrying that very error, each Ok by a `success` event; the SDK saw exactly one invocation per
 * `attempt` event, per operation; the events of each operation no recovery invokes on its own
 * come in a valid order; once all settled, nothing is left in the client's maps, no client timer
 * runs, and late or duplicate events cause no invocation and no call event.
 */
import fc from 'fast-check';
import { createGmeClient, definePolicy, OPERATION_NAMES, type OperationName } from 'gme-result';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import {
  type AnyResult,
  argsFor,
  behaviourArb,
  callOp,
  checkOrder,
  drain,
  drive,
  FAKE_TIMERS,
  FakeSdk,
  gameTimers,
  IDLE_STATS,
  Problems,
  policyOptionsArb,
  recordEvents,
  refresher,
  refresherArb,
} from '../support/fake-sdk.js';

const RUNS = Number(process.env.GME_PROPERTY_RUNS ?? 1000);
const TEST_TIMEOUT_MS = 60_000 + RUNS * 100;
const TIMEOUT_MS = 100;
const CALL_EVENTS = new Set(['attempt', 'retry', 'recovery', 'success', 'error', 'budgetExhausted']);
/** Operations a recovery may invoke on its own: their event streams interleave with the recovery's call. */
const HELPERS: ReadonlySet<OperationName> = new Set(['init', 'applyPttAuthbuffer', 'exitRoom', 'enterRoom']);

beforeAll(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterAll(() => {
  vi.useRealTimers();
});

const scenarioArb = fc
  .uniqueArray(fc.constantFrom(...OPERATION_NAMES), { minLength: 2, maxLength: 5 })
  .chain((ops) =>
    fc.record({
      calls: fc.tuple(
        ...ops.map((op) =>
          fc.record({
            op: fc.constant(op),
            script: fc.array(behaviourArb(op, TIMEOUT_MS), { maxLength: 4 }),
            rest: behaviourArb(op, TIMEOUT_MS),
          }),
        ),
      ),
      policy: policyOptionsArb,
      refresh: refresherArb,
      refreshPtt: refresherArb,
      random: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      disposeAtMs: fc.option(fc.integer({ min: 0, max: 400 }), { freq: 5 }),
    }),
  );

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

async function runScenario(s: Scenario): Promise<void> {
  const fake = new FakeSdk({ timeoutMs: TIMEOUT_MS });
  const refresh = refresher(s.refresh, 'fresh-room-auth');
  const refreshPtt = refresher(s.refreshPtt, 'fresh-ptt-auth');
  const gme = createGmeClient({
    sdk: fake,
    policy: definePolicy(s.policy),
    poll: false,
    random: () => s.random,
    awaitInFlightMs: 300,
    timeouts: Object.fromEntries(OPERATION_NAMES.map((op) => [op, TIMEOUT_MS])),
    auth: {
      ...(refresh === undefined ? {} : { refresh }),
      ...(refreshPtt === undefined ? {} : { refreshPtt }),
    },
  });
  const events = recordEvents(gme);
  const listeners = gme.stats().listeners;
  const p = new Problems();
  let disposed = false;
  if (s.disposeAtMs !== null) {
    setTimeout(() => {
      disposed = true;
      gme.dispose();
    }, s.disposeAtMs);
  }
  for (const c of s.calls) fake.script(c.op, c.script).always(c.op, c.rest);

  const results: (AnyResult | undefined)[] = s.calls.map(() => undefined);
  const rejections: unknown[] = [];
  const all = Promise.all(
    s.calls.map((c, i) =>
      Promise.resolve(callOp(gme, c.op, argsFor(c.op, String(i)))).then(
        (r) => {
          results[i] = r;
        },
        (reason: unknown) => {
          rejections.push(reason);
        },
      ),
    ),
  );
  const driven = await drive(all);
  p.same(driven.state, 'resolved', 'how the calls ended');
  p.same(rejections.length, 0, 'rejected calls');
  p.verify();

  for (const [i, c] of s.calls.entries()) {
    const r = results[i];
    if (r === undefined) {
      p.check(false, `call ${i} (${c.op}) did not settle`);
      continue;
    }
    if (r.isErr()) {
      const reports = events.filter((e) => e.name === 'error' && e.payload.error === r.error);
      p.same(reports.length, 1, `error events carrying the Err of ${c.op}`);
      p.check(r.error.attempts <= 20, `${c.op}: ${r.error.attempts} attempts`);
    } else {
      const reports = events.filter((e) => e.name === 'success' && e.payload.operation === c.op);
      p.check(reports.length >= 1, `no success event for ${c.op}`);
      p.check(r.value.attempts >= 1 && r.value.attempts <= 20, `${c.op}: ${r.value.attempts} attempts`);
    }
    if (!HELPERS.has(c.op)) {
      for (const v of checkOrder(events, c.op, disposed).violations) p.check(false, `${c.op} order: ${v}`);
    }
  }
  for (const op of OPERATION_NAMES) {
    const attempts = events.filter((e) => e.name === 'attempt' && e.payload.operation === op).length;
    p.same(fake.count(op), attempts, `SDK invocations of ${op} vs attempt events`);
  }

  p.fields(gme.stats(), { ...IDLE_STATS, listeners }, 'stats once all settled');
  const testTimers = s.disposeAtMs !== null && !disposed ? 1 : 0;
  p.same(vi.getTimerCount(), fake.outstanding + testTimers + gameTimers(), 'timers once all settled');

  const callsAtSettlement = fake.calls.length;
  const eventsAtSettlement = events.length;
  await drain();
  p.same(fake.calls.length, callsAtSettlement, 'SDK invocations after settlement');
  p.same(
    events.slice(eventsAtSettlement).filter((e) => CALL_EVENTS.has(e.name)).length,
    0,
    'call events after settlement',
  );
  p.fields(gme.stats(), IDLE_STATS, 'stats after late events');
  p.same(vi.getTimerCount(), 0, 'timers after late events');
  gme.dispose();
  p.verify();
}

describe('calls in flight together', () => {
  it(
    'each settles once with its own outcome; together they leave nothing behind',
    async () => {
      await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: RUNS });
    },
    TEST_TIMEOUT_MS,
  );
});
