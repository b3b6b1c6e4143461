import { describe, expect, it } from 'vitest';
import { retry } from './actions.js';
import { definePolicy } from './define-policy.js';
import { parsePolicy } from './parse-policy.js';
import { policyPresetNames, registerPolicyPreset } from './preset-registry.js';

const issuesOf = (json: unknown) => {
  const r = parsePolicy(json);
  return r.isErr() ? r.error.issues : [];
};

// The registry is module state that other test files may fill too: names are asserted relative to it.
describe('parsePolicy: "extends"', () => {
  const preset = definePolicy({ codes: { 1005: retry() } });
  registerPolicyPreset('sdk-test-beta', preset);
  registerPolicyPreset('sdk-test-alpha', preset);

  it('lists the registered presets, sorted, for an unknown name or a non-string', () => {
    const names = policyPresetNames();
    expect(names.indexOf('sdk-test-alpha') + 1).toBe(names.indexOf('sdk-test-beta'));
    expect(issuesOf({ extends: 'sdk-test-gamma' })).toEqual([
      { path: '$.extends', message: `expected one of ${names.join(', ')}, got "sdk-test-gamma"` },
    ]);
    expect(issuesOf({ extends: ['sdk-test-alpha'] })).toEqual([
      { path: '$.extends', message: `expected one of ${names.join(', ')}, got an array` },
    ]);
  });

  it('lets a document extend a preset and override its rules', () => {
    const p = parsePolicy({ extends: 'sdk-test-alpha', codes: { 7004: { action: 'fail' } } })._unsafeUnwrap();
    expect([p.codes[1005]?.action, p.codes[7004]?.action]).toEqual(['retry', 'fail']);
  });
});
