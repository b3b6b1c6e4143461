import { describe, expect, it } from 'vitest';
import type { ParsedPayload } from '../sdk/parse-payload.js';
import { REDACTED, SecretRedactor } from './secret-redactor.js';

const SECRET = 'sek-ret-1234';

function redactor(...secrets: unknown[]): SecretRedactor {
  const r = new SecretRedactor();
  for (const s of secrets) r.add(s);
  return r;
}

/** `levels` plain objects wrapped around `leaf`. */
function nest(levels: number, leaf: unknown, wrap: (v: unknown) => unknown = (v) => ({ x: v })): unknown {
  let v = leaf;
  for (let i = 0; i < levels; i++) v = wrap(v);
  return v;
}

const descriptor = (value: unknown, enumerable: boolean) => ({
  value,
  enumerable,
  writable: true,
  configurable: true,
});

describe('SecretRedactor: remembering buffers', () => {
  it('starts with no buffer known', () => {
    const r = new SecretRedactor();
    expect(r.active).toBe(false);
    expect(r.holds('Stryker was here')).toBe(false);
    expect(r.text('Stryker was here')).toBe('Stryker was here');
  });

  it('ignores values that are not non-empty strings', () => {
    for (const v of [123, '', undefined, null, ['x']]) expect(redactor(v).active).toBe(false);
    expect(redactor('x').active).toBe(true);
  });

  it('keeps every distinct buffer it was given, not only the last', () => {
    const r = redactor('first-secret', 'second-secret');
    expect(r.holds('a first-secret b')).toBe(true);
    expect(r.holds('a second-secret b')).toBe(true);
    expect(r.holds('nothing here')).toBe(false);
  });

  it('remembers the last 64 distinct buffers and forgets older ones', () => {
    const r = redactor('oldest');
    for (let i = 0; i < 64; i++) r.add(`s${i}-`);
    expect(r.holds('oldest')).toBe(false);
    expect(r.holds('s0-')).toBe(true);
    expect(r.holds('s63-')).toBe(true);
  });

  it('keeps 64 buffers with no gaps: nothing stands for "undefined"', () => {
    const r = redactor('a-secret');
    expect(r.holds('an undefined value')).toBe(false);
    expect(r.text('undefined')).toBe('undefined');
    r.add('another-one');
    expect(r.text('undefined a-secret')).toBe(`undefined ${REDACTED}`);
  });

  it('counts a buffer added again once, moving it to the front', () => {
    // 'old' stays the 64th when the repeated adds take no slot of their own.
    const r = redactor('old', 'a', 'a');
    for (let i = 0; i < 62; i++) r.add(`n${i}-`);
    expect(r.holds('old')).toBe(true);
    const s = redactor('old', 'a', 'b', 'a');
    for (let i = 0; i < 61; i++) s.add(`n${i}-`);
    expect(s.holds('old')).toBe(true);
    s.add('one-more');
    expect(s.holds('old')).toBe(false);
    expect(s.holds('b')).toBe(true);
  });
});

describe('SecretRedactor: text', () => {
  it('replaces a buffer inside a longer one as part of the longer one', () => {
    // The shorter buffer was added last, so it comes first in memory.
    const r = redactor('abcdef', 'abc');
    expect(r.text('x abcdef y abc')).toBe(`x ${REDACTED} y ${REDACTED}`);
    const s = redactor('abc', 'abcdef', 'zz');
    expect(s.text('abcdef zz')).toBe(`${REDACTED} ${REDACTED}`);
  });

  it('redacts a single buffer everywhere it occurs', () => {
    expect(redactor(SECRET).text(`${SECRET}/${SECRET}`)).toBe(`${REDACTED}/${REDACTED}`);
  });
});

describe('SecretRedactor: value', () => {
  it('returns values untouched, unread, while no buffer is known', () => {
    const hostile = {
      get bad(): never {
        throw new Error('read');
      },
    };
    expect(new SecretRedactor().value(hostile)).toBe(hostile);
    expect(new SecretRedactor().value({ s: SECRET })).toEqual({ s: SECRET });
  });

  it('redacts strings and leaves other primitives alone', () => {
    const r = redactor(SECRET);
    expect(r.value(`id=${SECRET}`)).toBe(`id=${REDACTED}`);
    const input = { a: null, b: undefined, c: 5, d: true, e: `x${SECRET}` };
    expect(r.value(input)).toEqual({ a: null, b: undefined, c: 5, d: true, e: `x${REDACTED}` });
  });

  it('returns the same reference when nothing holds a buffer', () => {
    const r = redactor(SECRET);
    const obj = { a: 'plain', b: [1, 'two'], c: { d: null } };
    expect(r.value(obj)).toBe(obj);
    const arr = ['plain', { a: 1 }, null, undefined];
    expect(r.value(arr)).toBe(arr);
  });

  it('copies an array holding a buffer, leaving the input as it was', () => {
    const r = redactor(SECRET);
    const arr = ['keep', SECRET, 3];
    const out = r.value(arr);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toEqual(['keep', REDACTED, 3]);
    expect(arr).toEqual(['keep', SECRET, 3]);
    expect(Object.isFrozen(out)).toBe(false);
    const frozen = Object.freeze([SECRET]);
    const fout = r.value(frozen);
    expect(fout).toEqual([REDACTED]);
    expect(Object.isFrozen(fout)).toBe(true);
  });

  it('copies an object holding a buffer with its prototype and every own key', () => {
    class Box {
      constructor(
        readonly keep: number,
        readonly s: string,
      ) {}
    }
    const r = redactor(SECRET);
    const input = new Box(1, SECRET);
    const out = r.value(input);
    expect(out).not.toBe(input);
    expect(Object.getPrototypeOf(out)).toBe(Box.prototype);
    expect(Object.keys(out)).toEqual(['keep', 's']);
    expect(Object.getOwnPropertyDescriptor(out, 'keep')).toEqual(descriptor(1, true));
    expect(Object.getOwnPropertyDescriptor(out, 's')).toEqual(descriptor(REDACTED, true));
    expect(input.s).toBe(SECRET);
    expect(Object.isFrozen(out)).toBe(false);
    expect(Object.isFrozen(r.value(Object.freeze({ s: SECRET })))).toBe(true);
  });

  it('keeps a __proto__ key an own key', () => {
    const r = redactor(SECRET);
    const input = JSON.parse(`{"__proto__":"${SECRET}","k":1}`) as Record<string, unknown>;
    const out = r.value(input);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')).toEqual(descriptor(REDACTED, true));
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('walks objects and arrays six levels deep, no deeper', () => {
    const r = redactor(SECRET);
    expect(r.value(nest(7, SECRET))).toEqual(nest(7, REDACTED));
    const deep = nest(8, SECRET);
    expect(r.value(deep)).toBe(deep);
    const arrays = (v: unknown) => [v];
    expect(r.value(nest(7, SECRET, arrays))).toEqual(nest(7, REDACTED, arrays));
    const deepArrays = nest(8, SECRET, arrays);
    expect(r.value(deepArrays)).toBe(deepArrays);
  });

  it('replaces a value that throws when read by "[unreadable]"', () => {
    const r = redactor(SECRET);
    const inner = {
      get bad(): never {
        throw new Error('read');
      },
    };
    expect(r.value({ inner, s: SECRET })).toEqual({ inner: '[unreadable]', s: REDACTED });
  });
});

describe('SecretRedactor: errors', () => {
  it('returns an Error that holds no buffer as it is', () => {
    const r = redactor(SECRET);
    const e = new TypeError('plain');
    expect(r.value(e)).toBe(e);
    const noStack = new Error('plain');
    Object.defineProperty(noStack, 'stack', { value: undefined });
    expect(r.value(noStack)).toBe(noStack);
  });

  it('copies an Error whose message holds a buffer', () => {
    const r = redactor(SECRET);
    const e = new TypeError(`bad ${SECRET}`);
    e.stack = 'custom stack';
    const out = r.value(e);
    expect(out).not.toBe(e);
    expect(out).toBeInstanceOf(Error);
    expect(out.message).toBe(`bad ${REDACTED}`);
    expect(Object.getOwnPropertyDescriptor(out, 'name')).toEqual(descriptor('TypeError', false));
    expect(Object.getOwnPropertyDescriptor(out, 'stack')).toEqual(descriptor('custom stack', false));
  });

  it('copies an Error whose name or stack alone holds a buffer', () => {
    const r = redactor(SECRET);
    const named = new Error('plain');
    named.name = `N${SECRET}`;
    named.stack = 'stack';
    const out = r.value(named);
    expect(out.name).toBe(`N${REDACTED}`);
    expect(out.stack).toBe('stack');
    const stacked = new Error('plain');
    stacked.stack = `Error: plain\n    at ${SECRET}`;
    const s = r.value(stacked);
    expect(s).not.toBe(stacked);
    expect(s.stack).toBe(`Error: plain\n    at ${REDACTED}`);
    expect(s.name).toBe('Error');
  });

  it('gives a copy without a string stack a "name: message" stack', () => {
    const r = redactor(SECRET);
    for (const stack of [undefined, 42]) {
      const e = new RangeError(`m ${SECRET}`);
      Object.defineProperty(e, 'stack', { value: stack, configurable: true });
      const out = r.value(e);
      expect(out.stack).toBe(`RangeError: m ${REDACTED}`);
    }
  });

  it('redacts an Error nested in an object', () => {
    const r = redactor(SECRET);
    const out = r.value({ cause: new Error(SECRET) });
    expect(out.cause).toBeInstanceOf(Error);
    expect(out.cause.message).toBe(REDACTED);
  });
});

describe('SecretRedactor: payload', () => {
  const base = (over: Partial<ParsedPayload>): ParsedPayload =>
    Object.freeze({ result: 7, malformed: false, data: Object.freeze({ a: 'plain' }), ...over });

  it('returns the same payload, unread, while no buffer is known', () => {
    const hostile = base({
      data: {
        get bad(): never {
          throw new Error('read');
        },
      },
    });
    expect(new SecretRedactor().payload(hostile)).toBe(hostile);
  });

  it('returns the same payload when neither data nor a string field holds a buffer', () => {
    const r = redactor(SECRET);
    const p = base({ text: 'hello', fileId: 'id' });
    expect(r.payload(p)).toBe(p);
    const bare = base({});
    expect(r.payload(bare)).toBe(bare);
  });

  it('copies a payload whose data alone holds a buffer', () => {
    const r = redactor(SECRET);
    const p = base({ data: Object.freeze({ a: SECRET }), errorInfo: 'info' });
    const out = r.payload(p);
    expect(out).toEqual({ result: 7, errorInfo: 'info', malformed: false, data: { a: REDACTED } });
    expect(Object.isFrozen(out)).toBe(true);
    expect('filePath' in out).toBe(false);
  });

  it('copies a payload whose one string field holds a buffer, redacting each field', () => {
    const r = redactor(SECRET);
    const p = base({ errorInfo: `e ${SECRET}`, result: 0, malformed: true });
    expect(r.payload(p)).toEqual({
      result: 0,
      errorInfo: `e ${REDACTED}`,
      malformed: true,
      data: { a: 'plain' },
    });
    const q = base({ filePath: '/p', fileId: 'f', text: `t ${SECRET}` });
    expect(r.payload(q)).toEqual({
      result: 7,
      filePath: '/p',
      fileId: 'f',
      text: `t ${REDACTED}`,
      malformed: false,
      data: { a: 'plain' },
    });
  });
});
