import { describe, expect, it } from 'vitest';
import { createGmeError } from './gme-error.js';

function causeInJson(cause: unknown): unknown {
  return createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', cause }).toJSON().cause;
}

function hasCauseInJson(cause: unknown): boolean {
  return Object.hasOwn(
    createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', cause }).toJSON(),
    'cause',
  );
}

describe('GmeError.toJSON cause', () => {
  it('leaves out a cause that is a function or a symbol', () => {
    expect(hasCauseInJson(() => 1)).toBe(false);
    expect(hasCauseInJson(Symbol('raw'))).toBe(false);
  });

  it('keeps null and plain values as they are, and turns a bigint into its digits', () => {
    expect(causeInJson(null)).toBeNull();
    expect(causeInJson('net down')).toBe('net down');
    expect(causeInJson(7004)).toBe(7004);
    expect(causeInJson(12345678901234567890n)).toBe('12345678901234567890');
  });

  it('drops functions, symbols and undefined from objects, keeping null', () => {
    const json = causeInJson({ a: 1, gone: undefined, fn: () => 1, sym: Symbol('s'), nothing: null });
    expect(json).toStrictEqual({ a: 1, nothing: null });
    expect(Object.keys(json as object)).toEqual(['a', 'nothing']);
  });

  it('turns errors into their name and message', () => {
    expect(causeInJson(new TypeError('bad arg'))).toStrictEqual({ name: 'TypeError', message: 'bad arg' });
    expect(causeInJson({ inner: new RangeError('too big') })).toStrictEqual({
      inner: { name: 'RangeError', message: 'too big' },
    });
  });

  it('keeps arrays as arrays, with null where an item cannot be serialised', () => {
    expect(causeInJson([1, 'two', undefined, () => 3, { n: 4 }, 0])).toStrictEqual([
      1,
      'two',
      null,
      null,
      { n: 4 },
      0,
    ]);
  });

  it('keeps at most 50 array items and 50 object keys', () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    expect(causeInJson(items)).toStrictEqual(items.slice(0, 50));
    const wide = Object.fromEntries(items.map((i) => [`k${i}`, i]));
    expect(Object.keys(causeInJson(wide) as object)).toEqual(items.slice(0, 50).map((i) => `k${i}`));
  });

  it('replaces whatever lies deeper than four levels with [deep]', () => {
    expect(causeInJson({ a: { b: { c: { d: { e: { f: 1 } } } } } })).toStrictEqual({
      a: { b: { c: { d: { e: '[deep]' } } } },
    });
    expect(causeInJson([[[[[[1]]]]]])).toStrictEqual([[[[['[deep]']]]]]);
    expect(causeInJson({ a: { b: { c: { d: 1 } } } })).toStrictEqual({ a: { b: { c: { d: 1 } } } });
  });
});
