import type { ConcurrencyLimit } from './concurrency-limit.js';
import type { EventRead } from './event-read.js';

/** How one SDK invocation ended, before policies look at it. */
export type InvokeOutcome =
  /** Posted (sync 0) and, for evented operations, answered with result 0. */
  | { readonly kind: 'ok'; readonly payload: EventRead | undefined; readonly returned: unknown }
  /** A non-zero code, returned at once (`payload` absent) or in the event. */
  | { readonly kind: 'code'; readonly code: number; readonly payload: EventRead | undefined }
  | { readonly kind: 'timeout'; readonly timeoutMs: number }
  | { readonly kind: 'aborted' }
  | { readonly kind: 'threw'; readonly error: unknown }
  /** The SDK returned something that is not an integer code. */
  | { readonly kind: 'garbage'; readonly value: unknown }
  /** The completion event came but its `result` could not be read. */
  | { readonly kind: 'malformed'; readonly payload: EventRead };

/**
 * One SDK invocation for `EventBridge.invoke`: what to call, how its completion is recognised,
 * and `finish`, which turns the outcome into the caller's value. Both are called as methods, so a
 * caller can make one object per invocation instead of closures.
 */
export interface InvokeRequest<T = InvokeOutcome> {
  /** Calls the SDK; its return value is the synchronous code. */
  call(): unknown;
  /** Turns the outcome into the value `invoke` resolves with. Must not throw. */
  finish(outcome: InvokeOutcome): T;
  /** The event type that completes the invocation; undefined when the return value alone answers. */
  readonly eventType: number | undefined;
  /** The correlation value the event must carry: its file path or id, `''` for room events. */
  readonly match: string;
  readonly timeoutMs: number;
  /** The time (the bridge's clock) the timeout counts from, when the caller already read it. @default now */
  readonly now?: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** A concurrency cap to wait on before invoking (speech-to-text). */
  readonly limit?: ConcurrencyLimit | undefined;
  /** Accept any return value as Ok (for `client.call` on methods that return data, not codes). */
  readonly anyReturn?: boolean;
}
