import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GmeAdapter, RawEventHandler } from './adapter.js';
import type { ConcurrencyLimit as Limit } from './concurrency-limit.js';
import { ConcurrencyLimit } from './concurrency-limit.js';
import { BridgeRequest, EventBridge, type InvokeOutcome } from './event-bridge.js';

/** A hand-driven adapter: `fire` delivers an event as the SDK would. */
function fakeAdapter() {
  let sink: RawEventHandler | undefined;
  const detach = vi.fn(() => {
    sink = undefined;
  });
  const adapter: GmeAdapter = {
    surface: 'fake',
    supports: () => true,
    invoke: () => 0,
    callMethod: () => 0,
    hasMethod: () => true,
    poll: vi.fn(),
    attach: (s) => {
      sink = s;
      return detach;
    },
  };
  return {
    adapter,
    detach,
    fire: (type: number, payload: unknown) => sink?.(type, payload),
    attached: () => sink !== undefined,
  };
}

function setup() {
  const f = fakeAdapter();
  const hooks = { onSdkEvent: vi.fn(), onUnmatched: vi.fn(), onForwardError: vi.fn() };
  const bridge = new EventBridge(f.adapter, hooks);
  return { ...f, hooks, bridge };
}

/** What a test request may set; the rest takes the defaults below. */
interface RequestFields {
  readonly call: () => unknown;
  readonly eventType: number | undefined;
  readonly match: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly limit: Limit | undefined;
  readonly anyReturn: boolean;
}

/** A request whose `finish` hands the outcome back as it is. */
class TestRequest extends BridgeRequest<InvokeOutcome> {
  readonly eventType: number | undefined;
  readonly match: string;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly limit: Limit | undefined;
  readonly anyReturn: boolean;
  readonly now = undefined;
  readonly #call: () => unknown;

  constructor(f: RequestFields) {
    super();
    this.eventType = f.eventType;
    this.match = f.match;
    this.timeoutMs = f.timeoutMs;
    this.signal = f.signal;
    this.limit = f.limit;
    this.anyReturn = f.anyReturn;
    this.#call = f.call;
  }

  call(): unknown {
    return this.#call();
  }

  finish(outcome: InvokeOutcome): InvokeOutcome {
    return outcome;
  }
}

const req = (over: Partial<RequestFields> = {}): TestRequest =>
  new TestRequest({
    call: () => 0,
    eventType: 1,
    match: '',
    timeoutMs: 1000,
    signal: undefined,
    limit: undefined,
    anyReturn: false,
    ...over,
  });

/** The completion event type and correlation value of a request. */
const completion = (eventType: number, match = ''): Pick<RequestFields, 'eventType' | 'match'> => ({
  eventType,
  match,
});

/** One invocation, its outcome handed back as it is. */
const invoke = (bridge: EventBridge, r: TestRequest): Promise<InvokeOutcome> =>
  Promise.resolve(bridge.invoke(r));

describe('EventBridge', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settles a posted call with its matching event, once', async () => {
    const { bridge, fire, hooks } = setup();
    const p = invoke(bridge, req());
    fire(1, '{"result":0,"error_info":""}');
    fire(1, '{"result":7004}');
    const outcome = await p;
    expect(outcome).toMatchObject({ kind: 'ok' });
    expect(hooks.onUnmatched).toHaveBeenCalledTimes(1);
    expect(hooks.onUnmatched.mock.calls[0]?.[1]).toBe('enterRoom');
    expect(bridge.stats).toEqual({ pending: 0, keys: 0, timers: 0, live: 0 });
  });

  it('returns a non-zero immediate code without waiting and leaves nothing pending', async () => {
    const { bridge } = setup();
    const outcome = await invoke(bridge, req({ call: () => 1001 }));
    expect(outcome).toEqual({ kind: 'code', code: 1001, payload: undefined });
    expect(bridge.stats.pending).toBe(0);
    expect(bridge.stats.timers).toBe(0);
  });

  it('turns an event with a non-zero result into a code outcome carrying the payload', async () => {
    const { bridge, fire } = setup();
    const p = invoke(bridge, req());
    fire(1, { result: '7004', error_info: 'net' });
    const outcome = (await p) as Extract<InvokeOutcome, { kind: 'code' }>;
    expect(outcome.kind).toBe('code');
    expect(outcome.code).toBe(7004);
    expect(outcome.payload?.payload().errorInfo).toBe('net');
  });

  it('times out when no event comes, and a later event is reported as unmatched', async () => {
    const { bridge, fire, hooks } = setup();
    const p = invoke(bridge, req({ timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(499);
    expect(bridge.stats.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await p).toEqual({ kind: 'timeout', timeoutMs: 500 });
    fire(1, '{"result":0}');
    expect(hooks.onUnmatched).toHaveBeenCalledTimes(1);
    expect(bridge.stats).toEqual({ pending: 0, keys: 0, timers: 0, live: 0 });
  });

  it('ends at once on abort and removes its listener', async () => {
    const { bridge } = setup();
    const ctl = new AbortController();
    const p = invoke(bridge, req({ signal: ctl.signal }));
    ctl.abort();
    expect(await p).toEqual({ kind: 'aborted' });
    expect(bridge.stats.timers).toBe(0);
  });

  it('refuses to call the SDK when the signal is already aborted', async () => {
    const { bridge } = setup();
    const call = vi.fn(() => 0);
    const ctl = new AbortController();
    ctl.abort();
    expect(await invoke(bridge, req({ call, signal: ctl.signal }))).toEqual({
      kind: 'aborted',
      invoked: false,
    });
    expect(call).not.toHaveBeenCalled();
  });

  it('reports a throwing SDK method and a garbage return as outcomes, never as a rejection', async () => {
    const { bridge } = setup();
    const boom = new Error('native crash');
    expect(
      await invoke(
        bridge,
        req({
          call: () => {
            throw boom;
          },
        }),
      ),
    ).toEqual({ kind: 'threw', error: boom });
    expect(await invoke(bridge, req({ call: () => 'x' }))).toEqual({ kind: 'garbage', value: 'x' });
    expect(await invoke(bridge, req({ call: () => 1.5, eventType: undefined }))).toEqual({
      kind: 'garbage',
      value: 1.5,
    });
    expect(bridge.stats.pending).toBe(0);
  });

  it('correlates uploads by file path, oldest first for the same path', async () => {
    const { bridge, fire } = setup();
    const a = invoke(bridge, req({ ...completion(5002, 'a.silk') }));
    const b1 = invoke(bridge, req({ ...completion(5002, 'b.silk') }));
    const b2 = invoke(bridge, req({ ...completion(5002, 'b.silk') }));
    fire(5002, { result: 0, file_path: 'b.silk', file_id: 'id-b1' });
    fire(5002, { result: 0, file_path: 'a.silk', file_id: 'id-a' });
    fire(5002, { result: 0, file_path: 'b.silk', file_id: 'id-b2' });
    const ids = (await Promise.all([a, b1, b2])).map((o) => (o.kind === 'ok' ? o.payload?.fileId : o.kind));
    expect(ids).toEqual(['id-a', 'id-b1', 'id-b2']);
  });

  it('settles a call answered synchronously from inside the SDK method', async () => {
    const { bridge, fire } = setup();
    const outcome = await invoke(
      bridge,
      req({
        call: () => {
          fire(1, '{"result":0}');
          return 0;
        },
      }),
    );
    expect(outcome.kind).toBe('ok');
    expect(bridge.stats.timers).toBe(0);
  });

  it('settles an unreadable completion payload as malformed', async () => {
    const { bridge, fire } = setup();
    const p = invoke(bridge, req());
    fire(1, '{not json');
    expect((await p).kind).toBe('malformed');
  });

  it('keeps at most `limit` calls in flight and starts the rest in order', async () => {
    const { bridge, fire } = setup();
    const limit = new ConcurrencyLimit(2);
    const started: string[] = [];
    const calls = ['f1', 'f2', 'f3', 'f4'].map((id) =>
      invoke(
        bridge,
        req({
          ...completion(5005, id),
          limit,
          call: () => {
            started.push(id);
            return 0;
          },
        }),
      ),
    );
    expect(started).toEqual(['f1', 'f2']);
    fire(5005, { result: 0, file_id: 'f2', text: 't2' });
    await Promise.resolve();
    expect(started).toEqual(['f1', 'f2', 'f3']);
    fire(5005, { result: 0, file_id: 'f1', text: 't1' });
    fire(5005, { result: 0, file_id: 'f3', text: 't3' });
    await Promise.resolve();
    fire(5005, { result: 0, file_id: 'f4', text: 't4' });
    const texts = (await Promise.all(calls)).map((o) => (o.kind === 'ok' ? o.payload?.text : o.kind));
    expect(texts).toEqual(['t1', 't2', 't3', 't4']);
    expect(limit.active).toBe(0);
  });

  it('drives Poll on an interval until disposed', async () => {
    const { bridge, adapter } = setup();
    bridge.startPolling(50);
    await vi.advanceTimersByTimeAsync(200);
    expect(adapter.poll).toHaveBeenCalledTimes(4);
    bridge.dispose();
    await vi.advanceTimersByTimeAsync(200);
    expect(adapter.poll).toHaveBeenCalledTimes(4);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on dispose detaches, aborts pending and queued calls, and refuses new ones', async () => {
    const { bridge, detach } = setup();
    const limit = new ConcurrencyLimit(1);
    const first = invoke(bridge, req({ ...completion(5005, 'a'), limit }));
    const queued = invoke(bridge, req({ ...completion(5005, 'b'), limit }));
    bridge.dispose();
    bridge.dispose();
    expect(detach).toHaveBeenCalledTimes(1);
    expect(await first).toEqual({ kind: 'aborted' });
    expect(await queued).toEqual({ kind: 'aborted', invoked: false });
    expect(await invoke(bridge, req())).toEqual({ kind: 'aborted', invoked: false });
    expect(bridge.stats).toEqual({ pending: 0, keys: 0, timers: 0, live: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('passes every event, parsed, to onSdkEvent in order, completion or not', () => {
    const { fire, hooks } = setup();
    fire(4, '{"event_id":1,"user_list":["1001"]}');
    fire(1022, { weight: 5 });
    fire('x' as unknown as number, {});
    expect(hooks.onSdkEvent.mock.calls.map((c) => c[0])).toEqual([4, 1022]);
  });
});

/** Abort listeners still registered on `signal` (Node's EventTarget introspection). */
const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, 'abort').length;

/** Whether `p` has settled once pending microtasks have run. */
async function isSettled(p: Promise<unknown> | unknown): Promise<boolean> {
  let settled = false;
  void Promise.resolve(p).then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return settled;
}

describe('EventBridge: forwarding errors and polling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reports an error of the game delegate with the type of the event being forwarded', () => {
    let sink: RawEventHandler | undefined;
    let forwardError: ((error: unknown) => void) | undefined;
    const { adapter } = fakeAdapter();
    const onForwardError = vi.fn();
    new EventBridge(
      {
        ...adapter,
        attach: (s, onError) => {
          sink = s;
          forwardError = onError;
          return () => {};
        },
      },
      { onSdkEvent: vi.fn(), onUnmatched: vi.fn(), onForwardError },
    );
    const boom = new Error('game delegate crashed');
    sink?.(4, '{"event_id":1}');
    forwardError?.(boom);
    expect(onForwardError).toHaveBeenCalledExactlyOnceWith(4, boom);
  });

  it('starts one Poll driver however often startPolling is called', async () => {
    const { bridge, adapter } = setup();
    bridge.startPolling(50);
    bridge.startPolling(50);
    bridge.startPolling(10);
    await vi.advanceTimersByTimeAsync(200);
    expect(adapter.poll).toHaveBeenCalledTimes(4);
    expect(vi.getTimerCount()).toBe(1);
    bridge.dispose();
  });

  it('starts no Poll driver after dispose, nor for an SDK without Poll', async () => {
    const { bridge, adapter } = setup();
    bridge.dispose();
    bridge.startPolling(50);
    await vi.advanceTimersByTimeAsync(200);
    expect(adapter.poll).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);

    const noPoll = new EventBridge(
      { ...fakeAdapter().adapter, poll: undefined },
      { onSdkEvent: vi.fn(), onUnmatched: vi.fn(), onForwardError: vi.fn() },
    );
    noPoll.startPolling(50);
    expect(vi.getTimerCount()).toBe(0);
    noPoll.dispose();
  });

  it('keeps polling after Poll throws', async () => {
    const { bridge, adapter } = setup();
    vi.mocked(adapter.poll as () => void).mockImplementationOnce(() => {
      throw new Error('poll crashed');
    });
    bridge.startPolling(50);
    await vi.advanceTimersByTimeAsync(150);
    expect(adapter.poll).toHaveBeenCalledTimes(3);
    bridge.dispose();
  });

  it('polls where timer handles are plain numbers, as in browsers', () => {
    const handles: number[] = [];
    vi.stubGlobal(
      'setInterval',
      vi.fn(() => {
        handles.push(7);
        return 7;
      }),
    );
    vi.stubGlobal('clearInterval', vi.fn());
    const { bridge } = setup();
    expect(() => bridge.startPolling(50)).not.toThrow();
    expect(handles).toEqual([7]);
    bridge.dispose();
    expect(clearInterval).toHaveBeenCalledWith(7);
  });
});

describe('EventBridge: calls waiting for a concurrency slot', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A limit of one whose slot someone outside the bridge holds. */
  function fullLimit(): ConcurrencyLimit {
    const limit = new ConcurrencyLimit(1);
    limit.tryAcquire();
    return limit;
  }

  it('aborts a waiting call on dispose without calling the SDK, even when no call of the bridge holds the slot', async () => {
    const { bridge } = setup();
    const limit = fullLimit();
    const call = vi.fn(() => 0);
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit, call }));
    expect(await isSettled(waiting)).toBe(false);
    bridge.dispose();
    expect(await isSettled(waiting)).toBe(true);
    expect(await waiting).toEqual({ kind: 'aborted', invoked: false });
    expect(call).not.toHaveBeenCalled();
    expect(limit.waiting).toBe(0);
    expect(bridge.stats).toEqual({ pending: 0, keys: 0, timers: 0, live: 0 });
  });

  it('ends a waiting call at once when its signal aborts, and leaves its place and listener behind', async () => {
    const { bridge } = setup();
    const limit = fullLimit();
    const call = vi.fn(() => 0);
    const ctl = new AbortController();
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit, call, signal: ctl.signal }));
    expect(abortListeners(ctl.signal)).toBe(1);
    ctl.abort();
    expect(await isSettled(waiting)).toBe(true);
    expect(await waiting).toEqual({ kind: 'aborted', invoked: false });
    expect(limit.waiting).toBe(0);
    expect(abortListeners(ctl.signal)).toBe(0);
    limit.release();
    expect(call).not.toHaveBeenCalled();
    expect(limit.active).toBe(0);
    expect(bridge.stats.live).toBe(0);
  });

  it('times out a call still waiting for its slot at its deadline, without calling the SDK', async () => {
    const { bridge } = setup();
    const limit = fullLimit();
    const call = vi.fn(() => 0);
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit, call, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(299);
    expect(await isSettled(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waiting).toEqual({ kind: 'timeout', timeoutMs: 300, invoked: false });
    expect(limit.waiting).toBe(0);
    limit.release();
    expect(call).not.toHaveBeenCalled();
    expect(bridge.stats).toEqual({ pending: 0, keys: 0, timers: 0, live: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts the wait for a slot in the timeout of the invocation that follows', async () => {
    const { bridge, fire } = setup();
    const limit = fullLimit();
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit, timeoutMs: 300 }));
    await vi.advanceTimersByTimeAsync(200);
    limit.release();
    expect(bridge.stats.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(await waiting).toEqual({ kind: 'timeout', timeoutMs: 300 });
    fire(5005, { result: 0, file_id: 'a' });
    expect(limit.active).toBe(0);
  });

  it('removes its abort listener when dispose ends the wait', async () => {
    const { bridge } = setup();
    const ctl = new AbortController();
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit: fullLimit(), signal: ctl.signal }));
    bridge.dispose();
    expect(await waiting).toEqual({ kind: 'aborted', invoked: false });
    expect(abortListeners(ctl.signal)).toBe(0);
  });

  it('leaves no abort listener on the signal once a call that waited for its slot has settled', async () => {
    const { bridge, fire } = setup();
    const limit = fullLimit();
    const ctl = new AbortController();
    const waiting = invoke(bridge, req({ ...completion(5005, 'a'), limit, signal: ctl.signal }));
    limit.release();
    expect(bridge.stats.pending).toBe(1);
    fire(5005, { result: 0, file_id: 'a', text: 'hi' });
    expect((await waiting).kind).toBe('ok');
    expect(abortListeners(ctl.signal)).toBe(0);
    expect(limit.active).toBe(0);
  });

  it('leaves no abort listener behind after a call settled by its event', async () => {
    const { bridge, fire } = setup();
    const ctl = new AbortController();
    const p = invoke(bridge, req({ signal: ctl.signal }));
    expect(abortListeners(ctl.signal)).toBe(1);
    fire(1, '{"result":0}');
    expect((await p).kind).toBe('ok');
    expect(abortListeners(ctl.signal)).toBe(0);
  });
});

describe('EventBridge: correlation', () => {
  it('applies a completion event without its file path to no call, not even one keyed on an empty path', async () => {
    vi.useFakeTimers();
    try {
      const { bridge, fire, hooks } = setup();
      const p = invoke(bridge, req({ ...completion(5002, '') }));
      fire(5002, { result: 0, file_id: 'id-1' });
      expect(await isSettled(p)).toBe(false);
      expect(hooks.onUnmatched).toHaveBeenCalledTimes(1);
      expect(hooks.onUnmatched.mock.calls[0]?.slice(0, 2)).toEqual([5002, 'uploadRecordedFile']);
      expect(bridge.stats.pending).toBe(1);
      bridge.dispose();
      expect(await p).toEqual({ kind: 'aborted' });
    } finally {
      vi.useRealTimers();
    }
  });
});
