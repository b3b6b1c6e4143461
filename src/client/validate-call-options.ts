import type { CallOptions } from '../operations.js';
import { fieldProblem, type ValidationProblem } from './validate-args.js';

const TIME_FIELDS = ['timeoutMs', 'deadlineMs'] as const;

/**
 * Checks the per-call options `{ signal, timeoutMs, deadlineMs }` given to an operation or to
 * `call()`; returns the first problem (the client renders it in its locale as a client 1004) or
 * undefined. `undefined` options and fields are fine: they take the client's defaults.
 */
export function validateCallOptions(options: CallOptions | undefined): ValidationProblem | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) {
    return fieldProblem('', { en: 'an object', ko: '객체여야 합니다' }, undefined, {
      en: 'the call options',
      ko: '호출 옵션은',
    });
  }
  const { signal } = options;
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) {
    return fieldProblem('signal', { en: 'an AbortSignal', ko: 'AbortSignal이어야 합니다' });
  }
  for (const field of TIME_FIELDS) {
    const value = options[field];
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 3_600_000)) {
      return fieldProblem(
        field,
        { en: 'an integer from 1 to 3600000', ko: '1~3600000 사이의 정수여야 합니다' },
        () => String(value),
      );
    }
  }
  return undefined;
}
