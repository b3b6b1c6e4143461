import type { GmeError } from '../errors/gme-error.js';

/**
 * The recoveries the client knows how to run:
 * - `reenterRoom`: after 2002 (a switch failed and the old room was left), enter the target room again.
 * - `refreshAuth`: after 7006, ask `auth.refresh` for a new auth buffer, then call again.
 * - `reapplyPttAuth`: after a voice-message signature failure (8194, 12290, 32776) or a missing
 *   `ApplyPTTAuthbuffer` (8200, 12297, 32774), apply the voice-message auth buffer, then call again.
 * - `reinit`: after 1101 (context not started), run `Init` again, then call again.
 * - `awaitInFlight`: after 1001/1002/32786, wait for the running operation of that kind, then call again
 *   (or take its result when it was the same request).
 * - `exitThenEnter`: after 7007 (already in another room), exit it, then enter again. Opt-in.
 */
export type RecoveryName =
  | 'reenterRoom'
  | 'refreshAuth'
  | 'reapplyPttAuth'
  | 'reinit'
  | 'awaitInFlight'
  | 'exitThenEnter';

/**
 * Every {@link RecoveryName}, in a fixed order (validation, docs).
 *
 * @example
 * import { RECOVERY_NAMES } from 'gme-result';
 * RECOVERY_NAMES.includes('reenterRoom'); // true
 */
export const RECOVERY_NAMES = [
  'reenterRoom',
  'refreshAuth',
  'reapplyPttAuth',
  'reinit',
  'awaitInFlight',
  'exitThenEnter',
] as const satisfies readonly RecoveryName[];

/**
 * What a recovery reports: call the SDK again (optionally with new arguments), or the call is
 * done with this value.
 */
export type RecoveryOutcome<V = unknown> =
  | { readonly next: 'retry'; readonly args?: unknown }
  | { readonly next: 'done'; readonly value: V };

/** What a custom recovery function receives. */
export interface RecoveryContext {
  /** The operation that failed, e.g. `'enterRoom'`, or the raw method name given to `call()`. */
  readonly operation: string;
  /** The failure the recovery is for. */
  readonly error: GmeError;
  /** The call's abort signal: stop early when it fires. */
  readonly signal: AbortSignal | undefined;
}

/**
 * A recovery written by the game. A policy holding one cannot be turned into JSON.
 *
 * @example
 * import { recover } from 'gme-result';
 * const rejoinLobby = recover(async ({ signal }) => {
 *   await myLobby.rejoin({ signal });
 *   return { next: 'retry' };
 * });
 */
export type CustomRecovery = (context: RecoveryContext) => Promise<RecoveryOutcome> | RecoveryOutcome;
