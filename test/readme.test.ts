import { readFileSync } from 'node:fs';
import { definePolicy, retry } from 'gme-result';
import { defaultPolicy, describePolicy } from 'gme-result/policies';
import { describe, expect, it } from 'vitest';
import {
  README_PATH,
  readTable,
  renderDefaultPolicyTable,
  renderPolicyTable,
  renderTimeoutsTable,
  replaceTable,
  TABLE_END,
  TABLE_START,
  TIMEOUTS_END,
  TIMEOUTS_START,
} from '../scripts/readme-policy-table.js';
import { explain } from '../src/cli/explain.js';
import { resolveOptions } from '../src/client/client-options.js';
import { OPERATION_SPECS } from '../src/client/operation-specs.js';
import { catalog } from '../src/codes/catalog.js';
import type { GmeAdapter } from '../src/sdk/adapter.js';

const readme = readFileSync(README_PATH, 'utf8');

describe('README', () => {
  it('holds the default policy table exactly as `npm run readme` renders it (run it after changing the preset)', () => {
    expect(readTable(readme)).toBe(renderDefaultPolicyTable());
  });

  it('has one table row per describePolicy row, each with the decision of that row', () => {
    const rows = describePolicy(defaultPolicy);
    const lines = readTable(readme)
      .split('\n')
      .filter((l) => /^\| \d+ \|/.test(l));
    expect(lines).toHaveLength(rows.length);
    const line7004 = lines.find((l) => l.startsWith('| 7004 |'));
    expect(line7004).toContain('| any | retry: 3 attempts, waits up to 200·2ⁿ ms (≤ 5000 ms), full jitter |');
    expect(lines.filter((l) => l.startsWith('| 7006 |')).map((l) => l.split(' | ')[2])).toEqual([
      'any',
      '`enterRoom`',
      '`switchRoom`',
    ]);
  });

  it('renders a different table for a different policy, so drift is caught', () => {
    const changed = definePolicy({ extends: defaultPolicy, codes: { 7004: retry({ maxAttempts: 9 }) } });
    const table = renderPolicyTable(describePolicy(changed));
    expect(table).not.toBe(renderDefaultPolicyTable());
    expect(table).toContain('| 7004 | `AV_ERR_NET_REQUEST_FALLED` | any | retry: 9 attempts,');
  });

  it('escapes pipes in cells so a reason cannot break the table', () => {
    const table = renderPolicyTable([
      { code: 1, name: 'A|B', decision: 'fail', rule: 'code', reason: 'x | y' },
    ]);
    expect(table.split('\n').at(-1)).toBe('| 1 | `A\\|B` | any | fail | x \\| y |');
  });

  it('replaces only the text between the markers, and needs both markers', () => {
    const doc = `before\n${TABLE_START}\nold\n${TABLE_END}\nafter\n`;
    const next = replaceTable(doc, 'NEW');
    expect(next).toBe(`before\n${TABLE_START}\n\nNEW\n\n${TABLE_END}\nafter\n`);
    expect(replaceTable(next, 'NEW')).toBe(next);
    expect(() => readTable('no markers here')).toThrow(/policy-table:start/);
    expect(() => replaceTable(`${TABLE_END}${TABLE_START}`, 'x')).toThrow(Error);
  });

  it('starts with the two commands, keeps the peer-dependency note and has a Korean and a Quality section', () => {
    expect(readme.split('\n').slice(0, 6)).toEqual([
      '# gme-result',
      '',
      '```sh',
      'npm ci && npm run demo   # a scripted game session on the built-in simulated GME SDK',
      'npm test                 # unit, integration, property, browser and type tests, with coverage',
      '```',
    ]);
    expect(readme).toContain('`neverthrow` is a **peer dependency**');
    expect(readme).toMatch(/^## 한국어$/m);
    expect(readme).toMatch(/^## Quality$/m);
  });

  it('holds the timeout table exactly as `npm run readme` renders it from the operation specs', () => {
    const table = readTable(readme, TIMEOUTS_START, TIMEOUTS_END);
    expect(table).toBe(renderTimeoutsTable());
    expect(table).toContain('| `enterRoom` | 30 000 |');
    expect(table.split('\n').filter((l) => l.startsWith('| `'))).toHaveLength(
      Object.keys(OPERATION_SPECS).length,
    );
  });

  it('counts the codes as the catalog and `explain --list` do: 87 error codes, 88 lines with AV_OK', () => {
    const errors = catalog.filter((e) => e.tables.includes('gme-2022') && e.code !== 0).length;
    const listed = explain(['--list']).stdout.length - 1; // the first line is the title
    expect(listed).toBe(errors + 1);
    const prose = readme.replace(/\s+/g, ' ');
    expect(prose).toContain(`its ${errors} documented error codes`);
    expect(prose).toContain(`all ${errors} error codes of GME's 2022 table`);
    expect(prose).toContain(
      `\`explain --list\` prints ${listed} codes for that table: the ${errors} error codes and \`0 AV_OK\``,
    );
    expect(prose).toContain(`${listed} lines for \`gme-2022\` (its ${errors} error codes and success)`);
  });

  it('states the client option defaults that resolveOptions fills in', () => {
    const sdk: GmeAdapter = {
      surface: 'fake',
      supports: () => true,
      invoke: () => 0,
      callMethod: () => 0,
      hasMethod: () => true,
      attach: () => () => {},
    };
    const o = resolveOptions({ sdk });
    const row = (option: string) =>
      readme
        .split('\n')
        .find((l) => l.startsWith(`| \`${option}\` |`))
        ?.split(' | ')[1];
    const shown = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
    expect(row('deadlineMs')).toBe(shown(o.deadlineMs));
    expect(row('speechToTextConcurrency')).toBe(shown(o.speechToTextConcurrency));
    expect(row('awaitInFlightMs')).toBe(shown(o.awaitInFlightMs));
    expect(row('poll')).toBe(`\`{ intervalMs: ${o.pollIntervalMs} }\``);
    expect(row('locale')).toBe(`\`'${o.locale}'\``);
    expect(row('table')).toBe(`\`'${o.table}'\``);
  });
});
