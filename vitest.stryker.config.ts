// Vitest config for Stryker (`npm run mutate`, see MUTATION.md). Stryker runs the tests that cover
// a mutant once per mutant, so what matters here is the cost of one run:
// - no typecheck pass (type tests kill no runtime mutant) and no coverage;
// - test files share one module graph per run (`isolate: false`); files that mock modules need
//   their own graph and run isolated;
// - fewer property runs (GME_PROPERTY_RUNS=25): a property still kills, at a fortieth of the cost;
// - cheap unit tests first, so a killed mutant is usually found before the slow suites start;
// - left out: the browser test (it runs the built dist/, which mutants never reach), the README
//   test (prose), the fleet simulation (src/fleet/, not mutated: its tests run whole fleets of
//   clients, and would run for every mutant of the client they cover) with the simulate CLI's tests,
//   the examples (demo scripts), and the
//   fault matrix (2 563 generated cases of the shipped default policy's table, ~3 s per mutant
//   run, that in trials killed nothing the unit and client tests did not).
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

const include = base.test?.include ?? [];
const exclude = [
  ...(base.test?.exclude ?? []),
  'test/browser/**',
  'test/readme.test.ts',
  'test/fleet.test.ts',
  'test/fleet-cli.test.ts',
  'test/readme-simulate.test.ts',
  'src/fleet/**',
  'src/cli/simulate.test.ts',
  'test/fault-matrix.test.ts',
  'examples/**',
];
// Files that mock modules or need module state of their own (an empty preset registry).
const mocking = ['src/policy/execute-with-policy.test.ts', 'src/policy/parse-policy.no-presets.test.ts'];

/** Files that failed last time first (they likely kill the next mutant too), then unit tests, then the rest by duration. */
class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (f: TestSpecification) => `${f.project.name}:${relative(this.ctx.config.root, f.moduleId)}`;
    const rank = (f: TestSpecification) => {
      const state = cache.getFileTestResults(key(f));
      const unit = relative(this.ctx.config.root, f.moduleId).startsWith('src/') ? 0 : 1;
      return [state?.failed ? 0 : 1, f.project.config.isolate ? 0 : 1, unit, state?.duration ?? 0] as const;
    };
    return [...files].sort((a, b) => {
      const ra = rank(a);
      const rb = rank(b);
      for (let i = 0; i < ra.length; i++) {
        const d = (ra[i] as number) - (rb[i] as number);
        if (d !== 0) return d;
      }
      return 0;
    });
  }
}

export default defineConfig({
  resolve: base.resolve,
  test: {
    env: { GME_PROPERTY_RUNS: process.env.GME_PROPERTY_RUNS ?? '25' },
    sequence: { sequencer: CheapFirst },
    projects: [
      { extends: true, test: { name: 'isolated', include: mocking, exclude, isolate: true } },
      { extends: true, test: { name: 'shared', include, exclude: [...exclude, ...mocking], isolate: false } },
    ],
  },
});
