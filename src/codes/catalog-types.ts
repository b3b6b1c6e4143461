/** The types of the code catalog, apart from its data so the data files import no runtime module. */

/**
 * A generation of GME error-code tables.
 *
 * - `'gme-2022'`: the Korean page that seeds this project (87 codes) and the matching English and
 *   Chinese pages of that time.
 * - `'gme-2023'`: the current English and Chinese pages and the 2.9.15 SDK headers, which add
 *   accompaniment, sound-effect and voice-chat-recording codes, drop some legacy codes and rename
 *   the voice-message codes with a `VOICE_` prefix.
 */
export type GmeTableId = 'gme-2022' | 'gme-2023';

/** The language of a catalog text: English or Korean. */
export type GmeLocale = 'en' | 'ko';

/**
 * The feature area a code belongs to. The table sections `general`, `client` and `server` come
 * from the GME pages; the voice-message codes are split by step (`recorder` to
 * `streaming-recognition`). `accompaniment`, `sound-effect` and `voice-chat-recording` occur
 * only in the 2023 table.
 */
export type GmeCategory =
  | 'general'
  | 'client'
  | 'server'
  | 'recorder'
  | 'upload'
  | 'download'
  | 'player'
  | 'speech-to-text'
  | 'streaming-recognition'
  | 'accompaniment'
  | 'sound-effect'
  | 'voice-chat-recording';

/** The three texts that describe a code in one language, one or two sentences each. */
export interface CodeText {
  /** What happened, in one short sentence. */
  readonly summary: string;
  /** The likely cause. */
  readonly cause: string;
  /** What the caller should do about it. */
  readonly action: string;
}

/** One code of the catalog. */
export interface CatalogEntry {
  /** The numeric code the SDK returns or reports in an event's `result`. */
  readonly code: number;
  /**
   * The primary name: the seed table's spelling, misspellings included
   * (`AV_ERR_NET_REQUEST_FALLED`, `AV_ERR_AUTH_FIALD`, ...); for codes only the 2023 table lists,
   * the 2023 name.
   */
  readonly name: string;
  /** Other names of the same code: SDK header names, other pages' spellings, the 2023 name. */
  readonly aliases: readonly string[];
  /** The feature area of the code. */
  readonly category: GmeCategory;
  /** The table generations that list this code. */
  readonly tables: readonly GmeTableId[];
  /** English texts (for the 2022 meaning when `in2023` gives other texts). */
  readonly en: CodeText;
  /** Korean texts (for the 2022 meaning when `in2023` gives other texts). */
  readonly ko: CodeText;
  /**
   * How the 2023 table differs for this code, when it does: its name there (the `VOICE_` names of
   * the voice-message codes, the new names of 10004 and 10005) and, when the meaning changed
   * (10003 became "removed from the room"), new texts. Missing texts mean the base texts apply.
   */
  readonly in2023?: {
    readonly name: string;
    readonly en?: CodeText;
    readonly ko?: CodeText;
  };
}
