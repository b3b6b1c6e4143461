import type { Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { RecoverAction } from './actions.js';
import { isAborted, joinSignals } from './call-signal.js';
import type { ExecuteOptions } from './execute-types.js';
import { callHook } from './fire-hook.js';
import type { RecoveryOutcome } from './recovery-types.js';

/** How one recovery ended: it failed, the call was aborted meanwhile, or it says what comes next. */
export type RecoveryStep<V> =
  | { readonly kind: 'failed' }
  | { readonly kind: 'aborted' }
  | { readonly kind: 'done'; readonly name: string; readonly value: V }
  | {
      readonly kind: 'retry';
      readonly name: string;
      readonly outcome: RecoveryOutcome<V> & { readonly next: 'retry' };
    };

/** The name a recovery is reported by: its own name, a custom function's name, or `'custom'`. */
export function recoveryName(action: RecoverAction): string {
  return typeof action.recovery === 'string' ? action.recovery : action.recovery.name || 'custom';
}

/**
 * Runs one recovery through the client's `runRecovery` and fires the `recovery` hook. A recovery
 * that rejects or answers something that is not a `RecoveryOutcome` counts as failed.
 */
export async function runRecoveryStep<V>(
  o: ExecuteOptions<V>,
  action: RecoverAction,
  error: GmeError,
  args: unknown,
): Promise<RecoveryStep<V>> {
  const name = recoveryName(action);
  let result: Result<RecoveryOutcome<V>, GmeError> | undefined;
  try {
    result = await o.runRecovery(action.recovery, error, args, joinSignals(o));
  } catch {
    result = undefined;
  }
  if (isAborted(o)) return { kind: 'aborted' };
  const outcome = result?.isOk() ? result.value : undefined;
  const valid = outcome !== undefined && (outcome.next === 'done' || outcome.next === 'retry');
  callHook(o.hooks, 'recovery', () => {
    const event: { operation: string; code: number; action: string; ok: boolean; error?: GmeError } = {
      operation: o.operation,
      code: error.code,
      action: name,
      ok: valid,
    };
    if (result?.isErr()) event.error = result.error;
    return event;
  });
  if (!valid) return { kind: 'failed' };
  return outcome.next === 'done'
    ? { kind: 'done', name, value: outcome.value }
    : { kind: 'retry', name, outcome };
}
