import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every `.ts` file under `dir`, recursively. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const root = fileURLToPath(new URL('..', import.meta.url));

describe('MUTATION.md', () => {
  it('states the number of Stryker disable comments src/ holds', () => {
    const doc = readFileSync(join(root, 'MUTATION.md'), 'utf8');
    const stated = /src\/ holds \*\*(\d+)\*\* disable comments/.exec(doc)?.[1];
    const counted = tsFiles(join(root, 'src'))
      .map((file) => readFileSync(file, 'utf8').match(/\/\/ Stryker disable/g)?.length ?? 0)
      .reduce((a, b) => a + b, 0);
    expect(Number(stated)).toBe(counted);
    expect(counted).toBeLessThanOrEqual(20);
  });
});
