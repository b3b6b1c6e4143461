import type { ExecuteHooks } from './execute-types.js';

/**
 * Calls a hook so that it can never break the call: a synchronous throw is swallowed, and a
 * returned promise that rejects is caught (no unhandled rejection).
 */
export function fireHook(call: () => unknown): void {
  try {
    const returned = call();
    if (
      typeof returned === 'object' &&
      // Stryker disable next-line ConditionalExpression: null.then throws inside the try and is swallowed like any hook error
      returned !== null &&
      typeof (returned as PromiseLike<unknown>).then === 'function'
    ) {
      (returned as PromiseLike<unknown>).then(undefined, () => {});
    }
  } catch {
    // Hooks observe; a broken observer is its owner's problem, not the call's.
  }
}

/** Reads a hook; a hooks object whose getter throws counts as "nobody listens". */
export function readHook<K extends keyof ExecuteHooks>(
  hooks: ExecuteHooks | undefined,
  name: K,
): ExecuteHooks[K] | undefined {
  try {
    // Stryker disable next-line OptionalChaining: reading from undefined throws inside the try, which answers undefined too
    return hooks?.[name];
  } catch {
    return undefined;
  }
}
