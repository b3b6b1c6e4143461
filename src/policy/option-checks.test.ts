import { describe, expect, it } from 'vitest';
import {
  checkFields,
  describeValue,
  integerIn,
  isPlainObject,
  isReason,
  numberIn,
  oneOf,
  type Problem,
} from './option-checks.js';

describe('describeValue', () => {
  it.each([
    ['abc', '"abc"'],
    [0, '0'],
    [-0, '-0'],
    [Number.NaN, 'NaN'],
    [10n, '10n'],
    [true, 'true'],
    [undefined, 'undefined'],
    [null, 'null'],
    [[1], 'an array'],
    [{ a: 1 }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('describes %s as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('cuts long strings', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('keeps a string of exactly 40 characters whole', () => {
    expect(describeValue('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
    expect(describeValue('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
  });
});

describe('checks', () => {
  it('integerIn and numberIn accept the bounds and refuse the rest', () => {
    const int = integerIn(1, 20);
    expect([int(1), int(20)]).toEqual([undefined, undefined]);
    expect([int(0), int(21), int(1.5), int('3'), int(Number.NaN)]).toEqual(
      Array(5).fill('an integer from 1 to 20'),
    );
    const num = numberIn(0, 1);
    expect([num(0.5), num(Number.POSITIVE_INFINITY)]).toEqual([undefined, 'a number from 0 to 1']);
  });

  it('isReason wants one line of 1..200 characters', () => {
    expect(isReason('ok')).toBeUndefined();
    expect(isReason('')).toBeDefined();
    expect(isReason('a\u2028b')).toBeDefined();
    expect(isReason(5)).toBeDefined();
  });

  it('isPlainObject accepts plain and null-prototype objects only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(new Date())).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });

  it('checkFields reports unknown keys and bad values with their paths, skipping undefined', () => {
    const problems: Problem[] = [];
    checkFields({ a: 0, b: undefined, c: 1 }, { a: integerIn(1, 2), b: integerIn(1, 2) }, ['root'], problems);
    expect(problems).toEqual([
      { kind: 'invalid', path: ['root', 'a'], expected: 'an integer from 1 to 2', value: 0 },
      { kind: 'unknown', path: ['root', 'c'], known: ['a', 'b'] },
    ]);
  });
});

describe('checks at their edges', () => {
  it('numberIn accepts both bounds and refuses just past them', () => {
    const num = numberIn(0, 1);
    expect([num(0), num(1)]).toEqual([undefined, undefined]);
    expect([num(-0.001), num(1.001), num(Number.NaN)]).toEqual(Array(3).fill('a number from 0 to 1'));
  });

  it('numberIn refuses infinities even when the range is unbounded', () => {
    const any = numberIn(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(any(-1e308)).toBeUndefined();
    expect([any(Number.POSITIVE_INFINITY), any(Number.NEGATIVE_INFINITY)]).toEqual(
      Array(2).fill('a number from -Infinity to Infinity'),
    );
  });

  it('numberIn and integerIn refuse numeric strings, which compare like numbers', () => {
    expect(numberIn(0, 1)('0.5')).toBe('a number from 0 to 1');
    expect(integerIn(1, 20)('3')).toBe('an integer from 1 to 20');
  });

  it('oneOf refuses a non-string, however it prints', () => {
    const check = oneOf(['full', 'none']);
    expect([check('full'), check('none')]).toEqual([undefined, undefined]);
    expect([check(['full']), check('half')]).toEqual(Array(2).fill("one of 'full', 'none'"));
  });

  it('isReason accepts 1 and 200 characters, and refuses 201, line breaks and string-like values', () => {
    expect([isReason('a'), isReason('r'.repeat(200))]).toEqual([undefined, undefined]);
    const expected = 'a one-line string of 1 to 200 characters';
    expect([
      isReason('r'.repeat(201)),
      isReason('a\nb'),
      isReason('a\rb'),
      isReason(['a']),
      isReason({ length: 3 }),
    ]).toEqual(Array(5).fill(expected));
  });

  it('isPlainObject refuses a function even without a prototype', () => {
    const bare = Object.setPrototypeOf(() => {}, null);
    expect(isPlainObject(bare)).toBe(false);
    expect(isPlainObject('text')).toBe(false);
  });
});
