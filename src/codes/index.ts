/**
 * The GME error-code catalog and its lookups: which codes exist, what they are called in each
 * table generation, and what they mean in English and Korean.
 */
export {
  type CatalogEntry,
  type CodeText,
  catalog,
  catalogEntry,
  type GmeCategory,
  type GmeCode,
  type GmeCodeName,
  type GmeLocale,
  type GmeTableId,
  KNOWN_CODES,
  type NameOfCode,
} from './catalog.js';
export {
  type CodeDescription,
  type DescribeCodeOptions,
  describeCode,
  isKnownCode,
} from './describe-code.js';
