import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../policies/default-policy.js';
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

describe('resolveOptions', () => {
  it('fills every default in one place', () => {
    const o = resolveOptions({ sdk });
    expect(o).toMatchObject({
      policy: defaultPolicy,
      pollIntervalMs: 50,
      locale: 'en',
      table: 'gme-2022',
      deadlineMs: 120_000,
      speechToTextConcurrency: 10,
      awaitInFlightMs: 5_000,
      random: Math.random,
    });
    expect(o.auth).toEqual({});
  });

  it('keeps explicit values, `poll: false`, and never mutates the input', () => {
    const input: GmeClientOptions = Object.freeze({
      sdk,
      poll: false,
      locale: 'ko',
      table: 'gme-2023',
      timeouts: Object.freeze({ enterRoom: 5_000 }),
    });
    const o = resolveOptions(input);
    expect(o).toMatchObject({
      pollIntervalMs: false,
      locale: 'ko',
      table: 'gme-2023',
      timeouts: { enterRoom: 5_000 },
    });
    expect(o.timeouts).not.toBe(input.timeouts);
  });

  it('treats an explicit undefined like an omitted option', () => {
    const o = resolveOptions({
      sdk,
      locale: undefined,
      deadlineMs: undefined,
    } as unknown as GmeClientOptions);
    expect(o.locale).toBe('en');
    expect(o.deadlineMs).toBe(120_000);
  });

  it.each([
    [{ sdk: undefined }, /`sdk`.*got undefined/],
    [{ sdk: {} }, /`sdk\.supports` to be a function/],
    [{ sdk, policy: { codes: {} } }, /`policy`.*definePolicy/],
    [{ sdk, poll: { intervalMs: 0 } }, /`poll\.intervalMs` to be an integer from 1 to 10000, got 0/],
    [{ sdk, poll: 'yes' }, /`poll` to be an object or false/],
    [{ sdk, locale: 'fr' }, /`locale` to be 'en' or 'ko', got "fr"/],
    [{ sdk, table: 'gme-2025' }, /`table`.*got "gme-2025"/],
    [
      { sdk, timeouts: { enterRoom: -1 } },
      /`timeouts\.enterRoom` to be an integer from 1 to 3600000, got -1/,
    ],
    [{ sdk, timeouts: { fly: 10 } }, /`timeouts`.*got "fly"/],
    [{ sdk, deadlineMs: 1.5 }, /`deadlineMs`.*got 1\.5/],
    [{ sdk, speechToTextConcurrency: 0 }, /`speechToTextConcurrency`.*got 0/],
    [{ sdk, auth: { refresh: 'token' } }, /`auth\.refresh` to be a function/],
    [{ sdk, clock: { now: 1 } }, /`clock` to be an object with now\(\) and sleep\(\)/],
    [{ sdk, random: 0.5 }, /`random` to be a function, got 0\.5/],
    [{ sdk, retries: 3 }, /Unknown option `retries`/],
  ])('throws a TypeError naming the field and value for %o', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrow(TypeError);
    expect(() => resolveOptions(options as never)).toThrow(message);
  });

  it('rejects a non-object', () => {
    expect(() => resolveOptions(null as never)).toThrow(/`options` to be an object, got null/);
  });
});
