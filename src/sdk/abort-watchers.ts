/**
 * One `abort` listener per distinct signal, shared by every call that passes it. A game that
 * hands one signal (say, per scene) to thousands of calls would otherwise put thousands of
 * listeners on it, and Node's EventTarget makes each add and remove cost in proportion to what
 * the signal already holds. Here adding and removing a call is a Set operation; the one real
 * listener goes when the signal's last call does.
 */
export class AbortWatchers {
  readonly #bySignal = new WeakMap<
    AbortSignal,
    { readonly calls: Set<() => void>; readonly fire: () => void }
  >();

  /** Calls `onAbort` once if `signal` aborts while watched. */
  watch(signal: AbortSignal, onAbort: () => void): void {
    let entry = this.#bySignal.get(signal);
    if (entry === undefined) {
      const calls = new Set<() => void>();
      const fire = (): void => {
        this.#bySignal.delete(signal);
        for (const call of calls) call();
        calls.clear();
      };
      entry = { calls, fire };
      this.#bySignal.set(signal, entry);
      signal.addEventListener('abort', fire, { once: true });
    }
    entry.calls.add(onAbort);
  }

  /** Stops watching for `onAbort`; removes the listener when it was the signal's last call. */
  unwatch(signal: AbortSignal, onAbort: () => void): void {
    const entry = this.#bySignal.get(signal);
    if (entry === undefined || !entry.calls.delete(onAbort) || entry.calls.size > 0) return;
    this.#bySignal.delete(signal);
    signal.removeEventListener('abort', entry.fire);
  }
}
