/**
 * Nothing of OpenTelemetry loads unless `gme-result/otel` is imported: no module reachable from the
 * other entry points imports `@opentelemetry/*` or `src/otel/`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module reachable from `entry` through relative imports, with the bare specifiers each imports. */
function graph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const stack = [resolve(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    const bare: string[] = [];
    seen.set(file, bare);
    for (const m of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
      const spec = (m[1] ?? m[2]) as string;
      if (!spec.startsWith('.')) {
        bare.push(spec);
        continue;
      }
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      stack.push(existsSync(target) ? target : target.replace(/\.ts$/, '/index.ts'));
    }
  }
  return seen;
}

describe('entry points', () => {
  it.each(['src/index.ts', 'policies/index.ts', 'src/testing/index.ts'])(
    '%s reaches no OpenTelemetry module',
    (entry) => {
      const modules = graph(entry);
      expect(modules.size).toBeGreaterThan(entry === 'src/index.ts' ? 30 : 5);
      const offending = [...modules].filter(
        ([file, bare]) => file.includes('/src/otel/') || bare.some((s) => s.startsWith('@opentelemetry/')),
      );
      expect(offending).toEqual([]);
    },
  );

  it('gme-result/otel does reach @opentelemetry/api (so the walk sees imports)', () => {
    const bare = [...graph('src/otel/index.ts').values()].flat();
    expect(bare).toContain('@opentelemetry/api');
    expect(bare.filter((s) => s.startsWith('@opentelemetry/') && s !== '@opentelemetry/api')).toEqual([]);
  });
});
