import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CatalogEntry, type CodeText, catalog, catalogEntry, KNOWN_CODES } from './catalog.js';

interface SeedCode {
  readonly code: number;
  readonly name: string;
}

const seed: readonly SeedCode[] = JSON.parse(
  readFileSync(new URL('../../test/fixtures/seed-codes.json', import.meta.url), 'utf8'),
);
const seedByCode = new Map(seed.map((s) => [s.code, s.name]));

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Codes GME-FACTS §6 says the 2023 pages add. */
const ADDED_IN_2023 = [
  ...range(4001, 4012),
  ...range(4051, 4057),
  ...range(5001, 5007),
  7018,
  7022,
  ...range(20486, 20489),
  32787,
  32788,
  327698,
];

/** Seed codes GME-FACTS §6 says the 2023 pages drop (1401–1802 taken from the seed's own codes). */
const DROPPED_IN_2023 = [
  1008,
  ...seed.map((s) => s.code).filter((c) => c >= 1401 && c <= 1802),
  2001,
  2002,
  10002,
  ...range(10006, 10011),
];

const HANGUL = /[\uac00-\ud7a3]/;

/** Every text block of an entry: base texts and the 2023 ones, per locale. */
function textsOf(entry: CatalogEntry, locale: 'en' | 'ko'): CodeText[] {
  const texts = [entry[locale]];
  const in2023 = entry.in2023?.[locale];
  if (in2023 !== undefined) texts.push(in2023);
  return texts;
}

const in2022 = catalog.filter((e) => e.tables.includes('gme-2022'));

describe('the seed fixture', () => {
  it('holds 87 distinct codes', () => {
    expect(seed).toHaveLength(87);
    expect(seedByCode.size).toBe(87);
  });
});

describe('catalog versus the seed table', () => {
  it.each(seed)('knows $code as $name, listed by gme-2022', ({ code, name }) => {
    const entry = catalogEntry(code);
    expect(entry?.name).toBe(name);
    expect(entry?.tables).toContain('gme-2022');
  });

  it('lists nothing in gme-2022 beyond the seed codes and AV_OK', () => {
    const extra = in2022.filter((e) => !seedByCode.has(e.code)).map((e) => e.code);
    expect(extra).toEqual([0]);
    expect(in2022).toHaveLength(88);
  });

  it('describes 0 as AV_OK, a general code of both tables', () => {
    expect(catalogEntry(0)).toMatchObject({
      name: 'AV_OK',
      category: 'general',
      tables: ['gme-2022', 'gme-2023'],
    });
  });

  it('keeps the SDK misspellings as primary names', () => {
    expect(catalogEntry(7004)?.name).toBe('AV_ERR_NET_REQUEST_FALLED');
    expect(catalogEntry(7006)?.name).toBe('AV_ERR_AUTH_FIALD');
    expect(catalogEntry(1801)?.name).toBe('AV_ERR_INVITET_FAILED');
    expect(catalogEntry(1802)?.name).toBe('AV_ERR_ACCEPTT_FAILED');
  });

  it.each([
    [1001, 'AV_ERR_REPETITIVE_OPERATION'],
    [1007, 'AV_ERR_NOT_ON_MAIN_THREAD'],
    [1101, 'AV_ERR_CONTEXT_NOT_START'],
    [10001, 'AV_ERR_SERVER_FAIL'],
  ])('keeps the header name of %i as an alias (%s)', (code, alias) => {
    expect(catalogEntry(code)?.aliases).toContain(alias);
  });
});

describe('catalog structure', () => {
  it('has unique codes and a map entry for each', () => {
    const codes = catalog.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(KNOWN_CODES.size).toBe(codes.length);
    for (const entry of catalog) expect(catalogEntry(entry.code)).toBe(entry);
  });

  it('gives each primary name to one code only', () => {
    const names = catalog.map((e) => e.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('shares a 2023 name only between 50012 and 327698, the same error written twice', () => {
    const owners = new Map<string, number[]>();
    for (const e of catalog) {
      for (const name of new Set([e.name, e.in2023?.name ?? e.name])) {
        owners.set(name, [...(owners.get(name) ?? []), e.code]);
      }
    }
    const shared = [...owners].filter(([, codes]) => codes.length > 1);
    expect(shared).toEqual([['VOICE_ERR_VOICE_STREAMING_ASR_ERROR', [50012, 327698]]]);
  });

  it('returns undefined for codes no table lists', () => {
    for (const code of [-1, 1, 7008, 7016, 8199, 99999, 0.5, Number.NaN]) {
      expect(catalogEntry(code)).toBeUndefined();
      expect(KNOWN_CODES.has(code)).toBe(false);
    }
  });

  it('is deeply frozen', () => {
    const entry = catalogEntry(7004);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(entry)).toBe(true);
    expect(Object.isFrozen(entry?.en)).toBe(true);
    expect(Object.isFrozen(entry?.aliases)).toBe(true);
    expect(Object.isFrozen(catalogEntry(4097)?.in2023)).toBe(true);
    expect(() => {
      (entry as { name: string }).name = 'X';
    }).toThrow(TypeError);
  });
});

describe('table generations', () => {
  it('lists exactly the codes GME-FACTS names as 2023 additions, and only in gme-2023', () => {
    const only2023 = catalog.filter((e) => !e.tables.includes('gme-2022'));
    expect(only2023.map((e) => e.code).sort((a, b) => a - b)).toEqual(
      [...ADDED_IN_2023].sort((a, b) => a - b),
    );
    for (const entry of only2023) expect(entry.tables).toEqual(['gme-2023']);
  });

  it.each(DROPPED_IN_2023)('lists dropped code %i only in gme-2022', (code) => {
    expect(catalogEntry(code)?.tables).toEqual(['gme-2022']);
  });

  it('treats 1803 as dropped too: the 2023 English page lists no invitation code', () => {
    expect(catalogEntry(1803)?.tables).toEqual(['gme-2022']);
  });

  it('keeps the other seed codes in both tables', () => {
    const dropped = new Set([...DROPPED_IN_2023, 1803]);
    for (const { code } of seed.filter((s) => !dropped.has(s.code))) {
      expect(catalogEntry(code)?.tables).toEqual(['gme-2022', 'gme-2023']);
    }
  });

  it('renames every voice-message code with the VOICE_ prefix in 2023', () => {
    const voice = ['recorder', 'upload', 'download', 'player', 'speech-to-text', 'streaming-recognition'];
    const renamed = seed.map((s) => catalogEntry(s.code)).filter((e) => voice.includes(e?.category ?? ''));
    expect(renamed).toHaveLength(39);
    for (const entry of renamed) {
      expect(entry?.in2023?.name).toMatch(/^VOICE_/);
      expect(entry?.aliases).toContain(entry?.in2023?.name);
    }
  });

  it.each([
    [4097, 'VOICE_RECORDER_PARAM_NULL'],
    [4100, 'VOICE_RECORDER_NO_AUDIO_DATA_WARN'],
    [12289, 'VOICE_DOWNLOAD_FILE_ACCESS_ERROR'],
    [20485, 'VOICE_PLAY_NOT_START'],
    [32786, 'VOICE_ERR_VOICE_STREAMIN_RUNING_ERROR'],
    [50012, 'VOICE_ERR_VOICE_STREAMING_ASR_ERROR'],
    [10004, 'AV_ERR_SERVER_REQUEST_ROOM_ADDRESS_FAIL'],
    [10005, 'AV_ERR_SERVER_CONNECT_ROOM_FAIL'],
  ])('names %i %s in 2023', (code, name) => {
    expect(catalogEntry(code)?.in2023?.name).toBe(name);
  });

  it('gives 10003 its 2023 meaning: removed from the room', () => {
    expect(catalogEntry(10003)?.in2023?.en?.summary).toMatch(/removed from the voice chat room/);
    expect(catalogEntry(10003)?.en.summary).not.toMatch(/removed/);
  });

  it('gives non-voice codes no 2023 rename besides 10003, 10004 and 10005', () => {
    const renamed = catalog.filter((e) => e.in2023 !== undefined && !/^QAVPTTERROR_/.test(e.name));
    expect(renamed.map((e) => e.code)).toEqual([10003, 10004, 10005]);
  });
});

describe('texts', () => {
  const locales = ['en', 'ko'] as const;

  it.each(locales)('has a non-empty %s summary, cause and action for every entry', (locale) => {
    for (const entry of catalog) {
      for (const text of textsOf(entry, locale)) {
        for (const field of [text.summary, text.cause, text.action]) {
          expect(field.trim(), `code ${entry.code}`).not.toBe('');
          expect(field, `code ${entry.code}`).toBe(field.trim());
        }
      }
    }
  });

  it.each(locales)('never repeats a %s summary across codes', (locale) => {
    const summaries = catalog.flatMap((e) => textsOf(e, locale).map((t) => t.summary));
    const repeated = summaries.filter((s, i) => summaries.indexOf(s) !== i);
    expect(repeated).toEqual([]);
  });

  it('writes Korean texts in Hangul and English texts without it', () => {
    for (const entry of catalog) {
      for (const t of textsOf(entry, 'ko')) {
        for (const field of [t.summary, t.cause, t.action])
          expect(field, `code ${entry.code}`).toMatch(HANGUL);
      }
      for (const t of textsOf(entry, 'en')) {
        for (const field of [t.summary, t.cause, t.action])
          expect(field, `code ${entry.code}`).not.toMatch(HANGUL);
      }
    }
  });

  it('keeps each English text to at most two sentences', () => {
    for (const entry of catalog) {
      for (const t of textsOf(entry, 'en')) {
        for (const field of [t.summary, t.cause, t.action]) {
          const sentences = field.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== '');
          expect(sentences.length, `code ${entry.code}: ${field}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('follows the documented advice for key codes', () => {
    expect(catalogEntry(1003)?.en.action).toMatch(/successful/);
    expect(catalogEntry(7006)?.en.action).toMatch(/new auth buffer/);
    expect(catalogEntry(7007)?.en.action).toMatch(/Exit the current room/);
    expect(catalogEntry(2002)?.en.action).toMatch(/enter a room again/);
    expect(catalogEntry(4103)?.en.action).toMatch(/Do not retry/);
    expect(catalogEntry(8194)?.en.action).toMatch(/`gme\.applyPttAuthbuffer\(\.\.\.\)`/);
    expect(catalogEntry(32777)?.en.action).toMatch(/`gme\.speechToText\(\.\.\.\)`/);
    expect(catalogEntry(1101)?.en.action).toMatch(/^Call `gme\.init\(\.\.\.\)` first/);
    expect(catalogEntry(1101)?.ko.action).toMatch(/^먼저 `gme\.init\(\.\.\.\)`을 호출/);
  });

  /** SDK methods the client wraps: advice names the client's method (`gme.init(...)`) instead. */
  const WRAPPED_RAW =
    /\b(Init|ApplyPTTAuthbuffer|SpeechToText|UploadRecordedFile|DownloadRecordedFile|PlayRecordedFile|EnterRoom|ExitRoom|SwitchRoom)\b/;

  it.each(locales)('names the client method, not the raw SDK one, in every %s action', (locale) => {
    for (const entry of catalog) {
      for (const t of textsOf(entry, locale)) {
        const outsideCode = t.action.replace(/`[^`]*`/g, '');
        expect(outsideCode, `code ${entry.code}`).not.toMatch(WRAPPED_RAW);
      }
    }
  });

  it.each(locales)('never tells a %s reader to call Poll without saying the client does it', (locale) => {
    const client = locale === 'en' ? /client/ : /클라이언트/;
    for (const entry of catalog) {
      for (const t of textsOf(entry, locale)) {
        if (/Poll/.test(t.action)) expect(t.action, `code ${entry.code}`).toMatch(client);
      }
    }
  });
});
