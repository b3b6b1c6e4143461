import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSimulatedGme } from './create-simulated-gme.js';
import type { SimulatedGmeOptions } from './sim-options.js';

type Ev = [number, Record<string, unknown>];

function voiceSim(options: SimulatedGmeOptions = {}, auth = true) {
  const sim = createSimulatedGme({ latencyMs: 0, ...options });
  const events: Ev[] = [];
  sim.SetTMGDelegate({ onEvent: (e, r) => events.push([e, JSON.parse(r)]) });
  sim.Init('1400', '10001');
  if (auth) expect(sim.ApplyPTTAuthbuffer('ptt-auth')).toBe(0);
  /** Records `path` for `ms` of fake time and delivers RECORD_COMPLETE. */
  const record = (path: string, ms = 1500): Ev | undefined => {
    expect(sim.PttStartRecording(path)).toBe(0);
    vi.advanceTimersByTime(ms);
    expect(sim.PttStopRecording()).toBe(0);
    sim.Poll();
    return events.at(-1);
  };
  const drain = (): Ev[] => {
    sim.Poll();
    return events.splice(0);
  };
  return { sim, events, record, drain };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('recording', () => {
  it('completes start -> stop with RECORD_COMPLETE (5001) and the file path', () => {
    const { sim, record } = voiceSim();
    expect(record('/a.silk')).toEqual([5001, { result: 0, file_path: '/a.silk' }]);
    expect(sim.control.state).toMatchObject({ recording: 'idle', files: ['/a.silk'] });
  });

  it('answers 4099 to a start while recording or until RECORD_COMPLETE arrives, then accepts the next', () => {
    const { sim, drain } = voiceSim();
    expect(sim.PttStartRecording('/a.silk')).toBe(0);
    expect(sim.control.state).toMatchObject({ recording: 'recording', recordingFilePath: '/a.silk' });
    expect(sim.PttStartRecording('/b.silk')).toBe(4099);
    vi.advanceTimersByTime(1000);
    sim.PttStopRecording();
    expect(sim.control.state.recording).toBe('stopping');
    expect(sim.PttStartRecording('/b.silk')).toBe(4099);
    drain();
    expect(sim.PttStartRecording('/b.silk')).toBe(0);
  });

  it('completes a recording under 1000 ms with 4103 and keeps no file', () => {
    const { sim, record } = voiceSim();
    expect(record('/short.silk', 999)).toEqual([5001, { result: 4103, file_path: '/short.silk' }]);
    expect(sim.control.state.files).toEqual([]);
  });

  it('uses recordingMs instead of the clock when given', () => {
    const { sim, record, drain } = voiceSim({ recordingMs: 500 });
    expect(record('/a.silk', 5000)?.[1].result).toBe(4103);
    sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US');
    vi.advanceTimersByTime(5000);
    sim.PttStopRecording();
    expect(drain().at(-1)?.[1]).toMatchObject({ result: 4103, file_id: '', text: '' });
    expect(sim.control.state.files).toEqual([]);
  });

  it('answers 4104 to a stop or cancel with nothing recording; cancel ends a recording without an event', () => {
    const { sim, drain } = voiceSim();
    expect(sim.PttStopRecording()).toBe(4104);
    expect(sim.PttCancelRecording()).toBe(4104);
    sim.PttStartRecording('/a.silk');
    expect(sim.PttCancelRecording()).toBe(0);
    expect(drain()).toEqual([]);
    expect(sim.control.state.recording).toBe('idle');
  });

  it('answers 1004 to an empty path', () => {
    const { sim } = voiceSim();
    expect(sim.PttStartRecording('')).toBe(1004);
    expect(sim.PttUploadRecordedFile('')).toBe(1004);
  });
});

describe('upload, download, play', () => {
  it('uploads a recorded file: 5002 with file_path and a URL-like, seeded file_id', () => {
    const { sim, record, drain } = voiceSim({ seed: 5 });
    record('/a.silk');
    drain();
    expect(sim.PttUploadRecordedFile('/a.silk')).toBe(0);
    const [[type, payload] = [0, {}]] = drain();
    expect(type).toBe(5002);
    expect(payload).toMatchObject({ result: 0, file_path: '/a.silk' });
    expect(payload.file_id).toMatch(/^https:\/\/voice\.gme\.invalid\/sim\/[0-9a-z]{16}\.silk$/);
    expect(sim.control.state.uploadedFileIds).toEqual([payload.file_id]);
  });

  it('answers 8193 for a path never recorded', () => {
    const { sim, drain } = voiceSim();
    sim.PttUploadRecordedFile('/ghost.silk');
    expect(drain()).toEqual([[5002, { result: 8193, file_path: '/ghost.silk', file_id: '' }]]);
  });

  it('answers 8200 / 12297 / 32774 without ApplyPTTAuthbuffer', () => {
    const { sim, record, drain } = voiceSim({}, false);
    record('/a.silk');
    drain();
    sim.PttUploadRecordedFile('/a.silk');
    sim.PttDownloadRecordedFile('https://x/1', '/b.silk');
    sim.PttSpeechToText('https://x/1', 'ko-KR', 'ko-KR');
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([
      [5002, 8200],
      [5003, 12297],
      [5005, 32774],
    ]);
    expect(sim.control.state.pttAuthApplied).toBe(false);
  });

  it('downloads an uploaded id (5003) and can then play the local copy (5004 after a latency)', () => {
    const { sim, record, drain } = voiceSim({ latencyMs: 40 });
    record('/a.silk');
    vi.advanceTimersByTime(40);
    drain();
    sim.PttUploadRecordedFile('/a.silk');
    vi.advanceTimersByTime(40);
    const fileId = drain()[0]?.[1].file_id as string;
    sim.PttDownloadRecordedFile(fileId, '/copy.silk');
    vi.advanceTimersByTime(40);
    expect(drain()).toEqual([[5003, { result: 0, file_path: '/copy.silk', file_id: fileId }]]);
    expect(sim.PttPlayRecordedFile('/copy.silk', 0)).toBe(0);
    vi.advanceTimersByTime(39);
    expect(drain()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(drain()).toEqual([[5004, { result: 0, file_path: '/copy.silk' }]]);
  });

  it('answers 12292 for an id that is neither minted here nor URL-like; accepts foreign URLs', () => {
    const { sim, drain } = voiceSim();
    sim.PttDownloadRecordedFile('not-an-id', '/b.silk');
    sim.PttDownloadRecordedFile('https://other.player/1.silk', '/c.silk');
    expect(drain().map(([e, p]) => [e, p.result])).toEqual([
      [5003, 12292],
      [5003, 0],
    ]);
  });

  it('answers 20484 for playing an unknown path and 1004 for a bad voice type', () => {
    const { sim, drain } = voiceSim();
    expect(sim.PttPlayRecordedFile('/a.silk', 13)).toBe(1004);
    sim.PttPlayRecordedFile('/ghost.silk', 0);
    expect(drain()).toEqual([[5004, { result: 20484, file_path: '/ghost.silk' }]]);
  });

  it('makes pending PLAY_COMPLETE events due at once on PttStopPlayFile, and 20485 when nothing plays', () => {
    const { sim, record, drain } = voiceSim({ latencyMs: 500 });
    record('/a.silk');
    vi.advanceTimersByTime(500);
    drain();
    expect(sim.PttStopPlayFile()).toBe(20485);
    sim.PttPlayRecordedFile('/a.silk', 0);
    expect(sim.PttStopPlayFile()).toBe(0);
    expect(drain()).toEqual([[5004, { result: 0, file_path: '/a.silk' }]]);
  });
});

describe('speech-to-text', () => {
  it('answers 5005 with the text and the file id', () => {
    const { sim, record, drain } = voiceSim({ transcripts: ({ filePath }) => `said in ${filePath}` });
    record('/a.silk');
    drain();
    sim.PttUploadRecordedFile('/a.silk');
    const fileId = drain()[0]?.[1].file_id as string;
    expect(sim.PttSpeechToText(fileId, 'ko-KR', 'ko-KR')).toBe(0);
    expect(drain()).toEqual([
      [5005, { result: 0, error_info: '', text: 'said in /a.silk', file_id: fileId }],
    ]);
  });

  it('answers 32784 for an unknown non-URL id and 1004 for a missing language', () => {
    const { sim, drain } = voiceSim();
    expect(sim.PttSpeechToText('https://x/1', '', '')).toBe(1004);
    sim.PttSpeechToText('nope', 'ko-KR', 'ko-KR');
    expect(drain()[0]?.[1].result).toBe(32784);
  });

  it('answers the 11th concurrent request with 32785 and counts the peak', () => {
    const { sim, drain } = voiceSim({ latencyMs: 100 });
    for (let i = 0; i < 11; i++) expect(sim.PttSpeechToText(`https://x/${i}`, 'en-US', 'en-US')).toBe(0);
    expect(sim.control.stats).toMatchObject({ speechToTextInFlight: 11, maxConcurrentSpeechToText: 11 });
    vi.advanceTimersByTime(100);
    const results = drain().map(([, p]) => p.result);
    expect(results.filter((r) => r === 0)).toHaveLength(10);
    expect(results.at(-1)).toBe(32785);
    expect(sim.control.stats.speechToTextInFlight).toBe(0);
    expect(sim.PttSpeechToText('https://x/12', 'en-US', 'en-US')).toBe(0);
    vi.advanceTimersByTime(100);
    expect(drain()[0]?.[1].result).toBe(0);
  });

  it('honours speechToTextLimit', () => {
    const { sim, drain } = voiceSim({ speechToTextLimit: 1 });
    sim.PttSpeechToText('https://x/1', 'en-US', 'en-US');
    sim.PttSpeechToText('https://x/2', 'en-US', 'en-US');
    expect(drain().map(([, p]) => p.result)).toEqual([0, 32785]);
  });
});

describe('streaming recognition', () => {
  it('reports 5007 while recording and 5006 with file path, id and text after stop', () => {
    const { sim, drain } = voiceSim({ transcripts: () => 'one two three' });
    expect(sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US')).toBe(0);
    expect(sim.control.state.recording).toBe('streaming');
    expect(sim.PttStartRecording('/b.silk')).toBe(32786);
    expect(sim.PttStartRecordingWithStreamingRecognition('/b.silk', 'en-US', '')).toBe(32786);
    vi.advanceTimersByTime(500);
    sim.Poll();
    vi.advanceTimersByTime(500);
    const running = drain();
    expect(running).toEqual([
      [5007, { result: 0, file_path: '/s.silk', text: 'one', file_id: '' }],
      [5007, { result: 0, file_path: '/s.silk', text: 'one two', file_id: '' }],
    ]);
    expect(sim.PttStopRecording()).toBe(0);
    const done = drain();
    expect(done).toHaveLength(1);
    expect(done[0]?.[0]).toBe(5006);
    expect(done[0]?.[1]).toMatchObject({ result: 0, file_path: '/s.silk', text: 'one two three' });
    expect(done[0]?.[1].file_id).toMatch(/^https:\/\//);
    vi.advanceTimersByTime(2000);
    expect(drain()).toEqual([]);
    expect(sim.control.state).toMatchObject({ recording: 'idle', files: ['/s.silk'] });
  });

  it('answers 4099 to a streaming start during a plain recording', () => {
    const { sim } = voiceSim();
    sim.PttStartRecording('/a.silk');
    expect(sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US')).toBe(4099);
  });

  it('completes with 32774 and no text without ApplyPTTAuthbuffer, keeping the recording', () => {
    const { sim, drain } = voiceSim({}, false);
    sim.PttStartRecordingWithStreamingRecognition('/s.silk', 'en-US', 'en-US');
    vi.advanceTimersByTime(1200);
    drain();
    sim.PttStopRecording();
    expect(drain()).toEqual([
      [
        5006,
        {
          result: 32774,
          error_info: 'simulated GME error 32774',
          file_path: '/s.silk',
          file_id: '',
          text: '',
        },
      ],
    ]);
    expect(sim.control.state).toMatchObject({ files: ['/s.silk'], uploadedFileIds: [] });
  });
});
