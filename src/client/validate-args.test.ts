import { describe, expect, it } from 'vitest';
import { describeValue, type ValidationProblem, v } from './validate-args.js';

/** A problem in English, as a client with the default locale shows it. */
const en = (problem: ValidationProblem | undefined): string | undefined => problem?.render('en');

describe('describeValue', () => {
  it('shows a short string quoted, with its length', () => {
    expect(describeValue('lobby')).toBe('"lobby" (5 characters)');
    expect(describeValue('')).toBe('"" (0 characters)');
  });

  it('shows a string of exactly 40 characters whole', () => {
    const forty = 'a'.repeat(40);
    expect(describeValue(forty)).toBe(`"${forty}" (40 characters)`);
  });

  it('cuts a longer string to its first 40 characters and an ellipsis, keeping the full length', () => {
    const long = `${'b'.repeat(40)}SECRET-TAIL`;
    expect(describeValue(long)).toBe(`"${'b'.repeat(40)}…" (51 characters)`);
  });

  it.each<[unknown, string]>([
    [0, '0'],
    [-1.5, '-1.5'],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    [false, 'false'],
    [10n, '10'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1, 2], 'an array'],
    [[], 'an array'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('describes %o as %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });

  it('names the type of an object instead of showing its contents', () => {
    expect(describeValue({ authBuffer: 'secret' })).not.toContain('secret');
    expect(describeValue({ authBuffer: 'secret' })).toBe('an object');
  });
});

describe('v.object', () => {
  const noFields = v.object();

  it.each<[unknown, string]>([
    [null, 'null'],
    [undefined, 'undefined'],
    ['lobby', '"lobby" (5 characters)'],
    [7, '7'],
    [[{ roomId: 'a' }], 'an array'],
  ])('rejects %o as the argument, even without field checks', (args, shown) => {
    expect(en(noFields(args))).toBe(`Expected the argument to be an object, got ${shown}.`);
  });

  it('accepts any object when it has no field checks', () => {
    expect(noFields({})).toBeUndefined();
    expect(noFields({ extra: 1 })).toBeUndefined();
  });

  it('returns the first problem in the order of its checks', () => {
    const check = v.object(v.string('roomId', 1, 127), v.secret('authBuffer'));
    expect(en(check({ roomId: '', authBuffer: '' }))).toBe(
      'Expected `roomId` to be a string of 1 to 127 characters, got "" (0 characters).',
    );
    expect(en(check({ roomId: 'a', authBuffer: '' }))).toBe(
      'Expected `authBuffer` to be a non-empty string, got an empty string.',
    );
    expect(check({ roomId: 'a', authBuffer: 's' })).toBeUndefined();
  });
});

describe('v.string', () => {
  const check = v.object(v.string('roomId', 2, 5));
  const problem = (got: string) => `Expected \`roomId\` to be a string of 2 to 5 characters, got ${got}.`;

  it('accepts lengths from min to max inclusive', () => {
    expect(check({ roomId: 'ab' })).toBeUndefined();
    expect(check({ roomId: 'abcd' })).toBeUndefined();
    expect(check({ roomId: 'abcde' })).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['a', '"a" (1 character)'],
    ['abcdef', '"abcdef" (6 characters)'],
    [12345, '12345'],
    [undefined, 'undefined'],
    [null, 'null'],
  ])('rejects %o, naming the field and the value', (value, shown) => {
    expect(en(check({ roomId: value }))).toBe(problem(shown));
  });

  it('ignores an inherited field, as if it were missing', () => {
    const args = Object.create({ roomId: 'abc' }) as object;
    expect(en(check(args))).toBe(problem('undefined'));
  });
});

describe('v.optionalString', () => {
  const check = v.object(v.optionalString('language', 2, 5));

  it('accepts a missing or undefined field', () => {
    expect(check({})).toBeUndefined();
    expect(check({ language: undefined })).toBeUndefined();
  });

  it('checks a present field like v.string', () => {
    expect(check({ language: 'ko' })).toBeUndefined();
    expect(en(check({ language: 'x' }))).toBe(
      'Expected `language` to be a string of 2 to 5 characters, got "x" (1 character).',
    );
    expect(en(check({ language: null }))).toBe(
      'Expected `language` to be a string of 2 to 5 characters, got null.',
    );
  });
});

describe('v.digits', () => {
  const check = v.object(v.digits('openId'));
  const problem = (got: string) =>
    `Expected \`openId\` to be a string of 1 to 19 digits (GME open ids are Int64 numbers), got ${got}.`;

  it('accepts 1 to 19 decimal digits', () => {
    expect(check({ openId: '0' })).toBeUndefined();
    expect(check({ openId: '10001' })).toBeUndefined();
    expect(check({ openId: '9'.repeat(19) })).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [10001, '10001'],
    ['', '"" (0 characters)'],
    ['x10001', '"x10001" (6 characters)'],
    ['10001x', '"10001x" (6 characters)'],
    ['-1', '"-1" (2 characters)'],
    ['1'.repeat(20), `"${'1'.repeat(20)}" (20 characters)`],
    [undefined, 'undefined'],
  ])('rejects %o, naming the field and the value', (value, shown) => {
    expect(en(check({ openId: value }))).toBe(problem(shown));
  });
});

describe('v.oneOf', () => {
  const check = v.object(v.oneOf('roomType', [1, 2, 3]));

  it('accepts the listed numbers only', () => {
    expect(check({ roomType: 1 })).toBeUndefined();
    expect(check({ roomType: 3 })).toBeUndefined();
    expect(en(check({ roomType: 4 }))).toBe('Expected `roomType` to be one of 1, 2, 3, got 4.');
    expect(en(check({ roomType: '1' }))).toBe(
      'Expected `roomType` to be one of 1, 2, 3, got "1" (1 character).',
    );
  });
});

describe('v.optionalInt', () => {
  const check = v.object(v.optionalInt('voiceType', 2, 64));
  const problem = (got: string) => `Expected \`voiceType\` to be an integer from 2 to 64, got ${got}.`;

  it('accepts a missing field and integers from min to max inclusive', () => {
    expect(check({})).toBeUndefined();
    expect(check({ voiceType: undefined })).toBeUndefined();
    expect(check({ voiceType: 2 })).toBeUndefined();
    expect(check({ voiceType: 30 })).toBeUndefined();
    expect(check({ voiceType: 64 })).toBeUndefined();
  });

  it.each<[unknown, string]>([
    [1, '1'],
    [-1, '-1'],
    [65, '65'],
    [2.5, '2.5'],
    ['8', '"8" (1 character)'],
    [null, 'null'],
    [Number.NaN, 'NaN'],
  ])('rejects %o, naming the field and the value', (value, shown) => {
    expect(en(check({ voiceType: value }))).toBe(problem(shown));
  });
});

describe('v.secret', () => {
  const check = v.object(v.secret('authBuffer'));
  const problem = (got: string) => `Expected \`authBuffer\` to be a non-empty string, got ${got}.`;

  it('accepts any non-empty string', () => {
    expect(check({ authBuffer: 'x' })).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['', 'an empty string'],
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'a value of type number'],
    [{ token: 'abc' }, 'a value of type object'],
    [['abc'], 'a value of type object'],
  ])('rejects %o without showing its contents', (value, got) => {
    expect(en(check({ authBuffer: value }))).toBe(problem(got));
  });

  it('reports a missing field as undefined', () => {
    expect(en(check({}))).toBe(problem('undefined'));
  });
});

describe('describeValue in Korean', () => {
  it.each<[unknown, string]>([
    ['lobby', '"lobby" (5자)'],
    [`${'b'.repeat(40)}SECRET-TAIL`, `"${'b'.repeat(40)}…" (51자)`],
    [7, '7'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1], '배열'],
    [{ authBuffer: 'secret' }, '객체'],
    [() => 1, 'function 값'],
  ])('describes %o as %s', (value, shown) => {
    expect(describeValue(value, 'ko')).toBe(shown);
  });
});

describe('problems in Korean', () => {
  const ko = (problem: ValidationProblem | undefined): string | undefined => problem?.render('ko');

  it.each<[string, ValidationProblem | undefined, string, string]>([
    ['the argument', v.object()('lobby'), '', '인수는 객체여야 합니다. 받은 값: "lobby" (5자).'],
    [
      'a string',
      v.object(v.string('roomId', 1, 127))({ roomId: '' }),
      'roomId',
      '`roomId` 값은 1~127자의 문자열이어야 합니다. 받은 값: "" (0자).',
    ],
    [
      'digits',
      v.object(v.digits('openId'))({ openId: 10001 }),
      'openId',
      '`openId` 값은 1~19자리 숫자로 된 문자열이어야 합니다(GME 오픈 ID는 Int64 정수). 받은 값: 10001.',
    ],
    [
      'one of a list',
      v.object(v.oneOf('roomType', [1, 2, 3]))({ roomType: 4 }),
      'roomType',
      '`roomType` 값은 1, 2, 3 중 하나여야 합니다. 받은 값: 4.',
    ],
    [
      'an integer range',
      v.object(v.optionalInt('voiceType', 0, 64))({ voiceType: 65 }),
      'voiceType',
      '`voiceType` 값은 0~64 사이의 정수여야 합니다. 받은 값: 65.',
    ],
    [
      'an empty secret',
      v.object(v.secret('authBuffer'))({ authBuffer: '' }),
      'authBuffer',
      '`authBuffer` 값은 비어 있지 않은 문자열이어야 합니다. 받은 값: 빈 문자열.',
    ],
    [
      'a secret of the wrong type',
      v.object(v.secret('authBuffer'))({ authBuffer: { token: 'abc' } }),
      'authBuffer',
      '`authBuffer` 값은 비어 있지 않은 문자열이어야 합니다. 받은 값: object 형식의 값.',
    ],
  ])('renders %s, naming the field and the value', (_what, problem, field, text) => {
    expect(problem?.field).toBe(field);
    expect(ko(problem)).toBe(text);
  });

  it('renders the same problem in English and in Korean from one value', () => {
    const problem = v.object(v.string('filePath', 1, 4096))({ filePath: 5 });
    expect(en(problem)).toBe('Expected `filePath` to be a string of 1 to 4096 characters, got 5.');
    expect(ko(problem)).toBe('`filePath` 값은 1~4096자의 문자열이어야 합니다. 받은 값: 5.');
    expect(Object.isFrozen(problem)).toBe(true);
  });
});
