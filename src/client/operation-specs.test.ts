import { describe, expect, it } from 'vitest';
import { parsePayload } from '../sdk/parse-payload.js';
import { OPERATION_SPECS } from './operation-specs.js';

const payload = (fields: object) => parsePayload(fields);

describe('OPERATION_SPECS: the data of each Ok value', () => {
  it('takes the open id, room and file fields from the arguments', () => {
    expect(OPERATION_SPECS.init.data({ appId: '1400000001', openId: '10001' }, undefined)).toEqual({
      openId: '10001',
    });
    expect(
      OPERATION_SPECS.enterRoom.data({ roomId: 'lobby', roomType: 2, authBuffer: 's' }, undefined),
    ).toEqual({
      roomId: 'lobby',
      roomType: 2,
    });
    expect(OPERATION_SPECS.switchRoom.data({ roomId: 'hall', authBuffer: 's' }, undefined)).toEqual({
      roomId: 'hall',
    });
    expect(OPERATION_SPECS.exitRoom.data({}, undefined)).toEqual({});
    expect(
      OPERATION_SPECS.downloadRecordedFile.data({ fileId: 'https://x/1', filePath: '/a' }, undefined),
    ).toEqual({
      fileId: 'https://x/1',
      filePath: '/a',
    });
  });

  it('takes the recorded file path of stopRecording from the event, and has none without it', () => {
    const stop = OPERATION_SPECS.stopRecording.data;
    expect(stop({}, payload({ result: 0, file_path: '/rec.silk' }))).toEqual({ filePath: '/rec.silk' });
    expect(stop({}, payload({ result: 0 }))).toBeUndefined();
    expect(stop({}, undefined)).toBeUndefined();
  });

  it('takes the file id of an upload from the event, and has none without it', () => {
    const upload = OPERATION_SPECS.uploadRecordedFile.data;
    const args = { filePath: '/a.silk' };
    expect(upload(args, payload({ result: 0, file_id: 'https://x/1' }))).toEqual({
      filePath: '/a.silk',
      fileId: 'https://x/1',
    });
    expect(upload(args, payload({ result: 0 }))).toBeUndefined();
    expect(upload(args, undefined)).toBeUndefined();
  });

  it('takes the text of speech-to-text from the event, and has none without it', () => {
    const stt = OPERATION_SPECS.speechToText.data;
    const args = { fileId: 'https://x/1' };
    expect(stt(args, payload({ result: 0, text: 'hello' }))).toEqual({
      fileId: 'https://x/1',
      text: 'hello',
    });
    expect(stt(args, payload({ result: 0 }))).toBeUndefined();
    expect(stt(args, undefined)).toBeUndefined();
  });

  it('takes text and file id of a streaming recognition from the event; a missing file id reads as empty', () => {
    const stream = OPERATION_SPECS.startStreamingRecognition.data;
    const args = { filePath: '/a.silk', language: 'ko-KR' };
    expect(stream(args, payload({ result: 0, text: 'hi', file_id: 'https://x/2' }))).toEqual({
      filePath: '/a.silk',
      fileId: 'https://x/2',
      text: 'hi',
    });
    expect(stream(args, payload({ result: 0, text: 'hi' }))).toEqual({
      filePath: '/a.silk',
      fileId: '',
      text: 'hi',
    });
    expect(stream(args, payload({ result: 0, file_id: 'https://x/2' }))).toBeUndefined();
    expect(stream(args, undefined)).toBeUndefined();
  });
});
