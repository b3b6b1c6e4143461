import { describe, expect, it } from 'vitest';
import { describeCode } from '../codes/describe-code.js';
import { createGmeError, type GmeError, isGmeError, withErrorFields } from './gme-error.js';

const BRAND = Symbol.for('gme-result.GmeError');
/** A patch as plain JavaScript may pass it, with fields set to undefined. */
type Patch = Parameters<typeof withErrorFields>[1];

describe('GmeError fields', () => {
  it('lists its own fields as enumerable keys, in a fixed order, and nothing else', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 2 });
    expect(Object.keys(e)).toEqual([
      'name',
      'code',
      'category',
      'operation',
      'attempts',
      'source',
      'budgetExhausted',
      'circuitOpen',
    ]);
    expect({ ...e }).toEqual({
      name: 'AV_ERR_NET_REQUEST_FALLED',
      code: 7004,
      category: 'general',
      operation: 'enterRoom',
      attempts: 2,
      source: 'sdk',
      budgetExhausted: false,
      circuitOpen: false,
    });
  });

  it('has no own cause when none is given, and none in its JSON', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk' });
    expect(Object.hasOwn(e, 'cause')).toBe(false);
    expect(Object.hasOwn(e.toJSON(), 'cause')).toBe(false);
  });

  it('keeps a given cause as a read-only, non-enumerable field', () => {
    const cause = { result: 7004 };
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', cause });
    expect(Object.getOwnPropertyDescriptor(e, 'cause')).toEqual({
      value: cause,
      writable: false,
      enumerable: false,
      configurable: false,
    });
  });

  it('builds the message from the operation, the code, the catalog summary and action', () => {
    const d = describeCode(7004);
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk' });
    expect(e.message).toBe(`enterRoom failed with 7004 AV_ERR_NET_REQUEST_FALLED: ${d.summary} ${d.action}`);
    const withDetail = createGmeError({
      code: 7004,
      operation: 'enterRoom',
      source: 'sdk',
      detail: 'Try later.',
    });
    expect(withDetail.message).toBe(
      `enterRoom failed with 7004 AV_ERR_NET_REQUEST_FALLED: ${d.summary} Try later. ${d.action}`,
    );
  });
});

describe('isGmeError', () => {
  const lookAlike = {
    [BRAND]: true,
    code: 7004,
    name: 'AV_ERR_NET_REQUEST_FALLED',
    operation: 'enterRoom',
    source: 'sdk',
  };

  it('accepts a branded object whose source is sdk or client', () => {
    expect(isGmeError(lookAlike)).toBe(true);
    expect(isGmeError({ ...lookAlike, source: 'client' })).toBe(true);
  });

  it('rejects undefined and other primitives without throwing', () => {
    expect(isGmeError(undefined)).toBe(false);
    expect(isGmeError('AV_ERR_TIMEOUT')).toBe(false);
  });

  it('rejects a branded object when one field has the wrong shape', () => {
    expect(isGmeError({ ...lookAlike, code: '7004' })).toBe(false);
    expect(isGmeError({ ...lookAlike, name: 7004 })).toBe(false);
    expect(isGmeError({ ...lookAlike, operation: undefined })).toBe(false);
    expect(isGmeError({ ...lookAlike, source: 'server' })).toBe(false);
    expect(isGmeError({ ...lookAlike, [BRAND]: 'yes' })).toBe(false);
  });
});

describe('withErrorFields', () => {
  it('ignores a patch field set to undefined', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 2 });
    const copy = withErrorFields(e, { attempts: undefined, circuitOpen: true } as unknown as Patch);
    expect(copy.attempts).toBe(2);
    expect(copy.circuitOpen).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, 'attempts')).toEqual(
      Object.getOwnPropertyDescriptor(e, 'attempts'),
    );
  });

  it('adds patched fields a foreign error lacks, after its own keys, and skips undefined ones', () => {
    const foreign = {
      [BRAND]: true,
      code: 7004,
      name: 'AV_ERR_NET_REQUEST_FALLED',
      operation: 'enterRoom',
      source: 'sdk',
    } as unknown as GmeError;
    const copy = withErrorFields(foreign, {
      attempts: 4,
      budgetExhausted: true,
      circuitOpen: undefined,
    } as unknown as Patch);
    expect(Object.keys(copy)).toEqual([...Object.keys(foreign), 'attempts', 'budgetExhausted']);
    expect(isGmeError(copy)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, 'attempts')).toEqual({
      value: 4,
      writable: false,
      enumerable: true,
      configurable: false,
    });
    expect(Object.getOwnPropertyDescriptor(copy, 'budgetExhausted')).toEqual({
      value: true,
      writable: false,
      enumerable: true,
      configurable: false,
    });
    expect(Object.hasOwn(copy, 'circuitOpen')).toBe(false);
    expect(Object.hasOwn(foreign, 'attempts')).toBe(false);
  });
});
