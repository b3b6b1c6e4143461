import type { SessionSettings } from './session-options.js';

/**
 * The waits of a room session between its entries. While the backoff grows, each wait is a full
 * jitter draw, uniform in `[0, ceiling]`, and the ceiling doubles from `baseDelayMs` up to
 * `maxDelayMs`. The first wait at the cap is still drawn in `[0, maxDelayMs]`; every wait after it
 * is exactly `maxDelayMs`. The jittered waits have already spread the clients of a fleet over
 * the cap's span, and a steady cadence keeps them spread while it bounds both what a long
 * outage costs (one entry per client per `maxDelayMs`) and how late a client notices the backend
 * is back (at most `maxDelayMs`). Redrawing at the cap would need about 1.6 times the entries
 * for the same 95th percentile of that delay (a uniform draw's gaps are half as long on average,
 * and the long ones are where a client waits).
 *
 * The SDK's own reconnect counts as time already spent backing off: a session that takes over
 * after the SDK tried for `downMs` starts with a ceiling of `downMs` (within base and cap), so it
 * does not open with a burst of quick entries against a backend the SDK just found unreachable.
 */
export class SessionBackoff {
  readonly #settings: SessionSettings;
  readonly #random: () => number;
  /** The ceiling of the next draw; undefined before the first wait of a loss (the base). */
  #ceiling: number | undefined;
  /** True once a wait was drawn at the cap: the later ones are the cap itself. */
  #steady = false;

  constructor(settings: SessionSettings, random: () => number) {
    this.#settings = settings;
    this.#random = random;
  }

  /** The session is in the room again: the next loss starts from the base. */
  reset(): void {
    this.#ceiling = undefined;
    this.#steady = false;
  }

  /** A loss after the connection had already been down for `downMs` (the SDK's own reconnect). */
  takeOver(downMs: number): void {
    const { baseDelayMs, maxDelayMs } = this.#settings;
    this.reset();
    this.#ceiling = Math.min(maxDelayMs, Math.max(baseDelayMs, downMs));
  }

  /** The wait before the next entry, in ms; `toCap`: go straight to the cap (no budget token). */
  next(toCap: boolean): number {
    const { baseDelayMs, maxDelayMs } = this.#settings;
    const ceiling = toCap ? maxDelayMs : (this.#ceiling ?? baseDelayMs);
    if (ceiling >= maxDelayMs && this.#steady) return maxDelayMs;
    if (ceiling >= maxDelayMs) this.#steady = true;
    // A base of 0 still grows (1 ms, 2 ms…), so the cap is always reached.
    this.#ceiling = Math.min(maxDelayMs, Math.max(1, ceiling * 2));
    const r = this.#random();
    return Math.round((r >= 0 ? Math.min(r, 1) : 0) * Math.min(ceiling, maxDelayMs));
  }
}
