import { describe, expect, it } from 'vitest';
import { resolveSimOptions } from './sim-options.js';

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
    [{ latencyMs: [9, 5] }, 'got [9, 5].'],
    [{ latencyMs: [1] }, 'got [1].'],
    [{ latencyMs: Number.NaN }, 'got NaN.'],
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
