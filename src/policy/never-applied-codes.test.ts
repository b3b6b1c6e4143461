import { describe, expect, it } from 'vitest';
import { KNOWN_CODES } from '../codes/catalog.js';
import { NEVER_APPLIED_CODES } from './never-applied-codes.js';

describe('NEVER_APPLIED_CODES', () => {
  it('holds the refusals that happen before a request takes effect', () => {
    for (const code of [1001, 1002, 8196, 12293, 32786]) expect(NEVER_APPLIED_CODES.has(code)).toBe(true);
  });

  it('leaves out codes after which the request may have been applied', () => {
    for (const code of [1005, 7004, 10001, 10004, 8195, 32770, 32772])
      expect(NEVER_APPLIED_CODES.has(code)).toBe(false);
  });

  it('only names catalog codes', () => {
    for (const code of NEVER_APPLIED_CODES) expect(KNOWN_CODES.has(code)).toBe(true);
  });

  it('cannot be changed at run time', () => {
    const set = NEVER_APPLIED_CODES as Set<number>;
    expect(() => set.add(1005)).toThrow(TypeError);
    expect(() => set.delete(1001)).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect(NEVER_APPLIED_CODES.has(1005)).toBe(false);
  });

  it('says why a change is refused', () => {
    const set = NEVER_APPLIED_CODES as Set<number>;
    expect(() => set.add(1005)).toThrow('NEVER_APPLIED_CODES is read-only.');
  });
});
