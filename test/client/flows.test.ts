import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, record, type Surface, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each<Surface>(['electron', 'real-electron'])('voice flows through %s', (surface) => {
  it('enters a room: Ok with one attempt, code 0 and the room data', async () => {
    const h = harness(surface);
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const r = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'secret' }));
    expect(r._unsafeUnwrap()).toEqual({ roomId: 'lobby', roomType: 1, attempts: 1, code: 0 });
    expect(h.gme.room).toEqual({ state: 'entered', roomId: 'lobby' });
    expect(h.control.state.roomId).toBe('lobby');
    h.gme.dispose();
  });

  it('chains upload and speech-to-text with andThen and gets the text', async () => {
    const h = harness(surface, { transcripts: () => '안녕하세요, 팀' });
    await ready(h);
    await record(h, '/tmp/m1.silk');
    const text = await settle(
      h.gme
        .uploadRecordedFile({ filePath: '/tmp/m1.silk' })
        .andThen(({ fileId }) => h.gme.speechToText({ fileId, language: 'ko-KR' })),
    );
    expect(text._unsafeUnwrap()).toMatchObject({ text: '안녕하세요, 팀', attempts: 1, code: 0 });
    h.gme.dispose();
  });

  it('gives three concurrent uploads of different paths their own file ids', async () => {
    const h = harness(surface, { latencyMs: [10, 200], seed: 8 });
    await ready(h);
    const paths = ['/tmp/a.silk', '/tmp/b.silk', '/tmp/c.silk'];
    for (const p of paths) await record(h, p);
    const sent = new Map<string, string>();
    const order: string[] = [];
    h.gme.on('sdkEvent', ({ eventType, payload }) => {
      if (eventType === 5002 && payload.filePath !== undefined && payload.fileId !== undefined) {
        sent.set(payload.filePath, payload.fileId);
        order.push(payload.filePath);
      }
    });
    const results = await settle(
      Promise.all(paths.map((filePath) => h.gme.uploadRecordedFile({ filePath }))),
    );
    const values = results.map((r) => r._unsafeUnwrap());
    expect(values.map((v) => v.filePath)).toEqual(paths);
    expect(new Set(values.map((v) => v.fileId)).size).toBe(3);
    // Each path got the id the SDK reported for that path, although the events came out of order.
    expect(values.map((v) => v.fileId)).toEqual(paths.map((p) => sent.get(p)));
    expect(order).not.toEqual(paths);
    h.gme.dispose();
  });

  it('keeps at most ten speech-to-text requests in flight and answers all eleven', async () => {
    const h = harness(surface, { latencyMs: 500 });
    await ready(h);
    const ids = Array.from({ length: 11 }, (_, i) => `https://sim.example/voice/${i}`);
    const results = await settle(Promise.all(ids.map((fileId) => h.gme.speechToText({ fileId }))));
    expect(results.every((r) => r.isOk())).toBe(true);
    expect(results.map((r) => r._unsafeUnwrap().fileId)).toEqual(ids);
    expect(h.control.stats.maxConcurrentSpeechToText).toBe(10);
    h.gme.dispose();
  });
});

describe('web surface', () => {
  it('enters and exits through fromWeb, with events translated from the web numbering', async () => {
    const h = harness('web');
    const states: string[] = [];
    h.gme.on('roomState', (e) => states.push(e.state));
    await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
    const entered = await settle(h.gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'secret' }));
    expect(entered._unsafeUnwrap()).toMatchObject({ roomId: 'lobby', attempts: 1 });
    const exited = await settle(h.gme.exitRoom());
    expect(exited.isOk()).toBe(true);
    expect(states).toEqual(['entering', 'entered', 'exiting', 'idle']);
    h.gme.dispose();
  });

  it('answers operations the web SDK lacks with a client-made 1006, without calling it', async () => {
    const h = harness('web');
    const r = await settle(h.gme.uploadRecordedFile({ filePath: '/tmp/x.silk' }));
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1006, name: 'AV_ERR_NOT_IMPLEMENTED', source: 'client', attempts: 0 });
    expect(e.message).toContain('web');
    h.gme.dispose();
  });

  it('answers switchRoom on gme-electron-sdk (no SwitchRoom method) with 1006', async () => {
    const h = harness('real-electron');
    const r = await settle(h.gme.switchRoom({ roomId: 'b', authBuffer: 'secret' }));
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 1006, source: 'client' });
    h.gme.dispose();
  });
});
