import { describe, expectTypeOf, it } from 'vitest';
import {
  type CatalogEntry,
  catalog,
  catalogEntry,
  type GmeCode,
  type GmeCodeName,
  KNOWN_CODES,
  type NameOfCode,
} from './catalog.js';
import {
  type CodeDescription,
  type DescribeCodeOptions,
  describeCode,
  isKnownCode,
} from './describe-code.js';

describe('GmeCode', () => {
  it('is a union of the catalog literals', () => {
    expectTypeOf<7004>().toExtend<GmeCode>();
    expectTypeOf<0>().toExtend<GmeCode>();
    expectTypeOf<327698>().toExtend<GmeCode>();
    expectTypeOf<99999>().not.toExtend<GmeCode>();
    expectTypeOf<7008>().not.toExtend<GmeCode>();
    expectTypeOf<number>().not.toExtend<GmeCode>();
    expectTypeOf<GmeCode>().toEqualTypeOf<(typeof catalog)[number]['code']>();
  });
});

describe('GmeCodeName', () => {
  it('holds primary and 2023 names, and nothing else', () => {
    expectTypeOf<'AV_ERR_NET_REQUEST_FALLED'>().toExtend<GmeCodeName>();
    expectTypeOf<'VOICE_RECORDER_PARAM_NULL'>().toExtend<GmeCodeName>();
    expectTypeOf<'AV_ERR_ACC_OPENFILE_FAILED'>().toExtend<GmeCodeName>();
    expectTypeOf<'AV_ERR_NET_REQUEST_FAILED'>().not.toExtend<GmeCodeName>();
    expectTypeOf<string>().not.toExtend<GmeCodeName>();
  });
});

describe('NameOfCode', () => {
  it('gives the primary name of a code the 2023 table did not rename', () => {
    expectTypeOf<NameOfCode<7006>>().toEqualTypeOf<'AV_ERR_AUTH_FIALD'>();
    expectTypeOf<NameOfCode<0>>().toEqualTypeOf<'AV_OK'>();
    expectTypeOf<NameOfCode<10003>>().toEqualTypeOf<'AV_ERR_SERVER_NO_PERMISSION'>();
  });

  it('adds the 2023 name when there is one', () => {
    expectTypeOf<NameOfCode<4097>>().toEqualTypeOf<
      'QAVPTTERROR_RECORDER_PARAM_NULL' | 'VOICE_RECORDER_PARAM_NULL'
    >();
    expectTypeOf<NameOfCode<10004>>().toEqualTypeOf<
      'AV_ERR_SERVER_TIMEOUT' | 'AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL'
    >();
  });

  it('distributes over a union of codes', () => {
    expectTypeOf<NameOfCode<7004 | 327698>>().toEqualTypeOf<
      'AV_ERR_NET_REQUEST_FALLED' | 'VOICE_ERR_VOICE_STREAMING_ASR_ERROR'
    >();
  });

  it('rejects codes the catalog does not know', () => {
    // @ts-expect-error 99999 is not a GmeCode
    type Unknown = NameOfCode<99999>;
    expectTypeOf<Unknown>().toBeNever();
  });
});

describe('lookups', () => {
  it('types lookups and guards', () => {
    expectTypeOf(catalogEntry).parameter(0).toEqualTypeOf<number>();
    expectTypeOf(catalogEntry).returns.toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(KNOWN_CODES).toEqualTypeOf<ReadonlySet<number>>();
    expectTypeOf(catalog[0]?.in2023).toExtend<CatalogEntry['in2023']>();

    const value: unknown = 7004;
    if (isKnownCode(value)) expectTypeOf(value).toEqualTypeOf<GmeCode>();
  });

  it('types describeCode', () => {
    expectTypeOf(describeCode).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(describeCode).returns.toEqualTypeOf<CodeDescription>();
    expectTypeOf<{ locale: 'ko'; table: 'gme-2023' }>().toExtend<DescribeCodeOptions>();
    expectTypeOf<{ locale: 'fr' }>().not.toExtend<DescribeCodeOptions>();
    expectTypeOf<{ locale: undefined }>().not.toExtend<DescribeCodeOptions>();
  });
});
