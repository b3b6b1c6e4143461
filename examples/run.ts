/**
 * `npm run example -- <name>`: runs one example's `main()`.
 */
import { pathToFileURL } from 'node:url';

const EXAMPLES = {
  'wrap-electron': () => import('./wrap-electron.js'),
  'custom-policy': () => import('./custom-policy.js'),
  'telemetry-events': () => import('./telemetry-events.js'),
  'policy-from-json': () => import('./policy-from-json.js'),
  'browser-web': () => import('./browser-web.js'),
  opentelemetry: () => import('./opentelemetry.js'),
  'stay-in-room': () => import('./stay-in-room.js'),
} as const satisfies Record<string, () => Promise<{ main(): Promise<void> }>>;

/** The example names, in the order of the README. */
export const EXAMPLE_NAMES = Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[];

/** Loads an example module by name; `undefined` when there is none. */
export function loadExample(name: string): Promise<{ main(): Promise<void> }> | undefined {
  return Object.hasOwn(EXAMPLES, name) ? EXAMPLES[name as keyof typeof EXAMPLES]() : undefined;
}

async function run(name: string | undefined): Promise<number> {
  const loading = name === undefined ? undefined : loadExample(name);
  if (loading === undefined) {
    const given = name === undefined ? 'No example named.' : `Unknown example "${name}".`;
    console.error(
      `${given} Run one of:\n${EXAMPLE_NAMES.map((n) => `  npm run example -- ${n}`).join('\n')}`,
    );
    return 1;
  }
  const { main } = await loading;
  await main();
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv[2]);
}
