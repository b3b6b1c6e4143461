import type { EventRead } from './event-read.js';

/** How one SDK invocation ended, before policies look at it. */
export type InvokeOutcome =
  /** Posted (sync 0) and, for evented operations, answered with result 0. */
  | { readonly kind: 'ok'; readonly payload: EventRead | undefined; readonly returned: unknown }
  /** A non-zero code, returned at once (`payload` absent) or in the event. */
  | { readonly kind: 'code'; readonly code: number; readonly payload: EventRead | undefined }
  /** `invoked: false`: the time ran out while the call waited for a limiter slot; the SDK never saw it. */
  | { readonly kind: 'timeout'; readonly timeoutMs: number; readonly invoked?: false }
  /** `invoked: false`: aborted while waiting for a limiter slot; the SDK never saw it. */
  | { readonly kind: 'aborted'; readonly invoked?: false }
  | { readonly kind: 'threw'; readonly error: unknown }
  /** The SDK returned something that is not an integer code. */
  | { readonly kind: 'garbage'; readonly value: unknown }
  /** The completion event came but its `result` could not be read. */
  | { readonly kind: 'malformed'; readonly payload: EventRead };
