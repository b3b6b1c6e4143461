import { describe, expect, it } from 'vitest';
import { definePolicy } from './define-policy.js';
import { policyPreset, policyPresetNames, registerPolicyPreset } from './preset-registry.js';

describe('preset registry', () => {
  it('finds a registered preset by name and lists the names sorted', () => {
    const p = definePolicy();
    registerPolicyPreset('zz-test', p);
    registerPolicyPreset('aa-test', p);
    expect(policyPreset('zz-test')).toBe(p);
    expect(policyPreset('nope')).toBeUndefined();
    const names = policyPresetNames();
    expect(names.indexOf('aa-test')).toBeLessThan(names.indexOf('zz-test'));
  });
});
