import { type ResolvedSettleOptions, resolveSettleOptions, type SettleOptions } from './settle-options.js';

type Outcome<T> =
  | { readonly done: false }
  | { readonly done: true; readonly ok: true; readonly value: T }
  | { readonly done: true; readonly ok: false; readonly error: unknown };

/**
 * Lets fake time pass, `stepMs` at a time, until `promise` settles, and returns its value (or
 * throws its rejection; a `ResultAsync` of the client never rejects). It works with vitest's
 * fake timers (`{ vi }`), with `@sinonjs/fake-timers` (`{ clock }`) and with any other fake
 * clock (`{ advance }`). Install the fake timers **before** creating the simulator and the client:
 * both read `Date.now()` and the client polls with `setInterval`.
 *
 * It fails with an `Error` that says what was going on:
 * - after `maxMs` of fake time with the promise still pending (with `gme`: the client's pending
 *   calls and timers; with `sim`: the simulator's undelivered events);
 * - with `vi`, at once when vitest's fake timers are not installed;
 * - with `sim`, as soon as SDK events have waited `pollCheckMs` with no `Poll()` call: the client
 *   was created before the fake timers were installed (its Poll interval runs on real time), or
 *   it was made with `poll: false` and nothing calls `Poll()`.
 *
 * Why not `vi.runAllTimersAsync()`? The client polls the SDK every 50 ms for as long as it lives,
 * so "all timers" never run out: vitest gives up after 10 000 timers. `settle` stops as soon as
 * the promise is in. (A client made with `poll: false` has no interval, but then the test must
 * call `Poll()` itself.)
 *
 * @param promise - what to wait for: a `ResultAsync` of the client, or your game function's promise
 * @param options - how to move fake time, and what to report on failure
 * @returns the settled value
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * import { createSimulatedGme, settle } from 'gme-result/testing';
 * import { expect, it, vi } from 'vitest';
 *
 * it('enters through two network failures', async () => {
 *   vi.useFakeTimers(); // before the simulator and the client
 *   const sim = createSimulatedGme({ seed: 1 });
 *   const gme = createGmeClient({ sdk: fromElectron(sim) });
 *   sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
 *   await settle(gme.init({ appId: '1400000001', openId: '10001' }), { vi, gme, sim });
 *   const room = await settle(gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'signed' }), { vi, gme, sim });
 *   expect(room.isOk() && room.value.attempts).toBe(3);
 *   gme.dispose();
 *   vi.useRealTimers();
 * });
 */
export async function settle<T>(promise: PromiseLike<T>, options: SettleOptions): Promise<T> {
  const o = resolveSettleOptions(options);
  if (o.vi !== undefined && !o.vi.isFakeTimers()) {
    throw new Error(
      'settle: vitest fake timers are not installed. Call vi.useFakeTimers() first, then create the simulator and the client.',
    );
  }
  let outcome: Outcome<T> = { done: false };
  Promise.resolve(promise).then(
    (value) => {
      outcome = { done: true, ok: true, value };
    },
    (error: unknown) => {
      outcome = { done: true, ok: false, error };
    },
  );
  await o.advance(0); // what is already due, and the promise's own microtasks
  const watch = pollWatch(o);
  let waited = 0;
  while (!outcome.done && waited < o.maxMs) {
    const step = Math.min(o.stepMs, o.maxMs - waited);
    await o.advance(step);
    waited += step;
    if (!outcome.done) watch(step);
  }
  // TypeScript cannot see the callbacks above assign `outcome`.
  const final = outcome as Outcome<T>;
  if (!final.done) throw new Error(stillPending(o, waited));
  if (!final.ok) throw final.error;
  return final.value;
}

/** A check run after each step: throws once events have waited `afterMs` with no Poll() call. */
function pollWatch(o: ResolvedSettleOptions): (step: number) => void {
  const check = o.pollCheck;
  if (check === undefined) return () => {};
  const polls = () => check.control.stats.calls.Poll ?? 0;
  let seen = polls();
  let starved = 0;
  return (step) => {
    const now = polls();
    if (now !== seen || check.control.stats.pendingEvents === 0) {
      seen = now;
      starved = 0;
      return;
    }
    starved += step;
    if (starved >= check.afterMs) {
      throw new Error(
        `settle: ${check.control.stats.pendingEvents} simulated SDK event(s) waited ${starved} ms of fake time and Poll() was never called, so no call can complete. ` +
          'A client created before the fake timers were installed polls on real timers: install them first ' +
          '(vi.useFakeTimers() or FakeTimers.install()), then create the simulator and the client. ' +
          'With poll: false, your test must call Poll() itself.',
      );
    }
  };
}

function stillPending(o: ResolvedSettleOptions, waited: number): string {
  const parts = [`settle: still pending after ${waited} ms of fake time (in ${o.stepMs} ms steps).`];
  if (o.gme !== undefined) {
    const s = o.gme.stats();
    parts.push(
      `The client has ${s.pending} call(s) waiting for an SDK event, ${s.timers} timer(s) set and ${s.inFlightWaiters} call(s) waiting for another one to finish.`,
    );
  }
  if (o.pollCheck !== undefined) {
    const c = o.pollCheck.control.stats;
    parts.push(
      `The simulator has ${c.pendingEvents} event(s) queued and was polled ${c.calls.Poll ?? 0} time(s).`,
    );
  }
  parts.push(
    'A promise that waits on something fake time does not drive (your own promise, a real timer) never settles here; raise maxMs only if the wait is really longer.',
  );
  return parts.join(' ');
}
