import type { GmeClient } from '../index.js';
import type { SimulatedGmeControl } from './sim-control.js';
import { show } from './sim-options.js';

/** What {@link settle} needs of vitest's `vi`. */
export interface VitestTimers {
  /** Lets `ms` of fake time pass, running the timers that fall due and the promises they settle. */
  advanceTimersByTimeAsync(ms: number): Promise<unknown>;
  /** Whether `vi.useFakeTimers()` is in force. */
  isFakeTimers(): boolean;
}

/** What {@link settle} needs of a `@sinonjs/fake-timers` clock (`FakeTimers.install()` returns one). */
export interface TickAsyncClock {
  /** Lets `ms` of fake time pass, running the timers that fall due and the promises they settle. */
  tickAsync(ms: number): Promise<unknown>;
}

/**
 * Options of {@link settle}. Give exactly one way to move fake time: `vi`, `clock` or `advance`.
 *
 * @example
 * import { settle } from 'gme-result/testing';
 * import { vi } from 'vitest';
 * const room = await settle(gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer }), { vi, gme, sim });
 */
export interface SettleOptions {
  /** Vitest's `vi`, after `vi.useFakeTimers()`: time moves with `vi.advanceTimersByTimeAsync`. */
  readonly vi?: VitestTimers | undefined;
  /** A `@sinonjs/fake-timers` clock: time moves with `clock.tickAsync`. */
  readonly clock?: TickAsyncClock | undefined;
  /** Any other fake clock: a function that lets `ms` of fake time pass (may return a promise). */
  readonly advance?: ((ms: number) => unknown) | undefined;
  /**
   * Fake milliseconds per step; the promise is checked after each one.
   * @default 10
   */
  readonly stepMs?: number | undefined;
  /**
   * Fake milliseconds to let pass before giving up with an error. The default is past the
   * client's default call deadline (120 000 ms), so a call always ends before it.
   * @default 300000
   */
  readonly maxMs?: number | undefined;
  /**
   * The client under test: when the promise never settles, the error says what the client
   * still has pending (from `gme.stats()`).
   * @default undefined: the error names no client state
   */
  readonly gme?: Pick<GmeClient, 'stats'> | undefined;
  /**
   * The simulated SDK (`createSimulatedGme(...)`): `settle` then checks that its `Poll()` runs
   * while fake time passes, and fails at once with a hint when it does not (a client created
   * before the fake timers were installed polls on real timers and never sees an event).
   * @default undefined: no Poll check
   */
  readonly sim?: { readonly control: SimulatedGmeControl; readonly Poll?: unknown } | undefined;
  /**
   * How long SDK events may wait undelivered, with no `Poll()` call at all, before the Poll check
   * fails; `false` turns the check off (for a test that stops polling on purpose). Raise it for a
   * client whose `poll.intervalMs` is longer.
   * @default 2000
   */
  readonly pollCheckMs?: number | false | undefined;
}

/** {@link SettleOptions} after checks and defaults. */
export interface ResolvedSettleOptions {
  readonly advance: (ms: number) => Promise<unknown>;
  readonly vi: VitestTimers | undefined;
  readonly stepMs: number;
  readonly maxMs: number;
  readonly gme: Pick<GmeClient, 'stats'> | undefined;
  /** The simulator's control when the Poll check is on. */
  readonly pollCheck: { readonly control: SimulatedGmeControl; readonly afterMs: number } | undefined;
}

const KNOWN = new Set(['vi', 'clock', 'advance', 'stepMs', 'maxMs', 'gme', 'sim', 'pollCheckMs']);
const CLOCKS = ['vi', 'clock', 'advance'] as const;

function int(field: string, value: unknown, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    throw new TypeError(`Expected \`${field}\` to be an integer from ${min} to ${max}, got ${show(value)}.`);
  }
  return value as number;
}

const hasMethods = (value: unknown, ...names: string[]): boolean =>
  typeof value === 'object' &&
  value !== null &&
  names.every((n) => typeof (value as Record<string, unknown>)[n] === 'function');

/** Checks the options of `settle` and fills in defaults. Throws a `TypeError` naming the field. */
export function resolveSettleOptions(options: SettleOptions): ResolvedSettleOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `Expected the settle options to be an object such as { vi } or { clock }, got ${show(options)}.`,
    );
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`Unknown settle option \`${key}\`.`);
  }
  const given = CLOCKS.filter((k) => options[k] !== undefined);
  if (given.length !== 1) {
    throw new TypeError(
      `Expected exactly one of \`vi\`, \`clock\` or \`advance\` in the settle options, got ${given.length === 0 ? 'none' : given.join(' and ')}.`,
    );
  }
  const { vi, clock, advance } = options;
  let step: (ms: number) => Promise<unknown>;
  if (vi !== undefined) {
    if (!hasMethods(vi, 'advanceTimersByTimeAsync', 'isFakeTimers')) {
      throw new TypeError(
        `Expected \`vi\` to be vitest's vi (with advanceTimersByTimeAsync and isFakeTimers), got ${show(vi)}.`,
      );
    }
    step = (ms) => vi.advanceTimersByTimeAsync(ms);
  } else if (clock !== undefined) {
    if (!hasMethods(clock, 'tickAsync')) {
      throw new TypeError(
        `Expected \`clock\` to be a @sinonjs/fake-timers clock (with tickAsync), got ${show(clock)}.`,
      );
    }
    step = (ms) => clock.tickAsync(ms);
  } else {
    if (typeof advance !== 'function') {
      throw new TypeError(`Expected \`advance\` to be a function of milliseconds, got ${show(advance)}.`);
    }
    step = async (ms) => advance(ms);
  }
  const { gme, sim } = options;
  if (gme !== undefined && !hasMethods(gme, 'stats')) {
    throw new TypeError(`Expected \`gme\` to be a client made by createGmeClient, got ${show(gme)}.`);
  }
  if (sim !== undefined && !(typeof sim === 'object' && sim !== null && hasMethods(sim.control, 'script'))) {
    throw new TypeError(`Expected \`sim\` to be a simulator made by createSimulatedGme, got ${show(sim)}.`);
  }
  const pollCheckMs =
    options.pollCheckMs === false ? false : int('pollCheckMs', options.pollCheckMs, 1, 3_600_000, 2_000);
  // Only an SDK that has Poll() (Electron-shaped) delivers events there; the H5 one pushes them.
  const polls = sim !== undefined && typeof sim.Poll === 'function' && pollCheckMs !== false;
  return {
    advance: step,
    vi,
    stepMs: int('stepMs', options.stepMs, 1, 60_000, 10),
    maxMs: int('maxMs', options.maxMs, 1, 86_400_000, 300_000),
    gme,
    pollCheck: polls ? { control: sim.control, afterMs: pollCheckMs } : undefined,
  };
}
