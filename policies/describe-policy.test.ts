import { describe, expect, it } from 'vitest';
import { catalog } from '../src/codes/catalog.js';
import { recover, retry } from '../src/policy/actions.js';
import { definePolicy } from '../src/policy/define-policy.js';
import { defaultPolicy } from './default-policy.js';
import { describeAction, describePolicy } from './describe-policy.js';

describe('describePolicy', () => {
  const rows = describePolicy(defaultPolicy);

  it('has one general row per catalog code (0 excepted), sorted by code', () => {
    const general = rows.filter((r) => r.operation === undefined);
    expect(general.map((r) => r.code)).toEqual(
      catalog
        .map((e) => e.code)
        .filter((c) => c !== 0)
        .sort((a, b) => a - b),
    );
    expect(general.every((r) => r.rule === 'code' && r.reason.length > 0)).toBe(true);
  });

  it('adds a row after the general one for each operation-specific rule', () => {
    const rows2002 = rows.filter((r) => r.code === 2002);
    expect(rows2002).toEqual([
      expect.objectContaining({ name: 'QAV_ERR_TRY_NEW_ROOM_FAILED', decision: 'fail', rule: 'code' }),
      expect.objectContaining({
        operation: 'switchRoom',
        decision: 'recover: reenterRoom',
        rule: 'operation',
      }),
    ]);
  });

  it('shows codes that fall through to the default rule', () => {
    const sparse = describePolicy(definePolicy({ codes: { 7004: retry() } }));
    expect(sparse.find((r) => r.code === 7005)).toMatchObject({ decision: 'fail', rule: 'default' });
  });
});

describe('describeAction', () => {
  it('describes each kind of action', () => {
    expect(describeAction(retry({ maxAttempts: 1, jitter: 'none' }))).toBe(
      'retry (1 attempt, 200–5000 ms, none jitter)',
    );
    expect(describeAction(recover('reinit', { maxRecoveries: 3 }))).toBe('recover: reinit (up to 3 times)');
    expect(
      describeAction(
        recover(async function rejoin() {
          return { next: 'retry' as const };
        }),
      ),
    ).toBe('recover: rejoin');
  });
});
