import { readFileSync } from 'node:fs';
import { definePolicy, retry } from 'gme-result';
import { defaultPolicy, describePolicy } from 'gme-result/policies';
import { describe, expect, it } from 'vitest';
import {
  README_PATH,
  readTable,
  renderDefaultPolicyTable,
  renderPolicyTable,
  replaceTable,
  TABLE_END,
  TABLE_START,
} from '../scripts/readme-policy-table.js';

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
});
