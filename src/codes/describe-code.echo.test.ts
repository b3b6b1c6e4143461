import { describe, expect, it } from 'vitest';
import { catalogEntry } from './catalog.js';
import { describeCode } from './describe-code.js';

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
})();

const EN_NUMERIC_CAUSE =
  'No GME error table known to this library lists this value; it may come from a newer or older SDK.';
const EN_NOT_INTEGER_CAUSE = 'The value cannot be read as an integer, so it cannot be a GME code.';
const EN_ACTION =
  'Check which SDK generation you use, and look the value up in its documentation and the SDK log.';
const KO_NUMERIC_CAUSE =
  '이 라이브러리가 아는 어떤 GME 오류 코드 표에도 없는 값입니다. 더 새롭거나 오래된 SDK의 코드일 수 있습니다.';
const KO_NOT_INTEGER_CAUSE = '정수로 읽을 수 없는 값이라 GME 코드가 될 수 없습니다.';
const KO_ACTION = '사용하는 SDK 세대를 확인하고, 그 세대의 문서와 SDK 로그에서 이 값을 찾아보세요.';

describe('describeCode texts for unknown values', () => {
  it('explains an unlisted integer in English', () => {
    expect(describeCode(99999)).toMatchObject({
      summary: 'Unknown GME code 99999.',
      cause: EN_NUMERIC_CAUSE,
      action: EN_ACTION,
    });
  });

  it('explains a non-integer in English', () => {
    expect(describeCode('abc')).toMatchObject({
      summary: 'Unknown GME code "abc".',
      cause: EN_NOT_INTEGER_CAUSE,
      action: EN_ACTION,
    });
  });

  it('explains an unlisted integer in Korean', () => {
    expect(describeCode(99999, { locale: 'ko' })).toMatchObject({
      summary: '알 수 없는 GME 코드입니다: 99999.',
      cause: KO_NUMERIC_CAUSE,
      action: KO_ACTION,
    });
  });

  it('explains a non-integer in Korean', () => {
    expect(describeCode(1.5, { locale: 'ko', table: 'gme-2023' })).toEqual({
      code: 1.5,
      known: false,
      name: 'UNKNOWN_CODE',
      aliases: [],
      category: 'unknown',
      table: 'gme-2023',
      inTable: false,
      locale: 'ko',
      summary: '알 수 없는 GME 코드입니다: 1.5.',
      cause: KO_NOT_INTEGER_CAUSE,
      action: KO_ACTION,
    });
  });
});

describe('describeCode echo of an unknown value in the summary', () => {
  it.each<[string, unknown, string, string]>([
    ['true', true, 'true', 'true'],
    ['false', false, 'false', 'false'],
    ['undefined', undefined, 'undefined', 'undefined'],
    ['null', null, 'null', 'null'],
    ['a bigint', 12n, '12n', '12n'],
    ['a symbol', Symbol('x'), 'a symbol', '심볼'],
    ['a function', () => 7004, 'a function', '함수'],
    ['an object', { code: 7004 }, 'an object', '객체'],
    ['a boxed number', Object(7004), 'an object', '객체'],
    ['an array', [7004], 'an array', '배열'],
    ['an empty array', [], 'an array', '배열'],
    ['a revoked proxy', revoked, 'an object', '객체'],
  ])('shows %s in both locales without reading it', (_label, input, en, ko) => {
    expect(describeCode(input).summary).toBe(`Unknown GME code ${en}.`);
    expect(describeCode(input, { locale: 'ko' }).summary).toBe(`알 수 없는 GME 코드입니다: ${ko}.`);
  });

  it('shows a non-numeric string trimmed and quoted', () => {
    expect(describeCode('  room 7  ').summary).toBe('Unknown GME code "room 7".');
    expect(describeCode('\tabc\n', { locale: 'ko' }).summary).toBe('알 수 없는 GME 코드입니다: "abc".');
  });

  it('shows a numeric string as the number it spells', () => {
    expect(describeCode(' 99999 ').summary).toBe('Unknown GME code 99999.');
    expect(describeCode('0x1869F').summary).toBe('Unknown GME code 99999.');
  });

  it('echoes a string of up to 32 characters after trimming, and only the length of a longer one', () => {
    const max = 'k'.repeat(32);
    expect(describeCode(`  ${max}  `).summary).toBe(`Unknown GME code "${max}".`);
    expect(describeCode(`${max}k`).summary).toBe('Unknown GME code a string of 33 characters.');
    expect(describeCode(`${max}k`, { locale: 'ko' }).summary).toBe('알 수 없는 GME 코드입니다: 33자 문자열.');
  });
});

describe('describeCode options it reads', () => {
  it('reads options only from an object, not from a function carrying the same properties', () => {
    const options = Object.assign(() => {}, { locale: 'ko', table: 'gme-2023' });
    expect(describeCode(4097, options as never)).toMatchObject({
      locale: 'en',
      table: 'gme-2022',
      name: 'QAVPTTERROR_RECORDER_PARAM_NULL',
    });
  });
});

describe('describeCode aliases', () => {
  it("reuses the catalog's frozen alias list when the name is not renamed", () => {
    const entry = catalogEntry(1001);
    expect(describeCode(1001).aliases).toBe(entry?.aliases);
    expect(describeCode(1001, { table: 'gme-2023', locale: 'ko' }).aliases).toBe(entry?.aliases);
    expect(describeCode(1802, { table: 'gme-2023', locale: 'ko' }).aliases).toBe(catalogEntry(1802)?.aliases);
  });
});
