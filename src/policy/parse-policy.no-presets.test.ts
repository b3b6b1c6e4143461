import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse-policy.js';
import { policyPresetNames } from './preset-registry.js';

// This file imports no preset module, so in its own module graph the registry starts empty.
// vitest isolates test files by default; vitest.stryker.config.ts lists it among the isolated files.
describe('parsePolicy: "extends" before any preset is registered', () => {
  it('says how to register the shipped presets instead of listing none', () => {
    expect(policyPresetNames()).toEqual([]);
    const r = parsePolicy({ extends: 'default' });
    expect(r._unsafeUnwrapErr().issues).toEqual([
      {
        path: '$.extends',
        message: `expected a preset name (import 'gme-result/policies' first), got "default"`,
      },
    ]);
  });
});
