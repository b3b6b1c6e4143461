// The package as a new user gets it: `npm pack`s this repository, installs the tarball into a fresh
// project together with neverthrow, vitest and typescript from the npm registry (the versions this
// repository pins), adds a vitest test copied verbatim from the README ("Testing with fake
// timers") and a file that imports every subpath, typechecks both under `moduleResolution`
// node16 and bundler, and runs the test. Exits non-zero on the first failure, naming the step.
//
//   node scripts/consumer-check.mjs          (CI runs it; builds dist/ first when it is missing)
//   KEEP_CONSUMER=1 node scripts/consumer-check.mjs   keeps the temporary project for a look
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = Date.now();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function step(name, command, args, cwd) {
  const t = Date.now();
  process.stdout.write(`consumer-check: ${name} ... `);
  try {
    const out = execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    console.log(`ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
    return out;
  } catch (error) {
    console.log('FAILED');
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim());
    throw new Error(`consumer-check: ${name} failed (${command} ${args.join(' ')} in ${cwd})`);
  }
}

/** The ```ts block under a README heading, exactly as written there. */
function readmeSnippet(heading) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(`\n### ${heading}\n`);
  if (at === -1) throw new Error(`consumer-check: README.md has no "### ${heading}" section`);
  const block = /\n```ts\n([\s\S]*?)\n```\n/.exec(readme.slice(at));
  if (block === null) throw new Error(`consumer-check: no \`\`\`ts block under "### ${heading}"`);
  return `${block[1]}\n`;
}

function pinned(name) {
  const version = pkg.devDependencies?.[name] ?? pkg.dependencies?.[name];
  if (version === undefined) throw new Error(`consumer-check: package.json pins no version of ${name}`);
  return version;
}

const dir = mkdtempSync(join(tmpdir(), 'gme-result-consumer-'));
let failed = false;
try {
  if (!existsSync(join(root, 'dist/src/index.js')))
    step('build dist/', process.execPath, ['scripts/build.mjs'], root);
  const packed = JSON.parse(step('npm pack', npm, ['pack', '--json', '--pack-destination', dir], root));
  const tarball = join(dir, packed[0].filename);

  const project = join(dir, 'game');
  mkdirSync(join(project, 'test'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    `${JSON.stringify(
      {
        name: 'a-game',
        private: true,
        type: 'module',
        dependencies: { 'gme-result': `file:${tarball}`, neverthrow: pinned('neverthrow') },
        devDependencies: { vitest: pinned('vitest'), typescript: pinned('typescript') },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(project, 'test/join-voice-lobby.test.ts'), readmeSnippet('Testing with fake timers'));
  writeFileSync(
    join(project, 'test/subpaths.ts'),
    [
      "import { describeCode, type GmeError } from 'gme-result';",
      "import { defaultPolicy, describePolicy } from 'gme-result/policies';",
      "import { createSimulatedGme, type SettleOptions } from 'gme-result/testing';",
      '',
      "export const name: string = describeCode(7004, { locale: 'ko' }).name;",
      'export const rows: number = describePolicy(defaultPolicy).length;',
      'export const sim = createSimulatedGme({ recordingMs: 2_000 });',
      'export const options: SettleOptions = { advance: () => {}, stepMs: 5 };',
      'export const code = (e: GmeError): number => e.code;',
      '',
    ].join('\n'),
  );
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const tsconfig = (resolution) => ({
    compilerOptions: {
      ...compilerOptions,
      ...(resolution === 'node16'
        ? { module: 'node16', moduleResolution: 'node16' }
        : { module: 'esnext', moduleResolution: 'bundler' }),
    },
    include: ['test'],
  });
  writeFileSync(join(project, 'tsconfig.node16.json'), `${JSON.stringify(tsconfig('node16'), null, 2)}\n`);
  writeFileSync(join(project, 'tsconfig.bundler.json'), `${JSON.stringify(tsconfig('bundler'), null, 2)}\n`);

  step(
    'npm install (the tarball and pinned neverthrow, vitest, typescript)',
    npm,
    ['install', '--no-audit', '--no-fund', '--loglevel=error'],
    project,
  );
  const tsc = join(project, 'node_modules/typescript/bin/tsc');
  step('typecheck, moduleResolution node16', process.execPath, [tsc, '-p', 'tsconfig.node16.json'], project);
  step(
    'typecheck, moduleResolution bundler',
    process.execPath,
    [tsc, '-p', 'tsconfig.bundler.json'],
    project,
  );
  const vitest = join(project, 'node_modules/vitest/vitest.mjs');
  const report = step(
    'vitest run (the README test)',
    process.execPath,
    [vitest, 'run', '--reporter=json'],
    project,
  );
  const json = JSON.parse(report.slice(report.indexOf('{')));
  if (json.numPassedTests < 1 || json.numFailedTests !== 0) {
    throw new Error(
      `consumer-check: expected the README test to pass, got ${json.numPassedTests} passed, ${json.numFailedTests} failed`,
    );
  }
  console.log(
    `consumer-check: ok, ${json.numPassedTests} test(s) passed in a project made from ${packed[0].filename} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  if (process.env.KEEP_CONSUMER === '1' || failed) console.log(`consumer-check: the project is in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
