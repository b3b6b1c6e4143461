import { describe, expect, it } from 'vitest';
import { catalog } from '../src/codes/catalog.js';
import { resolveAction } from '../src/policy/resolve-action.js';
import { defaultPolicy } from './default-policy.js';
import { describeAction } from './describe-policy.js';

const codes = catalog.map((e) => e.code).filter((c) => c !== 0);
const decide = (operation: string, code: number) =>
  describeAction(resolveAction(defaultPolicy, operation, code).action);

describe('defaultPolicy', () => {
  it('names every catalog code (both tables, 0 excepted) with a code rule and a reason', () => {
    const missing = codes.filter((code) => defaultPolicy.codes[code] === undefined);
    expect(missing).toEqual([]);
    for (const code of codes) {
      const { rule, action } = resolveAction(defaultPolicy, 'someRawMethod', code);
      expect([code, rule]).toEqual([code, 'code']);
      expect(action.reason?.length, `reason of ${code}`).toBeGreaterThan(0);
    }
  });

  it('names no code the catalog does not know', () => {
    const known = new Set<number>(codes);
    expect(
      Object.keys(defaultPolicy.codes)
        .map(Number)
        .filter((c) => !known.has(c)),
    ).toEqual([]);
  });

  it('gives every operation-specific rule a reason too', () => {
    for (const rules of Object.values(defaultPolicy.operations)) {
      for (const action of Object.values(rules ?? {})) expect(action.reason?.length).toBeGreaterThan(0);
    }
  });

  it.each([
    7004, 1005, 10001, 10004, 10005, 8195, 8196, 8197, 8198, 12291, 12293, 12294, 12295, 32770, 32772,
  ])('retries the transient code %i with capped, full-jitter backoff', (code) => {
    expect(decide('enterRoom', code)).toBe(
      'retry: 3 attempts, waits up to 200·2ⁿ ms (≤ 5000 ms), full jitter',
    );
  });

  it.each([7005, 7012, 7022, 4102, 4103, 1004, 1006, 7013, 2001, 7007, 7006, 2002, 32775, 50012])(
    'fails fast on %i outside the operations that recover from it',
    (code) => {
      expect(decide('uploadRecordedFile', code)).toBe('fail');
    },
  );

  it('accepts 1003 everywhere and 7015 only for init', () => {
    expect(decide('enterRoom', 1003)).toBe('succeed');
    expect(decide('init', 7015)).toBe('succeed');
    expect(decide('enterRoom', 7015)).toBe('fail');
  });

  it('recovers where GME says how', () => {
    expect(decide('switchRoom', 2002)).toBe('recover: reenterRoom');
    expect(decide('enterRoom', 7006)).toBe('recover: refreshAuth');
    expect(decide('switchRoom', 7006)).toBe('recover: refreshAuth');
    for (const code of [8194, 12290, 32776, 8200, 12297, 32774])
      expect(decide('speechToText', code)).toBe('recover: reapplyPttAuth');
    expect(decide('enterRoom', 1101)).toBe('recover: reinit');
    expect(decide('init', 1101)).toBe('fail');
    for (const code of [1001, 1002, 32786]) expect(decide('enterRoom', code)).toBe('recover: awaitInFlight');
  });

  it('fails on codes no table knows', () => {
    expect(resolveAction(defaultPolicy, 'enterRoom', 424_242)).toMatchObject({
      rule: 'default',
      action: { action: 'fail' },
    });
  });

  it('uses the default budget and breaker', () => {
    expect(defaultPolicy.budget).toEqual({
      capacity: 10,
      retryCost: 1,
      refillPerSuccess: 0.2,
      initialTokens: 3,
    });
    expect(defaultPolicy.breaker).toEqual({ failureThreshold: 3, cooldownMs: 5_000 });
  });
});
