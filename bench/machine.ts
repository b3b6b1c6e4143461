import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** Where the figures were measured. */
export interface Machine {
  /** `nproc`: CPUs this process may use. */
  readonly nproc: number;
  /** The `Model name` line of `lscpu`. */
  readonly cpuModel: string;
  readonly memoryGiB: number;
  /** 1-minute load average when the benchmark started: others' work on a shared machine. */
  readonly loadAverage: number;
  readonly node: string;
  readonly v8: string;
  readonly platform: string;
}

function run(command: string, args: readonly string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** Reads the machine's description (falls back to `os` where `nproc`/`lscpu` are missing). */
export function describeMachine(): Machine {
  const nproc = Number(run('nproc', [])) || os.availableParallelism();
  const lscpu = run('lscpu', []) ?? '';
  const model = /^Model name:\s*(.+)$/m.exec(lscpu)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    nproc,
    cpuModel: model,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}
