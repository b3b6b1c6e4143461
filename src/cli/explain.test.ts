import { describe, expect, it } from 'vitest';
import { defaultPolicy, describePolicy } from '../../policies/index.js';
import { catalog } from '../codes/catalog.js';
import { describeCode } from '../codes/describe-code.js';
import { ALL_USAGE, allUsage, explain, findByName, localeFromEnv, runCli, USAGE, usage } from './explain.js';
import { SIMULATE_USAGE, simulateUsage } from './simulate-args.js';

describe('gme-result explain <code>', () => {
  it('prints the name, category, meaning and the default policy decision with its reason', () => {
    const out = explain(['7004']);
    const d = describeCode(7004);
    const row = describePolicy(defaultPolicy).find((r) => r.code === 7004 && r.operation === undefined);
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toEqual([]);
    expect(out.stdout).toEqual([
      '7004 AV_ERR_NET_REQUEST_FALLED',
      '  category: general',
      `  summary: ${d.summary}`,
      `  cause: ${d.cause}`,
      `  action: ${d.action}`,
      '  default policy: retry: 3 attempts, waits up to 200·2ⁿ ms (≤ 5000 ms), full jitter',
      `    ${row?.reason}`,
    ]);
  });

  it('lists the operation-specific rules too (7006: fail, but refreshAuth for enterRoom and switchRoom)', () => {
    const out = explain(['7006']).stdout.join('\n');
    expect(out).toContain('  default policy: fail');
    expect(out).toContain('    for enterRoom: recover: refreshAuth');
    expect(out).toContain('    for switchRoom: recover: refreshAuth');
  });

  it('says that 0 is success, with no policy decision', () => {
    const out = explain(['0']);
    expect(out.stdout[0]).toBe('0 AV_OK');
    expect(out.stdout.at(-1)).toMatch(/not a failure/);
  });

  it('reads hexadecimal codes as GME pages write them (0x50012 = 327698)', () => {
    expect(explain(['0x50012']).stdout[0]).toMatch(/^327698 /);
  });

  it('explains several codes, separated by a blank line', () => {
    const out = explain(['7004', '7005']);
    expect(out.stdout.filter((l) => /^\d+ [A-Z_]+$/.test(l))).toEqual([
      '7004 AV_ERR_NET_REQUEST_FALLED',
      '7005 AV_ERR_CHARGE_OVERDUE',
    ]);
    expect(out.stdout).toContain('');
  });
});

describe('locale', () => {
  it('uses Korean texts and labels with --locale ko', () => {
    const out = explain(['7005', '--locale', 'ko']);
    expect(out.stdout).toContain(`  요약: ${describeCode(7005, { locale: 'ko' }).summary}`);
    expect(out.stdout).toContain('  기본 정책: 실패');
  });

  it('accepts --locale=en and beats the environment', () => {
    const out = explain(['--locale=en', '7005'], { LANG: 'ko_KR.UTF-8' });
    expect(out.stdout).toContain(`  summary: ${describeCode(7005).summary}`);
  });

  it('takes the locale from LC_ALL, then LC_MESSAGES, then LANG', () => {
    expect(localeFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(localeFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'ko_KR', LANG: 'C' })).toBe('ko');
    expect(localeFromEnv({})).toBe('en');
    expect(explain(['7004'], { LC_ALL: 'ko_KR.UTF-8' }).stdout[1]).toBe('  분류: general');
  });

  it('rejects an unknown locale with exit code 1', () => {
    const out = explain(['7004', '--locale', 'fr']);
    expect(out).toMatchObject({ exitCode: 1, stdout: [] });
    expect(out.stderr[0]).toBe('Expected --locale to be ko or en, got fr.');
  });
});

describe('names', () => {
  it('finds 7006 AV_ERR_AUTH_FIALD from AUTH, in any case', () => {
    for (const q of ['AUTH', 'auth', 'Auth_Fiald']) {
      const out = explain([q]);
      expect(out.exitCode).toBe(0);
      expect(out.stdout[0]).toBe('7006 AV_ERR_AUTH_FIALD');
    }
    expect(findByName('auth').map((e) => e.code)).toEqual(
      catalog.filter((e) => /AUTH/.test([e.name, ...e.aliases].join(' '))).map((e) => e.code),
    );
  });

  it('lists every code whose name contains the query when several do', () => {
    const out = explain(['NET']);
    const expected = catalog.filter((e) =>
      [e.name, ...e.aliases, e.in2023?.name ?? ''].some((n) => n.includes('NET')),
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(out.stdout[0]).toBe(`${expected.length} codes match "NET":`);
    for (const e of expected)
      expect(out.stdout.some((l) => l.trim().startsWith(`${e.code}  ${e.name}`))).toBe(true);
  });

  it('prefers an exact name over names that merely contain it', () => {
    expect(findByName('av_err_timeout').map((e) => e.code)).toEqual([1005]);
  });

  it('finds a code by its 2023 name and shows that name with --table gme-2023', () => {
    expect(explain(['VOICE_RECORDER_PARAM_NULL']).stdout[0]).toBe('4097 QAVPTTERROR_RECORDER_PARAM_NULL');
    expect(explain(['--table', 'gme-2023', '4097']).stdout[0]).toBe('4097 VOICE_RECORDER_PARAM_NULL');
  });

  it('marks a code the chosen table does not list', () => {
    expect(explain(['--table=gme-2023', '1008']).stdout[1]).toMatch(/not listed in the gme-2023 table/);
    expect(explain(['1008']).stdout[1]).not.toMatch(/not listed/);
  });
});

describe('errors', () => {
  it('explain 99999: a message on stderr, nothing on stdout, exit code 1', () => {
    expect(explain(['99999'])).toEqual({
      stdout: [],
      stderr: ['Unknown GME code 99999. Run `gme-result explain --list` to see every known code.'],
      exitCode: 1,
    });
  });

  it('an unknown name: exit code 1', () => {
    const out = explain(['NO_SUCH_THING']);
    expect(out.exitCode).toBe(1);
    expect(out.stderr[0]).toMatch(/No GME code is named like "NO_SUCH_THING"/);
  });

  it('one unknown among known codes still fails, after printing the known ones', () => {
    const out = explain(['7004', '99999']);
    expect(out.exitCode).toBe(1);
    expect(out.stdout[0]).toBe('7004 AV_ERR_NET_REQUEST_FALLED');
    expect(out.stderr).toHaveLength(1);
  });

  it('no query, an unknown option or a bad table: usage on stderr, exit code 1', () => {
    for (const args of [[], ['--verbose', '7004'], ['--table', 'gme-2019', '7004'], ['--table']]) {
      const out = explain(args);
      expect(out.exitCode).toBe(1);
      expect(out.stderr.slice(1)).toEqual(USAGE);
    }
  });
});

describe('--list', () => {
  it('prints one line per code of the chosen table, sorted', () => {
    for (const table of ['gme-2022', 'gme-2023'] as const) {
      const out = explain(['--list', '--table', table]);
      const entries = catalog.filter((e) => e.tables.includes(table));
      expect(out.stdout[0]).toBe(`${table}: ${entries.length} codes`);
      const codes = out.stdout.slice(1).map((l) => Number(l.trim().split(/\s+/)[0]));
      expect(codes).toEqual(entries.map((e) => e.code).sort((a, b) => a - b));
    }
  });

  it('uses 2023 names with --table gme-2023', () => {
    const out = explain(['--list', '--table', 'gme-2023']).stdout.join('\n');
    expect(out).toContain('VOICE_RECORDER_PARAM_NULL');
    expect(out).not.toContain('QAVPTTERROR_RECORDER_PARAM_NULL');
  });
});

describe('runCli', () => {
  it('runs explain, prints usage for --help, and fails on an unknown or missing command', () => {
    expect(runCli(['explain', '7004']).stdout[0]).toBe('7004 AV_ERR_NET_REQUEST_FALLED');
    expect(ALL_USAGE).toEqual([...USAGE, '', ...SIMULATE_USAGE]);
    expect(runCli(['--help'])).toEqual({ stdout: ALL_USAGE, stderr: [], exitCode: 0 });
    expect(runCli(['describe', '7004'])).toMatchObject({
      exitCode: 1,
      stderr: ['Unknown command "describe".', ...ALL_USAGE],
    });
    expect(runCli([])).toMatchObject({ exitCode: 1, stderr: ['No command given.', ...ALL_USAGE] });
  });
});

describe('Korean messages', () => {
  it('words the decision and the reason of the default policy in Korean', () => {
    const out = explain(['7004', '--locale', 'ko']).stdout;
    const row = describePolicy(defaultPolicy, { locale: 'ko' }).find((r) => r.code === 7004);
    expect(out.slice(-2)).toEqual([`  기본 정책: ${row?.decision}`, `    ${row?.reason}`]);
    expect(row?.decision).toMatch(/^재시도: 최대 3회 시도/);
  });

  it('prints errors and the usage in Korean', () => {
    expect(explain(['99999', '--locale', 'ko']).stderr).toEqual([
      `${describeCode(99999, { locale: 'ko' }).summary} 알려진 코드를 모두 보려면 \`gme-result explain --list\`를 실행하세요.`,
    ]);
    expect(explain(['NOPE_NOPE', '--locale', 'ko']).stderr[0]).toBe(
      '이름이 "NOPE_NOPE"와 비슷한 GME 코드가 없습니다. 모든 코드를 보려면 `gme-result explain --list`를 실행하세요.',
    );
    expect(explain(['--locale', 'ko']).stderr).toEqual(['설명할 코드나 이름을 적어 주세요.', ...usage('ko')]);
    expect(explain(['7004', '--locale', 'fr'], { LANG: 'ko_KR.UTF-8' }).stderr[0]).toBe(
      '--locale 값은 ko 또는 en이어야 합니다. 받은 값: fr.',
    );
    expect(explain(['--locale', 'ko', '--table']).stderr[0]).toBe(
      '--table 값은 gme-2022 또는 gme-2023이어야 합니다. 받은 값: 없음.',
    );
    expect(explain(['--locale', 'ko', '--fast']).stderr[0]).toBe('알 수 없는 옵션입니다: --fast.');
  });

  it('follows the environment for --help and command errors', () => {
    const ko = { LANG: 'ko_KR.UTF-8' };
    expect(usage('ko')).not.toEqual(USAGE);
    expect(usage('en')).toBe(USAGE);
    expect(runCli(['--help'], ko)).toEqual({ stdout: allUsage('ko'), stderr: [], exitCode: 0 });
    expect(allUsage('ko')).toEqual([...usage('ko'), '', ...simulateUsage('ko')]);
    expect(simulateUsage('ko')).not.toEqual(SIMULATE_USAGE);
    expect(runCli([], ko).stderr[0]).toBe('명령이 없습니다.');
    expect(runCli(['describe'], ko).stderr[0]).toBe('알 수 없는 명령입니다: "describe".');
  });

  it('puts a value into a message as given, even one with $ patterns', () => {
    expect(explain(['$&x']).stderr[0]).toBe(
      'No GME code is named like "$&x". Run `gme-result explain --list` to see every code.',
    );
  });
});
