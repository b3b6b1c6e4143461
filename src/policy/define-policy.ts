import type { GmeCategory } from '../codes/catalog.js';
import { OPERATION_NAMES, type OperationName } from '../operations.js';
import { fail, isPolicyAction, type PolicyAction } from './actions.js';
import {
  type CircuitBreakerSettings,
  DEFAULT_CIRCUIT_BREAKER,
  resolveCircuitBreakerSettings,
} from './circuit-breaker.js';
import { describeValue, isPlainObject, optionsObject, type Problem, throwFirst } from './option-checks.js';
import { isPolicyCategory, POLICY_CATEGORIES } from './policy-categories.js';
import type { CodeRules, Policy } from './policy-types.js';
import {
  DEFAULT_RECONNECT,
  type ReconnectOptions,
  type ReconnectSettings,
  resolveReconnectSettings,
} from './reconnect-settings.js';
import { primeTables } from './resolve-action.js';
import { DEFAULT_RETRY_BUDGET, type RetryBudgetOptions, resolveRetryBudgetSettings } from './retry-budget.js';

export type { CategoryRules, CodeRules, OperationRules, Policy } from './policy-types.js';

/** Options of {@link definePolicy}. */
export interface PolicyOptions {
  /** A policy whose rules and settings apply where this one says nothing. @default none */
  readonly extends?: Policy | undefined;
  /** Rules by code, e.g. `{ 7004: retry() }`. @default {} */
  readonly codes?: CodeRules | undefined;
  /** Rules by operation, then code; they win over `codes`. @default {} */
  readonly operations?: { readonly [Op in OperationName]?: CodeRules | undefined } | undefined;
  /** Rules by catalog category, used when no code rule matches. @default {} */
  readonly categories?: { readonly [C in GmeCategory]?: PolicyAction | undefined } | undefined;
  /** The action when no rule matches. @default fail() */
  readonly default?: PolicyAction | undefined;
  /**
   * The retry budget; fields not given come from the parent's budget, else the defaults
   * (capacity 10, retryCost 1, refillPerSuccess 0.2, initialTokens 3). `false`: no budget.
   * @default the parent's, else the defaults
   */
  readonly budget?: RetryBudgetOptions | false | undefined;
  /**
   * The circuit breaker; fields not given come from the parent's, else the defaults
   * (failureThreshold 5, cooldownMs 10 000). `false`: no breaker.
   * @default the parent's, else the defaults
   */
  readonly breaker?: Partial<CircuitBreakerSettings> | false | undefined;
  /**
   * What calls do while the SDK reports its connection is down: hold retries (or new calls) until
   * it is back instead of retrying blind. Fields not given come from the parent's, else
   * `{ hold: 'off', maxHoldMs: 60 000 }` (see `HoldMode`).
   * @default the parent's, else no holding
   */
  readonly reconnect?: ReconnectOptions | undefined;
}

const POLICY_BRAND = Symbol.for('gme-result.Policy');
const TOP_KEYS = [
  'extends',
  'codes',
  'operations',
  'categories',
  'default',
  'budget',
  'breaker',
  'reconnect',
];
const CODE_KEY = /^(0|[1-9][0-9]{0,14})$/;
const ACTION_EXPECTED = 'a policy action (retry(), succeed(), recover() or fail())';
const FALLBACK = fail({ reason: 'No rule names this code.' });

const record = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function expectAction(value: unknown, path: string): PolicyAction {
  if (isPolicyAction(value)) return value;
  throw new TypeError(`Expected \`${path}\` to be ${ACTION_EXPECTED}, got ${describeValue(value)}.`);
}

function expectRecord(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (isPlainObject(value)) return value;
  throw new TypeError(`Expected \`${path}\` to be an object, got ${describeValue(value)}.`);
}

function mergeCodes(
  parent: CodeRules | undefined,
  child: unknown,
  path: string,
): Readonly<Record<string, PolicyAction>> {
  const out = record<PolicyAction>();
  Object.assign(out, parent); // copies nothing when there is no parent
  if (child === undefined) return Object.freeze(out);
  for (const [key, value] of Object.entries(expectRecord(child, path))) {
    if (!CODE_KEY.test(key)) {
      throw new TypeError(
        `Expected the keys of \`${path}\` to be non-negative integer codes, got ${describeValue(key)}.`,
      );
    }
    if (value !== undefined) out[key] = expectAction(value, `${path}.${key}`);
  }
  return Object.freeze(out);
}

function settings<T>(
  given: unknown,
  inherited: T | false | undefined,
  defaults: T,
  path: string,
  resolve: (
    o: Readonly<Record<string, unknown>>,
    base: T,
    path: readonly string[],
    problems: Problem[],
  ) => T | undefined,
): T | false {
  if (given === undefined) return inherited ?? defaults;
  if (given === false) return false;
  const problems: Problem[] = [];
  const value = resolve(expectRecord(given, path), inherited || defaults, [path], problems);
  throwFirst(problems, 'definePolicy()');
  return value as T;
}

/** The `reconnect` settings: the given fields over the parent's (or the defaults); `false` is not a setting here. */
function reconnectSettings(given: unknown, inherited: ReconnectSettings | undefined): ReconnectSettings {
  const value = settings(given, inherited, DEFAULT_RECONNECT, 'reconnect', resolveReconnectSettings);
  if (value === false) {
    throw new TypeError(
      "Expected `reconnect` to be an object (use `{ hold: 'off' }` to turn holding off), got false.",
    );
  }
  return value;
}

/**
 * Makes an immutable {@link Policy}. With `extends`, each entry given here overrides the parent's
 * entry of the same key (per code, per operation and code, per category); the rest is inherited.
 * Throws a `TypeError` naming the path for anything invalid; never changes its input.
 *
 * @example
 * import { definePolicy, retry, succeed, recover, fail } from 'gme-result';
 * import { defaultPolicy } from 'gme-result/policies';
 * const policy = definePolicy({
 *   extends: defaultPolicy,
 *   codes: { 7004: retry({ maxAttempts: 4 }), 1003: succeed(), 7005: fail() },
 *   operations: { switchRoom: { 2002: recover('reenterRoom') } },
 *   budget: { capacity: 20 },
 * });
 */
export function definePolicy(options?: PolicyOptions): Policy {
  const o = optionsObject(options, 'definePolicy()');
  for (const key of Object.keys(o)) {
    if (!TOP_KEYS.includes(key)) {
      throw new TypeError(
        `Unknown option \`${key}\` given to definePolicy(); expected one of ${TOP_KEYS.join(', ')}.`,
      );
    }
  }
  const parent = o.extends;
  if (parent !== undefined && !isPolicy(parent)) {
    throw new TypeError(
      `Expected \`extends\` to be a policy made by definePolicy() or parsePolicy(), got ${describeValue(parent)}.`,
    );
  }
  const operations = record<Readonly<Record<string, PolicyAction>>>();
  if (parent !== undefined) Object.assign(operations, parent.operations);
  if (o.operations !== undefined) {
    for (const [name, rules] of Object.entries(expectRecord(o.operations, 'operations'))) {
      if (!(OPERATION_NAMES as readonly string[]).includes(name)) {
        throw new TypeError(
          `Expected the keys of \`operations\` to be one of ${OPERATION_NAMES.join(', ')}, got ${describeValue(name)}.`,
        );
      }
      const merged = mergeCodes(operations[name], rules, `operations.${name}`);
      if (Object.keys(merged).length > 0) operations[name] = merged;
    }
  }
  const categories = record<PolicyAction>();
  if (parent !== undefined) Object.assign(categories, parent.categories);
  if (o.categories !== undefined) {
    for (const [name, action] of Object.entries(expectRecord(o.categories, 'categories'))) {
      if (!isPolicyCategory(name)) {
        throw new TypeError(
          `Expected the keys of \`categories\` to be one of ${POLICY_CATEGORIES.join(', ')}, got ${describeValue(name)}.`,
        );
      }
      if (action !== undefined) categories[name] = expectAction(action, `categories.${name}`);
    }
  }
  const policy: Policy = {
    codes: mergeCodes(parent?.codes, o.codes, 'codes'),
    operations: Object.freeze(operations),
    categories: Object.freeze(categories),
    default: o.default === undefined ? (parent?.default ?? FALLBACK) : expectAction(o.default, 'default'),
    budget: settings(o.budget, parent?.budget, DEFAULT_RETRY_BUDGET, 'budget', resolveRetryBudgetSettings),
    breaker: settings(
      o.breaker,
      parent?.breaker,
      DEFAULT_CIRCUIT_BREAKER,
      'breaker',
      resolveCircuitBreakerSettings,
    ),
    reconnect: reconnectSettings(o.reconnect, parent?.reconnect),
  };
  Object.defineProperty(policy, POLICY_BRAND, { value: true });
  Object.freeze(policy);
  primeTables(policy);
  return policy;
}

/**
 * True for a policy made by `definePolicy` or `parsePolicy` (by any copy of this package).
 *
 * @example
 * import { isPolicy } from 'gme-result';
 * import { defaultPolicy } from 'gme-result/policies';
 * isPolicy(defaultPolicy); // true
 */
export function isPolicy(value: unknown): value is Policy {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[POLICY_BRAND] === true
  );
}
