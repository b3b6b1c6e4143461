import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fail, recover, retry, succeed } from './actions.js';
import { definePolicy, isPolicy } from './define-policy.js';
import { parsePolicy } from './parse-policy.js';
import { PolicyConfigError } from './policy-config-error.js';
import { registerPolicyPreset } from './preset-registry.js';

const issuesOf = (json: unknown) => {
  const r = parsePolicy(json);
  return r.isErr() ? r.error.issues : [];
};

describe('parsePolicy: valid documents', () => {
  const doc = {
    $schema: './policy.schema.json',
    codes: {
      7004: {
        action: 'retry',
        maxAttempts: 4,
        baseDelayMs: 100,
        maxDelayMs: 2000,
        jitter: 'equal',
        reason: 'flaky',
      },
      1003: { action: 'succeed' },
      7005: { action: 'fail', reason: 'billing' },
    },
    operations: { switchRoom: { 2002: { action: 'recover', recovery: 'reenterRoom', maxRecoveries: 2 } } },
    categories: { upload: { action: 'retry' } },
    default: { action: 'fail' },
    budget: { capacity: 20, refillPerSuccess: 1 },
    breaker: false,
  };
  const twin = definePolicy({
    codes: {
      7004: retry({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 2000, jitter: 'equal', reason: 'flaky' }),
      1003: succeed(),
      7005: fail({ reason: 'billing' }),
    },
    operations: { switchRoom: { 2002: recover('reenterRoom', { maxRecoveries: 2 }) } },
    categories: { upload: retry() },
    default: fail(),
    budget: { capacity: 20, refillPerSuccess: 1 },
    breaker: false,
  });

  it('reads a JSON string into a policy deep-equal to its definePolicy twin', () => {
    const parsed = parsePolicy(JSON.stringify(doc));
    expect(parsed.isOk()).toBe(true);
    expect(parsed._unsafeUnwrap()).toEqual(twin);
    expect(isPolicy(parsed._unsafeUnwrap())).toBe(true);
  });

  it('reads an already-parsed value the same way', () => {
    expect(parsePolicy(doc)._unsafeUnwrap()).toEqual(twin);
  });

  it('extends a registered preset by name', () => {
    registerPolicyPreset('test-parent', definePolicy({ codes: { 1005: retry() }, budget: false }));
    const p = parsePolicy({ extends: 'test-parent', codes: { 7004: { action: 'fail' } } })._unsafeUnwrap();
    expect([p.codes[1005]?.action, p.codes[7004]?.action, p.budget]).toEqual(['retry', 'fail', false]);
  });

  it('extends { base } when the document names no preset', () => {
    const base = definePolicy({ codes: { 1005: retry() } });
    const p = parsePolicy({ codes: { 7004: { action: 'fail' } } }, { base })._unsafeUnwrap();
    expect(p.codes[1005]?.action).toBe('retry');
  });
});

describe('parsePolicy: invalid documents', () => {
  it('lists every problem with its JSON path', () => {
    const issues = issuesOf({
      codes: {
        7004: { action: 'retry', maxAttempts: 0, jitter: 'half', tries: 2 },
        99999: { action: 'fail' },
        abc: { action: 'fail' },
        1003: { action: 'accept' },
        1001: { action: 'recover', recovery: 'reboot' },
        1005: 'retry',
        1002: { reason: 'no action' },
      },
      operations: { joinRoom: {}, switchRoom: { 2002: { action: 'recover' } } },
      categories: { network: { action: 'retry' } },
      budget: { capacity: 2, initialTokens: 3 },
      breaker: { failureThreshold: Number.POSITIVE_INFINITY },
      rules: {},
    });
    expect(issues).toEqual([
      {
        path: '$.codes.1001.recovery',
        message: expect.stringMatching(/^expected one of 'reenterRoom'.*got "reboot"$/),
      },
      { path: '$.codes.1002', message: 'missing field "action" (one of retry, succeed, recover, fail)' },
      {
        path: '$.codes.1003.action',
        message: "expected one of 'retry', 'succeed', 'recover', 'fail', got \"accept\"",
      },
      { path: '$.codes.1005', message: 'expected an object, got "retry"' },
      { path: '$.codes.7004.maxAttempts', message: 'expected an integer from 1 to 20, got 0' },
      {
        path: '$.codes.7004.jitter',
        message: "expected one of 'full', 'equal', 'decorrelated', 'none', got \"half\"",
      },
      {
        path: '$.codes.7004.tries',
        message: expect.stringMatching(/^unknown field \(expected one of maxAttempts/),
      },
      { path: '$.codes.99999', message: 'expected a GME code the catalog knows (a typo?)' },
      { path: '$.codes.abc', message: 'expected a GME code the catalog knows (a typo?)' },
      { path: '$.operations.joinRoom', message: expect.stringMatching(/^expected one of init, enterRoom/) },
      {
        path: '$.operations.switchRoom.2002.recovery',
        message: expect.stringMatching(/^expected one of 'reenterRoom'.*got undefined$/),
      },
      { path: '$.categories.network', message: expect.stringMatching(/^expected one of general, client/) },
      { path: '$.budget.initialTokens', message: 'expected a number from 0 to 2 (`capacity`), got 3' },
      { path: '$.breaker.failureThreshold', message: 'expected an integer from 1 to 1000, got Infinity' },
      {
        path: '$.rules',
        message: expect.stringMatching(/^unknown field \(expected one of \$schema, extends, codes/),
      },
    ]);
  });

  it('returns a PolicyConfigError whose message lists the paths', () => {
    const r = parsePolicy('{"codes":{"7004":{"action":"retry","maxAttempts":0}}}');
    expect(r.isErr()).toBe(true);
    const e = r._unsafeUnwrapErr();
    expect(e).toBeInstanceOf(PolicyConfigError);
    expect(e.name).toBe('PolicyConfigError');
    expect(e.message).toBe(
      'Invalid policy (1 problem):\n  $.codes.7004.maxAttempts: expected an integer from 1 to 20, got 0',
    );
  });

  it('reports bad JSON text and non-object documents', () => {
    expect(issuesOf('{"codes": ')[0]?.message).toMatch(/^invalid JSON: /);
    expect(issuesOf('[]')).toEqual([{ path: '$', message: 'expected an object, got an array' }]);
    expect(issuesOf(null)).toEqual([{ path: '$', message: 'expected an object, got null' }]);
  });

  it('rejects a cap below the base in a retry action', () => {
    expect(issuesOf({ codes: { 7004: { action: 'retry', baseDelayMs: 1000, maxDelayMs: 10 } } })).toEqual([
      {
        path: '$.codes.7004.maxDelayMs',
        message: 'expected an integer from 1000 (baseDelayMs) to 300000, got 10',
      },
    ]);
  });

  it('rejects an unknown preset and a recovery field on other actions', () => {
    expect(issuesOf({ extends: 'lenient' })[0]?.path).toBe('$.extends');
    expect(issuesOf({ default: { action: 'fail', recovery: 'reinit' } })[0]?.path).toBe('$.default.recovery');
  });

  it('rejects __proto__, constructor and prototype keys without assigning them', () => {
    const text =
      '{"__proto__":{"polluted":true},"codes":{"__proto__":{"action":"fail"},"constructor":{"action":"fail"}},"operations":{"prototype":{}}}';
    expect(issuesOf(text)).toEqual([
      { path: '$.__proto__', message: 'forbidden key' },
      { path: '$.codes.__proto__', message: 'forbidden key' },
      { path: '$.codes.constructor', message: 'forbidden key' },
      { path: '$.operations.prototype', message: 'forbidden key' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('quotes odd keys in paths and cuts long ones', () => {
    const issues = issuesOf({ 'a b': 1, ['k'.repeat(100)]: 1 });
    expect(issues.map((i) => i.path)).toEqual(['$["a b"]', `$["${'k'.repeat(60)}…"]`]);
  });
});

describe('parsePolicy never throws (fuzz)', () => {
  const settles = (value: unknown) => {
    const r = parsePolicy(value);
    return r.isOk() || (r.error instanceof PolicyConfigError && r.error.issues.length > 0);
  };

  it('for any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true }), settles),
      { numRuns: 500 },
    );
  });

  it('for any JSON text and any string', () => {
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), settles), { numRuns: 500 });
  });

  it('for policy-shaped values with arbitrary leaves', () => {
    const leaf = fc.oneof(
      fc.anything(),
      fc.double(),
      fc.bigInt(),
      fc.constantFrom(1e308, -1e308, 2 ** 53, Number.NaN),
    );
    const action = fc.record(
      {
        action: fc.constantFrom('retry', 'succeed', 'recover', 'fail', 'x'),
        maxAttempts: leaf,
        recovery: leaf,
      },
      { requiredKeys: [] },
    );
    const doc = fc.record(
      {
        codes: fc.dictionary(fc.constantFrom('7004', '1003', '__proto__', '-1', '1e3'), action),
        operations: fc.dictionary(
          fc.constantFrom('enterRoom', 'constructor'),
          fc.dictionary(fc.constantFrom('7004'), action),
        ),
        budget: fc.oneof(
          fc.constant(false),
          fc.record({ capacity: leaf, initialTokens: leaf }, { requiredKeys: [] }),
        ),
        default: action,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(doc, settles), { numRuns: 500 });
  });

  it('for deep nesting and huge inputs', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    expect(settles(deep)).toBe(true);
    let nested: unknown = {};
    for (let i = 0; i < 5000; i++) nested = { codes: nested };
    expect(settles(nested)).toBe(true);
    expect(settles(`{"codes":{"7004":{"action":"retry","maxAttempts":${'9'.repeat(400)}}}}`)).toBe(true);
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]));
    const r = parsePolicy(many);
    expect(r.isErr() && r.error.issues.length).toBe(5000);
    expect(r.isErr() && r.error.message.split('\n').length).toBe(22);
  });

  it('for a throwing proxy', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(parsePolicy(hostile)._unsafeUnwrapErr().issues[0]?.message).toMatch(/could not be read/);
  });
});
