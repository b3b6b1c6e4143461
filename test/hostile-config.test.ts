/**
 * Hostile configuration: `parsePolicy` fed what a broken or malicious remote config can hold.
 *
 * `src/policy/parse-policy.test.ts` already checks that any `fc.anything()` value, any JSON text
 * or string, policy-shaped values with odd leaves, 5000-deep nesting at the top, 400-digit
 * numbers, 5000 unknown keys and a proxy whose `ownKeys` throws all come back as a Result. This
 * file adds what it leaves out:
 * - `__proto__`, `constructor`, `prototype` (and other `Object.prototype` names) as own keys at
 *   any depth, through JSON text, and the check that no prototype gained or changed a property;
 * - that every Err has a non-empty `issues` list with `$`-rooted paths and short messages, and
 *   every Ok is a frozen policy of valid actions; that text and its `JSON.parse` give the same
 *   answer; that the input is not changed;
 * - non-JSON values at every position of a policy (functions, symbols, bigints, Maps, Sets,
 *   class instances, cyclic objects, throwing getters and proxies, boxed strings, typed arrays);
 * - arrays and JSON-in-a-string where objects are expected, and double-encoded documents;
 * - broken JSON: every shipped preset's JSON cut, or with a character dropped or inserted;
 * - deep nesting (100 000 levels) and megabyte strings inside fields;
 * - hostile `options` (the second argument).
 */
import fc from 'fast-check';
import {
  isPolicy,
  OPERATION_NAMES,
  type Policy,
  PolicyConfigError,
  parsePolicy,
  policyToJSON,
} from 'gme-result';
import { defaultPolicy, mobileVoicePolicy, strictPolicy } from 'gme-result/policies';
import { Err, err, Ok, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const RUNS = Number(process.env.GME_PROPERTY_RUNS ?? 1000);
const TEST_TIMEOUT_MS = 60_000 + RUNS * 20;

// ---------------------------------------------------------------------------------------------
// What every answer must look like

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype] as const;

/** Every own property of the shared prototypes, with its value or accessor functions. */
function prototypeSnapshot(): Map<object, Map<PropertyKey, unknown>> {
  return new Map(
    PROTOTYPES.map((proto) => [
      proto,
      new Map(
        Reflect.ownKeys(proto).map((key) => {
          const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
          return [key, 'value' in d ? d.value : [d.get, d.set]];
        }),
      ),
    ]),
  );
}

const PRISTINE = prototypeSnapshot();

/** Keys added to, removed from or changed on a shared prototype since the file loaded. */
function pollution(): string[] {
  const found: string[] = [];
  for (const [proto, before] of prototypeSnapshot()) {
    const was = PRISTINE.get(proto) as Map<PropertyKey, unknown>;
    for (const [key, value] of before) {
      const old = was.get(key);
      const same =
        Array.isArray(old) && Array.isArray(value) ? old.every((f, i) => f === value[i]) : old === value;
      if (!was.has(key) || !same) found.push(`${proto.constructor.name}.prototype.${String(key)}`);
    }
    for (const key of was.keys())
      if (!before.has(key)) found.push(`${proto.constructor.name}.prototype.${String(key)} removed`);
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted !== undefined) {
    found.push('a fresh object or array has `polluted`');
  }
  if (Object.getPrototypeOf(probe) !== Object.prototype) found.push('{} lost Object.prototype');
  return found;
}

const ACTION_KINDS = new Set(['retry', 'succeed', 'recover', 'fail']);

function actionProblems(action: unknown, path: string): string[] {
  if (typeof action !== 'object' || action === null || !Object.isFrozen(action))
    return [`${path}: not a frozen action`];
  const a = action as Record<string, unknown>;
  if (!ACTION_KINDS.has(a.action as string)) return [`${path}: action ${String(a.action)}`];
  if (a.action === 'retry') {
    const { maxAttempts = 0, baseDelayMs = -1, maxDelayMs = -1 } = a as Record<string, number>;
    const ok =
      Number.isInteger(maxAttempts) &&
      maxAttempts >= 1 &&
      maxAttempts <= 20 &&
      Number.isInteger(baseDelayMs) &&
      baseDelayMs >= 0 &&
      Number.isInteger(maxDelayMs) &&
      maxDelayMs >= baseDelayMs &&
      maxDelayMs <= 300_000;
    if (!ok) return [`${path}: retry ${JSON.stringify(a)}`];
  }
  return [];
}

/** Everything wrong with one answer of parsePolicy (empty when it is a well-formed Result). */
function answerProblems(r: unknown): string[] {
  if (!(r instanceof Ok) && !(r instanceof Err)) return ['not a Result'];
  if (r.isOk()) {
    const p = r.value as Policy;
    if (!isPolicy(p)) return ['Ok without a policy'];
    const problems: string[] = [];
    for (const part of [p, p.codes, p.operations, p.categories])
      if (!Object.isFrozen(part)) problems.push('not frozen');
    for (const [code, action] of Object.entries(p.codes))
      problems.push(...actionProblems(action, `codes.${code}`));
    for (const [op, rules] of Object.entries(p.operations)) {
      for (const [code, action] of Object.entries(rules ?? {}))
        problems.push(...actionProblems(action, `${op}.${code}`));
    }
    for (const [c, action] of Object.entries(p.categories))
      problems.push(...actionProblems(action, `categories.${c}`));
    problems.push(...actionProblems(p.default, 'default'));
    return problems;
  }
  const e: unknown = r.error;
  if (!(e instanceof PolicyConfigError) || e.name !== 'PolicyConfigError')
    return ['Err without a PolicyConfigError'];
  if (!Array.isArray(e.issues) || e.issues.length === 0) return ['Err with no issues'];
  return e.issues.flatMap((issue, i) => {
    const { path, message } = issue as { path: unknown; message: unknown };
    const bad: string[] = [];
    if (typeof path !== 'string' || !path.startsWith('$') || path.length > 400)
      bad.push(`issue ${i}: path ${String(path)}`);
    if (typeof message !== 'string' || message.length === 0 || message.length > 400) {
      bad.push(`issue ${i}: message of ${String((message as string)?.length)} characters`);
    }
    return bad;
  });
}

/** Calls parsePolicy and returns the problems with its answer, a throw, or any pollution. */
function parseProblems(input: unknown, options?: unknown): string[] {
  let answer: unknown;
  try {
    answer = parsePolicy(input, options as never);
  } catch (thrown) {
    return [`threw ${String(thrown)}`];
  }
  return [...answerProblems(answer), ...pollution()];
}

/** The comparable part of an answer. */
function outcome(input: unknown): unknown {
  const r = parsePolicy(input);
  return r.isOk() ? { ok: policyToJSON(r.value) } : { issues: r.error.issues };
}

// ---------------------------------------------------------------------------------------------
// JSON text with hostile keys at any depth

type Node =
  | { readonly t: 'raw'; readonly text: string }
  | { readonly t: 'arr'; readonly items: readonly Node[] }
  | { readonly t: 'obj'; readonly pairs: readonly (readonly [string, Node])[] };

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
const POLICY_KEYS = [
  ...['$schema', 'extends', 'codes', 'operations', 'categories', 'default', 'budget', 'breaker'],
  ...['7004', '1003', '2002', '7006', '99999', '-1', '1e3', '07004', '0'],
  ...OPERATION_NAMES,
  ...['general', 'client', 'upload', 'network'],
  ...['action', 'maxAttempts', 'baseDelayMs', 'maxDelayMs', 'jitter', 'reason', 'recovery', 'maxRecoveries'],
  ...['capacity', 'initialTokens', 'retryCost', 'refillPerSuccess', 'failureThreshold', 'cooldownMs'],
  'polluted',
];

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...POLICY_KEYS) },
  { weight: 3, arbitrary: fc.constantFrom(...FORBIDDEN) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** JSON leaves: action, recovery and preset names, edge numbers (1e400 is Infinity once parsed). */
const RAW_LEAVES = [
  ...'"retry" "succeed" "recover" "fail" "reenterRoom" "awaitInFlight" "default" "strict" "full"'.split(' '),
  ...'true false null 0 -0 1 3 20 21 1e400 -1e400 9007199254740993 1.5 "__proto__" "" {} []'.split(' '),
];

const rawArb = fc.oneof(
  fc.constantFrom(...RAW_LEAVES),
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => JSON.stringify(d)),
  fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  // A JSON document inside a string, where an object is expected.
  fc
    .constantFrom('{"7004":{"action":"retry"}}', '{"action":"fail"}', '{"__proto__":{"polluted":1}}')
    .map((s) => JSON.stringify(s)),
);

const { node: nodeArb } = fc.letrec<{ node: Node; obj: Node; arr: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    { weight: 3, arbitrary: rawArb.map((text): Node => ({ t: 'raw', text })) },
    { weight: 2, arbitrary: tie('obj') },
    { weight: 1, arbitrary: tie('arr') },
  ),
  obj: fc.array(fc.tuple(keyArb, tie('node')), { maxLength: 6 }).map((pairs): Node => ({ t: 'obj', pairs })),
  arr: fc.array(tie('node'), { maxLength: 3 }).map((items): Node => ({ t: 'arr', items })),
}));

function toText(n: Node): string {
  switch (n.t) {
    case 'raw':
      return n.text;
    case 'arr':
      return `[${n.items.map(toText).join(',')}]`;
    case 'obj':
      return `{${n.pairs.map(([k, v]) => `${JSON.stringify(k)}:${toText(v)}`).join(',')}}`;
  }
}

/** A valid rule, a hostile key, or a random subtree, at each place of a policy's skeleton. */
const slotArb = (valid: string): fc.Arbitrary<Node> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant<Node>({ t: 'raw', text: valid }) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...FORBIDDEN), nodeArb)
        .map(([key, value]): Node => ({ t: 'obj', pairs: [[key, value], ...JSON_PAIRS(valid)] })),
    },
    { weight: 1, arbitrary: nodeArb },
  );
const JSON_PAIRS = (valid: string): [string, Node][] =>
  Object.entries(JSON.parse(valid) as Record<string, unknown>).map(([k, v]) => [
    k,
    { t: 'raw', text: JSON.stringify(v) },
  ]);

const skeletonArb: fc.Arbitrary<Node> = fc
  .record({
    codes: slotArb('{"7004":{"action":"retry","maxAttempts":3}}'),
    rule: slotArb('{"action":"recover","recovery":"reenterRoom"}'),
    operations: fc.constantFrom(...OPERATION_NAMES),
    default: slotArb('{"action":"fail"}'),
    budget: slotArb('{"capacity":5}'),
    extra: fc.array(fc.tuple(keyArb, nodeArb), { maxLength: 2 }),
  })
  .map(
    (s): Node => ({
      t: 'obj',
      pairs: [
        ['codes', s.codes],
        ['operations', { t: 'obj', pairs: [[s.operations, { t: 'obj', pairs: [['2002', s.rule]] }]] }],
        ['default', s.default],
        ['budget', s.budget],
        ...s.extra,
      ],
    }),
  );

// ---------------------------------------------------------------------------------------------
// Values no JSON text can hold

class Imposter {
  readonly action = 'retry';
  readonly maxAttempts = 3;
}

function hostileValues(): unknown[] {
  const cyclic: Record<string, unknown> = { action: 'retry' };
  cyclic.self = cyclic;
  const cyclicCodes: Record<string, unknown> = {};
  cyclicCodes['7004'] = cyclicCodes;
  const throwingGetter = Object.defineProperty({}, 'action', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });
  let reads = 0;
  const flipping = Object.defineProperty({ action: 'retry' }, 'maxAttempts', {
    enumerable: true,
    get: () => (reads++ % 2 === 0 ? 3 : 0),
  });
  const trap = () => {
    throw new Error('trap');
  };
  const fn = Object.assign(() => 1, { action: 'retry' });
  const sparse: unknown[] = [1];
  sparse[5] = 3;
  // A prototype-free object with an own `__proto__` key (no accessor to trigger).
  const nullProto = Object.defineProperty(
    Object.assign(Object.create(null) as object, { action: 'fail' }),
    '__proto__',
    {
      value: { polluted: true },
      enumerable: true,
    },
  );
  return [
    fn,
    Symbol('retry'),
    10n,
    new Map([['action', 'retry']]),
    new Set(['retry']),
    new Date(0),
    /retry/,
    new Imposter(),
    Object.create({ action: 'retry' }),
    cyclic,
    cyclicCodes,
    throwingGetter,
    flipping,
    new Proxy({}, { ownKeys: trap }),
    new Proxy({ action: 'fail' }, { get: trap }),
    new Proxy({ action: 'fail' }, { getOwnPropertyDescriptor: trap }),
    new Proxy({}, { getPrototypeOf: trap }),
    Object.freeze({ action: 'retry', maxAttempts: 3 }),
    { [Symbol('action')]: 'retry' },
    nullProto,
    new String('retry'),
    new Number(3),
    new Uint8Array(3),
    sparse,
    Promise.resolve({ action: 'retry' }),
    new WeakMap(),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    2 ** 53 + 2,
    'x'.repeat(100_000),
    undefined,
  ];
}

const HOSTILE_COUNT = hostileValues().length;

/** Where a value can sit in a policy document. */
const POSITIONS: readonly (readonly string[])[] = [
  [],
  ['codes'],
  ['codes', '7004'],
  ['codes', '7004', 'maxAttempts'],
  ['codes', '7004', 'jitter'],
  ['codes', '2002', 'recovery'],
  ['operations'],
  ['operations', 'switchRoom'],
  ['operations', 'switchRoom', '2002'],
  ['categories'],
  ['categories', 'upload'],
  ['default'],
  ['default', 'action'],
  ['budget'],
  ['budget', 'capacity'],
  ['breaker'],
  ['breaker', 'cooldownMs'],
  ['extends'],
  ['$schema'],
];

/** The positions where a policy document holds an object. */
const OBJECT_POSITIONS: readonly (readonly string[])[] = [
  [],
  ['codes'],
  ['codes', '7004'],
  ['operations'],
  ['operations', 'switchRoom'],
  ['operations', 'switchRoom', '2002'],
  ['categories'],
  ['categories', 'upload'],
  ['default'],
  ['budget'],
  ['breaker'],
];

/** A valid document with each value placed at its path (a value for the root replaces the document). */
function withValuesAt(...placements: readonly (readonly [readonly string[], unknown])[]): unknown {
  const root = placements.find(([path]) => path.length === 0);
  if (root !== undefined) return root[1];
  const mine = new WeakSet<object>();
  const obj = (fields: Record<string, unknown>): Record<string, unknown> => {
    mine.add(fields);
    return fields;
  };
  const doc = obj({
    codes: obj({
      7004: obj({ action: 'retry', maxAttempts: 3 }),
      2002: obj({ action: 'recover', recovery: 'reenterRoom' }),
    }),
    operations: obj({ switchRoom: obj({ 2002: obj({ action: 'fail' }) }) }),
    categories: obj({ upload: obj({ action: 'retry' }) }),
    default: obj({ action: 'fail' }),
    budget: obj({ capacity: 5 }),
    breaker: obj({ cooldownMs: 1000 }),
  });
  // Shorter paths first; a hostile value is never written into (a fresh object replaces it).
  for (const [path, value] of [...placements].sort((a, b) => a[0].length - b[0].length)) {
    let at = doc;
    for (const key of path.slice(0, -1)) {
      const next = at[key];
      if (typeof next !== 'object' || next === null || !mine.has(next)) at[key] = obj({});
      at = at[key] as Record<string, unknown>;
    }
    at[path[path.length - 1] as string] = value;
  }
  return doc;
}

/** The own keys (and their values) of every object reachable from `root`, to see that nothing changed. */
function shape(root: unknown): readonly unknown[] {
  const out: unknown[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    let keys: PropertyKey[];
    try {
      keys = Reflect.ownKeys(v);
    } catch {
      return;
    }
    for (const k of keys) {
      let d: PropertyDescriptor | undefined;
      try {
        d = Object.getOwnPropertyDescriptor(v, k);
      } catch {
        continue;
      }
      out.push(v, k, d && 'value' in d ? d.value : d?.get);
      if (d && 'value' in d) visit(d.value);
    }
  };
  visit(root);
  return out;
}

/** Whether two {@link shape}s are the same, item for item. */
function sameShape(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

// ---------------------------------------------------------------------------------------------

describe('parsePolicy against hostile configuration', () => {
  it('the checks themselves see pollution and malformed answers (so a pass means something)', () => {
    expect(pollution()).toEqual([]);
    const objectProto = Object.prototype as Record<string, unknown>;
    try {
      objectProto.polluted = true;
      expect(pollution()).toEqual(['Object.prototype.polluted', 'a fresh object or array has `polluted`']);
    } finally {
      delete objectProto.polluted;
    }
    const includes = Array.prototype.includes;
    try {
      Array.prototype.includes = () => true;
      expect(pollution()).toEqual(['Array.prototype.includes']);
    } finally {
      Array.prototype.includes = includes;
    }
    expect(pollution()).toEqual([]);
    expect(answerProblems({ isOk: () => true })).toEqual(['not a Result']);
    expect(answerProblems(err(new PolicyConfigError([])))).toEqual(['Err with no issues']);
    expect(answerProblems(err(new PolicyConfigError([{ path: 'codes.7004', message: '' }])))).toEqual([
      'issue 0: path codes.7004',
      'issue 0: message of 0 characters',
    ]);
    expect(answerProblems(ok({ ...defaultPolicy }))).toEqual(['Ok without a policy']);
  });

  it(
    'answers JSON text with __proto__ / constructor / prototype keys anywhere without polluting a prototype',
    () => {
      fc.assert(
        fc.property(fc.oneof(skeletonArb, nodeArb), (tree) => {
          const text = toText(tree);
          expect(parseProblems(text)).toEqual([]);
          const parsed: unknown = JSON.parse(text);
          const before = shape(parsed);
          expect(parseProblems(parsed)).toEqual([]);
          expect(sameShape(shape(parsed), before)).toBe(true);
          // A string is read as JSON text again by design, so only non-strings must agree.
          if (typeof parsed !== 'string') expect(outcome(text)).toEqual(outcome(parsed));
        }),
        { numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it('reports each forbidden key by its path, at every object position, and never assigns it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORBIDDEN), fc.constantFrom(...OBJECT_POSITIONS), (key, path) => {
        const placeholder = withValuesAt([[...path, 'HOSTILE_KEY'], { polluted: true }]);
        const text = JSON.stringify(placeholder).replace('"HOSTILE_KEY"', JSON.stringify(key));
        const r = parsePolicy(text);
        expect(answerProblems(r)).toEqual([]);
        expect(r.isErr() && r.error.issues).toContainEqual({
          path: `$${path.map((k) => `.${k}`).join('')}.${key}`,
          message: 'forbidden key',
        });
        expect(pollution()).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it(
    'answers non-JSON values (functions, symbols, bigints, Maps, cyclic objects, traps...) at every position',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...POSITIONS),
          fc.nat({ max: HOSTILE_COUNT - 1 }),
          fc.constantFrom(...POSITIONS),
          fc.nat({ max: HOSTILE_COUNT - 1 }),
          (pathA, a, pathB, b) => {
            const values = hostileValues();
            const doc = withValuesAt([pathA, values[a]], [pathB, values[b]]);
            const before = shape(doc);
            expect(parseProblems(doc)).toEqual([]);
            expect(sameShape(shape(doc), before)).toBe(true);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it('answers arrays and JSON-in-a-string wherever an object is expected, with the path of each', () => {
    for (const path of OBJECT_POSITIONS) {
      const values: unknown[] = [[], [{ action: 'fail' }]];
      // At the root a string is JSON text by design; below it, JSON text is just a string.
      if (path.length > 0) values.push('{"action":"fail"}', JSON.stringify({ codes: {} }));
      for (const value of values) {
        const r = parsePolicy(withValuesAt([path, value]));
        expect(answerProblems(r)).toEqual([]);
        expect(r.isErr() && r.error.issues).toEqual([
          {
            path: `$${path.map((k) => `.${k}`).join('')}`,
            message: expect.stringMatching(/^expected an object, got (an array|"\{)/),
          },
        ]);
      }
    }
  });

  it('answers a document encoded twice (a JSON string of JSON text) with one $ issue', () => {
    const twice = JSON.stringify(JSON.stringify(policyToJSON(defaultPolicy)));
    expect(parsePolicy(twice)._unsafeUnwrapErr().issues).toEqual([
      { path: '$', message: expect.stringMatching(/^expected an object, got "\{/) },
    ]);
  });

  it(
    'answers every shipped preset cut short, or with a character dropped or inserted',
    () => {
      const texts = [defaultPolicy, strictPolicy, mobileVoicePolicy].map((p) =>
        JSON.stringify(policyToJSON(p)),
      );
      const mutation = fc.oneof(
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
        fc.record({
          kind: fc.constant('insert' as const),
          at: fc.nat(),
          char: fc.constantFrom('{', '}', '"', ',', ':', '[', 'x', '\\', '\u0000'),
        }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...texts), mutation, (text, m) => {
          const at = m.at % text.length;
          const broken =
            m.kind === 'cut'
              ? text.slice(0, at)
              : m.kind === 'drop'
                ? text.slice(0, at) + text.slice(at + 1)
                : text.slice(0, at) + m.char + text.slice(at);
          expect(parseProblems(broken)).toEqual([]);
          let valid = true;
          try {
            JSON.parse(broken);
          } catch {
            valid = false;
          }
          if (!valid) {
            expect(parsePolicy(broken)._unsafeUnwrapErr().issues).toEqual([
              { path: '$', message: expect.stringMatching(/^invalid JSON: /) },
            ]);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TEST_TIMEOUT_MS,
  );

  it('answers 100 000-deep nesting and megabyte strings inside fields, with short issues', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const deepObject = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
    const huge = 'k'.repeat(1_000_000);
    let nested: unknown = 1;
    for (let i = 0; i < 100_000; i++) nested = { codes: nested };
    const inputs: unknown[] = [
      `{"codes":{"7004":${deep}}}`,
      `{"operations":{"enterRoom":${deepObject}}}`,
      `{"budget":${deepObject}}`,
      { codes: { 7004: nested }, default: nested },
      { [huge]: huge, codes: { 7004: { action: 'retry', reason: huge, maxAttempts: huge, [huge]: 1 } } },
      `{"codes":{"7004":{"action":"retry","maxAttempts":1${'0'.repeat(100_000)}}}}`,
      `{"extends":${JSON.stringify(huge)}}`,
    ];
    for (const input of inputs) {
      expect(parseProblems(input)).toEqual([]);
      expect(parsePolicy(input).isErr()).toBe(true);
    }
  });

  it('answers a hostile second argument without throwing', () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    const doc = '{"codes":{"7004":{"action":"fail"}}}';
    const options: unknown[] = [
      null,
      'base',
      42,
      [],
      {},
      { base: 'default' },
      { base: {} },
      { base: null },
      trap,
    ];
    options.push({ base: { ...defaultPolicy } }, { base: Object.freeze({ codes: {} }) });
    for (const o of options) expect(parseProblems(doc, o)).toEqual([]);
    // A plain copy of a policy is not a policy: it is refused, not trusted.
    expect(parsePolicy(doc, { base: { ...defaultPolicy } as never }).isErr()).toBe(true);
  });
});
