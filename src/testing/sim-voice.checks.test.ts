import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';
import type { SimulatedGmeOptions, TranscriptSource } from './sim-options.js';

type Ev = [number, Record<string, unknown>];

function voiceSim(options: SimulatedGmeOptions = {}, init = true) {
  const sim = createSimulatedGme({ latencyMs: 0, ...options });
  const events: Ev[] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  if (init) {
    sim.Init('1400', '10001');
    sim.ApplyPTTAuthbuffer('ptt-auth');
  }
  const drain = (ms = 0): Ev[] => {
    vi.advanceTimersByTime(ms);
    sim.Poll();
    return events.splice(0);
  };
  /** Records `path` for 1500 ms and delivers RECORD_COMPLETE. */
  const record = (path: string): void => {
    expect(sim.PttStartRecording(path)).toBe(0);
    vi.advanceTimersByTime(1500);
    expect(sim.PttStopRecording()).toBe(0);
    drain();
  };
  return { sim, drain, record };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('voice messages before Init', () => {
  it('answers 1101 at once to every voice-message method, posting nothing', () => {
    const { sim } = voiceSim({}, false);
    expect(sim.PttDownloadRecordedFile('https://x/1', '/b.silk')).toBe(1101);
    expect(sim.PttPlayRecordedFile('/a.silk', 0)).toBe(1101);
    expect(sim.PttStopPlayFile()).toBe(1101);
    expect(sim.PttStopRecording()).toBe(1101);
    expect(sim.control.pendingEventCount()).toBe(0);
  });
});

describe('ApplyPTTAuthbuffer', () => {
  it('answers 1004 to an empty auth buffer and stays unauthorised', () => {
    const { sim } = voiceSim({}, false);
    sim.Init('1400', '10001');
    expect(sim.ApplyPTTAuthbuffer('')).toBe(1004);
    expect(sim.control.state.pttAuthApplied).toBe(false);
  });
});

describe('recording length', () => {
  it('measures a recording from its start, not from the clock origin', () => {
    vi.setSystemTime(10_000);
    const { sim, drain } = voiceSim();
    sim.PttStartRecording('/short.silk');
    vi.advanceTimersByTime(999);
    sim.PttStopRecording();
    expect(drain()).toEqual([[5001, { result: 4103, file_path: '/short.silk' }]]);
    sim.PttStartRecording('/ok.silk');
    vi.advanceTimersByTime(1000);
    sim.PttStopRecording();
    expect(drain()).toEqual([[5001, { result: 0, file_path: '/ok.silk' }]]);
    expect(sim.control.state.files).toEqual(['/ok.silk']);
  });
});

describe('a scripted stop with nothing recording', () => {
  it('completes with an empty file path and keeps no file', () => {
    const { sim, drain } = voiceSim();
    sim.control.script('PttStopRecording', [{ event: 0 }]);
    expect(sim.PttStopRecording()).toBe(0);
    expect(sim.control.state.recording).toBe('idle');
    expect(drain()).toEqual([[5001, { result: 0, file_path: '' }]]);
    expect(sim.control.state).toMatchObject({ recording: 'idle', files: [], uploadedFileIds: [] });
  });

  it('leaves a recording started before its completion alone', () => {
    const { sim, drain } = voiceSim();
    sim.control.script('PttStopRecording', [{ event: 0, delayMs: 100 }]);
    sim.PttStopRecording();
    expect(sim.PttStartRecording('/b.silk')).toBe(0);
    expect(drain(100)).toEqual([[5001, { result: 0, file_path: '' }]]);
    expect(sim.control.state).toMatchObject({
      recording: 'recording',
      recordingFilePath: '/b.silk',
      files: [],
    });
  });
});

describe('upload and download outcomes', () => {
  it('keeps no server file after a failed upload', () => {
    const { sim, drain } = voiceSim();
    sim.PttUploadRecordedFile('/ghost.silk');
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([[5002, 8193]]);
    expect(sim.control.state.uploadedFileIds).toEqual([]);
  });

  it('keeps no local file after a failed download, and the downloaded copy after a good one', () => {
    const { sim, drain } = voiceSim();
    sim.PttDownloadRecordedFile('not-an-id', '/b.silk');
    expect(drain()).toEqual([[5003, { result: 12292, file_path: '/b.silk', file_id: 'not-an-id' }]]);
    expect(sim.control.state.files).toEqual([]);
    sim.PttDownloadRecordedFile('http://other.player/1.silk', '/c.silk');
    expect(drain()).toEqual([
      [5003, { result: 0, file_path: '/c.silk', file_id: 'http://other.player/1.silk' }],
    ]);
    expect(sim.control.state.files).toEqual(['/c.silk']);
  });

  it('takes only ids that start with http:// or https:// as foreign uploads', () => {
    const { sim, drain } = voiceSim();
    sim.PttDownloadRecordedFile('file:///https://x/1', '/d.silk');
    sim.PttSpeechToText('ftp://https://x/1', 'en-US', 'en-US');
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([
      [5003, 12292],
      [5005, 32784],
    ]);
  });

  it.each([
    ['an empty file id', '', '/b.silk'],
    ['an empty target path', 'https://x/1', ''],
    ['a file id that is not a string', 7, '/b.silk'],
  ])('answers 1004 at once to a download with %s', (_label, fileId, path) => {
    const { sim } = voiceSim();
    expect(sim.PttDownloadRecordedFile(fileId as string, path)).toBe(1004);
    expect(sim.control.pendingEventCount()).toBe(0);
  });
});

describe('playback', () => {
  it.each([
    [0, 0],
    [12, 0],
    [13, 1004],
    [-1, 1004],
    [1.5, 1004],
    ['1', 1004],
  ])('answers voice type %j with %i', (voiceType, code) => {
    const { sim, record } = voiceSim();
    record('/a.silk');
    expect(sim.PttPlayRecordedFile('/a.silk', voiceType as number)).toBe(code);
    expect(sim.control.pendingEventCount()).toBe(code === 0 ? 1 : 0);
  });

  it('counts plays in progress: a stop ends those still pending, and 20485 once all have ended', () => {
    const { sim, record, drain } = voiceSim();
    record('/a.silk');
    sim.control.script('PttPlayRecordedFile', [{ delayMs: 100 }, { delayMs: 500 }]);
    sim.PttPlayRecordedFile('/a.silk', 0);
    sim.PttPlayRecordedFile('/a.silk', 1);
    expect(drain(100)).toEqual([[5004, { result: 0, file_path: '/a.silk' }]]);
    expect(sim.PttStopPlayFile()).toBe(0);
    expect(drain()).toEqual([[5004, { result: 0, file_path: '/a.silk' }]]);
    expect(sim.PttStopPlayFile()).toBe(20485);
  });

  it('answers 20485 after a play has completed on its own', () => {
    const { sim, record, drain } = voiceSim();
    record('/a.silk');
    sim.PttPlayRecordedFile('/a.silk', 0);
    expect(drain().map(([e]) => e)).toEqual([5004]);
    expect(sim.PttStopPlayFile()).toBe(20485);
  });
});

describe('speech-to-text', () => {
  const fields = (s: TranscriptSource): string => `${Object.keys(s).join('+')}: ${s.filePath ?? '-'}`;

  it('asks the transcript by path and id for an upload of its own, by id alone for a foreign one', () => {
    const { sim, record, drain } = voiceSim({ transcripts: fields });
    record('/a.silk');
    sim.PttUploadRecordedFile('/a.silk');
    const fileId = drain()[0]?.[1].file_id as string;
    sim.PttSpeechToText(fileId, 'en-US', 'en-US');
    sim.PttSpeechToText('https://x/1', 'en-US', 'en-US');
    expect(drain()).toEqual([
      [5005, { result: 0, error_info: '', text: 'filePath+fileId: /a.silk', file_id: fileId }],
      [5005, { result: 0, error_info: '', text: 'fileId: -', file_id: 'https://x/1' }],
    ]);
  });

  it('sends no text with a failure', () => {
    const { sim, drain } = voiceSim();
    sim.PttSpeechToText('nope', 'ko-KR', 'ko-KR');
    expect(drain()).toEqual([
      [5005, { result: 32784, error_info: 'simulated GME error 32784', text: '', file_id: 'nope' }],
    ]);
  });

  it('answers 1004 at once to a translate language that is not a string', () => {
    const { sim } = voiceSim();
    expect(sim.PttSpeechToText('https://x/1', 'ko-KR', undefined as never)).toBe(1004);
    expect(sim.control.pendingEventCount()).toBe(0);
  });
});
