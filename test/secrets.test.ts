/**
 * Auth buffers never leave the client: not in an event payload (every event name is listened
 * to), an error's message, fields, cause, `toJSON()`, `JSON.stringify`, `String()` or stack, a
 * `console` line, the room snapshot, or a `TypeError` about a bad option.
 *
 * The property feeds random buffers (each starts with `SECRET-`, so a leak of any prefix is
 * caught too) through enterRoom, switchRoom, applyPttAuthbuffer, `auth.refresh` and
 * `auth.refreshPtt`, under every failure path the fake SDK can take (codes returned or reported,
 * timeouts, throws, garbage, malformed payloads, late and duplicate events) and every recovery
 * (refreshAuth, reapplyPttAuth, reenterRoom, reinit, awaitInFlight, a custom one that swaps in a
 * new buffer), then deep-walks everything the client emitted or returned. Half the runs use an SDK
 * that echoes the last buffer it was given in `error_info`, in an unknown nested payload field and
 * in every exception message: the client must redact what it knows it passed.
 *
 * Runs: `GME_PROPERTY_RUNS` (default 1000).
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import {
  type CustomRecovery,
  createGmeClient,
  definePolicy,
  type GmeClient,
  isGmeError,
  OPERATION_NAMES,
  type OperationName,
  type Policy,
  recover,
  retry,
} from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  type AnyResult,
  argsFor,
  type Behaviour,
  behaviourArb,
  callOp,
  drain,
  drive,
  FAKE_TIMERS,
  FakeSdk,
  isEvented,
  policyOptionsArb,
  type RefresherKind,
  recordEvents,
  refresher,
  refresherArb,
} from './support/fake-sdk.js';

const RUNS = Number(process.env.GME_PROPERTY_RUNS ?? 1000);
const TEST_TIMEOUT_MS = 60_000 + RUNS * 100;
const TIMEOUT_MS = 100;
const MARK = 'SECRET-';
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table'] as const;

/** A distinctive auth buffer. */
const secretArb = fc.string({ minLength: 8, maxLength: 60 }).map((s) => `${MARK}${s}`);

/** Every string reachable from `root`: own keys (enumerable or not), values, getters, Map and Set entries. */
function strings(root: unknown): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const seen = new WeakSet<object>();
  const stack: [string, unknown][] = [['$', root]];
  while (stack.length > 0) {
    const [path, value] = stack.pop() as [string, unknown];
    switch (typeof value) {
      case 'string':
        out.push({ path, text: value });
        continue;
      case 'symbol':
        out.push({ path, text: value.description ?? '' });
        continue;
      case 'function':
        out.push({ path, text: value.name });
        continue;
      case 'object':
        break;
      default:
        out.push({ path, text: String(value) });
        continue;
    }
    if (value === null || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) stack.push([`${path}<key>`, k], [`${path}<${String(k)}>`, v]);
    } else if (value instanceof Set) {
      for (const v of value) stack.push([`${path}<item>`, v]);
    }
    if (isGmeError(value)) {
      // Every way the error is commonly printed or shipped.
      out.push({ path: `${path}:inspect`, text: inspect(value, { depth: 8, showHidden: true }) });
      out.push({ path: `${path}:String`, text: String(value) });
      out.push({ path: `${path}:JSON`, text: JSON.stringify(value) });
      out.push({ path: `${path}:toJSON`, text: JSON.stringify(value.toJSON()) });
      out.push({ path: `${path}:stack`, text: value.stack ?? '' });
      stack.push([`${path}.cause`, value.cause]);
    } else if (value instanceof Error) {
      out.push(
        { path: `${path}:String`, text: String(value) },
        { path: `${path}:stack`, text: value.stack ?? '' },
      );
    }
    for (const key of Reflect.ownKeys(value)) {
      out.push({ path: `${path}<own key>`, text: String(key) });
      let child: unknown;
      try {
        child = Reflect.get(value, key);
      } catch {
        continue;
      }
      stack.push([`${path}.${String(key)}`, child]);
    }
  }
  return out;
}

/** Where any of `secrets` (or the mark every one of them starts with) shows up in `root`. */
function leaks(root: unknown, secrets: readonly string[]): string[] {
  return strings(root)
    .filter(({ text }) => text.includes(MARK) || secrets.some((s) => text.includes(s)))
    .map(({ path, text }) => `${path}: ${text.slice(0, 120)}`);
}

/** Everything printed through `console` since the last run began (console is spied on for the whole file). */
let consoleCalls: unknown[][] = [];
beforeAll(() => {
  vi.useFakeTimers(FAKE_TIMERS);
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleCalls.push([method, ...args]);
    });
  }
});
afterAll(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Operations that carry a buffer, plus ones whose recoveries apply or refresh one. */
const STEP_OPS = [
  'enterRoom',
  'switchRoom',
  'applyPttAuthbuffer',
  'uploadRecordedFile',
  'speechToText',
  'exitRoom',
] as const satisfies readonly OperationName[];

/** Rules that drive buffers through every recovery that touches one. */
function secretRecoveries(swapIn: string): Policy {
  const swap: CustomRecovery = async function swapBuffer({ operation }) {
    return { next: 'retry', args: argsFor(operation as OperationName, 'swap', swapIn) };
  };
  return definePolicy({
    extends: defaultPolicy,
    codes: {
      7006: recover('refreshAuth', { maxRecoveries: 2 }),
      1101: recover('reinit'),
      8194: recover('reapplyPttAuth', { maxRecoveries: 2 }),
      2002: recover('reenterRoom'),
      1001: recover(swap, { maxRecoveries: 2 }),
      7004: retry({ maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 10 }),
    },
    budget: false,
    breaker: false,
  });
}

/** Codes whose rules (in `secretRecoveries` or the default policy) refresh, re-apply or swap a buffer. */
const TRIGGERS = [7006, 8194, 2002, 1001, 1101, 7004] as const;

/** A code that starts a recovery, returned at once or (where GME sends one) by event. */
function triggerArb(op: OperationName): fc.Arbitrary<Behaviour> {
  const code = fc.constantFrom(...TRIGGERS);
  if (!isEvented(op)) return code.map((c): Behaviour => ({ kind: 'sync', code: c }));
  return fc.oneof(
    code.map((c): Behaviour => ({ kind: 'sync', code: c })),
    code.map((c): Behaviour => ({ kind: 'event', code: c, delayMs: 1 })),
  );
}

const stepArb = fc.constantFrom(...STEP_OPS).chain((op) =>
  fc.record({
    op: fc.constant(op),
    script: fc.array(
      fc.oneof(
        { weight: 2, arbitrary: triggerArb(op) },
        { weight: 1, arbitrary: behaviourArb(op, TIMEOUT_MS) },
      ),
      { maxLength: 4 },
    ),
    /** An argument object the client refuses, with the buffer in it. */
    invalid: fc.boolean(),
  }),
);

const scenarioArb = fc.record({
  room: secretArb,
  ptt: secretArb,
  refreshed: secretArb,
  refreshedPtt: secretArb,
  swapped: secretArb,
  refresh: fc.oneof({ weight: 2, arbitrary: fc.constant<RefresherKind>('value') }, refresherArb),
  refreshPtt: fc.oneof({ weight: 2, arbitrary: fc.constant<RefresherKind>('value') }, refresherArb),
  policy: fc.oneof(
    { weight: 1, arbitrary: fc.constant<'default' | 'recoveries'>('default') },
    { weight: 3, arbitrary: fc.constant<'default' | 'recoveries'>('recoveries') },
    { weight: 1, arbitrary: policyOptionsArb },
  ),
  locale: fc.constantFrom<'en' | 'ko'>('en', 'ko'),
  payloadAs: fc.constantFrom<'text' | 'object'>('text', 'object'),
  primed: fc.boolean(),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 5 }),
  rawCall: fc.boolean(),
  /** The SDK echoes the last buffer in error_info, an unknown field and exception messages. */
  echo: fc.boolean(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer S> ? S : never;

function invalidArgs(op: OperationName, secret: string): unknown {
  switch (op) {
    case 'enterRoom':
      return { roomId: 'lobby', roomType: 9, authBuffer: secret };
    case 'switchRoom':
      return { roomId: '', authBuffer: secret };
    case 'applyPttAuthbuffer':
      return { authBuffer: [secret] };
    default:
      return { filePath: 7, fileId: null, authBuffer: secret };
  }
}

async function runScenario(s: Scenario): Promise<void> {
  consoleCalls = [];
  const secrets = [s.room, s.ptt, s.refreshed, s.refreshedPtt, s.swapped];
  const fake = new FakeSdk({ timeoutMs: TIMEOUT_MS, payloadAs: s.payloadAs, echo: s.echo });
  const refresh = refresher(s.refresh, s.refreshed);
  const refreshPtt = refresher(s.refreshPtt, s.refreshedPtt);
  const policy =
    s.policy === 'default'
      ? defaultPolicy
      : s.policy === 'recoveries'
        ? secretRecoveries(s.swapped)
        : definePolicy(s.policy);
  const gme: GmeClient = createGmeClient({
    sdk: fake,
    policy,
    poll: false,
    locale: s.locale,
    awaitInFlightMs: 200,
    timeouts: Object.fromEntries(OPERATION_NAMES.map((op) => [op, TIMEOUT_MS])),
    auth: {
      ...(refresh === undefined ? {} : { refresh }),
      ...(refreshPtt === undefined ? {} : { refreshPtt }),
    },
  });
  const events = recordEvents(gme);
  // A throwing listener, and a throwing listenerError listener, so console.error is used too.
  gme.on('attempt', () => {
    throw new Error('listener boom');
  });
  gme.on('listenerError', () => {
    throw new Error('listenerError listener boom');
  });
  const results: AnyResult[] = [];
  const thrown: unknown[] = [];
  const run = async (op: OperationName, args: unknown) => {
    try {
      const driven = await drive(callOp(gme, op, args));
      if (driven.state === 'resolved') results.push(driven.value);
      else thrown.push(driven);
    } catch (error) {
      thrown.push(error);
    }
  };
  if (s.primed) {
    await run('init', argsFor('init'));
    await run('applyPttAuthbuffer', argsFor('applyPttAuthbuffer', '0', s.ptt));
  }
  for (const [i, step] of s.steps.entries()) {
    fake.script(step.op, step.script);
    const buffer = step.op === 'applyPttAuthbuffer' ? s.ptt : s.room;
    await run(step.op, step.invalid ? invalidArgs(step.op, buffer) : argsFor(step.op, String(i), buffer));
  }
  if (s.rawCall) {
    try {
      const raw = await drive(gme.call('ApplyPTTAuthbuffer', [s.ptt]));
      if (raw.state === 'resolved') results.push(raw.value as AnyResult);
    } catch (error) {
      thrown.push(error);
    }
  }
  await drain();
  gme.dispose();

  expect(thrown).toEqual([]);
  const found = leaks(
    { results, events, console: consoleCalls, room: gme.room, stats: gme.stats() },
    secrets,
  );
  expect(found).toEqual([]);
}

describe('auth buffers stay secret', () => {
  it('the scanner finds a buffer wherever it is hidden (so an empty finding means something)', () => {
    const secret = `${MARK}abcdefgh`;
    const cause = new Map([['k', new Set([{ deep: [secret.slice(0, 12)] }])]]);
    const hidden = Object.defineProperty({}, 'hidden', { value: { cause }, enumerable: false });
    expect(leaks({ a: [1, { b: hidden }] }, [secret])).toEqual([
      '$.a.1.b.hidden.cause<k><item>.deep.0: SECRET-abcde',
    ]);
    expect(leaks(new Error(`bad ${secret}`), [secret])).toHaveLength(4);
  });

  it(
    'in every event, Result, error form and console line, whatever the SDK and the policy do',
    async () => {
      await fc.assert(fc.asyncProperty(scenarioArb, runScenario), { numRuns: RUNS });
    },
    TEST_TIMEOUT_MS,
  );

  describe('in the TypeError for a bad option', () => {
    const sdk = new FakeSdk({ timeoutMs: TIMEOUT_MS });
    const cases: [string, (secret: string) => unknown][] = [
      ['auth', (secret) => ({ sdk, auth: secret })],
      ['auth.refresh', (secret) => ({ sdk, auth: { refresh: secret } })],
      ['auth.refreshPtt', (secret) => ({ sdk, auth: { refreshPtt: secret } })],
    ];
    it.each(cases)('given the buffer itself as `%s`', (field, options) => {
      fc.assert(
        fc.property(secretArb, (secret) => {
          let error: unknown;
          try {
            createGmeClient(options(secret) as never);
          } catch (e) {
            error = e;
          }
          expect(error).toBeInstanceOf(TypeError);
          expect((error as TypeError).message).toContain(`\`${field}\``);
          expect((error as TypeError).message).toContain(`got a string of ${secret.length} characters`);
          expect(leaks(error, [secret])).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });
  });
});
