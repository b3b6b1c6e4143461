// ---------------------------------------------------------------------------------------------
// TEMPORARY: delete this file once the client arms every timer through its `clock` option
// (issue 13). Today the event bridge still arms its per-call timeouts with the global
// `setTimeout`, so a fleet on virtual time must replace the globals while it runs. Everything
// that touches the globals is here; `virtual-time.ts` marks its two calls into it, and
// `run-fleet.ts` its install.
// ---------------------------------------------------------------------------------------------

/** The part of a virtual clock the replaced timers need. */
export interface TimerHost {
  now(): number;
  at(time: number, run: () => void): unknown;
  cancel(task: unknown): void;
}

const NAMES = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] as const;
type TimerGlobals = Record<(typeof NAMES)[number], unknown>;

/** What `setTimeout` returns for a timer armed inside a fleet frame. */
class VirtualTimer {
  task: unknown;
  readonly host: TimerHost;
  constructor(host: TimerHost, task: unknown) {
    this.host = host;
    this.task = task;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }
  hasRef(): boolean {
    return false;
  }
}

const g = globalThis as unknown as Record<string, unknown>;
let saved: TimerGlobals | undefined;
let patched: TimerGlobals | undefined;
let installs = 0;
/** The clock whose frame is running, or `undefined` outside every fleet frame. */
let current: TimerHost | undefined;

const delay = (ms: unknown): number => Math.max(0, Number(ms) || 0);

function makePatch(real: TimerGlobals): TimerGlobals {
  type Arm = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => unknown;
  const realSet = real.setTimeout as Arm;
  const realClear = real.clearTimeout as (h: unknown) => void;
  const realEvery = real.setInterval as Arm;
  const realStop = real.clearInterval as (h: unknown) => void;
  const clear = (h: unknown, realFn: (h: unknown) => void): void => {
    if (h instanceof VirtualTimer) h.host.cancel(h.task);
    else realFn(h);
  };
  const setTimeout: Arm = (fn, ms, ...args) => {
    const host = current;
    if (host === undefined) return realSet(fn, ms, ...args);
    return new VirtualTimer(
      host,
      host.at(host.now() + delay(ms), () => fn(...args)),
    );
  };
  // `util.promisify(setTimeout)` reads a symbol property of the real function.
  for (const key of Object.getOwnPropertySymbols(realSet)) {
    Object.defineProperty(
      setTimeout,
      key,
      Object.getOwnPropertyDescriptor(realSet, key) as PropertyDescriptor,
    );
  }
  return {
    setTimeout,
    clearTimeout: (h: unknown) => clear(h, realClear),
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      const host = current;
      if (host === undefined) return realEvery(fn, ms, ...args);
      const every = Math.max(1, delay(ms));
      const timer = new VirtualTimer(host, undefined);
      const tick = (): void => {
        timer.task = host.at(host.now() + every, tick);
        fn(...args);
      };
      timer.task = host.at(host.now() + every, tick);
      return timer;
    },
    clearInterval: (h: unknown) => clear(h, realStop),
  };
}

/**
 * Replaces the global timers until the returned function is called (installs nest: the last
 * uninstall restores them). Timers armed while a fleet frame runs ({@link enterFrame}) go on that
 * fleet's clock; every other timer is a real one, so code outside the fleet keeps working while a
 * simulation runs. A global that someone else replaced after the install is left as they set it.
 */
export function installVirtualTimers(): () => void {
  if (installs === 0) {
    saved = Object.fromEntries(NAMES.map((k) => [k, g[k]])) as TimerGlobals;
    patched = makePatch(saved);
    Object.assign(globalThis, patched);
  }
  installs++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    installs--;
    if (installs > 0 || saved === undefined || patched === undefined) return;
    for (const k of NAMES) if (g[k] === patched[k]) g[k] = saved[k];
    saved = undefined;
    patched = undefined;
  };
}

/** From here until {@link leaveFrame}, timers armed go on `host`. */
export function enterFrame(host: TimerHost): void {
  current = host;
}

/** Timers armed from here on are real ones again. */
export function leaveFrame(): void {
  current = undefined;
}
