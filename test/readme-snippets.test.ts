/**
 * Every ```ts block of README.md runs here, against the simulator. A snippet that throws, rejects,
 * never settles or breaks one of its own assertions fails its test; none is skipped.
 *
 * How a snippet runs
 * - Blocks are picked by language: ```ts and ```typescript run; ```sh, ```json and the like never
 *   do (a block with no language at all fails the first test: label it).
 * - A snippet is named after the heading above it ("Quick start"); the second block under the
 *   same heading is "Quick start #2", and so on.
 * - Its imports resolve to this repository: `gme-result`, `gme-result/policies`,
 *   `gme-result/testing`, `gme-result/otel`; `gme-electron-sdk` gives a `GmeContext` whose `GetInstance()` and
 *   `new GmeContext()` return `createSimulatedGme({ seed: 1, recordingMs: 2000 })`; `vitest` gives
 *   the real `expect` and `vi`, while `it`/`test`/`describe`/`beforeEach`/`afterEach` are collected
 *   and run after the snippet's body; `@sinonjs/fake-timers` is the real one.
 * - A snippet that does not import `vitest` runs under vitest's fake timers, its whole body driven
 *   by `settle` (so `await gme.enterRoom(...)` completes in fake time). A snippet that imports
 *   `vitest` manages time itself, as a test of yours would.
 * - A line `expression; // literal`, where the literal is a number, a 'string', true, false or
 *   null, asserts that the expression equals it (`room.value.attempts; // 3`).
 * - `console.log` and `console.error` are captured, not printed.
 *
 * Adding a README section
 * - A snippet that declares or imports every name it uses needs nothing here.
 * - One that assumes names (`authBuffer`, an existing `gme`, your server's `fetchAuthBuffer`...)
 *   gets an entry in PRELUDES under its name: `names` creates them (after the fake timers are
 *   installed, so a client made there polls in fake time); `returns` lists the snippet's own
 *   constants to hand to `check`, which asserts what the snippet should have achieved. Resources
 *   made with `ctx.client()` / `ctx.sim()` are disposed after the snippet.
 */
import { readFileSync } from 'node:fs';
import * as sinonFakeTimers from '@sinonjs/fake-timers';
import { transform } from 'esbuild';
import * as gmeResult from 'gme-result';
import * as gmeOtel from 'gme-result/otel';
import * as gmePolicies from 'gme-result/policies';
import * as gmeTesting from 'gme-result/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Block {
  readonly lang: string;
  readonly heading: string;
  /** The README line of the block's first code line (1-based). */
  readonly line: number;
  readonly code: string;
}

/** The fenced blocks of a markdown text, each with the heading it sits under. */
function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const title = /^#{1,6} (.+)$/.exec(line);
    if (title !== null) heading = title[1] as string;
    const fence = /^```(\S*)\s*$/.exec(line);
    if (fence === null) continue;
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    if (end === -1) throw new Error(`README line ${i + 1}: a code block is never closed.`);
    blocks.push({ lang: fence[1] as string, heading, line: i + 2, code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return blocks;
}

interface Snippet extends Block {
  readonly name: string;
}

const blocks = fencedBlocks(README);
const snippets: Snippet[] = (() => {
  const seen = new Map<string, number>();
  return blocks
    .filter((b) => b.lang === 'ts' || b.lang === 'typescript')
    .map((b) => {
      const n = (seen.get(b.heading) ?? 0) + 1;
      seen.set(b.heading, n);
      return { ...b, name: n === 1 ? b.heading : `${b.heading} #${n}` };
    });
})();

/** What a prelude can make and what the runner disposes afterwards. */
interface PreludeContext {
  /** A simulator (the same options as `GmeContext` below). */
  sim(): gmeTesting.SimulatedGmeContext;
  /** A client over a new simulator, already through `init`. */
  client(options?: Partial<gmeResult.GmeClientOptions>): Promise<gmeResult.GmeClient>;
  /** The simulators made so far, `GmeContext`'s included, in order. */
  readonly sims: gmeTesting.SimulatedGmeContext[];
}

interface SnippetOutput {
  readonly values: Readonly<Record<string, unknown>>;
  readonly logs: readonly string[];
  readonly errors: readonly string[];
  readonly ctx: PreludeContext;
}

interface Prelude {
  /** Names the snippet uses without declaring them. */
  readonly names?: (ctx: PreludeContext) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** The snippet's own constants to hand to `check`. */
  readonly returns?: readonly string[];
  /** What the snippet should have achieved. */
  readonly check?: (out: SnippetOutput) => void;
}

/** The JSON example of the policy format section (also tested on its own below). */
const policyJson = (): string => {
  const block = blocks.find((b) => b.lang === 'json' && b.heading === 'The policy JSON format');
  if (block === undefined) throw new Error('README: no ```json block under "The policy JSON format".');
  return block.code;
};

const server = {
  fetchAuthBuffer: async (roomId: string) => `room-auth-for-${roomId}`,
  fetchPttAuthBuffer: async () => 'ptt-auth',
};

const quickStart: Prelude = {
  names: () => ({
    fetchAuthBuffer: server.fetchAuthBuffer,
    authBuffer: 'room-auth',
    pttAuthBuffer: 'ptt-auth',
    filePath: '/tmp/voice-1.silk',
  }),
  returns: ['room', 'text'],
  check: ({ values, errors, ctx }) => {
    const room = values.room as { isOk(): boolean };
    expect(room.isOk()).toBe(true);
    const text = values.text as { isOk(): boolean; value: { text: string } };
    expect(text.isOk() && text.value.text).toBe('transcript of /tmp/voice-1.silk');
    expect(errors).toEqual([]);
    expect(ctx.sims[0]?.control.stats.calls.PttUploadRecordedFile).toBe(1);
  },
};

const PRELUDES: Readonly<Record<string, Prelude>> = {
  'Quick start': quickStart,
  '빠른 시작': quickStart,
  'Calls and their options': {
    names: async (ctx) => ({ gme: await ctx.client(), authBuffer: 'room-auth' }),
  },
  OpenTelemetry: {
    names: async (ctx) => ({ gme: await ctx.client() }),
  },
  'Staying in a room': {
    names: async (ctx) => ({ gme: await ctx.client(), authBuffer: 'room-auth', arenaBuffer: 'arena-auth' }),
    returns: ['session', 'first', 'moved', 'stopped'],
    check: ({ values, logs, errors, ctx }) => {
      expect((values.first as { isOk(): boolean }).isOk()).toBe(true);
      expect((values.moved as { _unsafeUnwrap(): unknown })._unsafeUnwrap()).toMatchObject({
        roomId: 'arena',
      });
      expect((values.stopped as { _unsafeUnwrap(): unknown })._unsafeUnwrap()).toEqual({ exited: true });
      expect((values.session as gmeResult.RoomSession).state).toBe('stopped');
      expect(ctx.sims[0]?.control.state).toMatchObject({ room: 'idle' });
      expect(logs.at(-1)).toContain('stopped');
      expect(errors).toEqual([]);
    },
  },
  'Client options': {
    names: (ctx) => ({ ctx: ctx.sim(), ...server }),
    returns: ['gme'],
    check: ({ values }) => {
      (values.gme as gmeResult.GmeClient).dispose();
    },
  },
  'Your own policy': {
    names: async (ctx) => ({ gme: await ctx.client(), jsonFromRemoteConfig: policyJson() }),
    returns: ['policy', 'fromConfig', 'gme'],
    check: ({ values }) => {
      const fromConfig = values.fromConfig as ReturnType<typeof gmeResult.parsePolicy>;
      expect(fromConfig.isOk()).toBe(true);
      expect((values.gme as gmeResult.GmeClient).policy).toBe(fromConfig._unsafeUnwrap());
      expect(gmeResult.isPolicy(values.policy)).toBe(true);
    },
  },
};

/** `expression; // literal` lines become checks; returns the code and how many it made. */
function withCommentChecks(code: string, firstLine: number): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line, i) => {
    const m = /^(\s*)(.+?);\s*\/\/\s*(-?\d+(?:\.\d+)?|'[^']*'|true|false|null)\s*$/.exec(line);
    if (m === null) return line;
    checks++;
    return `${m[1]}__check((${m[2]}), ${m[3]}, ${firstLine + i});`;
  });
  return { code: lines.join('\n'), checks };
}

/** Rewrites esbuild's ESM imports into lookups in the module table. */
function importsToLookups(js: string): string {
  return js.replace(
    /^import\s+(.+?)\s+from\s+"([^"]+)";$|^import\s+"([^"]+)";$/gm,
    (_all, what, from, bare) => {
      if (bare !== undefined) return `__module(${JSON.stringify(bare)});`;
      const spec = String(what);
      const source = JSON.stringify(from);
      const ns = /^\*\s+as\s+(\w+)$/.exec(spec);
      if (ns !== null) return `const ${ns[1]} = __module(${source});`;
      const named = /^(?:(\w+)\s*,\s*)?\{([^}]*)\}$/.exec(spec);
      if (named !== null) {
        const fields = (named[2] as string)
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '')
          .map((s) => s.replace(/^(\w+)\s+as\s+(\w+)$/, '$1: $2'));
        const def = named[1] === undefined ? '' : `const ${named[1]} = __module(${source}).default; `;
        return `${def}const { ${fields.join(', ')} } = __module(${source});`;
      }
      return `const ${spec} = __module(${source}).default;`;
    },
  );
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

interface Registered {
  readonly tests: { name: string; fn: () => unknown }[];
  readonly before: (() => unknown)[];
  readonly after: (() => unknown)[];
}

function moduleTable(registered: Registered, ctx: PreludeContext): Readonly<Record<string, unknown>> {
  const collect = (name: string, fn: () => unknown) => {
    registered.tests.push({ name, fn });
  };
  class GmeContext {
    static GetInstance(): gmeTesting.SimulatedGmeContext {
      return ctx.sims[0] ?? ctx.sim();
    }
    constructor() {
      // biome-ignore lint/correctness/noConstructorReturn: the stand-in is the simulator itself
      return ctx.sim();
    }
  }
  return {
    'gme-result': gmeResult,
    'gme-result/policies': gmePolicies,
    'gme-result/testing': gmeTesting,
    'gme-result/otel': gmeOtel,
    'gme-electron-sdk': { GmeContext },
    '@sinonjs/fake-timers': sinonFakeTimers,
    vitest: {
      expect,
      vi,
      it: collect,
      test: collect,
      describe: (_name: string, fn: () => void) => fn(),
      beforeEach: (fn: () => unknown) => registered.before.push(fn),
      afterEach: (fn: () => unknown) => registered.after.push(fn),
    },
  };
}

function preludeContext(disposers: (() => void)[]): PreludeContext {
  const sims: gmeTesting.SimulatedGmeContext[] = [];
  const sim = () => {
    const s = gmeTesting.createSimulatedGme({ seed: 1, recordingMs: 2000 });
    sims.push(s);
    return s;
  };
  return {
    sims,
    sim,
    async client(options = {}) {
      const gme = gmeResult.createGmeClient({ sdk: gmeResult.fromElectron(sim()), ...options });
      disposers.push(() => gme.dispose());
      const init = await gmeTesting.settle(gme.init({ appId: '1400000001', openId: '10001' }), { vi });
      if (init.isErr()) throw init.error;
      return gme;
    },
  };
}

async function runSnippet(snippet: Snippet): Promise<{ checks: number; checked: number; tests: number }> {
  const prelude = PRELUDES[snippet.name] ?? {};
  const { code, checks } = withCommentChecks(snippet.code, snippet.line);
  const { code: js } = await transform(code, { loader: 'ts', format: 'esm', target: 'es2022' });
  const body = `${importsToLookups(js)}\n${prelude.returns === undefined ? '' : `return { ${prelude.returns.join(', ')} };`}`;
  const ownTime = /from\s+['"]vitest['"]/.test(snippet.code);
  const disposers: (() => void)[] = [];
  const registered: Registered = { tests: [], before: [], after: [] };
  const logs: string[] = [];
  const errors: string[] = [];
  const quiet = {
    ...console,
    log: (...a: unknown[]) => logs.push(a.join(' ')),
    error: (...a: unknown[]) => errors.push(a.join(' ')),
  };
  let checked = 0;
  const check = (actual: unknown, expected: unknown, line: number) => {
    checked++;
    expect(actual, `README line ${line}`).toEqual(expected);
  };
  if (!ownTime) vi.useFakeTimers();
  try {
    const ctx = preludeContext(disposers);
    const names = (await prelude.names?.(ctx)) ?? {};
    const modules = moduleTable(registered, ctx);
    const module = (name: string) => {
      if (!Object.hasOwn(modules, name))
        throw new Error(
          `README snippet "${snippet.name}" imports '${name}', which the runner does not provide.`,
        );
      return modules[name];
    };
    const run = new AsyncFunction('__module', '__check', 'console', ...Object.keys(names), body);
    const running = run(module, check, quiet, ...Object.values(names));
    const values = (ownTime ? await running : await gmeTesting.settle(running, { vi, maxMs: 600_000 })) as
      | Record<string, unknown>
      | undefined;
    for (const t of registered.tests) {
      for (const hook of registered.before) await hook();
      try {
        await t.fn();
      } finally {
        for (const hook of registered.after) await hook();
      }
    }
    prelude.check?.({ values: values ?? {}, logs, errors, ctx });
  } finally {
    for (const dispose of disposers) dispose();
    vi.useRealTimers();
  }
  return { checks, checked, tests: registered.tests.length };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('README snippets', () => {
  it('labels every code block with a language, and has the sections users start from', () => {
    expect(blocks.filter((b) => b.lang === '').map((b) => `line ${b.line - 1}`)).toEqual([]);
    expect(snippets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Quick start',
        'Calls and their options',
        'Your own policy',
        'Testing with fake timers',
      ]),
    );
  });

  it('has no prelude for a snippet that no longer exists', () => {
    const names = new Set(snippets.map((s) => s.name));
    expect(Object.keys(PRELUDES).filter((n) => !names.has(n))).toEqual([]);
  });

  it.each(snippets.map((s) => [s.name, s] as const))(
    'runs "%s" against the simulator',
    async (_name, snippet) => {
      const { checks, checked, tests } = await runSnippet(snippet);
      expect(checked).toBe(checks);
      if (/from\s+['"]vitest['"]/.test(snippet.code)) expect(tests).toBeGreaterThan(0);
    },
  );

  it('runs the Quick start through voice messages: PTT auth applied, recorded, uploaded, transcribed', async () => {
    const quick = snippets.find((s) => s.name === 'Quick start') as Snippet;
    expect(quick.code.indexOf('applyPttAuthbuffer')).toBeLessThan(quick.code.indexOf('uploadRecordedFile'));
    expect(quick.code.indexOf('startRecording')).toBeLessThan(quick.code.indexOf('uploadRecordedFile'));
    await runSnippet(quick);
  });
});

describe('the runner', () => {
  it('turns `expression; // literal` lines into checks, and leaves other comments alone', () => {
    const { code, checks } = withCommentChecks("a.b; // 3\nc(); // two failures\nd; // 'x'", 10);
    expect(checks).toBe(2);
    expect(code).toBe("__check((a.b), 3, 10);\nc(); // two failures\n__check((d), 'x', 12);");
  });

  it('rewrites named, default, namespace and bare imports into module lookups', () => {
    const js = [
      'import { a, b as c } from "m";',
      'import d, { e } from "n";',
      'import * as f from "o";',
      'import g from "p";',
      'import "q";',
    ].join('\n');
    expect(importsToLookups(js).split('\n')).toEqual([
      'const { a, b: c } = __module("m");',
      'const d = __module("n").default; const { e } = __module("n");',
      'const f = __module("o");',
      'const g = __module("p").default;',
      '__module("q");',
    ]);
  });

  it('fails a snippet that breaks one of its comment checks', async () => {
    const broken: Snippet = {
      lang: 'ts',
      heading: 'x',
      name: 'x',
      line: 1,
      code: 'const n = 1 + 1;\nn; // 3',
    };
    await expect(runSnippet(broken)).rejects.toThrow(/README line 2/);
  });

  it('fails a snippet that uses a name nobody declared', async () => {
    const broken: Snippet = { lang: 'ts', heading: 'x', name: 'x', line: 1, code: 'await gme.init({});' };
    await expect(runSnippet(broken)).rejects.toThrow(ReferenceError);
  });
});

describe('the policy JSON example', () => {
  it('is accepted by parsePolicy and means what the README says', () => {
    const parsed = gmeResult.parsePolicy(policyJson());
    expect(parsed.isOk()).toBe(true);
    const policy = parsed._unsafeUnwrap();
    expect(gmeResult.resolveAction(policy, 'enterRoom', 7004).action).toMatchObject({
      action: 'retry',
      maxAttempts: 4,
      baseDelayMs: 250,
      maxDelayMs: 4000,
      jitter: 'full',
    });
    expect(gmeResult.resolveAction(policy, 'speechToText', 32770)).toMatchObject({
      rule: 'operation',
      action: { action: 'fail' },
    });
    expect(gmeResult.resolveAction(policy, 'enterRoom', 7005).action.action).toBe('fail');
  });

  it('is the format the README warns about getting wrong: the guess gives an Err with its path', () => {
    const guess = gmeResult.parsePolicy('{"7004": {"retry": {}}}');
    expect(guess.isErr() && guess.error.issues.map((i) => i.path)).toEqual(['$.7004']);
    expect(README).toContain('`$.7004: unknown field (expected one of $schema, extends, codes, ...)`');
  });
});
