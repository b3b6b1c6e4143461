/** One problem in a JSON policy: where (`$.codes.7004.maxAttempts`) and what. */
export interface PolicyIssue {
  readonly path: string;
  readonly message: string;
}

const SHOWN = 20;

/**
 * Why `parsePolicy` refused a document: every problem found, each with its JSON path. The message
 * lists them (the first 20; `issues` holds all).
 *
 * @example
 * import { parsePolicy } from 'gme-result';
 * const parsed = parsePolicy('{"codes":{"7004":{"action":"retry","maxAttempts":0}}}');
 * if (parsed.isErr()) console.log(parsed.error.issues);
 * // [{ path: '$.codes.7004.maxAttempts', message: 'expected an integer from 1 to 20, got 0' }]
 */
export class PolicyConfigError extends Error {
  override readonly name = 'PolicyConfigError';
  /** Every problem found, in document order. */
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    const lines = issues.slice(0, SHOWN).map((i) => `  ${i.path}: ${i.message}`);
    if (issues.length > SHOWN) lines.push(`  … and ${issues.length - SHOWN} more`);
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid policy (${count}):\n${lines.join('\n')}`);
    this.issues = Object.freeze(issues.map((i) => Object.freeze({ path: i.path, message: i.message })));
  }
}
