/**
 * The GME error-code catalog: every code this library knows, with its SDK name, aliases,
 * category, the table generations that list it, and short texts in English and Korean.
 *
 * GME's error pages changed between SDK generations (see `GME-FACTS.md` §6), and later SDKs reuse
 * some numbers with new meanings, so every entry records which generation lists it. The data
 * lives in `catalog-2022.ts` (the primary table) and `catalog-2023.ts` (codes only the 2023 pages
 * list); the literal types below are derived from it, never written twice.
 */
import { catalog2022 } from './catalog-2022.js';
import { catalog2023Only } from './catalog-2023.js';

import type { CatalogEntry } from './catalog-types.js';

export type { CatalogEntry, CodeText, GmeCategory, GmeLocale, GmeTableId } from './catalog-types.js';

const entries = [...catalog2022, ...catalog2023Only] as const satisfies readonly CatalogEntry[];

type Entry = (typeof entries)[number];

type In2023NameOf<E> = E extends { readonly in2023: { readonly name: infer N } } ? N : never;

/**
 * Every known code: the 2022 table (87 seed codes plus `0`, `AV_OK`), then the codes only the
 * 2023 table lists. Deeply frozen; use {@link catalogEntry} to look a code up.
 *
 * @example
 * ```ts
 * import { catalog } from 'gme-result';
 *
 * const onlyIn2023 = catalog.filter((e) => !e.tables.includes('gme-2022')).map((e) => e.code);
 * ```
 */
export const catalog: readonly (Entry & CatalogEntry)[] = entries;

/** A code the catalog knows, as a union of numeric literals derived from the data. */
export type GmeCode = Entry['code'];

/** Every primary name and every 2023 name in the catalog, as a union of string literals. */
export type GmeCodeName = Entry['name'] | In2023NameOf<Entry>;

/**
 * The names of code `C`: its primary name, and its 2023 name when that differs.
 *
 * @example
 * ```ts
 * import type { NameOfCode } from 'gme-result';
 *
 * type N = NameOfCode<4097>; // 'QAVPTTERROR_RECORDER_PARAM_NULL' | 'VOICE_RECORDER_PARAM_NULL'
 * ```
 */
export type NameOfCode<C extends GmeCode> = NameOfEntry<Extract<Entry, { readonly code: C }>>;

type NameOfEntry<E extends Entry> = E['name'] | In2023NameOf<E>;

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

deepFreeze(catalog2022);
deepFreeze(catalog2023Only);
deepFreeze(entries);

const byCode: ReadonlyMap<number, CatalogEntry> = new Map(entries.map((e) => [e.code, e]));

/**
 * The set of every code in the catalog (both tables), for fast membership tests.
 *
 * @example
 * ```ts
 * import { KNOWN_CODES } from 'gme-result';
 *
 * KNOWN_CODES.has(7004); // true
 * ```
 */
export const KNOWN_CODES: ReadonlySet<number> = new Set(byCode.keys());

/**
 * Looks a code up in the catalog, whichever table lists it.
 *
 * @param code - the numeric code
 * @returns the frozen entry, or `undefined` when no table knows the code
 *
 * @example
 * ```ts
 * import { catalogEntry } from 'gme-result';
 *
 * catalogEntry(7006)?.name; // 'AV_ERR_AUTH_FIALD'
 * ```
 */
export function catalogEntry(code: number): CatalogEntry | undefined {
  return byCode.get(code);
}
