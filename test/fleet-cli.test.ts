// `gme-result simulate` as a process: the bin's exit codes and streams (the figures themselves are
// tested in src/cli/simulate.test.ts, in-process).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

function run(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/gme-result.ts', 'simulate', ...args],
      { cwd: root, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the gme-result bin, simulate', () => {
  it('exits 0 with the table on stdout and nothing on stderr (no progress bar off a terminal)', async () => {
    const r = await run(['policies/strict.json', '--clients', '30']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('outage '));
    expect(rows.map((l) => l.split(/\s{2,}/)[1])).toEqual(['defaultPolicy', 'strict.json']);
  }, 30_000);

  it('exits 2 for a broken policy file, naming each JSON path on stderr', async () => {
    const r = await run(['test/fixtures/broken-policy.json', '--clients', '30']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'test/fixtures/broken-policy.json is not a valid policy (2 problems):',
      '  $.codes.7004.maxAttempts: expected an integer from 1 to 20, got 0',
      '  $.breaker.cooldownMs: expected an integer from 0 to 3600000, got "soon"',
      '',
    ]);
  }, 30_000);

  it('exits 2 for a bad flag, naming the flag and the value', async () => {
    const r = await run(['--scenario', 'meltdown']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'Expected --scenario to be outage, brownout, isolated, room-give-up, capacity, timeout-outage or all, got "meltdown".',
    );
  }, 30_000);
});
