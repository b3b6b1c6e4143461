import { describe, expect, it } from 'vitest';
import { createGmeError, isGmeError, withErrorFields } from './gme-error.js';

describe('GmeError', () => {
  it('takes name, category and message from the catalog in the chosen locale', () => {
    const en = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 3 });
    expect(en).toMatchObject({
      code: 7004,
      name: 'AV_ERR_NET_REQUEST_FALLED',
      operation: 'enterRoom',
      attempts: 3,
      source: 'sdk',
      budgetExhausted: false,
      circuitOpen: false,
    });
    expect(en.category).not.toBe('unknown');
    expect(en.message).toMatch(/^enterRoom failed with 7004 AV_ERR_NET_REQUEST_FALLED: /);
    const ko = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', locale: 'ko' });
    expect(ko.message).toMatch(/^enterRoom 실패 \(7004 AV_ERR_NET_REQUEST_FALLED\): /);
    expect(ko.message).toMatch(/[가-힣]/);
    expect(ko.message).not.toBe(en.message);
  });

  it('names a code no table knows UNKNOWN_CODE and keeps the number', () => {
    const e = createGmeError({ code: 99999, operation: 'call', source: 'sdk' });
    expect(e.name).toBe('UNKNOWN_CODE');
    expect(e.code).toBe(99999);
    expect(e.category).toBe('unknown');
    expect(e.message).toContain('99999');
  });

  it('uses the 2023 name when the client follows that table', () => {
    const e = createGmeError({ code: 4097, operation: 'startRecording', source: 'sdk', table: 'gme-2023' });
    expect(e.name).toMatch(/^VOICE_/);
  });

  it('is recognised by isGmeError without instanceof, and plain look-alikes are not', () => {
    const e = createGmeError({ code: 1005, operation: 'enterRoom', source: 'client' });
    expect(isGmeError(e)).toBe(true);
    expect(e instanceof Error).toBe(true);
    // A copy from "another bundle": same registered brand, different prototype chain.
    const foreign = Object.assign(Object.create(null), {
      [Symbol.for('gme-result.GmeError')]: true,
      code: 1005,
      name: 'AV_ERR_TIMEOUT',
      operation: 'enterRoom',
      source: 'client',
    });
    expect(isGmeError(foreign)).toBe(true);
    expect(isGmeError({ code: 1005, name: 'AV_ERR_TIMEOUT', operation: 'x', source: 'sdk' })).toBe(false);
    expect(isGmeError(new Error('x'))).toBe(false);
    expect(isGmeError(null)).toBe(false);
    expect(isGmeError(7004)).toBe(false);
  });

  it('serialises to a log-safe object through toJSON and JSON.stringify', () => {
    const cause = { result: 7004, error_info: 'net', nested: { fn: () => 1, big: 10n } };
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 2, cause });
    const json = JSON.parse(JSON.stringify(e));
    expect(json).toEqual({
      code: 7004,
      name: 'AV_ERR_NET_REQUEST_FALLED',
      category: e.category,
      operation: 'enterRoom',
      attempts: 2,
      message: e.message,
      source: 'sdk',
      budgetExhausted: false,
      circuitOpen: false,
      cause: { result: 7004, error_info: 'net', nested: { big: '10' } },
    });
    expect(json).not.toHaveProperty('stack');
  });

  it('withErrorFields returns the error itself when the patch changes nothing', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 2 });
    expect(withErrorFields(e, { attempts: 2 })).toBe(e);
    expect(withErrorFields(e, { attempts: 2, budgetExhausted: false })).toBe(e);
    expect(withErrorFields(e, { attempts: 3 })).not.toBe(e);
  });

  it('captures no stack frames: the stack is the name and the message alone', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 1 });
    expect(e.stack).toBe(`AV_ERR_NET_REQUEST_FALLED: ${e.message}`);
    expect(Error.stackTraceLimit).toBeGreaterThan(0);
  });

  it('withErrorFields copies the error with new counters and leaves the original alone', () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 1 });
    const copy = withErrorFields(e, { attempts: 3, budgetExhausted: true });
    expect(copy).toMatchObject({ code: 7004, attempts: 3, budgetExhausted: true, message: e.message });
    expect(e.attempts).toBe(1);
    expect(e.budgetExhausted).toBe(false);
    expect(isGmeError(copy)).toBe(true);
  });

  it('withErrorFields keeps every field of the original as it was defined, and its key order', () => {
    const cause = { result: 7004 };
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 1, cause });
    const copy = withErrorFields(e, { attempts: 3 });
    expect(Reflect.ownKeys(copy)).toEqual(Reflect.ownKeys(e));
    for (const key of Reflect.ownKeys(e)) {
      if (key === 'stack' || key === 'attempts') continue;
      expect(Object.getOwnPropertyDescriptor(copy, key)).toEqual(Object.getOwnPropertyDescriptor(e, key));
    }
    expect(Object.getOwnPropertyDescriptor(copy, 'attempts')).toEqual({
      value: 3,
      writable: false,
      enumerable: true,
      configurable: false,
    });
    expect(Object.getPrototypeOf(copy)).toBe(Object.getPrototypeOf(e));
    expect(copy.cause).toBe(cause);
    expect(copy.toJSON()).toEqual({ ...e.toJSON(), attempts: 3 });
  });

  it("withErrorFields formats no stack trace: the copy reads the original's stack when asked", () => {
    const previous = Error.prepareStackTrace;
    let formatted = 0;
    Error.prepareStackTrace = (error, frames) => {
      formatted += 1;
      return `${String(error)} (${frames.length} frames)`;
    };
    try {
      const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk', attempts: 1 });
      const copy = withErrorFields(e, { attempts: 3 });
      expect(formatted).toBe(0);
      expect(copy.stack).toMatch(/^AV_ERR_NET_REQUEST_FALLED: enterRoom failed with 7004/);
      expect(copy.stack).toBe(e.stack);
      expect(formatted).toBe(1);
    } finally {
      Error.prepareStackTrace = previous;
    }
  });

  it("withErrorFields lets the copy's stack be replaced without touching the original", () => {
    const e = createGmeError({ code: 7004, operation: 'enterRoom', source: 'sdk' });
    const copy = withErrorFields(e, { budgetExhausted: true }) as { stack?: string };
    const original = e.stack;
    copy.stack = 'replaced';
    expect(copy.stack).toBe('replaced');
    expect(e.stack).toBe(original);
    expect(Object.getOwnPropertyDescriptor(copy, 'stack')).toEqual({
      value: 'replaced',
      writable: true,
      enumerable: false,
      configurable: true,
    });
  });

  it('appends the detail to the message', () => {
    const e = createGmeError({
      code: 1004,
      operation: 'enterRoom',
      source: 'client',
      detail: 'Expected `roomId` ...',
    });
    expect(e.message).toContain('Expected `roomId` ...');
  });
});
