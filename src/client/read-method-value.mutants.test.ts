import { describe, expect, it } from 'vitest';
import { readMethodValue } from './read-method-value.js';

describe('readMethodValue: speakerState', () => {
  it.each([0, 1, 2])('reads %i as a value', (state) => {
    expect(readMethodValue('speakerState', state)).toEqual({ kind: 'value' });
  });
  it('does not read 3 as a value', () => {
    expect(readMethodValue('speakerState', 3)).not.toEqual({ kind: 'value' });
  });
});
