import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_NAMES, loadExample } from './run.js';

/** A line each example prints only when its scenario went as described. */
const MARKERS: Record<(typeof EXAMPLE_NAMES)[number], RegExp> = {
  'wrap-electron': /^the game's delegate saw events 1, 2$/,
  'custom-policy': /^arena: Ok, recovered by exitThenEnter$/,
  'telemetry-events': /^ {2}gme\.listener_error\.success = 1$/,
  'policy-from-json': /^ {2}- \$\.codes\.7004\.maxAttempts: expected an integer from 1 to 20, got 0$/,
  'browser-web': /^uploadRecordedFile: Err 1006 AV_ERR_NOT_IMPLEMENTED/,
  opentelemetry: /^gme enterRoom: ok, 3 attempt\(s\), gme\.retry, gme\.retry$/,
  'stay-in-room': /^back in the lobby: 2 EnterRoom calls in all$/,
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('examples', () => {
  it('registers every example file with npm run example', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'run.ts' && f !== 'demo.ts')
      .map((f) => f.slice(0, -3));
    expect([...EXAMPLE_NAMES].sort()).toEqual(files.sort());
    expect(loadExample('no-such-example')).toBeUndefined();
    expect(loadExample('__proto__')).toBeUndefined();
  });

  it.each(EXAMPLE_NAMES)('%s runs to completion and prints what it promises', async (name) => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.join(' '));
    });
    const loading = loadExample(name);
    expect(loading).toBeDefined();
    const { main } = await (loading as NonNullable<typeof loading>);
    await expect(main()).resolves.toBeUndefined();
    expect(lines.some((l) => MARKERS[name].test(l))).toBe(true);
  });
});
