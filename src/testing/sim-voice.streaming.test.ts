import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';
import type { SimulatedGmeOptions, TranscriptSource } from './sim-options.js';

type Ev = [number, Record<string, unknown>];

/** Names the fields a transcript was asked with, so that a test sees exactly what the model passed. */
const describeSource = (s: TranscriptSource): string =>
  `${Object.keys(s).join('+')}: ${s.filePath ?? '-'} ${s.fileId ?? '-'}`;

function streamSim(options: SimulatedGmeOptions = {}) {
  const transcripts = vi.fn(describeSource);
  const sim = createSimulatedGme({ latencyMs: 0, transcripts, ...options });
  const events: Ev[] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  sim.Init('1400', '10001');
  sim.ApplyPTTAuthbuffer('ptt-auth');
  const drain = (ms = 0): Ev[] => {
    vi.advanceTimersByTime(ms);
    sim.Poll();
    return events.splice(0);
  };
  return { sim, drain, transcripts };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('streaming recognition: progress events', () => {
  it('queues no progress event for a plain recording', () => {
    const { sim, drain } = streamSim();
    expect(sim.PttStartRecording('/a.silk')).toBe(0);
    expect(sim.control.pendingEventCount()).toBe(0);
    expect(drain(2000)).toEqual([]);
  });

  it('asks the transcript by file path at start and reports the first 5007 after 500 ms, not before', () => {
    const { sim, drain, transcripts } = streamSim();
    expect(sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', '')).toBe(0);
    expect(transcripts.mock.calls).toEqual([[{ filePath: '/s.silk' }]]);
    expect(drain()).toEqual([]);
    expect(drain(499)).toEqual([]);
    expect(drain(1)).toEqual([[5007, { result: 0, file_path: '/s.silk', text: 'filePath:', file_id: '' }]]);
    expect(drain(499)).toEqual([]);
    expect(drain(1)).toEqual([
      [5007, { result: 0, file_path: '/s.silk', text: 'filePath: /s.silk', file_id: '' }],
    ]);
  });

  it('stops reporting progress once stopped, while the completion is still on its way', () => {
    const { sim, drain } = streamSim({ latencyMs: 2000 });
    sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US');
    expect(drain(500).map(([e]) => e)).toEqual([5007]);
    expect(drain(500).map(([e]) => e)).toEqual([5007]);
    vi.advanceTimersByTime(200);
    expect(sim.PttStopRecording()).toBe(0);
    expect(sim.control.state.recording).toBe('stopping');
    expect(drain(300)).toEqual([]);
    expect(drain(1699)).toEqual([]);
    const done = drain(1);
    expect(done.map(([e, p]) => [e, p.result, p.text])).toEqual([[5006, 0, 'filePath: /s.silk -']]);
    expect(sim.control.state).toMatchObject({ recording: 'idle', files: ['/s.silk'] });
    expect(sim.control.state.uploadedFileIds).toEqual([done[0]?.[1].file_id]);
  });

  it('cancels a streaming recording without an event, and a new one does not inherit its progress', () => {
    const { sim, drain, transcripts } = streamSim();
    sim.PttStartRecordingWithStreamingRecognition('/a.silk', 'en-US', 'en-US');
    vi.advanceTimersByTime(100);
    expect(sim.PttCancelRecording()).toBe(0);
    expect(sim.control.state).toMatchObject({ recording: 'idle', recordingFilePath: null });
    expect(sim.PttStartRecordingWithStreamingRecognition('/b.silk', 'en-US', 'en-US')).toBe(0);
    expect(drain(400)).toEqual([]);
    expect(drain(100)).toEqual([[5007, { result: 0, file_path: '/b.silk', text: 'filePath:', file_id: '' }]]);
    expect(transcripts.mock.calls).toEqual([[{ filePath: '/a.silk' }], [{ filePath: '/b.silk' }]]);
    expect(sim.control.state.files).toEqual([]);
  });
});

describe('streaming recognition: arguments', () => {
  it.each([
    ['an empty file path', '', 'en-US', ''],
    ['an empty language', '/s.silk', '', ''],
    ['a translate language that is not a string', '/s.silk', 'en-US', undefined],
    ['an empty path with no translate language', '', 'en-US', 5],
  ])('answers 1004 at once to %s', (_label, path, language, translate) => {
    const { sim } = streamSim();
    expect(sim.PttStartRecordingWithStreamingRecognition(path, language, translate as string)).toBe(1004);
    expect(sim.control.state.recording).toBe('idle');
    expect(sim.control.pendingEventCount()).toBe(0);
  });

  it('answers 1101 before Init', () => {
    const sim = createSimulatedGme({ latencyMs: 0 });
    expect(sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US')).toBe(1101);
    expect(sim.PttCancelRecording()).toBe(1101);
    expect(sim.control.state.recording).toBe('idle');
  });
});

describe('streaming recognition: completion codes', () => {
  it.each([
    // [code, recording kept, upload kept]
    [1005, true, false],
    [4096, true, false],
    [4097, false, false],
    [4103, false, false],
    [4104, false, false],
    [4105, true, false],
    [32775, true, false],
    [32777, true, true],
    [50012, true, false],
  ])('after a stop completing with %i keeps the recording: %s, the upload: %s', (code, kept, uploaded) => {
    const { sim, drain } = streamSim();
    sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US');
    drain(1500);
    sim.control.script('PttStopRecording', [{ event: code }]);
    expect(sim.PttStopRecording()).toBe(0);
    const [[type, payload] = [0, {}], ...rest] = drain();
    expect(rest).toEqual([]);
    expect(type).toBe(5006);
    expect(payload).toMatchObject({
      result: code,
      error_info: `simulated GME error ${code}`,
      file_path: '/s.silk',
      text: '',
    });
    const { files, uploadedFileIds, recording } = sim.control.state;
    expect(recording).toBe('idle');
    expect(files).toEqual(kept ? ['/s.silk'] : []);
    if (uploaded) {
      expect(payload.file_id).toMatch(/^https:\/\/voice\.gme\.invalid\/sim\//);
      expect(uploadedFileIds).toEqual([payload.file_id]);
    } else {
      expect(payload.file_id).toBe('');
      expect(uploadedFileIds).toEqual([]);
    }
  });
});
