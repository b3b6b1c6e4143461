import { describe, expect, it } from 'vitest';
import { catalog } from '../src/codes/catalog.js';
import { fail, recover, retry, succeed } from '../src/policy/actions.js';
import { definePolicy } from '../src/policy/define-policy.js';
import { defaultPolicy } from './default-policy.js';
import { describeAction, describePolicy } from './describe-policy.js';
import { localizeReason } from './localize-reason.js';

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
  it('names the attempts and the waits of a retry, with n counting the retries made', () => {
    expect(describeAction(retry())).toBe('retry: 3 attempts, waits up to 200·2ⁿ ms (≤ 5000 ms), full jitter');
    expect(
      describeAction(retry({ maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 800, jitter: 'equal' })),
    ).toBe('retry: 4 attempts, waits half to all of 100·2ⁿ ms (≤ 800 ms), equal jitter');
    expect(describeAction(retry({ jitter: 'none' }))).toBe(
      'retry: 3 attempts, waits 200·2ⁿ ms (≤ 5000 ms), no jitter',
    );
    expect(describeAction(retry({ jitter: 'decorrelated' }))).toBe(
      'retry: 3 attempts, waits 200 ms to 3× the previous wait (≤ 5000 ms), decorrelated jitter',
    );
    expect(describeAction(retry({ maxAttempts: 1, jitter: 'none' }))).toBe('retry: 1 attempt (no retry)');
  });

  it('describes recoveries, succeed and fail', () => {
    expect(describeAction(recover('reinit', { maxRecoveries: 3 }))).toBe('recover: reinit (up to 3 times)');
    expect(describeAction(recover('reenterRoom'))).toBe('recover: reenterRoom');
    expect(
      describeAction(
        recover(async function rejoin() {
          return { next: 'retry' as const };
        }),
      ),
    ).toBe('recover: rejoin');
    expect(describeAction(recover(async () => ({ next: 'retry' as const })))).toBe('recover: custom');
    expect(describeAction(succeed())).toBe('succeed');
    expect(describeAction(fail())).toBe('fail');
  });

  it('words every kind of action in Korean with locale ko, keeping recovery names', () => {
    const ko = { locale: 'ko' } as const;
    expect(describeAction(retry(), ko)).toBe(
      '재시도: 최대 3회 시도, 매번 0~200·2ⁿ ms(최대 5000 ms) 중 무작위로 대기, full 지터',
    );
    expect(describeAction(retry({ jitter: 'equal' }), ko)).toBe(
      '재시도: 최대 3회 시도, 매번 200·2ⁿ ms(최대 5000 ms)의 절반~전부 중 무작위로 대기, equal 지터',
    );
    expect(describeAction(retry({ jitter: 'none' }), ko)).toBe(
      '재시도: 최대 3회 시도, 매번 200·2ⁿ ms(최대 5000 ms) 대기, 지터 없음',
    );
    expect(describeAction(retry({ jitter: 'decorrelated' }), ko)).toBe(
      '재시도: 최대 3회 시도, 매번 200 ms~직전 대기의 3배(최대 5000 ms) 중 무작위로 대기, decorrelated 지터',
    );
    expect(describeAction(retry({ maxAttempts: 1 }), ko)).toBe('재시도: 1회만 시도(재시도 없음)');
    expect(describeAction(recover('reinit'), ko)).toBe('복구: reinit');
    expect(describeAction(recover('reinit', { maxRecoveries: 2 }), ko)).toBe('복구: reinit(최대 2회)');
    expect(describeAction(succeed(), ko)).toBe('성공으로 처리');
    expect(describeAction(fail(), ko)).toBe('실패');
  });

  it('refuses a locale it has no words for, naming it', () => {
    expect(() => describeAction(fail(), { locale: 'fr' as 'en' })).toThrow(
      new TypeError(`Expected \`locale\` to be 'en' or 'ko', got "fr".`),
    );
    expect(() => describePolicy(defaultPolicy, { locale: null as unknown as 'en' })).toThrow('got null');
    expect(() => describePolicy(defaultPolicy, null as unknown as { locale: 'en' })).toThrow(
      new TypeError("Expected the describe options to be an object such as { locale: 'ko' }, got null."),
    );
    expect(describeAction(fail(), undefined)).toBe('fail');
  });
});

describe('describePolicy in Korean', () => {
  const en = describePolicy(defaultPolicy);
  const ko = describePolicy(defaultPolicy, { locale: 'ko' });

  it('has the same rows, with Korean decisions and reasons', () => {
    expect(ko.map((r) => [r.code, r.operation, r.rule])).toEqual(
      en.map((r) => [r.code, r.operation, r.rule]),
    );
    const row7004 = ko.find((r) => r.code === 7004);
    expect(row7004?.decision).toBe(describeAction(retry(), { locale: 'ko' }));
    expect(row7004?.reason).toBe(localizeReason(en.find((r) => r.code === 7004)?.reason ?? '', 'ko'));
    expect(row7004?.reason).toMatch(/[가-힣]/);
  });

  it('keeps the reason of a rule the presets do not ship as written', () => {
    const own = definePolicy({ codes: { 7004: retry({ reason: 'our backend flaps' }) } });
    expect(describePolicy(own, { locale: 'ko' }).find((r) => r.code === 7004)?.reason).toBe(
      'our backend flaps',
    );
  });
});
