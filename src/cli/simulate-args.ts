import { MAX_CLIENTS } from '../fleet/fleet-options.js';
import { FLEET_SCENARIO_NAMES, type FleetScenarioName } from '../fleet/fleet-scenarios.js';

/** What `gme-result simulate` was asked to do. */
export interface SimulateArgs {
  /** The policy file to compare with `defaultPolicy`; absent: `defaultPolicy` alone. */
  readonly policyPath: string | undefined;
  readonly scenarios: readonly FleetScenarioName[];
  readonly clients: number;
  readonly seed: number;
  readonly reportPath: string | undefined;
  readonly json: boolean;
  readonly help: boolean;
}

/** The usage text of `simulate`. */
export const SIMULATE_USAGE: readonly string[] = [
  'Usage: gme-result simulate [policy.json] [--scenario NAME|all] [--clients N] [--seed S]',
  '                           [--report report.html] [--json]',
  '',
  '  policy.json  a policy in its JSON form (as parsePolicy reads it), run beside defaultPolicy;',
  '               without it, defaultPolicy runs alone',
  `  --scenario   ${FLEET_SCENARIO_NAMES.join(', ')}, or all (default outage)`,
  `  --clients    simulated clients, 1 to ${MAX_CLIENTS} (default 1000)`,
  '  --seed       seed of every random draw, 0 to 4294967295 (default 2024): same seed, same figures',
  '  --report     also write a self-contained HTML report (charts of both policies) to this file',
  '  --json       print every figure as JSON instead of the table',
];

/** The usage of `simulate` in Korean. */
const SIMULATE_USAGE_KO: readonly string[] = [
  '사용법: `gme-result simulate [policy.json] [--scenario 이름|all] [--clients N] [--seed S]`',
  '                           `[--report report.html] [--json]`',
  '',
  '  policy.json  JSON 형식의 정책(parsePolicy가 읽는 형식). defaultPolicy와 나란히 실행합니다.',
  '               없으면 defaultPolicy만 실행합니다',
  `  --scenario   ${FLEET_SCENARIO_NAMES.map((n) => `\`${n}\``).join(', ')} 또는 \`all\` (기본값 \`outage\`)`,
  `  --clients    시뮬레이션할 클라이언트 수, 1부터 ${MAX_CLIENTS}까지 (기본값 1000)`,
  '  --seed       모든 무작위 값의 시드, 0부터 4294967295까지 (기본값 2024). 같은 시드는 같은 수치를 냅니다',
  '  --report     두 정책의 차트가 담긴 독립 HTML 보고서도 이 파일에 씁니다',
  '  --json       표 대신 모든 수치를 JSON으로 출력합니다',
];

/** The usage of `simulate` in `locale`. */
export function simulateUsage(locale: 'en' | 'ko'): readonly string[] {
  return locale === 'ko' ? SIMULATE_USAGE_KO : SIMULATE_USAGE;
}

const MAX_SEED = 2 ** 32 - 1;

function int(flag: string, value: string | undefined, min: number, max: number): number | string {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    return `Expected ${flag} to be an integer from ${min} to ${max}, got ${value === undefined ? 'nothing' : JSON.stringify(value)}.`;
  }
  return n;
}

/**
 * Reads the arguments after `simulate`. Flags take their value as the next argument or after `=`
 * (`--clients=500`). Returns a message naming the flag and the value when something is wrong.
 */
export function parseSimulateArgs(args: readonly string[]): SimulateArgs | string {
  let policyPath: string | undefined;
  let scenarios: readonly FleetScenarioName[] = ['outage'];
  let clients = 1000;
  let seed = 2024;
  let reportPath: string | undefined;
  let json = false;
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string?]) : [arg];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--json' || flag === '--help' || flag === '-h') {
      if (inline !== undefined) return `${flag} takes no value, got ${JSON.stringify(inline)}.`;
      if (flag === '--json') json = true;
      else help = true;
    } else if (flag === '--scenario') {
      const v = value();
      if (v === 'all') scenarios = FLEET_SCENARIO_NAMES;
      else if (v !== undefined && (FLEET_SCENARIO_NAMES as readonly string[]).includes(v)) {
        scenarios = [v as FleetScenarioName];
      } else {
        return `Expected --scenario to be ${FLEET_SCENARIO_NAMES.join(', ')} or all, got ${v === undefined ? 'nothing' : JSON.stringify(v)}.`;
      }
    } else if (flag === '--clients') {
      const n = int('--clients', value(), 1, MAX_CLIENTS);
      if (typeof n === 'string') return n;
      clients = n;
    } else if (flag === '--seed') {
      const n = int('--seed', value(), 0, MAX_SEED);
      if (typeof n === 'string') return n;
      seed = n;
    } else if (flag === '--report') {
      const v = value();
      if (v === undefined || v === '' || v.startsWith('--')) {
        return `Expected --report to be a file name, got ${v === undefined ? 'nothing' : JSON.stringify(v)}.`;
      }
      reportPath = v;
    } else if (flag.startsWith('-')) {
      return `Unknown option ${JSON.stringify(flag)} for simulate.`;
    } else if (policyPath !== undefined) {
      return `Expected one policy file, got a second one: ${JSON.stringify(arg)}.`;
    } else {
      policyPath = arg;
    }
  }
  return { policyPath, scenarios, clients, seed, reportPath, json, help };
}
