import { isKnownCode } from '../codes/describe-code.js';
import type { GmeMethodReturnTypes } from '../gme-methods.js';

/** The data kinds a known getter returns. */
export type DataKind = Exclude<keyof GmeMethodReturnTypes, 'code'>;

/** How a getter's return value reads: its data, a GME code, the missing addon's -1, or neither. */
export type MethodValueReading =
  | { readonly kind: 'value' }
  | { readonly kind: 'code'; readonly code: number }
  | { readonly kind: 'addonMissing' }
  | { readonly kind: 'garbage' };

const VALUE: MethodValueReading = Object.freeze({ kind: 'value' });
const ADDON_MISSING: MethodValueReading = Object.freeze({ kind: 'addonMissing' });
const GARBAGE: MethodValueReading = Object.freeze({ kind: 'garbage' });

/**
 * Reads what a known getter returned (`GetMicVolume`, `GetMicState`...). A value of the documented
 * shape is the data — so `GetMicState()`'s 1 means "on", never an error. Only what falls outside
 * that shape is looked at again: -1 is gme-electron-sdk's answer when its native addon is not
 * loaded, a non-zero code of the catalog is the SDK refusing (e.g. 1101 before Init), and
 * anything else is not an answer at all. Volumes and states never overlap GME's codes (≥ 1001).
 */
export function readMethodValue(kind: DataKind, returned: unknown): MethodValueReading {
  if (fits(kind, returned)) return VALUE;
  if (returned === -1) return ADDON_MISSING;
  if (returned !== 0 && isKnownCode(returned)) return { kind: 'code', code: returned };
  return GARBAGE;
}

function fits(kind: DataKind, value: unknown): boolean {
  switch (kind) {
    case 'volume':
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 200;
    case 'micState':
      return value === 0 || value === 1;
    case 'speakerState':
      return value === 0 || value === 1 || value === 2;
    case 'text':
      return typeof value === 'string';
  }
}
