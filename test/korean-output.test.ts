/**
 * Korean output carries no English sentence: every text the library writes for `locale: 'ko'`
 * (code descriptions, the presets' decisions and reasons, validation details, `explain --locale ko`)
 * has Hangul in it and no run of 3 or more English words outside code (see `englishRuns`).
 */
import { mobileVoicePolicy, strictPolicy } from 'gme-result/policies';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, describePolicy } from '../policies/index.js';
import { explain, runCli } from '../src/cli/explain.js';
import { OPERATION_SPECS } from '../src/client/operation-specs.js';
import type { ValidationProblem } from '../src/client/validate-args.js';
import { validateCallOptions } from '../src/client/validate-call-options.js';
import { catalog, type GmeTableId } from '../src/codes/catalog.js';
import { describeCode } from '../src/codes/describe-code.js';
import { createGmeError } from '../src/errors/gme-error.js';
import type { OperationName } from '../src/operations.js';
import { englishRuns, hasHangul } from './support/english-runs.js';

/** The texts among `texts` that lack Hangul or carry an English run, with what was found. */
function notKorean(texts: readonly string[]): { text: string; runs: string[] }[] {
  return texts
    .map((text) => ({ text, runs: englishRuns(text) }))
    .filter(({ text, runs }) => !hasHangul(text) || runs.length > 0);
}

const TABLES: readonly GmeTableId[] = ['gme-2022', 'gme-2023'];

/** A valid argument object per operation, to break one field at a time. */
const VALID: { readonly [Op in OperationName]: Record<string, unknown> } = {
  init: { appId: '1400000001', openId: '10001' },
  enterRoom: { roomId: 'lobby', roomType: 1, authBuffer: 'signed' },
  exitRoom: {},
  switchRoom: { roomId: 'arena', authBuffer: 'signed' },
  applyPttAuthbuffer: { authBuffer: 'signed' },
  startRecording: { filePath: '/tmp/a.silk' },
  stopRecording: {},
  uploadRecordedFile: { filePath: '/tmp/a.silk' },
  downloadRecordedFile: { fileId: 'https://x/1', filePath: '/tmp/b.silk' },
  playRecordedFile: { filePath: '/tmp/a.silk', voiceType: 0 },
  speechToText: { fileId: 'https://x/1', language: 'ko-KR', translateLanguage: 'ko-KR' },
  startStreamingRecognition: { filePath: '/tmp/a.silk', language: 'ko-KR', translateLanguage: 'ko-KR' },
};
const BAD_VALUES: readonly unknown[] = ['', null, 12.5, 'x'.repeat(5000), { nested: true }, ['a'], () => 1];

/** Every problem the operation validators and the call-option check report for broken inputs. */
function validationProblems(): ValidationProblem[] {
  const problems: (ValidationProblem | undefined)[] = [];
  for (const [op, spec] of Object.entries(OPERATION_SPECS) as [
    OperationName,
    { validate: typeof OPERATION_SPECS.init.validate },
  ][]) {
    for (const notAnObject of ['lobby', null, 7, []]) problems.push(spec.validate(notAnObject));
    for (const field of Object.keys(VALID[op])) {
      for (const bad of BAD_VALUES) problems.push(spec.validate({ ...VALID[op], [field]: bad }));
    }
  }
  for (const options of ['fast', null, { signal: 'stop' }, { timeoutMs: 0 }, { deadlineMs: 1.5 }]) {
    problems.push(validateCallOptions(options as never));
  }
  return problems.filter((p): p is ValidationProblem => p !== undefined);
}

describe('englishRuns', () => {
  it('finds a sentence of three or more English words, punctuation and all', () => {
    expect(englishRuns('클라이언트 오류: the SDK method threw.')).toEqual(['the SDK method threw']);
    expect(englishRuns('No completion event came, then 실패')).toEqual(['No completion event came then']);
  });

  it('ends a run at a column gap of two spaces', () => {
    expect(englishRuns('  7005  AV_ERR_CHARGE_OVERDUE  general  Tencent Cloud 계정')).toEqual([]);
    expect(englishRuns('general Tencent Cloud 계정')).toEqual(['general Tencent Cloud']);
  });

  it('ignores code in backticks, identifiers and runs of one or two words', () => {
    expect(englishRuns('`gme.init(...)`을 먼저 호출하세요. `poll: false` 로 만든 full 지터')).toEqual([]);
    expect(englishRuns('AV_ERR_AUTH_FIALD speechToText auth.refresh recover(x) 7004 GME SDK')).toEqual([]);
    expect(englishRuns('gme-2022 표에는 없는 코드입니다 (Wi-Fi에서 셀룰러로)')).toEqual([]);
  });
});

describe('Korean output', () => {
  it('describes every code of both tables in Korean, summary, cause and action', () => {
    const texts = TABLES.flatMap((table) =>
      catalog.flatMap((e) => {
        const d = describeCode(e.code, { locale: 'ko', table });
        return [d.summary, d.cause, d.action];
      }),
    );
    expect(texts.length).toBe(catalog.length * 6);
    expect(notKorean(texts)).toEqual([]);
  });

  it('describes unknown values in Korean too', () => {
    const texts = [99999, 'abc', null, 1.5].flatMap((x) => {
      const d = describeCode(x, { locale: 'ko' });
      return [d.summary, d.cause, d.action];
    });
    expect(notKorean(texts)).toEqual([]);
  });

  it("words every shipped preset's decisions and reasons in Korean", () => {
    for (const policy of [defaultPolicy, strictPolicy, mobileVoicePolicy]) {
      const rows = describePolicy(policy, { locale: 'ko' });
      expect(notKorean(rows.map((r) => r.decision))).toEqual([]);
      expect(notKorean(rows.map((r) => r.reason))).toEqual([]);
    }
  });

  it('renders every validation problem in Korean, alone and inside a client 1004 message', () => {
    const problems = validationProblems();
    expect(new Set(problems.map((p) => p.field))).toEqual(
      new Set([
        '',
        'appId',
        'openId',
        'roomId',
        'roomType',
        'authBuffer',
        'filePath',
        'fileId',
        'voiceType',
        'language',
        'translateLanguage',
        'signal',
        'timeoutMs',
        'deadlineMs',
      ]),
    );
    const details = problems.map((p) => p.render('ko'));
    expect(notKorean(details)).toEqual([]);
    const messages = details.map(
      (detail) =>
        createGmeError({ code: 1004, operation: 'enterRoom', source: 'client', locale: 'ko', detail })
          .message,
    );
    expect(notKorean(messages)).toEqual([]);
  });

  it('prints explain --locale ko in Korean for every code, the lists and the errors', () => {
    const runs = [
      ...TABLES.flatMap((table) =>
        catalog.map((e) => explain([String(e.code), '--locale', 'ko', '--table', table])),
      ),
      explain(['--list', '--locale', 'ko']),
      explain(['--list', '--locale', 'ko', '--table', 'gme-2023']),
      explain(['auth', '--locale', 'ko']),
      explain(['NET', '--locale', 'ko']),
      explain(['99999', '--locale', 'ko']),
      explain(['NO_SUCH_THING', '--locale', 'ko']),
      explain(['--locale', 'ko']),
      explain(['--locale', 'ko', '--table', 'gme-2019', '7004']),
      explain(['--locale', 'ko', '--verbose']),
      explain(['7004', '--locale', 'fr'], { LANG: 'ko_KR.UTF-8' }),
      runCli(['--help'], { LANG: 'ko_KR.UTF-8' }),
      runCli(['describe'], { LC_ALL: 'ko_KR.UTF-8' }),
    ];
    const lines = runs.flatMap((r) => [...r.stdout, ...r.stderr]).filter((l) => l.trim() !== '');
    // Lines with no prose of their own (a code and its name, the usage synopsis) need no Hangul.
    expect(lines.flatMap((l) => englishRuns(l))).toEqual([]);
    const prose = lines.filter((l) => !/^\d+ [A-Z0-9_]+$/.test(l) && !/^ {0,8}gme-result explain /.test(l));
    expect(
      prose.filter((l) => !hasHangul(l) && /[a-z]{4}/.test(l.replace(/`[^`]*`|[A-Z0-9_]{3,}/g, ''))),
    ).toEqual([]);
  });
});
