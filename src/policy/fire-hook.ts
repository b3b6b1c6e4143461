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
      // Stryker disable next-line ConditionalExpression: for null, reading `.then` throws a TypeError inside this try, which is swallowed like a hook's own error: nothing else happens either way
      returned !== null &&
      typeof (returned as PromiseLike<unknown>).then === 'function'
    ) {
      (returned as PromiseLike<unknown>).then(undefined, () => {});
    }
  } catch {
    // Hooks observe; a broken observer is its owner's problem, not the call's.
  }
}

/** The event hook `K` receives. */
type HookEvent<K extends keyof ExecuteHooks> = Parameters<NonNullable<ExecuteHooks[K]>>[0];
type Hook<K extends keyof ExecuteHooks> = (this: ExecuteHooks | undefined, event: HookEvent<K>) => unknown;

/**
 * Calls hook `name` of `hooks` (with `hooks` as `this`) on the event `build` makes, through
 * {@link fireHook}. Without the hook nothing is built or called; a hooks object whose getter
 * throws counts as "nobody listens".
 */
export function callHook<K extends keyof ExecuteHooks>(
  hooks: ExecuteHooks | undefined,
  name: K,
  build: () => HookEvent<K>,
): void {
  // Stryker disable next-line OptionalChaining: without hooks or without the hook, a plain access throws a TypeError before build() runs, and fireHook swallows it: nothing is built or called either way
  fireHook(() => (hooks?.[name] as Hook<K> | undefined)?.call(hooks, build()));
}
