import type { GmeLocale } from '../src/codes/catalog.js';
import { PRESET_REASONS_KO } from './preset-reasons-ko.js';

/**
 * A rule's reason in `locale`. The shipped presets' reasons have a Korean text; any other reason
 * (your own policy's) is returned as written, since only its author knows what it should say.
 *
 * @example
 * import { defaultPolicy, describePolicy, localizeReason } from 'gme-result/policies';
 * const row = describePolicy(defaultPolicy).find((r) => r.code === 7005);
 * localizeReason(row?.reason ?? '', 'ko'); // the Korean reason of the 7005 rule
 */
export function localizeReason(reason: string, locale: GmeLocale): string {
  return locale === 'ko' ? (PRESET_REASONS_KO.get(reason) ?? reason) : reason;
}
