import { describe, expect, it } from 'vitest';
import { resolveSimOptions, show } from './sim-options.js';

describe('resolveSimOptions', () => {
  it('fills in the defaults', () => {
    const o = resolveSimOptions(undefined);
    expect(o).toMatchObject({
      seed: 1,
      latency: [20, 80],
      switchRoom: false,
      recordingMs: undefined,
      speechToTextLimit: 10,
    });
    expect(o.transcripts({ filePath: '/a.silk' })).toBe('transcript of /a.silk');
    expect(o.transcripts({ fileId: 'https://x/1' })).toBe('transcript of https://x/1');
    expect(Math.abs(o.clock.now() - Date.now())).toBeLessThan(1000);
  });

  it('keeps a default when a field is explicitly undefined', () => {
    expect(resolveSimOptions({ seed: undefined as never, latencyMs: undefined as never })).toMatchObject({
      seed: 1,
      latency: [20, 80],
    });
  });

  it('takes a fixed latency as a [n, n] range, and 0', () => {
    expect(resolveSimOptions({ latencyMs: 0 }).latency).toEqual([0, 0]);
    expect(resolveSimOptions({ latencyMs: [5, 9] }).latency).toEqual([5, 9]);
  });

  it.each([
    [{ seed: 1.5 }, 'Expected `seed` to be an integer, got 1.5.'],
    [
      { latencyMs: -1 },
      'Expected `latencyMs` to be a number of milliseconds from 0 or a [min, max] pair with min <= max, got -1.',
    ],
    [{ latencyMs: [9, 5] }, latencyError('[9, 5]')],
    [{ latencyMs: [1] }, latencyError('[1]')],
    [{ latencyMs: Number.NaN }, latencyError('NaN')],
    [{ clock: {} }, 'Expected `clock` to be an object with a now() method, got an object.'],
    [{ switchRoom: 'yes' }, 'Expected `switchRoom` to be a boolean, got "yes".'],
    [{ recordingMs: -5 }, 'Expected `recordingMs` to be a number of milliseconds from 0, got -5.'],
    [{ transcripts: 'text' }, 'Expected `transcripts` to be a function, got "text".'],
    [{ speechToTextLimit: 0 }, 'Expected `speechToTextLimit` to be an integer from 1, got 0.'],
    [{ seeds: 1 }, 'Unknown simulator option `seeds`.'],
  ])('refuses %j with a TypeError', (options, message) => {
    expect(() => resolveSimOptions(options as never)).toThrow(TypeError);
    expect(() => resolveSimOptions(options as never)).toThrow(message);
  });

  it('refuses options that are not an object', () => {
    expect(() => resolveSimOptions(3 as never)).toThrow(
      'Expected the simulator options to be an object, got 3.',
    );
  });

  it('does not touch the caller object', () => {
    const options = Object.freeze({ latencyMs: [1, 2] as const });
    const resolved = resolveSimOptions(options);
    expect(resolved.latency).not.toBe(options.latencyMs);
  });
});

/** The refusal message of a bad `latencyMs`. */
const latencyError = (got: string): string =>
  `Expected \`latencyMs\` to be a number of milliseconds from 0 or a [min, max] pair with min <= max, got ${got}.`;

describe('resolveSimOptions: more refusals', () => {
  it.each([
    [null, 'Expected the simulator options to be an object, got null.'],
    [{ latencyMs: ['1', 5] }, latencyError('["1", 5]')],
    [{ latencyMs: [1, -5] }, latencyError('[1, -5]')],
    [{ latencyMs: [1, 2, 3] }, latencyError('[1, 2, 3]')],
    [{ latencyMs: { 0: 1, 1: 2, length: 2 } }, latencyError('an object')],
    [{ latencyMs: Number.POSITIVE_INFINITY }, latencyError('Infinity')],
    [{ clock: null }, 'Expected `clock` to be an object with a now() method, got null.'],
    [{ clock: 5 }, 'Expected `clock` to be an object with a now() method, got 5.'],
    [
      { clock: Object.assign(() => 0, { now: () => 0 }) },
      'Expected `clock` to be an object with a now() method, got a function.',
    ],
    [{ clock: { now: 1 } }, 'Expected `clock` to be an object with a now() method, got an object.'],
    [
      { recordingMs: Number.POSITIVE_INFINITY },
      'Expected `recordingMs` to be a number of milliseconds from 0, got Infinity.',
    ],
    [{ recordingMs: '5' }, 'Expected `recordingMs` to be a number of milliseconds from 0, got "5".'],
    [{ speechToTextLimit: 2.5 }, 'Expected `speechToTextLimit` to be an integer from 1, got 2.5.'],
  ])('refuses %j with a TypeError naming the field and the value', (options, message) => {
    expect(() => resolveSimOptions(options as never)).toThrow(new TypeError(message));
  });

  it('renders a bigint seed with its n suffix', () => {
    expect(() => resolveSimOptions({ seed: 10n as never })).toThrow(
      new TypeError('Expected `seed` to be an integer, got 10n.'),
    );
  });

  it('accepts a [n, n] latency pair and a recording length of 0', () => {
    expect(resolveSimOptions({ latencyMs: [5, 5], recordingMs: 0 })).toMatchObject({
      latency: [5, 5],
      recordingMs: 0,
    });
  });

  it('names an unknown file in the default transcript', () => {
    expect(resolveSimOptions(undefined).transcripts({})).toBe('transcript of an unknown file');
  });
});

describe('show', () => {
  it.each([
    ['a', '"a"'],
    [10n, '10n'],
    [[1, 'b'], '[1, "b"]'],
    [() => 1, 'a function'],
    [{}, 'an object'],
    [null, 'null'],
    [undefined, 'undefined'],
    [Number.NaN, 'NaN'],
  ])('renders value %# as %s', (value, text) => {
    expect(show(value)).toBe(text);
  });
});
