import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { createGmeClient, definePolicy, fromElectron, retry } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';

/** One function's share of the CPU samples. */
export interface ProfileRow {
  readonly fn: string;
  /** Share of all samples taken while the function itself ran (not its callees), %. */
  readonly selfPct: number;
}

/** A profile of the wrapper's call path. */
export interface CallPathProfile {
  readonly calls: number;
  /** Failed attempts (7004) before each call's success. */
  readonly failuresPerCall: number;
  /** Mean µs per call while profiled (the profiler slows it down). */
  readonly perCallUs: number;
  readonly top: readonly ProfileRow[];
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

/**
 * A stand-in for a GmeContext that costs next to nothing: each `PttSpeechToText` queues a ready
 * 5005 event and polls one microtask later; of every `failures + 1` requests, the first `failures`
 * are answered 7004. Profiled over it, nearly every sample is the wrapper's own.
 */
function trivialContext(failures: number) {
  let delegate: { onEvent(type: number, json: string): void } | undefined;
  const queue: string[] = [];
  let requests = 0;
  let scheduled = false;
  const poll = (): void => {
    scheduled = false;
    for (let json = queue.shift(); json !== undefined; json = queue.shift()) delegate?.onEvent(5005, json);
  };
  return {
    SetTMGDelegate(d: { onEvent(type: number, json: string): void }): void {
      delegate = d;
    },
    Poll: poll,
    PttSpeechToText(fileId: string): number {
      const result = requests++ % (failures + 1) < failures ? 7004 : 0;
      queue.push(`{"result":${result},"error_info":"","text":"hello","file_id":"${fileId}"}`);
      if (!scheduled) {
        scheduled = true;
        queueMicrotask(poll);
      }
      return 0;
    },
  };
}

/**
 * Profiles `calls` speech-to-text calls with the V8 sampling profiler and returns the top self
 * times. With `failuresPerCall` > 0 each call fails that often (7004, retried at once) first.
 */
export async function profileCallPath(
  calls: number,
  failuresPerCall: number,
  top = 12,
): Promise<CallPathProfile> {
  const ctx = trivialContext(failuresPerCall);
  const policy = definePolicy({
    extends: defaultPolicy,
    codes: { 7004: retry({ maxAttempts: failuresPerCall + 1, baseDelayMs: 0, jitter: 'none' }) },
    budget: { capacity: 1_000_000, initialTokens: 1_000_000 },
  });
  const gme = createGmeClient({
    sdk: fromElectron(ctx),
    poll: false,
    policy: failuresPerCall === 0 ? defaultPolicy : policy,
  });
  const ids = Array.from({ length: 1024 }, (_, i) => `https://voice.gme.invalid/profile/${i}.silk`);
  const profiledCalls = async (n: number): Promise<void> => {
    for (let i = 0; i < n; i++) {
      const r = await gme.speechToText({ fileId: ids[i & 1023] as string, language: 'cmn-Hans-CN' });
      if (r.isErr()) throw r.error;
    }
  };
  await profiledCalls(Math.min(calls, 20_000)); // warm up the JIT
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  await profiledCalls(calls);
  const perCallUs = ((performance.now() - t0) * 1000) / calls;
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  gme.dispose();

  const nodes = new Map<number, ProfileNode>(profile.nodes.map((n) => [n.id, n as ProfileNode]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  for (const id of samples) {
    const frame = nodes.get(id)?.callFrame;
    if (frame === undefined) continue;
    const key = label(frame);
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = samples.length || 1;
  const rows = [...self]
    .filter(([fn]) => fn !== '(idle)' && fn !== '(program)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, n]) => ({ fn, selfPct: Math.round((1000 * n) / total) / 10 }));
  return { calls, failuresPerCall, perCallUs, top: rows };
}

const bundles = new Map<string, readonly string[]>();

/**
 * A readable name for a profiled function: `name (file)` for this repository's code — the bundle
 * esbuild makes for the benchmark marks each module with a `// src/...` line — with the first
 * words of its source line for an anonymous function; `name [package]` or `name [node]` otherwise.
 */
function label(frame: ProfileNode['callFrame']): string {
  const name = frame.functionName === '' ? '(anonymous)' : frame.functionName;
  const url = frame.url;
  if (url.startsWith('node:')) return `${name} [node]`;
  if (url === '') return name;
  const pkg = /node_modules\/(?!\.cache\/)((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg !== undefined) return `${name} [${pkg}]`;
  let lines = bundles.get(url);
  if (lines === undefined) {
    try {
      lines = readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8').split('\n');
    } catch {
      lines = [];
    }
    bundles.set(url, lines);
  }
  let file = '';
  for (let i = frame.lineNumber; i >= 0 && file === ''; i--) {
    const marker = /^\/\/ ((?:src|policies|bench)\/\S+\.ts)$/.exec(lines[i] ?? '');
    if (marker !== null) file = marker[1] as string;
  }
  const where = file === '' ? '' : ` (${file})`;
  if (name !== '(anonymous)') return `${name}${where}`;
  const text = (lines[frame.lineNumber] ?? '').trim().slice(0, 48);
  return `(anonymous)${where}: ${text}`;
}
