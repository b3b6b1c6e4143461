import { err, ok, type Result } from 'neverthrow';
import { OPERATION_NAMES } from '../operations.js';
import type { PolicyAction } from './actions.js';
import {
  type CircuitBreakerSettings,
  DEFAULT_CIRCUIT_BREAKER,
  resolveCircuitBreakerSettings,
} from './circuit-breaker.js';
import { definePolicy, type Policy, type PolicyOptions } from './define-policy.js';
import { describeValue, type Problem } from './option-checks.js';
import { type JsonIssue, jsonObjectKeys, parseActionJSON, problemsToIssues } from './parse-action.js';
import { isCatalogCode, isPolicyCategory, POLICY_CATEGORIES } from './policy-categories.js';
import { PolicyConfigError, type PolicyIssue } from './policy-config-error.js';
import { policyPreset, policyPresetNames } from './preset-registry.js';
import { DEFAULT_RECONNECT, type ReconnectSettings, resolveReconnectSettings } from './reconnect-settings.js';
import {
  DEFAULT_RETRY_BUDGET,
  type RetryBudgetSettings,
  resolveRetryBudgetSettings,
} from './retry-budget.js';

/** Options of {@link parsePolicy}. */
export interface ParsePolicyOptions {
  /**
   * The policy the document extends when it has no `"extends"` of its own (a document's
   * `"extends"` wins). @default none: the document stands alone
   */
  readonly base?: Policy | undefined;
}

const TOP_KEYS = [
  '$schema',
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

/** Rules by key; `undefined` for one that did not parse (its issue rejects the whole document). */
type Rules = Record<string, PolicyAction | undefined>;

function parseCodes(value: unknown, path: readonly string[], issues: JsonIssue[]): Rules {
  const out: Rules = Object.create(null);
  const keys = jsonObjectKeys(value, path, issues);
  for (const key of keys ?? []) {
    if (!CODE_KEY.test(key) || !isCatalogCode(Number(key))) {
      issues.push({ path: [...path, key], message: 'expected a GME code the catalog knows (a typo?)' });
      continue;
    }
    out[key] = parseActionJSON((value as Record<string, unknown>)[key], [...path, key], issues);
  }
  return out;
}

function parseSettings<T>(
  value: unknown,
  base: T | false | undefined,
  defaults: T,
  path: readonly string[],
  issues: JsonIssue[],
  resolve: (
    o: Readonly<Record<string, unknown>>,
    base: T,
    path: readonly string[],
    problems: Problem[],
  ) => T | undefined,
): T | false | undefined {
  if (value === false) return false;
  const keys = jsonObjectKeys(value, path, issues);
  if (keys === undefined) return undefined;
  const fields: Record<string, unknown> = Object.create(null);
  for (const key of keys) fields[key] = (value as Record<string, unknown>)[key];
  const problems: Problem[] = [];
  const settings = resolve(fields, base || defaults, path, problems);
  problemsToIssues(problems, issues);
  return settings;
}

function toPath(keys: readonly string[]): string {
  let out = '$';
  for (const raw of keys) {
    const key = raw.length > 60 ? `${raw.slice(0, 60)}…` : raw;
    out += /^[A-Za-z0-9_$-]+$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The options a policy document gives; every problem goes to `issues` (an unreadable one gives `{}`). */
function readDocument(json: unknown, base: Policy | undefined, issues: JsonIssue[]): PolicyOptions {
  let doc = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json);
    } catch (e) {
      // JSON.parse throws only SyntaxErrors; the cap is for engines that quote much of the input.
      issues.push({ path: [], message: `invalid JSON: ${(e as SyntaxError).message.slice(0, 200)}` });
      return {};
    }
  }
  const keys = jsonObjectKeys(doc, [], issues);
  if (keys === undefined) return {};
  const o = doc as Readonly<Record<string, unknown>>;
  let parent = base;
  if (keys.includes('extends')) {
    const name = o.extends;
    parent = typeof name === 'string' ? policyPreset(name) : undefined;
    if (parent === undefined) {
      const known = policyPresetNames();
      const hint =
        known.length > 0
          ? `one of ${known.join(', ')}`
          : "a preset name (import 'gme-result/policies' first)";
      issues.push({ path: ['extends'], message: `expected ${hint}, got ${describeValue(name)}` });
    }
  }
  const options: { -readonly [K in keyof PolicyOptions]: unknown } = Object.create(null);
  options.extends = parent;
  for (const key of keys) {
    const value = o[key];
    switch (key) {
      case '$schema':
        if (typeof value !== 'string')
          issues.push({ path: [key], message: `expected a string, got ${describeValue(value)}` });
        break;
      case 'extends':
        break;
      case 'codes':
        options.codes = parseCodes(value, [key], issues);
        break;
      case 'operations': {
        const operations: Record<string, Rules> = Object.create(null);
        for (const name of jsonObjectKeys(value, [key], issues) ?? []) {
          if (!(OPERATION_NAMES as readonly string[]).includes(name)) {
            issues.push({ path: [key, name], message: `expected one of ${OPERATION_NAMES.join(', ')}` });
            continue;
          }
          operations[name] = parseCodes((value as Record<string, unknown>)[name], [key, name], issues);
        }
        options.operations = operations;
        break;
      }
      case 'categories': {
        const categories: Rules = Object.create(null);
        for (const name of jsonObjectKeys(value, [key], issues) ?? []) {
          if (!isPolicyCategory(name)) {
            issues.push({ path: [key, name], message: `expected one of ${POLICY_CATEGORIES.join(', ')}` });
            continue;
          }
          categories[name] = parseActionJSON((value as Record<string, unknown>)[name], [key, name], issues);
        }
        options.categories = categories;
        break;
      }
      case 'default':
        options.default = parseActionJSON(value, [key], issues);
        break;
      case 'budget':
        options.budget = parseSettings<RetryBudgetSettings>(
          value,
          parent?.budget,
          DEFAULT_RETRY_BUDGET,
          [key],
          issues,
          resolveRetryBudgetSettings,
        );
        break;
      case 'breaker':
        options.breaker = parseSettings<CircuitBreakerSettings>(
          value,
          parent?.breaker,
          DEFAULT_CIRCUIT_BREAKER,
          [key],
          issues,
          resolveCircuitBreakerSettings,
        );
        break;
      case 'reconnect': {
        const reconnect = parseSettings<ReconnectSettings>(
          value === false ? undefined : value,
          parent?.reconnect,
          DEFAULT_RECONNECT,
          [key],
          issues,
          resolveReconnectSettings,
        );
        options.reconnect = reconnect;
        break;
      }
      default:
        issues.push({ path: [key], message: `unknown field (expected one of ${TOP_KEYS.join(', ')})` });
    }
  }
  return options as PolicyOptions;
}

/**
 * Reads a policy from its JSON form (a JSON string, or an already-parsed value), e.g. from remote
 * config. Collects every problem with its JSON path (unknown fields, `__proto__` and friends, bad
 * numbers, unknown actions, recoveries, codes, operations and categories, bad JSON text) into a
 * `PolicyConfigError`. Never throws; on Err, keep the policy you had.
 *
 * @example
 * import { parsePolicy } from 'gme-result';
 * const next = parsePolicy('{"extends":"default","codes":{"7004":{"action":"retry","maxAttempts":4}}}');
 * if (next.isOk()) policy = next.value; else log(next.error.message);
 */
export function parsePolicy(json: unknown, options?: ParsePolicyOptions): Result<Policy, PolicyConfigError> {
  const issues: JsonIssue[] = [];
  try {
    const base = options?.base;
    const read = readDocument(json, base, issues);
    if (issues.length === 0) return ok(definePolicy(read));
  } catch (e) {
    const why = e instanceof Error ? e.message.slice(0, 200) : describeValue(e);
    issues.push({ path: [], message: `could not be read: ${why}` });
  }
  const list: PolicyIssue[] = issues.map((i) => ({ path: toPath(i.path), message: i.message }));
  return err(new PolicyConfigError(list));
}
