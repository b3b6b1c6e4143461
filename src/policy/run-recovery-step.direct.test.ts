import { err, ok } from 'neverthrow';
import { describe, expect, it, vi } from 'vitest';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import { recover } from './actions.js';
import type { ExecuteOptions } from './execute-with-policy.js';
import { runRecoveryStep } from './run-recovery-step.js';

const sdkError = (code: number): GmeError => createGmeError({ code, operation: 'enterRoom', source: 'sdk' });

function options(runRecovery: ExecuteOptions<string>['runRecovery']) {
  const recovery = vi.fn();
  const o = { operation: 'enterRoom', signal: undefined, hooks: { recovery }, runRecovery };
  return { o: o as unknown as ExecuteOptions<string>, recovery };
}

const reinit = recover('reinit');

describe('runRecoveryStep', () => {
  it("answers 'retry' with the recovery's name and outcome", async () => {
    const outcome = { next: 'retry' as const, args: { roomId: 'b' } };
    const { o, recovery } = options(async () => ok(outcome));
    expect(await runRecoveryStep(o, reinit, sdkError(1101), undefined)).toEqual({
      kind: 'retry',
      name: 'reinit',
      outcome,
    });
    expect(recovery.mock.calls).toEqual([
      [{ operation: 'enterRoom', code: 1101, action: 'reinit', ok: true }],
    ]);
  });

  it("answers 'done' with the recovery's value", async () => {
    const { o } = options(async () => ok({ next: 'done' as const, value: 'joined' }));
    expect(await runRecoveryStep(o, reinit, sdkError(1101), undefined)).toEqual({
      kind: 'done',
      name: 'reinit',
      value: 'joined',
    });
  });

  it('counts a recovery that throws as failed and still reports it, without an error field', async () => {
    const { o, recovery } = options(() => {
      throw new Error('broken recovery');
    });
    expect(await runRecoveryStep(o, reinit, sdkError(1101), undefined)).toEqual({ kind: 'failed' });
    expect(recovery).toHaveBeenCalledTimes(1);
    expect(recovery.mock.calls[0]?.[0]).toStrictEqual({
      operation: 'enterRoom',
      code: 1101,
      action: 'reinit',
      ok: false,
    });
  });

  it('counts a malformed outcome as failed, reporting no error field', async () => {
    const { o, recovery } = options(async () => ok({ next: 'later' } as never));
    expect(await runRecoveryStep(o, reinit, sdkError(1101), undefined)).toEqual({ kind: 'failed' });
    expect(Object.keys(recovery.mock.calls[0]?.[0] as object)).toEqual(['operation', 'code', 'action', 'ok']);
  });

  it("gives the hook the recovery's own error when it fails with one", async () => {
    const own = sdkError(1001);
    const { o, recovery } = options(async () => err(own));
    expect(await runRecoveryStep(o, reinit, sdkError(1101), undefined)).toEqual({ kind: 'failed' });
    expect(recovery.mock.calls[0]?.[0]).toStrictEqual({
      operation: 'enterRoom',
      code: 1101,
      action: 'reinit',
      ok: false,
      error: own,
    });
  });
});
