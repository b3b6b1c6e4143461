import type { FleetResults } from './fleet-results.js';
import type { Machine } from './machine.js';
import type { PerCall } from './measure-calls.js';
import type { CallPathProfile } from './profile-call-path.js';
import type { ConcurrentFigures, ConcurrentFloor, SequentialFigures } from './scale.js';

/**
 * The shape of bench/results.json that this benchmark writes and its report reads. Raise it when a
 * figure the report needs is added or changes meaning, so an older file is refused by name instead
 * of rendered with holes.
 */
export const RESULTS_FORMAT = 2;

/** Per-call figures of one group of contestants measured in one tinybench run. */
export interface CallRun {
  readonly batch: number;
  readonly timeMs: number;
  readonly rounds: number;
  readonly rows: readonly PerCall[];
}

/** Everything `npm run bench` measures; `bench/results.json` holds one. */
export interface BenchResults {
  /** {@link RESULTS_FORMAT} of the benchmark that wrote the file. */
  readonly format: number;
  readonly generatedAt: string;
  readonly machine: Machine;
  /** The command lines the figures came from. */
  readonly commands: { readonly bench: string; readonly benchScript: string; readonly fleetTest: string };
  /** True when run with GME_BENCH_QUICK=1 (small sizes, for trying the benchmark out; not for BENCHMARKS.md). */
  readonly quick: boolean;
  readonly successPath: CallRun & {
    /** (a) floor, (b) gme-result, (c) cockatiel, (d) p-retry. */
    readonly rows: readonly PerCall[];
    /** (b) − (a), medians, ns per call. */
    readonly overheadNs: number;
    readonly profile: CallPathProfile;
  };
  readonly failurePath: CallRun & {
    /** (a) bare loop, (b) gme-result, (c) cockatiel, (d) p-retry. */
    readonly rows: readonly PerCall[];
    readonly overheadNs: number;
    readonly profile: CallPathProfile;
  };
  /**
   * `instrument(gme)` with no-op OpenTelemetry providers (bench/otel.ts): (a) no listener, (b) a
   * no-op listener per instrumented event, (c) instrumented.
   */
  readonly otel: CallRun;
  readonly scale: {
    readonly concurrent: ConcurrentFigures;
    /** The same downloads as bare promises over the same simulator: what any wrapper holds. */
    readonly concurrentFloor: ConcurrentFloor;
    /** The same with one AbortSignal shared by every call, at smaller counts. */
    readonly sharedSignal: readonly ConcurrentFigures[];
    readonly sequential: SequentialFigures;
  };
  readonly fleet: FleetResults;
  /** Wall time of each section, ms. */
  readonly sectionsMs: Readonly<Record<string, number>>;
  /** Wall time of the benchmark process, ms (bundling and npm start-up not included). */
  readonly totalMs: number;
}

/**
 * Checks that `value` (bench/results.json, parsed) was written by this benchmark's format; throws
 * an Error that says what to run otherwise.
 */
export function checkResults(value: unknown, path = 'bench/results.json'): BenchResults {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || format !== RESULTS_FORMAT) {
    const generatedAt = (value as { generatedAt?: unknown } | null)?.generatedAt;
    throw new Error(
      `Expected \`format\` of ${path} to be ${RESULTS_FORMAT}, got ${format === undefined ? 'none' : JSON.stringify(format)}` +
        `${typeof generatedAt === 'string' ? ` (the file was generated on ${generatedAt})` : ''}: ` +
        'it was written by an earlier benchmark. Run `npm run bench` to measure again.',
    );
  }
  return value as BenchResults;
}
