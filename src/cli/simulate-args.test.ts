import { describe, expect, it } from 'vitest';
import { parseSimulateArgs } from './simulate-args.js';

describe('parseSimulateArgs', () => {
  it('defaults to the outage scenario, 1 000 clients, seed 2024, defaultPolicy alone', () => {
    expect(parseSimulateArgs([])).toEqual({
      policyPath: undefined,
      scenarios: ['outage'],
      clients: 1000,
      seed: 2024,
      reportPath: undefined,
      json: false,
      help: false,
    });
  });

  it('reads the policy file and every flag, with a separate or an inline value', () => {
    expect(
      parseSimulateArgs([
        'p.json',
        '--scenario',
        'capacity',
        '--clients=500',
        '--seed',
        '9',
        '--report=r.html',
        '--json',
      ]),
    ).toEqual({
      policyPath: 'p.json',
      scenarios: ['capacity'],
      clients: 500,
      seed: 9,
      reportPath: 'r.html',
      json: true,
      help: false,
    });
    expect(parseSimulateArgs(['--scenario', 'all']).valueOf()).toMatchObject({
      scenarios: ['outage', 'brownout', 'isolated', 'room-give-up', 'capacity', 'timeout-outage'],
    });
    expect(parseSimulateArgs(['-h'])).toMatchObject({ help: true });
  });

  it('names the flag and the value of every bad argument', () => {
    expect(parseSimulateArgs(['--clients', '0'])).toBe(
      'Expected --clients to be an integer from 1 to 100000, got "0".',
    );
    expect(parseSimulateArgs(['--clients', '1e3'])).toBe(
      'Expected --clients to be an integer from 1 to 100000, got "1e3".',
    );
    expect(parseSimulateArgs(['--clients'])).toBe(
      'Expected --clients to be an integer from 1 to 100000, got nothing.',
    );
    expect(parseSimulateArgs(['--seed=-1'])).toBe(
      'Expected --seed to be an integer from 0 to 4294967295, got "-1".',
    );
    expect(parseSimulateArgs(['--scenario', 'meltdown'])).toBe(
      'Expected --scenario to be outage, brownout, isolated, room-give-up, capacity, timeout-outage or all, got "meltdown".',
    );
    expect(parseSimulateArgs(['--report'])).toBe('Expected --report to be a file name, got nothing.');
    expect(parseSimulateArgs(['--report', '--json'])).toBe(
      'Expected --report to be a file name, got "--json".',
    );
    expect(parseSimulateArgs(['--json=yes'])).toBe('--json takes no value, got "yes".');
    expect(parseSimulateArgs(['--fast'])).toBe('Unknown option "--fast" for simulate.');
    expect(parseSimulateArgs(['a.json', 'b.json'])).toBe(
      'Expected one policy file, got a second one: "b.json".',
    );
  });
});
