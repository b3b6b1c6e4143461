import type { GmeLocale } from '../codes/catalog.js';
import type { CallOptions } from '../operations.js';
import { clientMessages } from './client-messages.js';

/** Checks per-call options; returns the problem (naming the field and value) or undefined. */
export function checkCallOptions(options: CallOptions | undefined, locale: GmeLocale): string | undefined {
  if (options === undefined) return undefined;
  const t = clientMessages(locale);
  if (typeof options !== 'object' || options === null) return t.optionsObject();
  const { signal, timeoutMs, deadlineMs } = options;
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) {
    return t.signal();
  }
  for (const [field, value] of [
    ['timeoutMs', timeoutMs],
    ['deadlineMs', deadlineMs],
  ] as const) {
    if (value !== undefined && (!Number.isInteger(value) || value < 1 || value > 3_600_000)) {
      return t.duration(field, String(value));
    }
  }
  return undefined;
}
