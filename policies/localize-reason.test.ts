import { describe, expect, it } from 'vitest';
import { policyToJSON } from '../src/policy/policy-to-json.js';
import { defaultPolicy, mobileVoicePolicy, strictPolicy } from './index.js';
import { localizeReason } from './localize-reason.js';
import { PRESET_REASONS_KO } from './preset-reasons-ko.js';

/** Every `reason` string in a JSON value. */
function reasonsIn(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'reason' && typeof inner === 'string') into.add(inner);
      else reasonsIn(inner, into);
    }
  }
  return into;
}

const presetReasons = [defaultPolicy, strictPolicy, mobileVoicePolicy].reduce(
  (all, policy) => reasonsIn(policyToJSON(policy), all),
  new Set<string>(),
);

describe('localizeReason', () => {
  it('has a Korean text for every reason of every shipped preset, and none for a reason no preset gives', () => {
    expect([...presetReasons].filter((r) => !PRESET_REASONS_KO.has(r))).toEqual([]);
    expect([...PRESET_REASONS_KO.keys()].filter((r) => !presetReasons.has(r))).toEqual([]);
  });

  it('gives each preset reason its own Korean text, in Hangul', () => {
    const texts = [...PRESET_REASONS_KO.values()];
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/[가-힣]/);
  });

  it('returns the Korean text with ko and the reason itself with en', () => {
    const reason = 'The operation was cancelled: end the call at once.';
    expect(localizeReason(reason, 'ko')).toBe('작업이 취소되었습니다. 호출을 바로 끝냅니다.');
    expect(localizeReason(reason, 'en')).toBe(reason);
  });

  it('keeps a reason it does not know as written, in either locale', () => {
    expect(localizeReason('transcripts are optional here', 'ko')).toBe('transcripts are optional here');
    expect(localizeReason('', 'ko')).toBe('');
  });
});
