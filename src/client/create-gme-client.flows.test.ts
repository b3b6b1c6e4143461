import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOp, drive, FAKE_TIMERS, FakeSdk } from '../../test/support/fake-sdk.js';
import { fail, recover, succeed } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { Policy } from '../policy/index.js';
import type { GmeClientOptions } from './client-options.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers(FAKE_TIMERS);
});
afterEach(() => {
  vi.useRealTimers();
});

const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });
const INIT = { appId: '1400000001', openId: '10001' } as const;
const LOBBY = { roomId: 'lobby', roomType: 1, authBuffer: 'secret' } as const;

function setup(policy: Policy = ONCE, more: Partial<GmeClientOptions> = {}) {
  const sdk = new FakeSdk({ timeoutMs: 5_000 });
  const gme = createGmeClient({ sdk, policy, poll: false, ...more });
  return { sdk, gme, t0: Date.now() };
}

/** Runs fake time until the call settles; a call never rejects. */
async function done<T>(promise: PromiseLike<T>): Promise<T> {
  const d = await drive(promise);
  if (d.state !== 'resolved') throw new Error(`the call ended ${d.state}`);
  return d.value;
}

describe('createGmeClient: room operations', () => {
  it('runs room operations one at a time: exitRoom waits for the entry in flight', async () => {
    const { sdk, gme, t0 } = setup();
    sdk.script('enterRoom', [{ kind: 'event', code: 0, delayMs: 500 }]);
    const entering = gme.enterRoom(LOBBY);
    const exiting = gme.exitRoom();
    expect((await done(entering)).isOk()).toBe(true);
    expect((await done(exiting)).isOk()).toBe(true);
    expect(sdk.calls.map((c) => [c.op, c.at - t0])).toEqual([
      ['enterRoom', 0],
      ['exitRoom', 500],
    ]);
  });

  it('lets identical entries share one SDK call and one Result', async () => {
    const { sdk, gme } = setup();
    const first = gme.enterRoom(LOBBY);
    const second = gme.enterRoom({ ...LOBBY });
    const a = await done(first);
    const b = await done(second);
    expect(sdk.count('enterRoom')).toBe(1);
    expect(a).toBe(b);
    expect(gme.stats().enterFlights).toBe(0);
  });

  it('gives entries that differ in room, type or buffer, or carry options, their own SDK call', async () => {
    const { sdk, gme } = setup();
    const calls = [
      gme.enterRoom(LOBBY),
      gme.enterRoom({ ...LOBBY, roomId: 'hall' }),
      gme.enterRoom({ ...LOBBY, roomType: 2 }),
      gme.enterRoom({ ...LOBBY, authBuffer: 'other' }),
      gme.enterRoom(LOBBY, { timeoutMs: 5_000 }),
      gme.enterRoom(LOBBY, { timeoutMs: 5_000 }),
    ];
    for (const call of calls) expect((await done(call)).isOk()).toBe(true);
    expect(sdk.calls.map((c) => c.args)).toEqual([
      LOBBY,
      { ...LOBBY, roomId: 'hall' },
      { ...LOBBY, roomType: 2 },
      { ...LOBBY, authBuffer: 'other' },
      LOBBY,
      LOBBY,
    ]);
  });

  it('re-enters with the room type of the last successful entry when a switch leaves every room', async () => {
    const policy = definePolicy({ codes: { 2002: recover('reenterRoom') }, default: fail(), budget: false });
    const { sdk, gme } = setup(policy);
    await done(gme.init(INIT));
    await done(gme.enterRoom({ ...LOBBY, roomType: 2 }));
    await done(gme.uploadRecordedFile({ filePath: '/fake/a.silk' }));
    sdk.script('switchRoom', [{ kind: 'event', code: 2002, delayMs: 5 }]);
    const r = await done(gme.switchRoom({ roomId: 'hall', authBuffer: 'secret' }));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'hall', attempts: 1, recovered: 'reenterRoom' });
    expect(sdk.calls.filter((c) => c.op === 'enterRoom').map((c) => c.args)).toEqual([
      { ...LOBBY, roomType: 2 },
      { roomId: 'hall', roomType: 2, authBuffer: 'secret' },
    ]);
  });
});

describe('createGmeClient: streaming recognition and stopRecording', () => {
  const STREAM = { filePath: '/fake/stream.silk', language: 'ko-KR' } as const;

  it('answers stopRecording by its return code while a streaming recognition runs', async () => {
    const { sdk, gme, t0 } = setup();
    await done(gme.startRecording({ filePath: '/fake/rec.silk' }));
    sdk.script('startStreamingRecognition', [{ kind: 'event', code: 0, delayMs: 1_000 }]);
    sdk.script('stopRecording', [{ kind: 'sync', code: 0 }]);
    const streaming = gme.startStreamingRecognition(STREAM);
    const stopped = await done(gme.stopRecording());
    expect(stopped._unsafeUnwrap()).toStrictEqual({
      filePath: '/fake/stream.silk',
      attempts: 1,
      code: 0,
    });
    expect(Date.now() - t0).toBe(0);
    const text = await done(streaming);
    expect(text._unsafeUnwrap()).toStrictEqual({
      filePath: '/fake/stream.silk',
      fileId: 'https://fake.gme/stream',
      text: 'hello',
      attempts: 1,
      code: 0,
    });
    // The recognition is over: the next stop waits for RECORD_COMPLETE again.
    const later = await done(gme.stopRecording());
    expect(later._unsafeUnwrap()).toStrictEqual({ filePath: '/fake/rec.silk', attempts: 1, code: 0 });
  });

  it('passes a code that stopRecording returns during a recognition through as an Err', async () => {
    const { sdk, gme } = setup();
    sdk.script('startStreamingRecognition', [{ kind: 'event', code: 0, delayMs: 1_000 }]);
    sdk.script('stopRecording', [{ kind: 'sync', code: 7004 }]);
    const streaming = gme.startStreamingRecognition(STREAM);
    const stopped = await done(gme.stopRecording());
    expect(stopped._unsafeUnwrapErr()).toMatchObject({ code: 7004, source: 'sdk', attempts: 1 });
    await done(streaming);
  });

  it('keeps the newer streaming file when an older recognition ends first', async () => {
    const { sdk, gme } = setup();
    sdk.script('startStreamingRecognition', [
      { kind: 'event', code: 0, delayMs: 100 },
      { kind: 'event', code: 0, delayMs: 1_000 },
    ]);
    sdk.script('stopRecording', [{ kind: 'sync', code: 0 }]);
    const older = gme.startStreamingRecognition(STREAM);
    const newer = gme.startStreamingRecognition({ ...STREAM, filePath: '/fake/newer.silk' });
    await done(older);
    const stopped = await done(gme.stopRecording());
    expect(stopped._unsafeUnwrap()).toStrictEqual({ filePath: '/fake/newer.silk', attempts: 1, code: 0 });
    await done(newer);
  });

  it('gives other calls made during a recognition their own completion events', async () => {
    const { sdk, gme } = setup();
    await done(gme.startRecording({ filePath: '/fake/rec.silk' }));
    sdk.script('uploadRecordedFile', [{ kind: 'event', code: 0, delayMs: 1_000 }]);
    const upload = gme.uploadRecordedFile({ filePath: '/fake/up.silk' });
    const stopped = await done(gme.stopRecording());
    expect(stopped._unsafeUnwrap()).toStrictEqual({ filePath: '/fake/rec.silk', attempts: 1, code: 0 });
    const uploaded = await done(upload);
    expect(uploaded._unsafeUnwrap()).toStrictEqual({
      filePath: '/fake/up.silk',
      fileId: 'https://fake.gme/1',
      attempts: 1,
      code: 0,
    });
  });

  it('caps speech-to-text requests only: an upload does not wait behind them', async () => {
    const { sdk, gme, t0 } = setup(ONCE, { speechToTextConcurrency: 1 });
    sdk.script('speechToText', [{ kind: 'event', code: 0, delayMs: 1_000 }]);
    sdk.script('uploadRecordedFile', [{ kind: 'event', code: 0, delayMs: 10 }]);
    const stt = gme.speechToText({ fileId: 'https://fake.gme/x' });
    const uploaded = await done(gme.uploadRecordedFile({ filePath: '/fake/up.silk' }));
    expect(uploaded.isOk()).toBe(true);
    expect(Date.now() - t0).toBe(10);
    await done(stt);
  });
});

describe('createGmeClient: recoveries and succeed() rules', () => {
  it('announces the invocation a recovery makes, and reports the recovery in the Ok and the success event', async () => {
    const policy = definePolicy({ codes: { 1101: recover('reinit') }, default: fail(), budget: false });
    const { sdk, gme } = setup(policy);
    await done(gme.init(INIT));
    sdk.script('uploadRecordedFile', [{ kind: 'sync', code: 1101 }]);
    const attempts: unknown[] = [];
    const successes: unknown[] = [];
    gme.on('attempt', (e) => attempts.push(e));
    gme.on('success', (e) => successes.push(e));
    const r = await done(gme.uploadRecordedFile({ filePath: '/fake/up.silk' }));
    expect(r._unsafeUnwrap()).toStrictEqual({
      filePath: '/fake/up.silk',
      fileId: 'https://fake.gme/1',
      attempts: 2,
      code: 0,
      recovered: 'reinit',
    });
    // The init the recovery makes is part of the upload's call: it carries the upload's call id.
    const callId = (attempts[0] as { callId: number }).callId;
    expect(attempts).toStrictEqual([
      { operation: 'uploadRecordedFile', callId, attempt: 1 },
      { operation: 'init', callId, attempt: 1, recovery: 'reinit' },
      { operation: 'uploadRecordedFile', callId, attempt: 2 },
    ]);
    expect(successes).toStrictEqual([
      { operation: 'uploadRecordedFile', callId, attempts: 2, code: 0, durationMs: 0, recovered: 'reinit' },
    ]);
  });

  const accept = definePolicy({ codes: { 1003: succeed() }, default: fail(), budget: false, breaker: false });

  it.each<[string, Parameters<typeof callOp>[1], object, object]>([
    ['stopRecording', 'stopRecording', {}, { filePath: '' }],
    [
      'uploadRecordedFile',
      'uploadRecordedFile',
      { filePath: '/a.silk' },
      { filePath: '/a.silk', fileId: '' },
    ],
    ['speechToText', 'speechToText', { fileId: 'https://x/1' }, { fileId: 'https://x/1', text: '' }],
    [
      'startStreamingRecognition',
      'startStreamingRecognition',
      { filePath: '/a.silk', language: 'ko-KR' },
      { filePath: '/a.silk', fileId: '', text: '' },
    ],
    [
      'stopRecording given a file path',
      'stopRecording',
      { filePath: '/given.silk' },
      { filePath: '/given.silk' },
    ],
    [
      'uploadRecordedFile given a file id',
      'uploadRecordedFile',
      { filePath: '/a.silk', fileId: 'https://x/given' },
      { filePath: '/a.silk', fileId: 'https://x/given' },
    ],
  ])('builds the Ok of an accepted code on %s from the arguments alone', async (_l, op, args, data) => {
    const { sdk, gme } = setup(accept);
    sdk.script(op, [{ kind: 'sync', code: 1003 }]);
    const r = await done(callOp(gme, op, args));
    expect(r._unsafeUnwrap()).toStrictEqual({ ...data, attempts: 1, code: 1003 });
  });
});
