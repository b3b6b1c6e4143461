/** The two signals that can end a call: the caller's and the client's own (dispose). */
export interface CallSignals {
  readonly signal: AbortSignal | undefined;
  readonly stop?: AbortSignal | undefined;
}

/** Whether either signal has fired. Cheap: the success path asks it once. */
export function isAborted(o: CallSignals): boolean {
  return o.signal?.aborted === true || o.stop?.aborted === true;
}

/**
 * One signal that fires when either does, for retry waits and recoveries (the failure path
 * only): `AbortSignal.any` costs an allocation and an entry on each source, so the success path
 * never builds it.
 */
export function joinSignals(o: CallSignals): AbortSignal | undefined {
  if (o.signal === undefined) return o.stop;
  if (o.stop === undefined) return o.signal;
  return AbortSignal.any([o.signal, o.stop]);
}
