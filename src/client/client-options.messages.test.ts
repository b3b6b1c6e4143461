import { describe, expect, it } from 'vitest';
import type { GmeAdapter } from '../sdk/adapter.js';
import { type GmeClientOptions, resolveOptions } from './client-options.js';

const sdk: GmeAdapter = {
  surface: 'fake',
  supports: () => true,
  invoke: () => 0,
  callMethod: () => 0,
  hasMethod: () => true,
  attach: () => () => {},
};

const ADAPTER = 'an adapter (fromElectron(ctx), fromWeb(api) or a GmeAdapter)';
const OPERATIONS =
  'init, enterRoom, exitRoom, switchRoom, applyPttAuthbuffer, startRecording, stopRecording, ' +
  'uploadRecordedFile, downloadRecordedFile, playRecordedFile, speechToText, startStreamingRecognition';
const noop = async () => {};

/** The TypeError `resolveOptions` throws for `options`, or undefined when it does not throw. */
function thrown(options: unknown): unknown {
  try {
    resolveOptions(options as GmeClientOptions);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('resolveOptions error messages', () => {
  it.each<[string, unknown, string]>([
    ['a string as options', 'fast', 'Expected `options` to be an object, got "fast" (4 characters).'],
    ['undefined options', undefined, 'Expected `options` to be an object, got undefined.'],
    ['a null sdk', { sdk: null }, `Expected \`sdk\` to be ${ADAPTER}, got null.`],
    [
      'a string sdk',
      { sdk: 'electron' },
      `Expected \`sdk\` to be ${ADAPTER}, got "electron" (8 characters).`,
    ],
    [
      'an sdk without attach',
      { sdk: { ...sdk, attach: 1 } },
      'Expected `sdk.attach` to be a function (wrap the SDK with fromElectron(ctx) or fromWeb(api)), got 1.',
    ],
    ['a number as auth', { sdk, auth: 5 }, 'Expected `auth` to be an object, got 5.'],
    [
      'an auth buffer as auth',
      { sdk, auth: 'secret-buffer' },
      'Expected `auth` to be an object, got a string of 13 characters.',
    ],
    [
      'an auth buffer as auth.refresh',
      { sdk, auth: { refresh: 'secret-buffer' } },
      'Expected `auth.refresh` to be a function, got a string of 13 characters.',
    ],
    [
      'a number as auth.refreshPtt',
      { sdk, auth: { refreshPtt: 7 } },
      'Expected `auth.refreshPtt` to be a function, got 7.',
    ],
    ['a null poll', { sdk, poll: null }, 'Expected `poll` to be an object or false, got null.'],
    // null is a value, not "use the default": each option refuses it by name.
    [
      'a null policy',
      { sdk, policy: null },
      'Expected `policy` to be a policy made by definePolicy() or parsePolicy(), got null.',
    ],
    ['a null auth', { sdk, auth: null }, 'Expected `auth` to be an object, got null.'],
    ['a null locale', { sdk, locale: null }, "Expected `locale` to be 'en' or 'ko', got null."],
    ['a null table', { sdk, table: null }, "Expected `table` to be 'gme-2022' or 'gme-2023', got null."],
    ['a null timeouts', { sdk, timeouts: null }, 'Expected `timeouts` to be an object, got null.'],
    [
      'a null clock',
      { sdk, clock: null },
      'Expected `clock` to be an object with now() and sleep(), got null.',
    ],
    ['a null random', { sdk, random: null }, 'Expected `random` to be a function, got null.'],
    ['poll: true', { sdk, poll: true }, 'Expected `poll` to be an object or false, got true.'],
    [
      'a poll interval above its maximum',
      { sdk, poll: { intervalMs: 10_001 } },
      'Expected `poll.intervalMs` to be an integer from 1 to 10000, got 10001.',
    ],
    [
      'an unknown table',
      { sdk, table: 'gme-2025' },
      `Expected \`table\` to be 'gme-2022' or 'gme-2023', got "gme-2025" (8 characters).`,
    ],
    ['a number as timeouts', { sdk, timeouts: 5 }, 'Expected `timeouts` to be an object, got 5.'],
    [
      'an unknown operation in timeouts',
      { sdk, timeouts: { fly: 10 } },
      `Expected \`timeouts\` to be keys among ${OPERATIONS}, got "fly" (3 characters).`,
    ],
    [
      'a clock without sleep',
      { sdk, clock: { now: () => 0 } },
      'Expected `clock` to be an object with now() and sleep(), got an object.',
    ],
    [
      'a clock without now',
      { sdk, clock: { sleep: noop } },
      'Expected `clock` to be an object with now() and sleep(), got an object.',
    ],
    [
      'a negative awaitInFlightMs',
      { sdk, awaitInFlightMs: -1 },
      'Expected `awaitInFlightMs` to be an integer from 0 to 600000, got -1.',
    ],
    [
      'a speechToTextConcurrency above its maximum',
      { sdk, speechToTextConcurrency: 1_001 },
      'Expected `speechToTextConcurrency` to be an integer from 1 to 1000, got 1001.',
    ],
  ])('throws a TypeError with the exact message for %s', (_label, options, message) => {
    const error = thrown(options);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe(message);
  });
});

describe('resolveOptions bounds', () => {
  it('accepts every integer bound itself', () => {
    const low = resolveOptions({
      sdk,
      poll: { intervalMs: 1 },
      deadlineMs: 1,
      speechToTextConcurrency: 1,
      awaitInFlightMs: 0,
      timeouts: { enterRoom: 1 },
    });
    expect(low).toMatchObject({
      pollIntervalMs: 1,
      deadlineMs: 1,
      speechToTextConcurrency: 1,
      awaitInFlightMs: 0,
      timeouts: { enterRoom: 1 },
    });
    const high = resolveOptions({
      sdk,
      poll: { intervalMs: 10_000 },
      deadlineMs: 3_600_000,
      speechToTextConcurrency: 1_000,
      awaitInFlightMs: 600_000,
      timeouts: { speechToText: 3_600_000 },
    });
    expect(high).toMatchObject({
      pollIntervalMs: 10_000,
      deadlineMs: 3_600_000,
      speechToTextConcurrency: 1_000,
      awaitInFlightMs: 600_000,
      timeouts: { speechToText: 3_600_000 },
    });
  });

  it('uses 50 ms when poll is an object without intervalMs', () => {
    expect(resolveOptions({ sdk, poll: {} }).pollIntervalMs).toBe(50);
  });

  it('keeps the given auth functions and clock', () => {
    const refresh = () => 'buffer';
    const clock = { now: () => 0, sleep: noop };
    const o = resolveOptions({ sdk, auth: { refresh }, clock });
    expect(o.auth.refresh).toBe(refresh);
    expect(o.clock).toBe(clock);
  });
});
