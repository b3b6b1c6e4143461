/**
 * What `npm pack` would publish. Reads `npm pack --dry-run --json` (the files npm itself selects),
 * so it needs a built `dist/` (`npm test` builds first). The package ships compiled JavaScript and
 * `.d.ts` files without source maps (tsconfig.build.json: `sourceMap: false`): a map naming
 * `../../src/*.ts`, which is not published, would only send debuggers to missing files.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

interface PackEntry {
  readonly path: string;
}

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(out) as [{ files: PackEntry[] }];
  return pack.files.map((f) => f.path);
}

/** Every `sources` entry of every packed `.map` that does not name a packed file, as `map -> source`. */
function missingMapSources(files: readonly string[], read: (path: string) => string): string[] {
  const packed = new Set(files);
  const missing: string[] = [];
  for (const map of files.filter((f) => f.endsWith('.map'))) {
    const { sources = [], sourceRoot = '' } = JSON.parse(read(map)) as {
      sources?: string[];
      sourceRoot?: string;
    };
    for (const source of sources) {
      const target = posix.normalize(posix.join(posix.dirname(map), sourceRoot, source));
      if (!packed.has(target)) missing.push(`${map} -> ${source}`);
    }
  }
  return missing;
}

describe('the published package', () => {
  const files = packedFiles();

  it('holds the built entry points, the README and an MIT LICENSE naming its holder', () => {
    expect(files, 'dist/ is missing: run `npm run build` first (npm test does)').toContain(
      'dist/src/index.js',
    );
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    const license = readFileSync(`${root}LICENSE`, 'utf8');
    expect(license.split('\n')[0]).toBe('MIT License');
    expect(license).toContain('Copyright (c) 2026 gme-result contributors');
    expect((JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { license: string }).license).toBe(
      'MIT',
    );
  });

  it('publishes no source map, so no map can name a source that is not published', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(missingMapSources(files, (p) => readFileSync(`${root}${p}`, 'utf8'))).toEqual([]);
  });

  it('publishes no test file', () => {
    expect(files.filter((f) => /\.test(-d)?\.(ts|js)$/.test(f) || f.startsWith('test/'))).toEqual([]);
  });
});

describe('missingMapSources', () => {
  const maps: Record<string, string> = {
    'dist/src/a.js.map': JSON.stringify({ sources: ['../../src/a.ts'] }),
    'dist/src/b.js.map': JSON.stringify({ sourceRoot: '../..', sources: ['src/b.ts'] }),
  };
  const read = (p: string): string => maps[p] ?? '{}';

  it('names each map source that is not in the file list', () => {
    expect(missingMapSources(['dist/src/a.js.map', 'dist/src/b.js.map', 'src/b.ts'], read)).toEqual([
      'dist/src/a.js.map -> ../../src/a.ts',
    ]);
  });

  it('accepts maps whose sources are all published', () => {
    expect(missingMapSources(['dist/src/a.js.map', 'src/a.ts'], read)).toEqual([]);
  });
});
