import { catalog, type GmeLocale } from '../src/codes/catalog.js';
import type { OperationName } from '../src/operations.js';
import type { PolicyAction, RetryAction } from '../src/policy/actions.js';
import type { Policy } from '../src/policy/define-policy.js';
import { type RuleKind, resolveAction } from '../src/policy/resolve-action.js';
import { localizeReason } from './localize-reason.js';

/** One row of {@link describePolicy}. */
export interface PolicyRow {
  readonly code: number;
  /** The catalog name of the code. */
  readonly name: string;
  /** Set on rows for an operation-specific rule; absent on the row that applies to every other operation. */
  readonly operation?: OperationName;
  /** What happens, as {@link describeAction} words it, e.g. `'recover: reenterRoom'`. */
  readonly decision: string;
  /** Which rule decided (`'default'` or `'category'` shows a code no code rule names). */
  readonly rule: RuleKind;
  /** The rule's reason (in Korean for the shipped presets' reasons with `locale: 'ko'`), or `''` when it has none. */
  readonly reason: string;
}

/**
 * Options of {@link describeAction} and {@link describePolicy}.
 *
 * @example
 * import { defaultPolicy, describePolicy } from 'gme-result/policies';
 * describePolicy(defaultPolicy, { locale: 'ko' });
 */
export interface DescribeOptions {
  /**
   * The language of decisions and of the shipped presets' reasons (other reasons stay as written).
   * @default 'en'
   */
  readonly locale?: GmeLocale;
}

function localeOf(options: DescribeOptions | undefined): GmeLocale {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(
      `Expected the describe options to be an object such as { locale: 'ko' }, got ${String(options)}.`,
    );
  }
  const locale = options?.locale === undefined ? 'en' : options.locale;
  if (locale !== 'en' && locale !== 'ko') {
    throw new TypeError(`Expected \`locale\` to be 'en' or 'ko', got ${JSON.stringify(locale)}.`);
  }
  return locale;
}

/** The waits of a retry rule; `n` counts the retries already made (0 before the first). */
function waits(a: RetryAction, ko: boolean): string {
  const { baseDelayMs: base, maxDelayMs: max } = a;
  switch (a.jitter) {
    case 'full':
      return ko
        ? `매번 0~${base}·2ⁿ ms(최대 ${max} ms) 중 무작위로 대기, full 지터`
        : `waits up to ${base}·2ⁿ ms (≤ ${max} ms), full jitter`;
    case 'equal':
      return ko
        ? `매번 ${base}·2ⁿ ms(최대 ${max} ms)의 절반~전부 중 무작위로 대기, equal 지터`
        : `waits half to all of ${base}·2ⁿ ms (≤ ${max} ms), equal jitter`;
    case 'none':
      return ko
        ? `매번 ${base}·2ⁿ ms(최대 ${max} ms) 대기, 지터 없음`
        : `waits ${base}·2ⁿ ms (≤ ${max} ms), no jitter`;
    case 'decorrelated':
      return ko
        ? `매번 ${base} ms~직전 대기의 3배(최대 ${max} ms) 중 무작위로 대기, decorrelated 지터`
        : `waits ${base} ms to 3× the previous wait (≤ ${max} ms), decorrelated jitter`;
  }
}

/**
 * A short text for an action, as used in {@link PolicyRow.decision}. A retry names its attempts
 * (SDK invocations, the first included) and its waits, where `n` counts the retries already made:
 * `full` jitter waits a random time from 0 to `min(maxDelayMs, baseDelayMs·2ⁿ)`, so "up to 200·2ⁿ
 * ms (≤ 5000 ms)" means at most 200 ms before the first retry, 400 ms before the second, and so on.
 *
 * @example
 * import { retry } from 'gme-result';
 * import { describeAction } from 'gme-result/policies';
 * describeAction(retry()); // 'retry: 3 attempts, waits up to 200·2ⁿ ms (≤ 5000 ms), full jitter'
 * describeAction(retry(), { locale: 'ko' }); // '재시도: 최대 3회 시도, 매번 0~200·2ⁿ ms(최대 5000 ms) 중 무작위로 대기, full 지터'
 */
export function describeAction(action: PolicyAction, options?: DescribeOptions): string {
  const ko = localeOf(options) === 'ko';
  switch (action.action) {
    case 'retry':
      if (action.maxAttempts === 1)
        return ko ? '재시도: 1회만 시도(재시도 없음)' : 'retry: 1 attempt (no retry)';
      return ko
        ? `재시도: 최대 ${action.maxAttempts}회 시도, ${waits(action, true)}`
        : `retry: ${action.maxAttempts} attempts, ${waits(action, false)}`;
    case 'recover': {
      const name = typeof action.recovery === 'string' ? action.recovery : action.recovery.name || 'custom';
      if (action.maxRecoveries === 1) return ko ? `복구: ${name}` : `recover: ${name}`;
      return ko
        ? `복구: ${name}(최대 ${action.maxRecoveries}회)`
        : `recover: ${name} (up to ${action.maxRecoveries} times)`;
    }
    case 'succeed':
      return ko ? '성공으로 처리' : 'succeed';
    default:
      return ko ? '실패' : 'fail';
  }
}

/**
 * What a policy does with every catalog code (0 excluded), sorted by code: one row for the code
 * in general, followed by one row per operation with its own rule for it. For the README table
 * and the CLI; `{ locale: 'ko' }` words decisions and the shipped presets' reasons in Korean.
 *
 * @example
 * import { defaultPolicy, describePolicy } from 'gme-result/policies';
 * for (const row of describePolicy(defaultPolicy)) console.log(row.code, row.name, row.decision, row.reason);
 */
export function describePolicy(policy: Policy, options?: DescribeOptions): PolicyRow[] {
  const locale = localeOf(options);
  const rows: PolicyRow[] = [];
  const entries = catalog.filter((e) => e.code !== 0).sort((a, b) => a.code - b.code);
  const operations = Object.entries(policy.operations) as [OperationName, object][];
  for (const { code, name } of entries) {
    const general = resolveAction(policy, '', code);
    const row = (action: PolicyAction, rule: RuleKind) => ({
      code,
      name,
      decision: describeAction(action, { locale }),
      rule,
      reason: localizeReason(action.reason ?? '', locale),
    });
    rows.push(row(general.action, general.rule));
    for (const [operation, rules] of operations) {
      const own = (rules as Record<string, PolicyAction>)[String(code)];
      if (own !== undefined) rows.push({ ...row(own, 'operation'), operation });
    }
  }
  return rows;
}
