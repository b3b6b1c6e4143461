import { describe, expect, it } from 'vitest';
import { parsePayload } from '../sdk/parse-payload.js';
import { type CallMemory, OPERATION_SPECS } from './operation-specs.js';

const payload = (fields: object) => parsePayload(fields);
const MEMORY: CallMemory = { init: undefined, pttAuth: undefined, roomType: 1, streamingPath: undefined };

describe('OPERATION_SPECS: the data of each Ok value', () => {
  it('takes the open id, room and file fields from the arguments', () => {
    expect(OPERATION_SPECS.init.data({ appId: '1400000001', openId: '10001' }, undefined, MEMORY)).toEqual({
      openId: '10001',
    });
    expect(
      OPERATION_SPECS.enterRoom.data({ roomId: 'lobby', roomType: 2, authBuffer: 's' }, undefined, MEMORY),
    ).toEqual({
      roomId: 'lobby',
      roomType: 2,
    });
    expect(OPERATION_SPECS.switchRoom.data({ roomId: 'hall', authBuffer: 's' }, undefined, MEMORY)).toEqual({
      roomId: 'hall',
    });
    expect(OPERATION_SPECS.exitRoom.data({}, undefined, MEMORY)).toEqual({});
    expect(
      OPERATION_SPECS.downloadRecordedFile.data({ fileId: 'https://x/1', filePath: '/a' }, undefined, MEMORY),
    ).toEqual({
      fileId: 'https://x/1',
      filePath: '/a',
    });
  });

  it('takes the recorded file path of stopRecording from the event, and has none without it', () => {
    const stop = OPERATION_SPECS.stopRecording.data;
    expect(stop({}, payload({ result: 0, file_path: '/rec.silk' }), MEMORY)).toEqual({
      filePath: '/rec.silk',
    });
    expect(stop({}, payload({ result: 0 }), MEMORY)).toBeUndefined();
    expect(stop({}, undefined, MEMORY)).toBeUndefined();
  });

  it('answers stopRecording by its return value while a streaming recognition runs, with that file', () => {
    const spec = OPERATION_SPECS.stopRecording;
    const streaming = { ...MEMORY, streamingPath: '/stream.silk' };
    expect(spec.answeredByReturn?.(MEMORY)).toBe(false);
    expect(spec.answeredByReturn?.(streaming)).toBe(true);
    expect(spec.data({}, undefined, streaming)).toEqual({ filePath: '/stream.silk' });
  });

  it('takes the file id of an upload from the event, and has none without it', () => {
    const upload = OPERATION_SPECS.uploadRecordedFile.data;
    const args = { filePath: '/a.silk' };
    expect(upload(args, payload({ result: 0, file_id: 'https://x/1' }), MEMORY)).toEqual({
      filePath: '/a.silk',
      fileId: 'https://x/1',
    });
    expect(upload(args, payload({ result: 0 }), MEMORY)).toBeUndefined();
    expect(upload(args, undefined, MEMORY)).toBeUndefined();
  });

  it('takes the text of speech-to-text from the event, and has none without it', () => {
    const stt = OPERATION_SPECS.speechToText.data;
    const args = { fileId: 'https://x/1' };
    expect(stt(args, payload({ result: 0, text: 'hello' }), MEMORY)).toEqual({
      fileId: 'https://x/1',
      text: 'hello',
    });
    expect(stt(args, payload({ result: 0 }), MEMORY)).toBeUndefined();
    expect(stt(args, undefined, MEMORY)).toBeUndefined();
  });

  it('takes text and file id of a streaming recognition from the event; a missing file id reads as empty', () => {
    const stream = OPERATION_SPECS.startStreamingRecognition.data;
    const args = { filePath: '/a.silk', language: 'ko-KR' };
    expect(stream(args, payload({ result: 0, text: 'hi', file_id: 'https://x/2' }), MEMORY)).toEqual({
      filePath: '/a.silk',
      fileId: 'https://x/2',
      text: 'hi',
    });
    expect(stream(args, payload({ result: 0, text: 'hi' }), MEMORY)).toEqual({
      filePath: '/a.silk',
      fileId: '',
      text: 'hi',
    });
    expect(stream(args, payload({ result: 0, file_id: 'https://x/2' }), MEMORY)).toBeUndefined();
    expect(stream(args, undefined, MEMORY)).toBeUndefined();
  });
});
