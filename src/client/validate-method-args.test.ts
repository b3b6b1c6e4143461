import { describe, expect, it } from 'vitest';
import { englishRuns, hasHangul } from '../../test/support/english-runs.js';
import { GME_METHODS, type GmeMethodName } from '../gme-methods.js';
import { validateMethodArgs } from './validate-method-args.js';

const check = (method: GmeMethodName, args: readonly unknown[], surface = 'electron') =>
  validateMethodArgs(method, GME_METHODS[method], args, surface);

describe('validateMethodArgs', () => {
  it('accepts the arguments of every known method in their documented range', () => {
    expect(check('EnableMic', [true])).toBeUndefined();
    expect(check('EnableAudioRecv', [false])).toBeUndefined();
    expect(check('SetMicVolume', [0])).toBeUndefined();
    expect(check('SetSpeakerVolume', [200])).toBeUndefined();
    expect(check('GetMicState', [])).toBeUndefined();
    expect(check('SetMicVolume', [100], 'web')).toBeUndefined();
  });

  it.each([
    ['EnableMic', [1], 'enable', 'Expected `enable` to be true or false, got 1.'],
    ['EnableSpeaker', ['on'], 'enable', 'Expected `enable` to be true or false, got "on" (2 characters).'],
    ['EnableAudioSend', [null], 'enable', 'Expected `enable` to be true or false, got null.'],
    ['SetMicVolume', [201], 'volume', 'Expected `volume` to be an integer from 0 to 200, got 201.'],
    ['SetSpeakerVolume', [-1], 'volume', 'Expected `volume` to be an integer from 0 to 200, got -1.'],
    ['SetMicVolume', [50.5], 'volume', 'Expected `volume` to be an integer from 0 to 200, got 50.5.'],
    [
      'SetMicVolume',
      ['50'],
      'volume',
      'Expected `volume` to be an integer from 0 to 200, got "50" (2 characters).',
    ],
    ['SetMicVolume', [Number.NaN], 'volume', 'Expected `volume` to be an integer from 0 to 200, got NaN.'],
  ] as const)('refuses %s(%j), naming `%s` and the value', (method, args, field, message) => {
    const problem = check(method, args);
    expect(problem?.field).toBe(field);
    expect(problem?.render('en')).toBe(message);
  });

  it('holds the H5 SDK to its documented 0–100 on the web surface', () => {
    expect(check('SetMicVolume', [150], 'web')?.render('en')).toBe(
      "Expected `volume` to be an integer from 0 to 100 (the H5 SDK's range), got 150.",
    );
    expect(check('SetMicVolume', [150], 'electron')).toBeUndefined();
  });

  it.each([
    [
      'EnableMic',
      [],
      'Expected `args` to be an array of 1 argument (enable) for EnableMic, got 0 arguments.',
    ],
    [
      'EnableMic',
      [true, 1],
      'Expected `args` to be an array of 1 argument (enable) for EnableMic, got 2 arguments.',
    ],
    ['GetMicVolume', [1], 'Expected `args` to be an empty array for GetMicVolume, got 1 argument.'],
  ] as const)('refuses %s with %j: the count of arguments is wrong', (method, args, message) => {
    const problem = check(method, args);
    expect(problem?.field).toBe('args');
    expect(problem?.render('en')).toBe(message);
  });

  it('says the same in Korean, with no English sentence left', () => {
    const problems = [
      check('EnableMic', [1]),
      check('SetMicVolume', [999]),
      check('SetMicVolume', [999], 'web'),
      check('EnableMic', []),
      check('GetSDKVersion', [1]),
    ];
    const texts = problems.map((p) => p?.render('ko') ?? '');
    expect(texts[0]).toBe('`enable` 값은 true 또는 false여야 합니다. 받은 값: 1.');
    expect(texts[1]).toBe('`volume` 값은 0~200 사이의 정수여야 합니다. 받은 값: 999.');
    for (const text of texts) {
      expect(hasHangul(text), text).toBe(true);
      expect(englishRuns(text), text).toEqual([]);
    }
  });
});
