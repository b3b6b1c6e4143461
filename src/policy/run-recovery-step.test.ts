import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { recover } from './actions.js';
import { definePolicy } from './define-policy.js';
import { type ExecuteOptions, executeWithPolicy } from './execute-with-policy.js';
import type { RecoveryOutcome } from './recovery-types.js';
import { recoveryName } from './run-recovery-step.js';

const policy = definePolicy({
  codes: { 1101: recover('reinit', { maxRecoveries: 2 }) },
  budget: false,
  breaker: false,
});

const sdkError = (code: number, attempts = 1): GmeError =>
  createGmeError({ code, operation: 'enterRoom', source: 'sdk', attempts });

function setup(codes: number[], overrides: Partial<ExecuteOptions<string>> = {}) {
  const calls: { n: number; args: unknown }[] = [];
  const o: ExecuteOptions<string> = {
    operation: 'enterRoom',
    family: 'room',
    idempotent: true,
    policy,
    attempt: async (n, args): Promise<Result<string, GmeError>> => {
      calls.push({ n, args });
      const code = codes[Math.min(n, codes.length) - 1] ?? 0;
      return code === 0 ? ok(`value ${n}`) : err(sdkError(code, n));
    },
    args: { roomId: 'lobby' },
    succeedValue: (e) => `accepted ${e.code}`,
    runRecovery: async () => ok({ next: 'retry' }),
    budget: undefined,
    breaker: undefined,
    signal: undefined,
    deadline: Number.POSITIVE_INFINITY,
    clock: { now: () => 0, sleep: async () => {} },
    random: () => 1,
    hooks: {},
    abortError: (attempts) =>
      createGmeError({ code: 7013, operation: 'enterRoom', source: 'client', attempts }),
    circuitOpenError: (code) => createGmeError({ code, operation: 'enterRoom', source: 'client' }),
    ...overrides,
  };
  return { run: () => executeWithPolicy(o), calls };
}

const errorOf = <T>(r: Result<T, GmeError>) => (r.isErr() ? r.error : undefined);

describe('recoveryName', () => {
  it('names built-in recoveries, named functions and anonymous ones', () => {
    expect(recoveryName(recover('reinit'))).toBe('reinit');
    expect(
      recoveryName(
        recover(async function rejoin() {
          return { next: 'retry' as const };
        }),
      ),
    ).toBe('rejoin');
    const anonymous = [async () => ({ next: 'retry' as const })][0] as () => Promise<RecoveryOutcome>;
    expect(recoveryName(recover(anonymous))).toBe('custom');
  });
});

describe('recoveries', () => {
  const recoverPolicy = (outcome: RecoveryOutcome<string>) =>
    definePolicy({ codes: { 2002: recover(async () => outcome, { maxRecoveries: 1 }) } });

  it("'done' ends the call with the recovery's value and names the recovery", async () => {
    const recoveryHook = vi.fn();
    const p = definePolicy({ codes: { 2002: recover('reenterRoom') } });
    const runRecovery = vi.fn(async () => ok({ next: 'done' as const, value: 'rejoined' }));
    const { run, calls } = setup([2002], { policy: p, runRecovery, hooks: { recovery: recoveryHook } });
    expect(await run()).toEqual(ok({ value: 'rejoined', attempts: 1, code: 0, recovered: 'reenterRoom' }));
    expect(calls).toHaveLength(1);
    expect(runRecovery).toHaveBeenCalledWith(
      'reenterRoom',
      expect.objectContaining({ code: 2002 }),
      { roomId: 'lobby' },
      undefined,
    );
    expect(recoveryHook).toHaveBeenCalledWith({
      operation: 'enterRoom',
      code: 2002,
      action: 'reenterRoom',
      ok: true,
    });
  });

  it("'retry' with new args: the next attempt sees them", async () => {
    const p = definePolicy({ codes: { 7006: recover('refreshAuth') } });
    const runRecovery = async () =>
      ok({ next: 'retry' as const, args: { roomId: 'lobby', authBuffer: 'fresh' } });
    const { run, calls } = setup([7006, 0], { policy: p, runRecovery });
    expect(await run()).toEqual(ok({ value: 'value 2', attempts: 2, code: 0, recovered: 'refreshAuth' }));
    expect(calls.map((c) => c.args)).toEqual([{ roomId: 'lobby' }, { roomId: 'lobby', authBuffer: 'fresh' }]);
  });

  it('runs a rule at most maxRecoveries times per call', async () => {
    const runRecovery = vi.fn(async () => ok({ next: 'retry' as const }));
    const { run, calls } = setup([1101], { runRecovery });
    const e = errorOf(await run());
    expect([e?.code, e?.attempts]).toEqual([1101, 3]);
    expect(runRecovery).toHaveBeenCalledTimes(2);
    expect(calls).toHaveLength(3);
  });

  it('a failed recovery returns the original error; the hook gets the recovery error', async () => {
    const recoveryHook = vi.fn();
    const p = definePolicy({ codes: { 7006: recover('refreshAuth') } });
    const refreshError = sdkError(7004);
    const { run } = setup([7006], {
      policy: p,
      runRecovery: async () => err(refreshError),
      hooks: { recovery: recoveryHook },
    });
    expect(errorOf(await run())?.code).toBe(7006);
    expect(recoveryHook).toHaveBeenCalledWith({
      operation: 'enterRoom',
      code: 7006,
      action: 'refreshAuth',
      ok: false,
      error: refreshError,
    });
  });

  it('a rejecting or malformed recovery counts as failed', async () => {
    const p = definePolicy({ codes: { 7006: recover('refreshAuth') } });
    const rejecting = setup([7006, 0], { policy: p, runRecovery: () => Promise.reject(new Error('bug')) });
    expect(errorOf(await rejecting.run())?.code).toBe(7006);
    const malformed = setup([7006, 0], {
      policy: p,
      runRecovery: async () => ok({ next: 'later' } as never),
    });
    expect(errorOf(await malformed.run())?.code).toBe(7006);
  });

  it('an abort during a recovery gives 7013', async () => {
    const ctl = new AbortController();
    const p = definePolicy({ codes: { 7006: recover('refreshAuth') } });
    const runRecovery = async () => {
      ctl.abort();
      return ok({ next: 'retry' as const });
    };
    const { run, calls } = setup([7006, 0], { policy: p, runRecovery, signal: ctl.signal });
    expect(errorOf(await run())?.code).toBe(7013);
    expect(calls).toHaveLength(1);
  });

  it('recovery-driven attempts still stop at 20 invocations', async () => {
    const again = { maxRecoveries: 5 } as const;
    const fn = async () => ({ next: 'retry' as const });
    const p = definePolicy({
      codes: {
        1001: recover(fn, again),
        1002: recover(fn, again),
        1101: recover(fn, again),
        8194: recover(fn, again),
        8200: recover(fn, again),
      },
    });
    const cycle = [1001, 1002, 1101, 8194, 8200];
    const codes = Array.from({ length: 30 }, (_, i) => cycle[i % 5] as number);
    const { run, calls } = setup(codes, { policy: p });
    expect(errorOf(await run())?.attempts).toBe(20);
    expect(calls).toHaveLength(20);
  });

  it('reports a custom recovery by its name in the Ok', async () => {
    const p = recoverPolicy({ next: 'done', value: 'custom value' });
    const { run } = setup([2002], { policy: p, runRecovery: async () => ok({ next: 'done', value: 'x' }) });
    const result = await run();
    expect(result.isOk() && result.value.recovered).toBe('custom');
  });
});
