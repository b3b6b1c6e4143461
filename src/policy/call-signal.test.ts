import { describe, expect, it } from 'vitest';
import { isAborted, joinSignals } from './call-signal.js';

describe('isAborted', () => {
  it("is true when either the caller's signal or the client's stop signal has fired", () => {
    const caller = new AbortController();
    const stop = new AbortController();
    expect(isAborted({ signal: caller.signal, stop: stop.signal })).toBe(false);
    stop.abort();
    expect(isAborted({ signal: caller.signal, stop: stop.signal })).toBe(true);
    expect(isAborted({ signal: undefined })).toBe(false);
  });
});

describe('joinSignals', () => {
  it('returns the only signal there is, or undefined for none', () => {
    const caller = new AbortController();
    const stop = new AbortController();
    expect(joinSignals({ signal: undefined })).toBeUndefined();
    expect(joinSignals({ signal: caller.signal })).toBe(caller.signal);
    expect(joinSignals({ signal: undefined, stop: stop.signal })).toBe(stop.signal);
  });

  it('joins both signals: the joined one fires when the stop signal does, with its reason', () => {
    const caller = new AbortController();
    const stop = new AbortController();
    const joined = joinSignals({ signal: caller.signal, stop: stop.signal });
    expect(joined?.aborted).toBe(false);
    stop.abort('disposed');
    expect(joined?.aborted).toBe(true);
    expect(joined?.reason).toBe('disposed');
  });

  it('joins both signals: the joined one fires when the caller aborts', () => {
    const caller = new AbortController();
    const stop = new AbortController();
    const joined = joinSignals({ signal: caller.signal, stop: stop.signal });
    caller.abort('cancelled');
    expect([joined?.aborted, joined?.reason]).toEqual([true, 'cancelled']);
  });
});
