/**
 * The HTML report of `gme-result simulate --report` in headless Chromium, with JavaScript off (the
 * page needs none) and every network request refused: no console error, one requests-per-second
 * line per policy, and the shaded outage window between the chart's ticks for the scenario's
 * start and end. The screenshot goes to test/browser/screenshots/ (git-ignored).
 *
 * Needs Chromium at /usr/bin/chromium (`apt-get install -y --no-install-recommends chromium`).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '../../src/cli/simulate.js';
import { fleetScenario } from '../../src/fleet/fleet-scenarios.js';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('../../', import.meta.url));
const shots = fileURLToPath(new URL('./screenshots/', import.meta.url));
const reportPath = `${shots}fleet-report.html`;

let browser: Browser | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; the report test needs it. Install it with: ` +
        'apt-get update && apt-get install -y --no-install-recommends chromium',
    );
  }
  mkdirSync(shots, { recursive: true });
  const code = await simulate(['policies/strict.json', '--clients', '80', '--report', reportPath], {
    out: () => {},
    err: () => {},
    readFile: (path) => readFileSync(`${root}${path}`, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text),
  });
  if (code !== 0) throw new Error(`simulate exited with ${code}`);
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

describe('the fleet report in headless Chromium', () => {
  it('renders without scripts or network: one line per policy, the outage shaded where the scenario says', async () => {
    if (browser === undefined) throw new Error('Chromium did not start');
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(`${e.name}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(reportPath).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    try {
      await page.goto(pathToFileURL(reportPath).href);
      const chart = page.locator('#scenario-outage figure.rps svg');
      const lines = chart.locator('polyline.series');
      expect(await lines.count()).toBe(2);
      expect(await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-label')))).toEqual([
        'defaultPolicy',
        'strict.json',
      ]);
      for (const box of await Promise.all((await lines.all()).map((l) => l.boundingBox()))) {
        expect(box?.width ?? 0).toBeGreaterThan(500);
      }
      const outage = fleetScenario('outage').outage as { fromMs: number; toMs: number };
      const centre = async (s: number): Promise<number> => {
        const box = await chart.locator(`text.x-tick[data-x="${s}"]`).boundingBox();
        if (box === null) throw new Error(`no tick at ${s} s`);
        return box.x + box.width / 2;
      };
      const shade = await chart.locator('rect.shade').boundingBox();
      if (shade === null) throw new Error('no shaded window');
      expect(Math.abs(shade.x - (await centre(outage.fromMs / 1000)))).toBeLessThan(1.5);
      expect(Math.abs(shade.x + shade.width - (await centre(outage.toMs / 1000)))).toBeLessThan(1.5);
      expect(await page.locator('table.figures tbody tr').count()).toBe(2);
      expect(await page.locator('#scenario-outage .sentence').textContent()).toMatch(
        /^In outage, (defaultPolicy|strict\.json) loads the backend less: /,
      );
      await page.screenshot({ path: `${shots}fleet-report.png`, fullPage: true });
      expect(statSync(`${shots}fleet-report.png`).size).toBeGreaterThan(10_000);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
