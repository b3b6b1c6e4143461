import { definePolicy, fail, recover } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, record, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const init = { appId: '1400000001', openId: '10001' } as const;
const enter = { roomId: 'lobby', roomType: 1, authBuffer: 'room-secret' } as const;

describe('built-in recoveries', () => {
  it('reapplyPttAuth fails with the original error when no PTT buffer was ever applied', async () => {
    const h = harness('electron');
    await settle(h.gme.init(init));
    h.control.script('PttSpeechToText', [{ event: 32776 }]);
    const r = await settle(h.gme.speechToText({ fileId: 'https://sim.example/1' }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 32776, attempts: 1 });
    expect(h.control.stats.calls.ApplyPTTAuthbuffer ?? 0).toBe(0);
    h.gme.dispose();
  });

  it('reapplyPttAuth prefers a fresh buffer from auth.refreshPtt', async () => {
    const refreshPtt = vi.fn(() => 'fresh-ptt');
    const h = harness('electron', {}, { auth: { refreshPtt } });
    await settle(h.gme.init(init));
    h.control.script('PttSpeechToText', [{ event: 32774 }]);
    const r = await settle(h.gme.speechToText({ fileId: 'https://sim.example/1' }));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2 });
    expect(refreshPtt).toHaveBeenCalledTimes(1);
    expect(h.control.state.pttAuthApplied).toBe(true);
    h.gme.dispose();
  });

  it('reinit runs Init again with the last arguments after 1101, then retries', async () => {
    const h = harness('electron');
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ sync: 1101 }]);
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2, code: 0 });
    expect(h.control.stats.calls.Init).toBe(2);
    h.gme.dispose();
  });

  it('reinit cannot help before any successful init: the original error stands', async () => {
    const h = harness('electron');
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1101, attempts: 1 });
    h.gme.dispose();
  });

  it('exitThenEnter (opt-in) leaves the other room and enters the requested one after 7007', async () => {
    const policy = definePolicy({
      extends: defaultPolicy,
      operations: { enterRoom: { 7007: recover('exitThenEnter') } },
    });
    const h = harness('electron', {}, { policy });
    await ready(h, 'old');
    const r = await settle(h.gme.enterRoom({ ...enter, roomId: 'new' }));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'new', attempts: 2 });
    expect(h.control.state.roomId).toBe('new');
    expect(h.gme.room).toEqual({ state: 'entered', roomId: 'new' });
    h.gme.dispose();
  });

  it('awaitInFlight waits for the running operation event, then calls again', async () => {
    const h = harness('electron', {}, { awaitInFlightMs: 60_000 });
    await ready(h);
    await h.gme.startRecording({ filePath: '/tmp/a.silk' });
    // A second start while recording: 4099 is not in the default table as a recovery, so use 1002.
    h.control.script('PttStartRecording', [{ sync: 1002 }]);
    const second = h.gme.startRecording({ filePath: '/tmp/b.silk' }, { deadlineMs: 120_000 });
    await vi.advanceTimersByTimeAsync(1_000);
    await settle(h.gme.stopRecording());
    const r = await settle(second);
    expect(r._unsafeUnwrap()).toMatchObject({ filePath: '/tmp/b.silk', attempts: 2 });
    h.gme.dispose();
  });

  it('runs a custom recovery and accepts its done value', async () => {
    const custom = vi.fn(async () => ({ next: 'done' as const, value: { roomId: 'lobby', roomType: 1 } }));
    const policy = definePolicy({
      default: fail(),
      codes: { 7004: recover(custom) },
      budget: false,
      breaker: false,
    });
    const h = harness('electron', {}, { policy });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrap()).toMatchObject({ roomId: 'lobby', attempts: 1 });
    expect(custom).toHaveBeenCalledWith(expect.objectContaining({ operation: 'enterRoom' }));
    h.gme.dispose();
  });

  it.each([
    ['throws', () => Promise.reject(new Error('recovery bug'))],
    ['returns garbage', () => ({ next: 'sideways' })],
  ])('keeps the original error when a custom recovery %s', async (_label, fn) => {
    const policy = definePolicy({
      default: fail(),
      codes: { 7004: recover(fn as never) },
      budget: false,
      breaker: false,
    });
    const h = harness('electron', {}, { policy });
    await settle(h.gme.init(init));
    h.control.script('EnterRoom', [{ event: 7004 }]);
    const r = await settle(h.gme.enterRoom(enter));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7004, attempts: 1 });
    h.gme.dispose();
  });

  it('refreshAuth ignores a refresher that throws or returns an empty buffer', async () => {
    for (const refresh of [() => Promise.reject(new Error('server down')), () => '']) {
      const h = harness('electron', {}, { auth: { refresh } });
      await settle(h.gme.init(init));
      h.control.script('EnterRoom', [{ event: 7006 }]);
      const r = await settle(h.gme.enterRoom(enter));
      expect(r._unsafeUnwrapErr()).toMatchObject({ code: 7006, attempts: 1 });
      h.gme.dispose();
    }
  });

  it('reenterRoom on an operation that is not a room entry or switch fails with the original error', async () => {
    const policy = definePolicy({
      default: fail(),
      codes: { 8195: recover('reenterRoom') },
      budget: false,
      breaker: false,
    });
    const h = harness('electron', {}, { policy });
    await ready(h);
    await record(h, '/tmp/r.silk');
    h.control.script('PttUploadRecordedFile', [{ event: 8195 }]);
    const r = await settle(h.gme.uploadRecordedFile({ filePath: '/tmp/r.silk' }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 8195, attempts: 1 });
    h.gme.dispose();
  });
});
