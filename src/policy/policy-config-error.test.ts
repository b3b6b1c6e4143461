import { describe, expect, it } from 'vitest';
import { PolicyConfigError } from './policy-config-error.js';

describe('PolicyConfigError', () => {
  it('lists the issues in its message and keeps them frozen', () => {
    const e = new PolicyConfigError([
      { path: '$.a', message: 'bad' },
      { path: '$.b', message: 'worse' },
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PolicyConfigError');
    expect(e.message).toBe('Invalid policy (2 problems):\n  $.a: bad\n  $.b: worse');
    expect(Object.isFrozen(e.issues)).toBe(true);
    expect(Object.isFrozen(e.issues[0])).toBe(true);
  });

  it('shows the first 20 issues and counts the rest', () => {
    const issues = Array.from({ length: 25 }, (_, i) => ({ path: `$.k${i}`, message: 'unknown field' }));
    const e = new PolicyConfigError(issues);
    expect(e.issues).toHaveLength(25);
    expect(e.message.split('\n').at(-1)).toBe('  … and 5 more');
  });

  it('adds no count line when exactly 20 issues are shown', () => {
    const issues = Array.from({ length: 20 }, (_, i) => ({ path: `$.k${i}`, message: 'unknown field' }));
    const lines = new PolicyConfigError(issues).message.split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe('  $.k19: unknown field');
  });
});
