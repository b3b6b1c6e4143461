import { catalogEntry, type GmeCategory } from '../codes/catalog.js';

// A record over the union, so the compiler insists on every category and no other.
const CATEGORY_FLAGS: Readonly<Record<GmeCategory, true>> = {
  general: true,
  client: true,
  server: true,
  recorder: true,
  upload: true,
  download: true,
  player: true,
  'speech-to-text': true,
  'streaming-recognition': true,
  accompaniment: true,
  'sound-effect': true,
  'voice-chat-recording': true,
};

/**
 * Every catalog category a policy's `categories` may name, in a fixed order.
 *
 * @example
 * import { POLICY_CATEGORIES } from 'gme-result';
 * POLICY_CATEGORIES.includes('upload'); // true
 */
export const POLICY_CATEGORIES: readonly GmeCategory[] = Object.freeze(
  Object.keys(CATEGORY_FLAGS) as GmeCategory[],
);

/** True for a category name. */
export function isPolicyCategory(value: string): value is GmeCategory {
  return Object.hasOwn(CATEGORY_FLAGS, value);
}

/** The catalog category of a code, or `undefined` for an unknown code. */
export function categoryOfCode(code: number): GmeCategory | undefined {
  return catalogEntry(code)?.category;
}

/** True when the catalog knows the code (in any table). */
export function isCatalogCode(code: number): boolean {
  return categoryOfCode(code) !== undefined;
}
