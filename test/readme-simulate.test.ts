import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXCERPT_END,
  EXCERPT_START,
  README_PATH,
  readExcerpt,
  renderSimulateExcerpt,
  replaceExcerpt,
} from '../scripts/readme-simulate.js';

const readme = readFileSync(README_PATH, 'utf8');

describe('README: Check a policy before you ship it', () => {
  it('holds the output of the command exactly as a fresh run prints it (run `npm run readme` after a change)', async () => {
    expect(readExcerpt(readme)).toBe(await renderSimulateExcerpt());
  });

  it('sits in its own section, with the commands to run', () => {
    const section = readme.slice(readme.indexOf('## Check a policy before you ship it'));
    expect(section.startsWith('## Check a policy before you ship it\n')).toBe(true);
    expect(section.indexOf(EXCERPT_START)).toBeLessThan(section.indexOf('\n## ', 5));
    expect(section).toContain('npx gme-result simulate my-policy.json');
    expect(readExcerpt(readme)).toMatch(
      /\n\$ npx gme-result simulate policies\/strict\.json --clients 200\n/,
    );
    expect(readExcerpt(readme)).toMatch(/\noutage +strict\.json +\d+\.\d\d× /);
  });

  it('replaces only the text between the markers, and needs both markers', () => {
    const doc = `before\n${EXCERPT_START}\nold\n${EXCERPT_END}\nafter\n`;
    const next = replaceExcerpt(doc, 'NEW');
    expect(next).toBe(`before\n${EXCERPT_START}\n\nNEW\n\n${EXCERPT_END}\nafter\n`);
    expect(replaceExcerpt(next, 'NEW')).toBe(next);
    expect(readExcerpt(replaceExcerpt(readme, 'drifted'))).not.toBe(readExcerpt(readme));
    expect(() => readExcerpt('no markers')).toThrow(/simulate-output:start/);
    expect(() => replaceExcerpt(`${EXCERPT_END}${EXCERPT_START}`, 'x')).toThrow(Error);
  });
});
