import type { PolicyAction } from './actions.js';
import { categoryOfCode } from './policy-categories.js';
import type { Policy } from './policy-types.js';

/** Which kind of rule decided: the most specific one that names the code wins. */
export type RuleKind = 'operation' | 'code' | 'category' | 'default';

/** The action for a failure and the rule it came from. */
export interface ResolvedAction {
  readonly action: PolicyAction;
  readonly rule: RuleKind;
}

interface PolicyTables {
  readonly operations: ReadonlyMap<string, ReadonlyMap<number, ResolvedAction>>;
  readonly codes: ReadonlyMap<number, ResolvedAction>;
  /** Keyed by category name; `get(undefined)`, for a code the catalog does not know, finds nothing. */
  readonly categories: ReadonlyMap<string | undefined, ResolvedAction>;
  readonly default: ResolvedAction;
}

const tables = new WeakMap<Policy, PolicyTables>();

const resolved = (action: PolicyAction, rule: RuleKind): ResolvedAction => Object.freeze({ action, rule });

function codeTable(rules: object, rule: RuleKind): Map<number, ResolvedAction> {
  const map = new Map<number, ResolvedAction>();
  for (const [code, action] of Object.entries(rules) as [string, PolicyAction][]) {
    map.set(Number(code), resolved(action, rule));
  }
  return map;
}

/**
 * Builds the lookup maps of a policy once (`definePolicy` calls it), so that resolution is a
 * few map lookups and allocates nothing.
 */
export function primeTables(policy: Policy): void {
  const operations = new Map<string, ReadonlyMap<number, ResolvedAction>>();
  for (const [name, rules] of Object.entries(policy.operations)) {
    if (rules !== undefined) operations.set(name, codeTable(rules, 'operation'));
  }
  const categories = new Map<string | undefined, ResolvedAction>();
  for (const [name, action] of Object.entries(policy.categories) as [string, PolicyAction][]) {
    categories.set(name, resolved(action, 'category'));
  }
  tables.set(policy, {
    operations,
    codes: codeTable(policy.codes, 'code'),
    categories,
    default: resolved(policy.default, 'default'),
  });
}

/**
 * The action a policy takes for `code` when `operation` fails with it, most specific rule first:
 * operation + code, then code, then the code's catalog category, then the policy's `default`.
 * O(1): the maps are built when the policy is made.
 *
 * @example
 * import { resolveAction } from 'gme-result';
 * import { defaultPolicy } from 'gme-result/policies';
 * resolveAction(defaultPolicy, 'enterRoom', 7004); // { action: { action: 'retry', ... }, rule: 'code' }
 */
export function resolveAction(policy: Policy, operation: string, code: number): ResolvedAction {
  let t = tables.get(policy);
  if (t === undefined) {
    // A policy from another copy of this package: build its maps from its public fields once.
    primeTables(policy);
    t = tables.get(policy) as PolicyTables;
  }
  const byOperation = t.operations.get(operation)?.get(code);
  if (byOperation !== undefined) return byOperation;
  const byCode = t.codes.get(code);
  if (byCode !== undefined) return byCode;
  return t.categories.get(categoryOfCode(code)) ?? t.default;
}
