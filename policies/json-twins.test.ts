/**
 * The JSON presets and the schema are generated from the code twins, so they cannot drift:
 * these tests fail when a file differs from what the code says. Regenerate with
 * `UPDATE_POLICY_JSON=1 npx vitest run policies/json-twins.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../src/codes/catalog.js';
import { OPERATION_NAMES } from '../src/operations.js';
import { JITTER_MODES } from '../src/policy/actions.js';
import type { Policy } from '../src/policy/define-policy.js';
import { parsePolicy } from '../src/policy/parse-policy.js';
import { POLICY_CATEGORIES } from '../src/policy/policy-categories.js';
import { policyToJSON } from '../src/policy/policy-to-json.js';
import { HOLD_MODES } from '../src/policy/reconnect-settings.js';
import { RECOVERY_NAMES } from '../src/policy/recovery-types.js';
import { defaultPolicy, mobileVoicePolicy, strictPolicy } from './index.js';

const UPDATE = process.env.UPDATE_POLICY_JSON === '1';
const SCHEMA_REF = './policy.schema.json';
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const twins: [string, Policy][] = [
  ['default.json', defaultPolicy],
  ['strict.json', strictPolicy],
  ['mobile-voice.json', mobileVoicePolicy],
];

const reason = { type: 'string', minLength: 1, maxLength: 200, pattern: '^[^\\r\\n\\u2028\\u2029]*$' };
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  ...(required.length > 0 ? { required } : {}),
});
const int = (minimum: number, maximum: number) => ({ type: 'integer', minimum, maximum });

/** The JSON Schema of the JSON form, built from the same lists the parser uses. */
function buildSchema() {
  const codes = [...new Set(catalog.map((e) => e.code))].sort((a, b) => a - b);
  const action = { $ref: '#/$defs/action' };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'gme-result policy',
    description: 'What a gme-result client does with each GME code. See parsePolicy().',
    ...closed({
      $schema: { type: 'string' },
      extends: { enum: ['default', 'strict', 'mobile-voice'] },
      codes: { $ref: '#/$defs/codeRules' },
      operations: closed(
        Object.fromEntries(OPERATION_NAMES.map((op) => [op, { $ref: '#/$defs/codeRules' }])),
      ),
      categories: closed(Object.fromEntries(POLICY_CATEGORIES.map((c) => [c, action]))),
      default: action,
      budget: {
        oneOf: [
          { const: false },
          closed({
            capacity: int(1, 1_000_000),
            retryCost: { type: 'number', minimum: 0.01, maximum: 1_000_000 },
            refillPerSuccess: { type: 'number', minimum: 0, maximum: 1_000_000 },
            initialTokens: { type: 'number', minimum: 0, maximum: 1_000_000 },
          }),
        ],
      },
      breaker: {
        oneOf: [{ const: false }, closed({ failureThreshold: int(1, 1000), cooldownMs: int(0, 3_600_000) })],
      },
      reconnect: closed({ hold: { enum: [...HOLD_MODES] }, maxHoldMs: int(0, 3_600_000) }),
    }),
    $defs: {
      codeRules: closed(Object.fromEntries(codes.filter((c) => c >= 0).map((c) => [String(c), action]))),
      action: {
        oneOf: [
          closed(
            {
              action: { const: 'retry' },
              maxAttempts: int(1, 20),
              baseDelayMs: int(0, 60_000),
              maxDelayMs: { ...int(0, 300_000), description: 'At least baseDelayMs.' },
              jitter: { enum: [...JITTER_MODES] },
              reason,
            },
            ['action'],
          ),
          closed({ action: { const: 'succeed' }, reason }, ['action']),
          closed(
            {
              action: { const: 'recover' },
              recovery: { enum: [...RECOVERY_NAMES] },
              maxRecoveries: int(1, 5),
              reason,
            },
            ['action', 'recovery'],
          ),
          closed({ action: { const: 'fail' }, reason }, ['action']),
        ],
      },
    },
  };
}

function check(name: string, expected: unknown): void {
  if (UPDATE) {
    writeFileSync(here(name), `${JSON.stringify(expected, null, 2)}\n`);
    // Keep the files in the project's format, so `biome check` stays clean after a regeneration.
    execFileSync('npx', ['biome', 'format', '--write', here(name)], { stdio: 'ignore' });
  }
  expect(JSON.parse(readFileSync(here(name), 'utf8'))).toEqual(expected);
}

const read = (name: string): unknown => JSON.parse(readFileSync(here(name), 'utf8'));

describe('the shipped JSON policies', () => {
  it('the presets are registered for "extends" by name', () => {
    expect(parsePolicy({ extends: 'default' })._unsafeUnwrap()).toEqual(defaultPolicy);
    expect(
      parsePolicy('{"extends":"strict","codes":{"7004":{"action":"fail"}}}')._unsafeUnwrap().codes[7004]
        ?.action,
    ).toBe('fail');
    expect(parsePolicy({ extends: 'mobile-voice' })._unsafeUnwrap()).toEqual(mobileVoicePolicy);
  });

  it('policy.schema.json is what the parser accepts', () => {
    check('policy.schema.json', buildSchema());
  });

  it.each(twins)('%s is policyToJSON of its code twin', (name, policy) => {
    check(name, { $schema: SCHEMA_REF, ...policyToJSON(policy) });
  });

  it.each(twins)('%s parses to a policy deep-equal to its code twin', (name, policy) => {
    const parsed = parsePolicy(readFileSync(here(name), 'utf8'));
    expect(parsed._unsafeUnwrap()).toEqual(policy);
  });
});

// ajv is a devDependency: the shipped JSON presets must validate against the shipped schema.
const { Ajv2020 } = await import('ajv/dist/2020.js');

describe('policy.schema.json', () => {
  let compiled: ((doc: unknown) => boolean) & { errors?: unknown } = () => false;
  const validate = (doc: unknown) => compiled(doc);
  beforeAll(() => {
    const ajv = new Ajv2020({
      strict: true,
      allErrors: true,
    });
    compiled = ajv.compile(read('policy.schema.json') as object);
  });

  it.each(twins)('accepts %s', (name) => {
    expect(validate(read(name)), JSON.stringify(compiled.errors)).toBe(true);
  });

  it.each([
    [{ codes: { 7004: { action: 'retry', maxAttempts: 0 } } }],
    [{ codes: { 99999: { action: 'fail' } } }],
    [{ codes: { 7004: { action: 'retry', tries: 2 } } }],
    [{ operations: { joinRoom: {} } }],
    [{ budget: { capacity: 10, extra: 1 } }],
    [{ default: { action: 'recover', recovery: 'reboot' } }],
    [{ unknown: true }],
  ])('rejects what parsePolicy rejects: %j', (doc) => {
    expect(validate(doc)).toBe(false);
    expect(parsePolicy(doc).isErr()).toBe(true);
  });

  it('agrees with parsePolicy on retry actions (property)', () => {
    const value = fc.oneof(
      fc.integer({ min: -5, max: 400_000 }),
      fc.double(),
      fc.string(),
      fc.constant(undefined),
    );
    const actionDoc = fc.record(
      {
        maxAttempts: value,
        baseDelayMs: value,
        jitter: fc.constantFrom('full', 'none', 'half', undefined),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(actionDoc, (fields) => {
        const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
        // maxDelayMs is pinned to the top so that the cross-field rule (>= base) holds.
        const doc = { codes: { 7004: { action: 'retry', maxDelayMs: 300_000, ...defined } } };
        return validate(doc) === parsePolicy(doc).isOk();
      }),
      { numRuns: 300 },
    );
  });
});
