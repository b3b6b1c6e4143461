/**
 * The built package in a real browser: test/browser/entry.ts is bundled for the browser from the
 * files package.json exports (dist/, so `npm test` builds first) and runs in headless Chromium
 * against the simulated H5 SDK. A bundle that needs a Node built-in fails the build.
 *
 * Needs Chromium at /usr/bin/chromium (`apt-get install -y --no-install-recommends chromium`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, type Plugin } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserReport } from './entry.js';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));

interface ExportsMap {
  readonly [subpath: string]: { readonly default?: string } | string;
}

/** Resolves `gme-result` and its subpaths to the built files named by package.json `exports`. */
function builtPackage(): Plugin {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: ExportsMap };
  return {
    name: 'built-gme-result',
    setup(b) {
      b.onResolve({ filter: /^gme-result(\/.*)?$/ }, ({ path }) => {
        const subpath = `.${path.slice('gme-result'.length)}`;
        const target = pkg.exports[subpath];
        const file = typeof target === 'string' ? target : target?.default;
        if (file === undefined) return { errors: [{ text: `package.json exports no \`${subpath}\`` }] };
        const absolute = `${root}${file.replace(/^\.\//, '')}`;
        if (!existsSync(absolute)) {
          return { errors: [{ text: `${file} is missing: run \`npm run build\` first (npm test does)` }] };
        }
        return { path: absolute };
      });
    },
  };
}

const browserBuild: BuildOptions = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  plugins: [builtPackage()],
};

/** Bundles `entry` for the browser; rejects with esbuild's messages when the build fails. */
async function bundle(options: BuildOptions): Promise<{ text: string; errors: number; warnings: string[] }> {
  const result = await build({ ...browserBuild, ...options });
  const text = result.outputFiles?.[0]?.text ?? '';
  return { text, errors: result.errors.length, warnings: result.warnings.map((w) => w.text) };
}

const NODE_IMPORT = /(?:require\(\s*|from\s*|import\(\s*)["']node:/;

describe('the built package, bundled for the browser', () => {
  it('bundles with no errors and no node: import', async () => {
    const out = await bundle({ entryPoints: [entry] });
    expect(out.errors).toBe(0);
    expect(out.warnings).toEqual([]);
    expect(out.text.length).toBeGreaterThan(1000);
    expect(out.text).not.toMatch(NODE_IMPORT);
    // The bundle holds the built files, not the TypeScript sources.
    expect(out.text).toContain('dist/src/');
  });

  it('fails the build when something needs a Node built-in (the guard works)', async () => {
    const needsNode = bundle({
      stdin: {
        contents: "import { readFileSync } from 'node:fs';\nimport 'gme-result';\nconsole.log(readFileSync);",
        resolveDir: root,
        loader: 'ts',
      },
    });
    await expect(needsNode).rejects.toThrow(/node:fs/);
  });
});

describe('the built package in headless Chromium', () => {
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is missing at ${CHROMIUM}; the browser test needs it. Install it with: ` +
          'apt-get update && apt-get install -y --no-install-recommends chromium',
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('enters with a retry after 7004, exits, and reports retry and success events', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const { text } = await bundle({ entryPoints: [entry] });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(m.text());
    });
    try {
      await page.setContent(
        '<!doctype html><html><head><title>gme-result</title></head><body></body></html>',
      );
      await page.addScriptTag({ type: 'module', content: text });
      await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 60_000 });
      const report = (await page.evaluate(() => window.__result)) as BrowserReport;

      expect(pageErrors).toEqual([]);
      expect(report.failure).toBeUndefined();
      expect(report.userAgent).toContain('Chrome');
      expect(report.init).toEqual({ ok: true, attempts: 1, code: 0 });
      expect(report.enter).toEqual({ ok: true, attempts: 2, code: 0 });
      expect(report.exit).toEqual({ ok: true, attempts: 1, code: 0 });
      expect(report.simRoom).toBe('browser-lobby');
      expect(report.events).toEqual([
        { type: 'success', operation: 'init', attempts: 1, code: 0 },
        { type: 'retry', operation: 'enterRoom', code: 7004, attempt: 1 },
        { type: 'success', operation: 'enterRoom', attempts: 2, code: 0 },
        { type: 'success', operation: 'exitRoom', attempts: 1, code: 0 },
      ]);
      expect(report.roomStates).toContain('entered');
      expect(report.roomStates?.at(-1)).toBe('idle');
    } finally {
      await page.close();
    }
  }, 120_000);
});
