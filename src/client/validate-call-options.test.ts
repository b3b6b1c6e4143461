import { describe, expect, it } from 'vitest';
import type { CallOptions } from '../operations.js';
import { validateCallOptions } from './validate-call-options.js';

const check = (options: unknown) => validateCallOptions(options as CallOptions | undefined);

describe('validateCallOptions', () => {
  it('accepts no options, empty options and valid fields', () => {
    expect(check(undefined)).toBeUndefined();
    expect(check({})).toBeUndefined();
    expect(
      check({ signal: new AbortController().signal, timeoutMs: 1, deadlineMs: 3_600_000 }),
    ).toBeUndefined();
    expect(check({ signal: undefined, timeoutMs: undefined })).toBeUndefined();
  });

  it.each<[string, unknown, string, string, string]>([
    ['null', null, '', 'Expected the call options to be an object.', '호출 옵션은 객체여야 합니다.'],
    ['a string', 'fast', '', 'Expected the call options to be an object.', '호출 옵션은 객체여야 합니다.'],
    [
      'a signal that is not one',
      { signal: 'stop' },
      'signal',
      'Expected `signal` to be an AbortSignal.',
      '`signal` 값은 AbortSignal이어야 합니다.',
    ],
    [
      'a zero timeout',
      { timeoutMs: 0 },
      'timeoutMs',
      'Expected `timeoutMs` to be an integer from 1 to 3600000, got 0.',
      '`timeoutMs` 값은 1~3600000 사이의 정수여야 합니다. 받은 값: 0.',
    ],
    [
      'a fractional deadline',
      { deadlineMs: 1.5 },
      'deadlineMs',
      'Expected `deadlineMs` to be an integer from 1 to 3600000, got 1.5.',
      '`deadlineMs` 값은 1~3600000 사이의 정수여야 합니다. 받은 값: 1.5.',
    ],
    [
      'a deadline past an hour',
      { timeoutMs: 5, deadlineMs: 3_600_001 },
      'deadlineMs',
      'Expected `deadlineMs` to be an integer from 1 to 3600000, got 3600001.',
      '`deadlineMs` 값은 1~3600000 사이의 정수여야 합니다. 받은 값: 3600001.',
    ],
  ])('refuses %s, in English and in Korean', (_what, options, field, en, ko) => {
    const problem = check(options);
    expect(problem?.field).toBe(field);
    expect(problem?.render('en')).toBe(en);
    expect(problem?.render('ko')).toBe(ko);
  });

  it('reports the signal before the times, and timeoutMs before deadlineMs', () => {
    expect(check({ signal: 1, timeoutMs: 0 })?.field).toBe('signal');
    expect(check({ timeoutMs: 0, deadlineMs: 0 })?.field).toBe('timeoutMs');
  });
});
