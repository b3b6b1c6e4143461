import { catalog } from '../src/codes/catalog.js';
import type { OperationName } from '../src/operations.js';
import type { PolicyAction } from '../src/policy/actions.js';
import type { Policy } from '../src/policy/define-policy.js';
import { type RuleKind, resolveAction } from '../src/policy/resolve-action.js';

/** One row of {@link describePolicy}. */
export interface PolicyRow {
  readonly code: number;
  /** The catalog name of the code. */
  readonly name: string;
  /** Set on rows for an operation-specific rule; absent on the row that applies to every other operation. */
  readonly operation?: OperationName;
  /** What happens, e.g. `'retry (3 attempts, 200–5000 ms, full jitter)'`, `'recover: reenterRoom'`. */
  readonly decision: string;
  /** Which rule decided (`'default'` or `'category'` shows a code no code rule names). */
  readonly rule: RuleKind;
  /** The rule's reason, or `''` when it has none. */
  readonly reason: string;
}

/**
 * A short text for an action, as used in {@link PolicyRow.decision}.
 *
 * @example
 * import { retry } from 'gme-result';
 * import { describeAction } from 'gme-result/policies';
 * describeAction(retry()); // 'retry (3 attempts, 200–5000 ms, full jitter)'
 */
export function describeAction(action: PolicyAction): string {
  switch (action.action) {
    case 'retry': {
      const attempts = action.maxAttempts === 1 ? '1 attempt' : `${action.maxAttempts} attempts`;
      return `retry (${attempts}, ${action.baseDelayMs}–${action.maxDelayMs} ms, ${action.jitter} jitter)`;
    }
    case 'recover': {
      const name = typeof action.recovery === 'string' ? action.recovery : action.recovery.name || 'custom';
      return action.maxRecoveries === 1
        ? `recover: ${name}`
        : `recover: ${name} (up to ${action.maxRecoveries} times)`;
    }
    default:
      return action.action;
  }
}

/**
 * What a policy does with every catalog code (0 excluded), sorted by code: one row for the code
 * in general, followed by one row per operation with its own rule for it. For the README table
 * and the CLI.
 *
 * @example
 * import { defaultPolicy, describePolicy } from 'gme-result/policies';
 * for (const row of describePolicy(defaultPolicy)) console.log(row.code, row.name, row.decision, row.reason);
 */
export function describePolicy(policy: Policy): PolicyRow[] {
  const rows: PolicyRow[] = [];
  const entries = catalog.filter((e) => e.code !== 0).sort((a, b) => a.code - b.code);
  const operations = Object.entries(policy.operations) as [OperationName, object][];
  for (const { code, name } of entries) {
    const general = resolveAction(policy, '', code);
    const row = (action: PolicyAction, rule: RuleKind) => ({
      code,
      name,
      decision: describeAction(action),
      rule,
      reason: action.reason ?? '',
    });
    rows.push(row(general.action, general.rule));
    for (const [operation, rules] of operations) {
      const own = (rules as Record<string, PolicyAction>)[String(code)];
      if (own !== undefined) rows.push({ ...row(own, 'operation'), operation });
    }
  }
  return rows;
}
