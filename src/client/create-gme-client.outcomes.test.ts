import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type Behaviour,
  type Driven,
  drive,
  FAKE_TIMERS,
  FakeNativeError,
  FakeSdk,
} from '../../test/support/fake-sdk.js';
import type { GmeError } from '../errors/gme-error.js';
import { fail } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { GmeAdapter } from '../sdk/adapter.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });
const INIT = { appId: '1400000001', openId: '10001' } as const;
const ROOM = { roomId: 'lobby', roomType: 1, authBuffer: 'secret' } as const;

/** Runs fake time until the call settles; the call never rejects. */
async function done<T>(promise: PromiseLike<T>): Promise<T> {
  const d: Driven<T> = await drive(promise);
  if (d.state !== 'resolved') throw new Error(`the call ended ${d.state}`);
  return d.value;
}

function setup(timeoutMs = 1_000) {
  const sdk = new FakeSdk({ timeoutMs });
  const gme = createGmeClient({
    sdk,
    policy: ONCE,
    poll: false,
    timeouts: { uploadRecordedFile: timeoutMs },
  });
  return { sdk, gme };
}

/** The Err of an upload whose one invocation behaves as `behaviour`. */
async function uploadErr(behaviour: Behaviour, timeoutMs = 1_000): Promise<GmeError> {
  const { sdk, gme } = setup(timeoutMs);
  sdk.script('uploadRecordedFile', [behaviour]);
  const r = await done(gme.uploadRecordedFile({ filePath: '/fake/1.silk' }));
  gme.dispose();
  return r._unsafeUnwrapErr();
}

describe('createGmeClient: how one invocation ends', () => {
  it('passes a code returned at once through as an SDK error, with the returned code as the cause', async () => {
    const e = await uploadErr({ kind: 'sync', code: 7004 });
    expect(e).toMatchObject({ code: 7004, source: 'sdk', operation: 'uploadRecordedFile', attempts: 1 });
    expect(e.cause).toEqual({ returned: 7004 });
  });

  it("passes a code reported by the completion event through, with the event's fields as the cause", async () => {
    const e = await uploadErr({ kind: 'event', code: 7004, delayMs: 5 });
    expect(e).toMatchObject({ code: 7004, source: 'sdk', attempts: 1 });
    expect(e.cause).toEqual({
      result: 7004,
      error_info: 'fake failure 7004',
      file_path: '/fake/1.silk',
      file_id: '',
    });
  });

  it('reads a -1 returned at once as a native addon that is not loaded: a client 1006', async () => {
    const e = await uploadErr({ kind: 'sync', code: -1 });
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain('The SDK returned -1: its native addon is not loaded.');
    expect(e.cause).toEqual({ returned: -1 });
  });

  it('keeps a -1 reported by the completion event as the SDK code it is', async () => {
    const raw = { result: -1, file_path: '/fake/1.silk' };
    const e = await uploadErr({ kind: 'malformed', raw, delayMs: 5 });
    expect(e).toMatchObject({ code: -1, source: 'sdk', attempts: 1 });
    expect(e.cause).toEqual(raw);
  });

  it('says how long it waited when no completion event came', async () => {
    const e = await uploadErr({ kind: 'noEvent' }, 750);
    expect(e).toMatchObject({ code: 1005, source: 'client', attempts: 1 });
    expect(e.message).toContain('No completion event came within 750 ms.');
  });

  it('keeps what a throwing method threw as the cause of a client 1006', async () => {
    const e = await uploadErr({ kind: 'throw' });
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain('The SDK method threw.');
    expect(e.cause).toBeInstanceOf(FakeNativeError);
  });

  it('names the type of a return value that is not a code', async () => {
    const e = await uploadErr({ kind: 'garbage', value: 'posted' });
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain('The SDK method returned something that is not a code.');
    expect(e.cause).toEqual({ returned: 'string' });
  });

  it('turns a completion payload it cannot read into a client 1006', async () => {
    const e = await uploadErr({
      kind: 'malformed',
      raw: '{"result":"abc","file_path":"/fake/1.silk"}',
      delayMs: 5,
    });
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain('The completion event payload could not be read.');
  });

  it('turns a successful event that lacks the file id into a client 1006 carrying the event', async () => {
    const raw = { result: 0, file_path: '/fake/1.silk' };
    const e = await uploadErr({ kind: 'malformed', raw, delayMs: 5 });
    expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(e.message).toContain('The completion event lacks a field the result needs.');
    expect(e.cause).toEqual(raw);
  });

  it('ends a call whose signal aborts while it waits with a client 7013', async () => {
    const { sdk, gme } = setup(60_000);
    sdk.script('uploadRecordedFile', [{ kind: 'noEvent' }]);
    const leave = new AbortController();
    const t0 = Date.now();
    const pending = gme.uploadRecordedFile({ filePath: '/fake/1.silk' }, { signal: leave.signal });
    setTimeout(() => leave.abort(), 100);
    const e = (await done(pending))._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 7013, source: 'client', attempts: 1 });
    expect(e.message).toContain('The call was aborted.');
    expect(Date.now() - t0).toBe(100);
    gme.dispose();
  });
});

describe('createGmeClient: the room when a request is refused at once', () => {
  async function entered() {
    const { sdk, gme } = setup();
    await done(gme.init(INIT));
    await done(gme.enterRoom(ROOM));
    const states: unknown[] = [];
    gme.on('roomState', (e) => states.push(e));
    return { sdk, gme, states };
  }

  it.each<[string, Behaviour]>([
    ['returns a code', { kind: 'sync', code: 7004 }],
    ['throws', { kind: 'throw' }],
    ['returns garbage', { kind: 'garbage', value: Number.NaN }],
  ])('goes back to the room it was in when switchRoom %s', async (_label, behaviour) => {
    const { sdk, gme, states } = await entered();
    sdk.script('switchRoom', [behaviour]);
    const r = await done(gme.switchRoom({ roomId: 'hall', authBuffer: 'secret' }));
    expect(r.isErr()).toBe(true);
    expect(states).toEqual([
      { state: 'switching', previous: 'entered', roomId: 'lobby', reason: 'switchRoom requested' },
      { state: 'entered', previous: 'switching', roomId: 'lobby', reason: 'request refused' },
    ]);
    expect(gme.room).toEqual({ state: 'entered', roomId: 'lobby' });
    gme.dispose();
  });

  it('follows the completion event, not the old room, when the event reports the failure', async () => {
    const { sdk, gme, states } = await entered();
    sdk.script('enterRoom', [{ kind: 'event', code: 7004, delayMs: 5 }]);
    const r = await done(gme.enterRoom({ roomId: 'hall', roomType: 1, authBuffer: 'secret' }));
    expect(r._unsafeUnwrapErr().code).toBe(7004);
    expect(states).toEqual([
      { state: 'entering', previous: 'entered', roomId: 'lobby', reason: 'enterRoom requested' },
      { state: 'idle', previous: 'entering', roomId: null, reason: 'ENTER_ROOM 7004' },
    ]);
    expect(gme.room).toEqual({ state: 'idle', roomId: null });
    gme.dispose();
  });

  it('keeps a room change an event reported during another call that then fails at once', async () => {
    const fake = new FakeSdk({ timeoutMs: 1_000 });
    let sink: ((type: number, payload: unknown) => void) | undefined;
    const sdk: GmeAdapter = {
      surface: 'fake',
      supports: () => true,
      hasMethod: () => true,
      callMethod: () => 0,
      attach: (s) => {
        sink = s;
        return fake.attach(s);
      },
      invoke: (op, args) => {
        if (op !== 'startRecording') return fake.invoke(op, args);
        sink?.(3, '{}'); // ROOM_DISCONNECT, from inside the call
        return 7004;
      },
    };
    const gme = createGmeClient({ sdk, policy: ONCE, poll: false });
    await done(gme.enterRoom(ROOM));
    const r = await done(gme.startRecording({ filePath: '/fake/rec.silk' }));
    expect(r._unsafeUnwrapErr().code).toBe(7004);
    expect(gme.room).toEqual({ state: 'disconnected', roomId: 'lobby' });
    gme.dispose();
  });

  it('marks the room as exiting while exitRoom is in flight', async () => {
    const { gme, states } = await entered();
    const r = await done(gme.exitRoom());
    expect(r.isOk()).toBe(true);
    expect(states).toEqual([
      { state: 'exiting', previous: 'entered', roomId: 'lobby', reason: 'exitRoom requested' },
      { state: 'idle', previous: 'exiting', roomId: null, reason: 'EXIT_ROOM' },
    ]);
    gme.dispose();
  });
});
