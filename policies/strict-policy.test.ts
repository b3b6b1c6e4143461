import { describe, expect, it } from 'vitest';
import { catalog } from '../src/codes/catalog.js';
import { resolveAction } from '../src/policy/resolve-action.js';
import { describeAction } from './describe-policy.js';
import { mobileVoicePolicy } from './mobile-voice-policy.js';
import { strictPolicy } from './strict-policy.js';

describe('strictPolicy', () => {
  it('retries only 7004 and 1005, once; succeeds only on 1003; recovers nothing', () => {
    const decisions = new Map<string, number[]>();
    for (const { code } of catalog) {
      if (code === 0) continue;
      for (const op of ['init', 'enterRoom', 'switchRoom', 'speechToText']) {
        const d = describeAction(resolveAction(strictPolicy, op, code).action);
        decisions.set(d, [...(decisions.get(d) ?? []), code]);
      }
    }
    expect([...decisions.keys()].sort()).toEqual([
      'fail',
      'retry: 2 attempts, waits up to 200·2ⁿ ms (≤ 2000 ms), full jitter',
      'succeed',
    ]);
    expect([...new Set(decisions.get('succeed'))]).toEqual([1003]);
    expect(
      [...new Set(decisions.get('retry: 2 attempts, waits up to 200·2ⁿ ms (≤ 2000 ms), full jitter'))].sort(),
    ).toEqual([1005, 7004]);
  });
});

describe('mobileVoicePolicy', () => {
  it('is the default policy with more patient retries, a bigger budget and a quicker breaker', () => {
    expect(describeAction(resolveAction(mobileVoicePolicy, 'enterRoom', 7004).action)).toBe(
      'retry: 4 attempts, waits up to 500·2ⁿ ms (≤ 8000 ms), full jitter',
    );
    expect(describeAction(resolveAction(mobileVoicePolicy, 'switchRoom', 2002).action)).toBe(
      'recover: reenterRoom',
    );
    expect(mobileVoicePolicy.budget).toEqual({
      capacity: 20,
      retryCost: 1,
      refillPerSuccess: 0.2,
      initialTokens: 5,
    });
    expect(mobileVoicePolicy.breaker).toEqual({ failureThreshold: 8, cooldownMs: 5000 });
  });
});
