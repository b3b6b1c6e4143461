/**
 * `gme-result simulate`: runs a policy from a JSON file beside `defaultPolicy` through the fleet
 * simulation and prints the figures. Everything outside the process (files, the terminal) comes
 * through {@link SimulateIo}, so tests run it in-process.
 */
import { defaultPolicy } from '../../policies/index.js';
import { compareSentence } from '../fleet/compare-sentence.js';
import { FIGURE_HEADERS, figureCells } from '../fleet/figure-cells.js';
import { fleetReportHtml } from '../fleet/fleet-report-html.js';
import type { FleetResult } from '../fleet/fleet-result.js';
import type { FleetScenario } from '../fleet/fleet-scenario.js';
import { fleetScenario } from '../fleet/fleet-scenarios.js';
import { simulateFleet } from '../fleet/simulate-fleet.js';
import { type Policy, parsePolicy } from '../index.js';
import { progressBar } from './progress-bar.js';
import { parseSimulateArgs, SIMULATE_USAGE, type SimulateArgs } from './simulate-args.js';
import { textTable } from './text-table.js';

/** How `simulate` reaches the world outside the process. */
export interface SimulateIo {
  /** Writes one line to stdout. */
  readonly out: (line: string) => void;
  /** Writes one line to stderr. */
  readonly err: (line: string) => void;
  /** Reads a UTF-8 file; throws when it cannot. */
  readonly readFile: (path: string) => string;
  /** Writes a UTF-8 file; throws when it cannot. */
  readonly writeFile: (path: string, text: string) => void;
  /** Where the progress bar draws: stderr when it is a terminal, else `undefined` (no bar). */
  readonly progressStream?: NodeJS.WritableStream | undefined;
}

/** Exit codes: 0 done, 1 the simulation itself failed, 2 bad arguments or a bad policy file. */
export type SimulateExitCode = 0 | 1 | 2;

interface NamedPolicy {
  readonly name: string;
  readonly policy: Policy;
}

/** One scenario's runs, as `--json` prints them. */
interface ScenarioRuns {
  readonly name: string;
  readonly scenario: FleetScenario;
  readonly sentence: string;
  readonly results: readonly ({ readonly policy: string } & FleetResult)[];
}

/** The policy in `path`, or the lines to print on stderr. */
function readPolicy(path: string, io: SimulateIo): NamedPolicy | string[] {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    return [`Cannot read the policy file ${path}: ${e instanceof Error ? e.message : String(e)}`];
  }
  const parsed = parsePolicy(text);
  if (parsed.isErr()) {
    const issues = parsed.error.issues;
    return [
      `${path} is not a valid policy (${issues.length === 1 ? '1 problem' : `${issues.length} problems`}):`,
      ...issues.map((i) => `  ${i.path}: ${i.message}`),
    ];
  }
  return { name: path.split(/[\\/]/).pop() || path, policy: parsed.value };
}

async function runAll(
  a: SimulateArgs,
  policies: readonly NamedPolicy[],
  io: SimulateIo,
): Promise<ScenarioRuns[]> {
  const bar = progressBar(io.progressStream, a.scenarios.length * policies.length);
  const out: ScenarioRuns[] = [];
  let run = 0;
  try {
    for (const name of a.scenarios) {
      const scenario = fleetScenario(name);
      const results: ({ readonly policy: string } & FleetResult)[] = [];
      for (const p of policies) {
        const label = `${name}, ${p.name}`;
        const index = run++;
        bar.update(index, 0, label);
        const result = await simulateFleet({
          policy: p.policy,
          scenario,
          clients: a.clients,
          seed: a.seed,
          onProgress: (share) => bar.update(index, share, label),
        });
        results.push({ policy: p.name, ...result });
      }
      const sentence = compareSentence(
        name,
        results.map((r) => ({ policy: r.policy, result: r })),
      );
      out.push({ name, scenario, sentence, results });
    }
  } finally {
    bar.stop();
  }
  return out;
}

/** The command line as a user would type it, for the report. */
function commandLine(a: SimulateArgs): string {
  const parts = ['npx gme-result simulate'];
  if (a.policyPath !== undefined) parts.push(a.policyPath);
  parts.push(`--scenario ${a.scenarios.length === 1 ? a.scenarios[0] : 'all'}`);
  parts.push(`--clients ${a.clients}`, `--seed ${a.seed}`);
  return parts.join(' ');
}

/** The table and the sentences, as printed without `--json`. */
export function simulateTable(a: SimulateArgs, runs: readonly ScenarioRuns[]): string[] {
  const rows = runs.flatMap((s) => s.results.map((r) => figureCells(s.name, r.policy, r)));
  return [
    `Fleet simulation: ${a.clients.toLocaleString('en-US')} clients, seed ${a.seed}.`,
    "load: API requests in the failure window ÷ the same fleet's requests there when nothing fails.",
    'back: time from the backend’s return until a client is in its room with every touched message sent.',
    '',
    ...textTable(FIGURE_HEADERS, rows, 2),
    '',
    ...runs.map((s) => s.sentence),
  ];
}

/**
 * Runs `gme-result simulate` with the arguments after `simulate`. Resolves to the exit code; never
 * rejects (a failure of the simulation itself is printed and gives exit code 1).
 */
export async function simulate(args: readonly string[], io: SimulateIo): Promise<SimulateExitCode> {
  const a = parseSimulateArgs(args);
  if (typeof a === 'string') {
    io.err(a);
    io.err('Run `gme-result simulate --help` for the options.');
    return 2;
  }
  if (a.help) {
    for (const line of SIMULATE_USAGE) io.out(line);
    return 0;
  }
  const policies: NamedPolicy[] = [{ name: 'defaultPolicy', policy: defaultPolicy }];
  if (a.policyPath !== undefined) {
    const read = readPolicy(a.policyPath, io);
    if (Array.isArray(read)) {
      for (const line of read) io.err(line);
      return 2;
    }
    policies.push(read);
  }
  let runs: ScenarioRuns[];
  try {
    runs = await runAll(a, policies, io);
  } catch (e) {
    io.err(`The simulation failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return 1;
  }
  if (a.json) {
    const doc = { clients: a.clients, seed: a.seed, policies: policies.map((p) => p.name), scenarios: runs };
    io.out(JSON.stringify(doc, null, 2));
  } else {
    for (const line of simulateTable(a, runs)) io.out(line);
  }
  if (a.reportPath !== undefined) {
    const html = fleetReportHtml({
      title: `Fleet simulation: ${policies.map((p) => p.name).join(' vs ')}`,
      command: commandLine(a),
      scenarios: runs.map((s) => ({
        scenario: s.scenario,
        results: s.results.map((r) => ({ policy: r.policy, result: r })),
      })),
    });
    try {
      io.writeFile(a.reportPath, html);
    } catch (e) {
      io.err(`Cannot write the report to ${a.reportPath}: ${e instanceof Error ? e.message : String(e)}`);
      return 2;
    }
    io.err(`Report written to ${a.reportPath}.`);
  }
  return 0;
}
