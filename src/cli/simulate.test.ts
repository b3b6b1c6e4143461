import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { simulateFleet } from '../fleet/simulate-fleet.js';
import { parsePolicy } from '../index.js';
import { type SimulateIo, simulate } from './simulate.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BROKEN = '{"codes": {"7004": {"action": "retry", "maxAttempts": 0}}, "budget": {"capacity": -1}}';

/** An in-memory world: files by path (real files as a fallback), and what was printed. */
function world(files: Record<string, string> = {}, progressStream?: NodeJS.WritableStream) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  const io: SimulateIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    readFile: (path) => files[path] ?? readFileSync(`${root}${path}`, 'utf8'),
    writeFile: (path, text) => {
      if (path.startsWith('/no/such/dir/'))
        throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      written.set(path, text);
    },
    progressStream,
  };
  return { io, out, err, written };
}

const small = ['--clients', '50', '--seed', '7'];

describe('gme-result simulate', () => {
  it('runs policies/default.json beside defaultPolicy: a table, a sentence, exit 0', async () => {
    const w = world();
    expect(await simulate(['policies/default.json', ...small], w.io)).toBe(0);
    expect(w.err).toEqual([]);
    const rows = w.out.filter((l) => l.startsWith('outage '));
    expect(rows.map((l) => l.split(/\s{2,}/)[1])).toEqual(['defaultPolicy', 'default.json']);
    // The shipped JSON twin of defaultPolicy gives the same figures.
    expect(rows[0]?.replace('defaultPolicy', '')).toBe(rows[1]?.replace('default.json ', ''));
    expect(w.out.at(-1)).toMatch(/^In outage, defaultPolicy and default\.json load the backend alike: /);
  });

  it('runs policies/strict.json beside defaultPolicy and says which loads the backend less', async () => {
    const w = world();
    expect(await simulate(['policies/strict.json', ...small], w.io)).toBe(0);
    expect(w.out.filter((l) => l.startsWith('outage ')).map((l) => l.split(/\s{2,}/)[1])).toEqual([
      'defaultPolicy',
      'strict.json',
    ]);
    expect(w.out.at(-1)).toMatch(/^In outage, (strict\.json|defaultPolicy) loads the backend less: \d/);
  });

  it('refuses a broken policy file with each problem at its JSON path, exit 2, nothing run', async () => {
    const w = world({ 'broken.json': BROKEN });
    expect(await simulate(['broken.json', ...small], w.io)).toBe(2);
    expect(w.out).toEqual([]);
    expect(w.err).toEqual([
      'broken.json is not a valid policy (2 problems):',
      '  $.codes.7004.maxAttempts: expected an integer from 1 to 20, got 0',
      expect.stringMatching(/^ {2}\$\.budget\.capacity: /),
    ]);
    const syntax = world({ 'cut.json': '{"codes": {' });
    expect(await simulate(['cut.json'], syntax.io)).toBe(2);
    expect(syntax.err[0]).toBe('cut.json is not a valid policy (1 problem):');
    expect(syntax.err[1]).toMatch(/^ {2}\$: /);
    const missing = world();
    expect(await simulate(['nope.json'], missing.io)).toBe(2);
    expect(missing.err[0]).toMatch(/^Cannot read the policy file nope\.json: ENOENT/);
  });

  it('prints every figure with --json, the same as simulateFleet gives for that seed', async () => {
    const w = world();
    expect(await simulate(['policies/strict.json', ...small, '--json'], w.io)).toBe(0);
    const doc = JSON.parse(w.out.join('\n'));
    expect(doc).toMatchObject({ clients: 50, seed: 7, policies: ['defaultPolicy', 'strict.json'] });
    const [scenario] = doc.scenarios;
    expect(scenario.name).toBe('outage');
    expect(scenario.sentence).toMatch(/^In outage, /);
    const strict = parsePolicy(readFileSync(`${root}policies/strict.json`, 'utf8'))._unsafeUnwrap();
    const direct = await simulateFleet({ policy: strict, scenario: 'outage', clients: 50, seed: 7 });
    const { policy, ...figures } = scenario.results[1];
    expect(policy).toBe('strict.json');
    expect(figures).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('gives the same output for the same seed, and other figures for another', async () => {
    const runs = [];
    for (const seed of ['7', '7', '8']) {
      const w = world();
      await simulate(['policies/strict.json', '--clients', '50', '--seed', seed, '--json'], w.io);
      runs.push(w.out.join('\n'));
    }
    expect(runs[1]).toBe(runs[0]);
    expect(runs[2]).not.toBe(runs[0]);
  });

  it('writes the HTML report with --report and says so on stderr', async () => {
    const w = world();
    expect(await simulate(['policies/strict.json', ...small, '--report', 'out/report.html'], w.io)).toBe(0);
    const html = w.written.get('out/report.html') ?? '';
    expect(html).toContain('<title>Fleet simulation: defaultPolicy vs strict.json</title>');
    expect(html).toContain(
      'npx gme-result simulate policies/strict.json --scenario outage --clients 50 --seed 7',
    );
    expect(w.err).toEqual(['Report written to out/report.html.']);
    const bad = world();
    expect(await simulate([...small, '--report', '/no/such/dir/r.html'], bad.io)).toBe(2);
    expect(bad.err[0]).toMatch(/^Cannot write the report to \/no\/such\/dir\/r\.html: ENOENT/);
  });

  it('runs defaultPolicy alone without a file, and every scenario with --scenario all', async () => {
    const w = world();
    expect(await simulate(['--clients', '20', '--scenario', 'all'], w.io)).toBe(0);
    const names = w.out
      .map((l) => l.split(/\s{2,}/))
      .filter((c) => c[1] === 'defaultPolicy')
      .map((c) => c[0]);
    expect(names).toEqual(['outage', 'brownout', 'isolated', 'room-give-up', 'capacity', 'timeout-outage']);
    expect(w.out.filter((l) => l.startsWith('In '))).toHaveLength(6);
  });

  it('refuses bad flags with the flag and the value, exit 2', async () => {
    const w = world();
    expect(await simulate(['--clients', '0'], w.io)).toBe(2);
    expect(w.err).toEqual([
      'Expected --clients to be an integer from 1 to 100000, got "0".',
      'Run `gme-result simulate --help` for the options.',
    ]);
    const help = world();
    expect(await simulate(['--help'], help.io)).toBe(0);
    expect(help.out[0]).toMatch(/^Usage: gme-result simulate /);
  });

  it('draws a progress bar on a terminal stream, and clears it at the end', async () => {
    const tty = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = '';
    tty.on('data', (chunk: Buffer) => {
      drawn += chunk.toString();
    });
    const w = world({}, tty as unknown as NodeJS.WritableStream);
    expect(await simulate(['policies/strict.json', '--clients', '20'], w.io)).toBe(0);
    expect(drawn).toContain('0% | run 1/2');
    expect(drawn).toContain('100% | run 2/2: outage, strict.json');
    expect(drawn.endsWith('\u001b[2K')).toBe(true);
    expect(w.err).toEqual([]);
  });
});
