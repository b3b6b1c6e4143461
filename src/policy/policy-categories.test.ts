import { describe, expect, it } from 'vitest';
import { catalog } from '../codes/catalog.js';
import { categoryOfCode, isCatalogCode, isPolicyCategory, POLICY_CATEGORIES } from './policy-categories.js';

describe('policy categories', () => {
  it('lists every category the catalog uses', () => {
    for (const entry of catalog) expect(POLICY_CATEGORIES).toContain(entry.category);
    expect(isPolicyCategory('network')).toBe(false);
    expect(isPolicyCategory('toString')).toBe(false);
  });

  it('maps codes to their catalog category', () => {
    expect(categoryOfCode(7004)).toBe('general');
    expect(categoryOfCode(8195)).toBe('upload');
    expect(categoryOfCode(327698)).toBe('streaming-recognition');
    expect(categoryOfCode(424242)).toBeUndefined();
    expect([isCatalogCode(4001), isCatalogCode(-1)]).toEqual([true, false]);
  });
});
