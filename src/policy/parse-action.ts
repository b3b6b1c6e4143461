import { ACTION_FIELD_CHECKS, fail, type PolicyAction, recover, retry, succeed } from './actions.js';
import {
  type Check,
  checkFields,
  describeValue,
  isPlainObject,
  oneOf,
  type Problem,
} from './option-checks.js';
import { RECOVERY_NAMES, type RecoveryName } from './recovery-types.js';

/** A problem found in a JSON policy, its path still as keys. */
export interface JsonIssue {
  readonly path: readonly string[];
  readonly message: string;
}

/** Keys refused anywhere in a JSON policy: never assigned, never looked up. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const ACTION_KINDS = ['retry', 'succeed', 'recover', 'fail'] as const;
const checkKind = oneOf(ACTION_KINDS);

/** Turns field problems into JSON issues (`expected …, got …` / `unknown field …`). */
export function problemsToIssues(problems: readonly Problem[], issues: JsonIssue[]): void {
  for (const p of problems) {
    const message =
      p.kind === 'unknown'
        ? `unknown field (expected one of ${p.known.join(', ')})`
        : `expected ${p.expected}, got ${describeValue(p.value)}`;
    issues.push({ path: p.path, message });
  }
}

/**
 * The own keys of a JSON object, minus `__proto__`, `constructor` and `prototype`, which are
 * reported as issues. Returns `undefined` (and reports) when `value` is not an object.
 */
export function jsonObjectKeys(
  value: unknown,
  path: readonly string[],
  issues: JsonIssue[],
): string[] | undefined {
  if (!isPlainObject(value)) {
    issues.push({ path, message: `expected an object, got ${describeValue(value)}` });
    return undefined;
  }
  const keys: string[] = [];
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) issues.push({ path: [...path, key], message: 'forbidden key' });
    else keys.push(key);
  }
  return keys;
}

/** Reads a JSON action (`{ "action": "retry", "maxAttempts": 4 }`); reports every problem under `path`. */
export function parseActionJSON(
  value: unknown,
  path: readonly string[],
  issues: JsonIssue[],
): PolicyAction | undefined {
  const keys = jsonObjectKeys(value, path, issues);
  if (keys === undefined) return undefined;
  const o = value as Readonly<Record<string, unknown>>;
  const kind = o.action;
  if (!keys.includes('action')) {
    issues.push({ path, message: `missing field "action" (one of ${ACTION_KINDS.join(', ')})` });
    return undefined;
  }
  const badKind = checkKind(kind);
  if (badKind !== undefined) {
    issues.push({ path: [...path, 'action'], message: `expected ${badKind}, got ${describeValue(kind)}` });
    return undefined;
  }
  const k = kind as PolicyAction['action'];
  const fields: Record<string, unknown> = Object.create(null);
  for (const key of keys) if (key !== 'action' && key !== 'recovery') fields[key] = o[key];
  if (k !== 'recover' && keys.includes('recovery')) fields.recovery = o.recovery;
  const problems: Problem[] = [];
  const checks: Readonly<Record<string, Check>> = ACTION_FIELD_CHECKS[k];
  checkFields(fields, checks, path, problems);
  if (k === 'recover') {
    const expected = oneOf(RECOVERY_NAMES)(o.recovery);
    if (expected !== undefined)
      problems.push({ kind: 'invalid', path: [...path, 'recovery'], expected, value: o.recovery });
  }
  if (k === 'retry' && problems.length === 0) {
    const base = (fields.baseDelayMs as number | undefined) ?? 200;
    const max = fields.maxDelayMs as number | undefined;
    if (max !== undefined && max < base) {
      const expected = `an integer from ${base} (baseDelayMs) to 300000`;
      problems.push({ kind: 'invalid', path: [...path, 'maxDelayMs'], expected, value: max });
    }
  }
  problemsToIssues(problems, issues);
  if (problems.length > 0) return undefined;
  // Checked above: the helpers cannot throw here.
  const options = fields as Record<string, never>;
  if (k === 'retry') return retry(options);
  if (k === 'recover') return recover(o.recovery as RecoveryName, options);
  return k === 'succeed' ? succeed(options) : fail(options);
}
