import type { FleetResults } from './fleet-section.js';
import type { Machine } from './machine.js';
import type { PerCall } from './measure-calls.js';
import type { CallPathProfile } from './profile-call-path.js';
import type { ConcurrentFigures, SequentialFigures } from './scale.js';

/** Everything `npm run bench` measures; `bench/results.json` holds one. */
export interface BenchResults {
  readonly generatedAt: string;
  readonly machine: Machine;
  /** The command lines the figures came from. */
  readonly commands: { readonly bench: string; readonly benchScript: string; readonly fleetTest: string };
  /** True when run with GME_BENCH_QUICK=1 (small sizes, for trying the benchmark out; not for BENCHMARKS.md). */
  readonly quick: boolean;
  readonly successPath: {
    readonly batch: number;
    readonly timeMs: number;
    readonly rounds: number;
    /** (a) floor, (b) gme-result, (c) cockatiel, (d) p-retry. */
    readonly rows: readonly PerCall[];
    /** (b) − (a), ns per call. */
    readonly overheadNs: number;
    readonly profile: CallPathProfile;
  };
  readonly failurePath: {
    readonly batch: number;
    readonly timeMs: number;
    readonly rounds: number;
    readonly rows: readonly PerCall[];
    readonly overheadNs: number;
    readonly profile: CallPathProfile;
  };
  readonly scale: {
    readonly concurrent: ConcurrentFigures;
    /** The same with one AbortSignal shared by every call, at smaller counts (it grows quadratically). */
    readonly sharedSignal: readonly ConcurrentFigures[];
    readonly sequential: SequentialFigures;
  };
  readonly fleet: FleetResults;
  /** Wall time of each section, ms. */
  readonly sectionsMs: Readonly<Record<string, number>>;
  /** Wall time of the benchmark process, ms (bundling and npm start-up not included). */
  readonly totalMs: number;
}
