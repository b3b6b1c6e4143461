import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { harness, ready, record, settle } from '../support/harness.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('voice messages end to end', () => {
  it('records, uploads, downloads and plays a message, each with its own data', async () => {
    const h = harness('electron');
    await ready(h);
    const started = await h.gme.startRecording({ filePath: '/tmp/v.silk' });
    expect(started._unsafeUnwrap()).toEqual({ filePath: '/tmp/v.silk', attempts: 1, code: 0 });
    const stopped = await settle(h.gme.stopRecording());
    expect(stopped._unsafeUnwrap()).toEqual({ filePath: '/tmp/v.silk', attempts: 1, code: 0 });
    const up = (await settle(h.gme.uploadRecordedFile({ filePath: '/tmp/v.silk' })))._unsafeUnwrap();
    const down = await settle(h.gme.downloadRecordedFile({ fileId: up.fileId, filePath: '/tmp/copy.silk' }));
    expect(down._unsafeUnwrap()).toEqual({
      fileId: up.fileId,
      filePath: '/tmp/copy.silk',
      attempts: 1,
      code: 0,
    });
    const played = await settle(h.gme.playRecordedFile({ filePath: '/tmp/copy.silk', voiceType: 0 }));
    expect(played._unsafeUnwrap()).toEqual({ filePath: '/tmp/copy.silk', attempts: 1, code: 0 });
    h.gme.dispose();
  });

  it('fails a recording under one second with 4103 and does not retry it', async () => {
    const h = harness('electron', { recordingMs: 400 });
    await ready(h);
    await h.gme.startRecording({ filePath: '/tmp/short.silk' });
    const r = await settle(h.gme.stopRecording());
    expect(r._unsafeUnwrapErr()).toMatchObject({ code: 4103, attempts: 1 });
    h.gme.dispose();
  });

  it('runs streaming recognition: stopping the recording answers at once, the stream gives the text', async () => {
    const h = harness('electron', { transcripts: () => 'ready to push' });
    await ready(h);
    const stream = h.gme.startStreamingRecognition({ filePath: '/tmp/s.silk', language: 'en-US' });
    await vi.advanceTimersByTimeAsync(2_000);
    const stopped = await settle(h.gme.stopRecording());
    expect(stopped._unsafeUnwrap()).toEqual({ filePath: '/tmp/s.silk', attempts: 1, code: 0 });
    const r = await settle(stream);
    const value = r._unsafeUnwrap();
    expect(value).toMatchObject({ filePath: '/tmp/s.silk', text: 'ready to push', attempts: 1, code: 0 });
    expect(value.fileId).not.toBe('');
    // After the stream, a plain recording is answered by RECORD_COMPLETE again.
    await record(h, '/tmp/after.silk');
    h.gme.dispose();
  });

  it('re-applies the remembered PTT auth buffer after 8194 and uploads on the second attempt', async () => {
    const h = harness('electron');
    await ready(h);
    await record(h, '/tmp/p.silk');
    h.control.script('PttUploadRecordedFile', [{ event: 8194 }]);
    const applies = h.control.stats.calls.ApplyPTTAuthbuffer ?? 0;
    const recoveries: string[] = [];
    h.gme.on('recovery', (e) => recoveries.push(`${e.action}:${e.ok}`));
    const r = await settle(h.gme.uploadRecordedFile({ filePath: '/tmp/p.silk' }));
    expect(r._unsafeUnwrap()).toMatchObject({ attempts: 2, code: 0 });
    expect(recoveries).toEqual(['reapplyPttAuth:true']);
    expect(h.control.stats.calls.ApplyPTTAuthbuffer).toBe(applies + 1);
    h.gme.dispose();
  });
});
