import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, catalogEntry, KNOWN_CODES } from './catalog.js';
import { type DescribeCodeOptions, describeCode, isKnownCode } from './describe-code.js';

const revoked = (() => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
})();

const hostile = new Proxy(
  {},
  {
    get() {
      throw new Error('trap');
    },
    has() {
      throw new Error('trap');
    },
    ownKeys() {
      throw new Error('trap');
    },
    getPrototypeOf() {
      throw new Error('trap');
    },
  },
);

describe('describeCode for known codes', () => {
  it('describes 7004 in English by default, following gme-2022', () => {
    expect(describeCode(7004)).toEqual({
      code: 7004,
      known: true,
      name: 'AV_ERR_NET_REQUEST_FALLED',
      aliases: [],
      category: 'general',
      table: 'gme-2022',
      inTable: true,
      locale: 'en',
      ...catalogEntry(7004)?.en,
    });
  });

  it('describes 1001 in Korean with its Korean texts and aliases', () => {
    const d = describeCode(1001, { locale: 'ko' });
    expect(d).toMatchObject({ name: 'AV_ERR_REPEATED_OPERATION', category: 'client', locale: 'ko' });
    expect(d.aliases).toEqual(['AV_ERR_REPETITIVE_OPERATION']);
    expect(d.summary).toBe(catalogEntry(1001)?.ko.summary);
    expect(d.action).toBe(catalogEntry(1001)?.ko.action);
  });

  it('uses the VOICE_ name of 4097 with table gme-2023, keeping the 2022 name as an alias', () => {
    const d = describeCode(4097, { table: 'gme-2023' });
    expect(d).toMatchObject({ name: 'VOICE_RECORDER_PARAM_NULL', category: 'recorder', inTable: true });
    expect(d.aliases).toEqual(['QAVPTTERROR_RECORDER_PARAM_NULL']);
    expect(d.summary).toBe(catalogEntry(4097)?.en.summary);
    expect(describeCode(4097).name).toBe('QAVPTTERROR_RECORDER_PARAM_NULL');
  });

  it('uses the 2023 texts of 10003 and 10004 with table gme-2023', () => {
    const removed = describeCode(10003, { table: 'gme-2023', locale: 'ko' });
    expect(removed.name).toBe('AV_ERR_SERVER_NO_PERMISSION');
    expect(removed.summary).toBe(catalogEntry(10003)?.in2023?.ko?.summary);
    expect(removed.summary).not.toBe(describeCode(10003, { locale: 'ko' }).summary);
    const address = describeCode(10004, { table: 'gme-2023' });
    expect(address.name).toBe('AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL');
    expect(address.cause).toBe(catalogEntry(10004)?.in2023?.en?.cause);
    expect(address.aliases).toEqual(['AV_ERR_SERVER_TIMEOUT']);
  });

  it('marks 1008 as known but not in gme-2023', () => {
    const d = describeCode(1008, { table: 'gme-2023' });
    expect(d).toMatchObject({
      known: true,
      inTable: false,
      name: 'AV_ERR_RESOURCE_IS_OCCUPIED',
      table: 'gme-2023',
    });
    expect(describeCode(1008).inTable).toBe(true);
  });

  it('marks the 2023-only 4001 as known but not in gme-2022', () => {
    expect(describeCode(4001)).toMatchObject({
      known: true,
      inTable: false,
      name: 'AV_ERR_ACC_OPENFILE_FAILED',
      category: 'accompaniment',
    });
  });

  it('describes 0 as AV_OK', () => {
    expect(describeCode(0)).toMatchObject({ known: true, name: 'AV_OK', summary: 'Success.' });
    expect(describeCode(-0).code).toBe(0);
  });

  it.each([
    ['7004', 7004],
    [' 7004 ', 7004],
    ['\t7004\n', 7004],
    ['007004', 7004],
    ['0x50012', 327698],
    ['0X1B5C', 7004],
    ['0', 0],
  ])('accepts the integer string %j as %i', (input, code) => {
    expect(describeCode(input)).toBe(describeCode(code));
    expect(describeCode(input).known).toBe(true);
  });

  it('returns the same frozen object for repeated lookups', () => {
    const d = describeCode(7006, { locale: 'ko', table: 'gme-2023' });
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.aliases)).toBe(true);
    expect(describeCode(7006, { locale: 'ko', table: 'gme-2023' })).toBe(d);
  });
});

describe('describeCode for anything else', () => {
  it.each<[string, unknown]>([
    ['-1', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['7004.5', 7004.5],
    ['99999', 99999],
    ['"abc"', 'abc'],
    ['""', ''],
    ['"7004.0"', '7004.0'],
    ['"+7004"', '+7004'],
    ['"7e3"', '7e3'],
    ['"0x"', '0x'],
    ['null', null],
    ['undefined', undefined],
    ['{}', {}],
    ['[7004]', [7004]],
    ['Symbol()', Symbol()],
    ['10n', 10n],
    ['7004n', 7004n],
    ['true', true],
    ['a function', () => 7004],
    ['new Number(7004)', Object(7004)],
    ['a revoked proxy', revoked],
    ['a hostile proxy', hostile],
  ])('gives the unknown description for %s', (_label, input) => {
    const d = describeCode(input);
    expect(d).toMatchObject({
      known: false,
      name: 'UNKNOWN_CODE',
      aliases: [],
      category: 'unknown',
      table: 'gme-2022',
      inTable: false,
      locale: 'en',
    });
    expect(d.summary).toMatch(/^Unknown GME code .+\.$/);
    expect(Object.isFrozen(d)).toBe(true);
  });

  it.each<[unknown, number]>([
    [99999, 99999],
    [-1, -1],
    [7004.5, 7004.5],
    ['99999', 99999],
    ['0xFFFFFF', 0xffffff],
  ])('keeps the finite number of %j as its code', (input, code) => {
    expect(describeCode(input).code).toBe(code);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 'abc', null, {}, 10n])(
    'sets code to NaN for %s',
    (input) => {
      expect(describeCode(input).code).toBeNaN();
    },
  );

  it('echoes the value in the summary, in both locales', () => {
    expect(describeCode(99999).summary).toBe('Unknown GME code 99999.');
    expect(describeCode(99999, { locale: 'ko' }).summary).toBe('알 수 없는 GME 코드입니다: 99999.');
    expect(describeCode('abc').summary).toBe('Unknown GME code "abc".');
    expect(describeCode(10n).summary).toBe('Unknown GME code 10n.');
    expect(describeCode(Symbol('s')).summary).toBe('Unknown GME code a symbol.');
    expect(describeCode(null, { locale: 'ko' }).summary).toBe('알 수 없는 GME 코드입니다: null.');
  });

  it('explains why a non-integer cannot be a code and an unlisted integer is unknown', () => {
    expect(describeCode('abc').cause).toMatch(/cannot be read as an integer/);
    expect(describeCode(7004.5).cause).toMatch(/cannot be read as an integer/);
    expect(describeCode(99999).cause).toMatch(/No GME error table/);
  });

  it('does not echo long strings, which might be secrets passed by mistake', () => {
    const secret = 'A'.repeat(200);
    const d = describeCode(secret);
    expect(d.summary).not.toContain(secret.slice(0, 40));
    expect(d.summary).toBe('Unknown GME code a string of 200 characters.');
  });
});

describe('describeCode options', () => {
  it.each<[string, unknown]>([
    ['an unknown locale and table', { locale: 'fr', table: 'gme-2099' }],
    ['explicit undefined values', { locale: undefined, table: undefined }],
    ['null', null],
    ['a string', 'ko'],
    ['a number', 42],
    ['a revoked proxy', revoked],
    ['a hostile proxy', hostile],
  ])('falls back to English and gme-2022 for %s', (_label, options) => {
    const d = describeCode(4097, options as DescribeCodeOptions);
    expect(d).toMatchObject({ locale: 'en', table: 'gme-2022', name: 'QAVPTTERROR_RECORDER_PARAM_NULL' });
  });

  it('does not modify the options object', () => {
    const options = Object.freeze({ locale: 'ko', table: 'gme-2023' } as const);
    expect(describeCode(4097, options).locale).toBe('ko');
    expect(options).toEqual({ locale: 'ko', table: 'gme-2023' });
  });
});

describe('describeCode properties', () => {
  it('never throws and always returns a non-empty summary, whatever the input and options', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true }),
        fc.anything(),
        (code, options) => {
          const d = describeCode(code, options as DescribeCodeOptions);
          expect(typeof d.summary).toBe('string');
          expect(d.summary.length).toBeGreaterThan(0);
          expect(d.known).toBe(d.name !== 'UNKNOWN_CODE');
          if (d.known) expect(KNOWN_CODES.has(d.code)).toBe(true);
        },
      ),
    );
  });

  it('describes an integer as known exactly when the catalog has it, keeping it as the code', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constantFrom(...KNOWN_CODES)), (code) => {
        const d = describeCode(code);
        expect(d.known).toBe(KNOWN_CODES.has(code));
        expect(d.code).toBe(code);
        expect(describeCode(String(code))).toEqual(d);
      }),
    );
  });

  it('gives every catalog code its own name and category in both tables and locales', () => {
    for (const entry of catalog) {
      for (const table of ['gme-2022', 'gme-2023'] as const) {
        for (const locale of ['en', 'ko'] as const) {
          const d = describeCode(entry.code, { table, locale });
          expect(d.category).toBe(entry.category);
          expect(d.inTable).toBe(entry.tables.includes(table));
          expect(d.name).toBe(table === 'gme-2023' ? (entry.in2023?.name ?? entry.name) : entry.name);
        }
      }
    }
  });
});

describe('isKnownCode', () => {
  it('accepts numbers the catalog lists and nothing else', () => {
    expect(isKnownCode(7004)).toBe(true);
    expect(isKnownCode(0)).toBe(true);
    expect(isKnownCode(327698)).toBe(true);
    expect(isKnownCode(99999)).toBe(false);
    expect(isKnownCode('7004')).toBe(false);
    expect(isKnownCode(Number.NaN)).toBe(false);
    expect(isKnownCode(7004n)).toBe(false);
  });
});
