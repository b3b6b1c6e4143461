import { describe, expect, it } from 'vitest';
import { defaultPolicy, strictPolicy } from '../../policies/index.js';
import { definePolicy } from '../index.js';
import { resolveFleetOptions, type SimulateFleetOptions } from './fleet-options.js';
import { fleetScenario } from './fleet-scenarios.js';
import { ROOM_KEEPING } from './room-keeping.js';

const bad = (options: unknown) => () => resolveFleetOptions(options as SimulateFleetOptions);

describe('resolveFleetOptions', () => {
  it('fills in the defaults: the outage preset, 1 000 clients, seed 2024, the library room session', () => {
    const o = resolveFleetOptions({ policy: strictPolicy });
    expect(o.scenario).toEqual(fleetScenario('outage'));
    expect(o.clients).toBe(1000);
    expect(o.seed).toBe(2024);
    expect(o.roomKeeping).toBe('session');
    expect(o.keepRoom).toBe(ROOM_KEEPING.session);
    expect(o.onProgress).toBeUndefined();
  });

  it('starts every client with a full budget unless fullBudget is false', () => {
    const full = resolveFleetOptions({ policy: defaultPolicy }).policy;
    expect(full.budget).toMatchObject({ capacity: 10, initialTokens: 10 });
    expect(full.codes).toEqual(defaultPolicy.codes);
    const fresh = resolveFleetOptions({ policy: defaultPolicy, fullBudget: false }).policy;
    expect(fresh).toBe(defaultPolicy);
    const none = definePolicy({ extends: defaultPolicy, budget: false });
    expect(resolveFleetOptions({ policy: none }).policy).toBe(none);
  });

  it('takes a preset by name or a scenario object, never keeping the caller’s object', () => {
    expect(resolveFleetOptions({ policy: defaultPolicy, scenario: 'capacity' }).scenario.name).toBe(
      'capacity',
    );
    const mine = { ...fleetScenario('outage'), name: 'mine', endMs: 120_000 };
    const o = resolveFleetOptions({ policy: defaultPolicy, scenario: mine });
    expect(o.scenario).toEqual({ ...mine, outage: { ...mine.outage, share: 1 } });
    expect(o.scenario).not.toBe(mine);
    expect(Object.isFrozen(o.scenario)).toBe(true);
  });

  it('refuses bad values with the field and the value', () => {
    const p = { policy: defaultPolicy };
    expect(bad({ ...p, clients: 0 })).toThrow(
      new TypeError('Expected `clients` to be an integer from 1 to 100000, got 0.'),
    );
    expect(bad({ ...p, clients: 2.5 })).toThrow(
      'Expected `clients` to be an integer from 1 to 100000, got 2.5.',
    );
    expect(bad({ ...p, clients: null })).toThrow(
      'Expected `clients` to be an integer from 1 to 100000, got null.',
    );
    expect(bad({ ...p, seed: -1 })).toThrow('Expected `seed` to be an integer from 0 to 4294967295, got -1.');
    expect(bad({ ...p, seed: '7' })).toThrow('got "7" (1 character).');
    expect(bad({ policy: {} })).toThrow(
      'Expected `policy` to be a policy made by definePolicy() or parsePolicy(), got an object.',
    );
    expect(bad({})).toThrow(
      'Expected `policy` to be a policy made by definePolicy() or parsePolicy(), got undefined.',
    );
    expect(bad({ ...p, scenario: 'meltdown' })).toThrow(
      'Expected `scenario` to be one of outage, brownout, isolated, room-give-up, capacity, timeout-outage, or a scenario object, got "meltdown" (8 characters).',
    );
    expect(bad({ ...p, scenario: null })).toThrow('got null.');
    expect(bad({ ...p, roomKeeping: 'sessions' })).toThrow(
      'Expected `roomKeeping` to be one of loop, session, got "sessions" (8 characters).',
    );
    expect(bad({ ...p, fullBudget: 'yes' })).toThrow('Expected `fullBudget` to be true or false, got "yes"');
    expect(bad({ ...p, onProgress: 5 })).toThrow('Expected `onProgress` to be a function, got 5.');
    expect(bad({ ...p, client: 5 })).toThrow('Unknown option `client` given to simulateFleet');
    expect(bad(null)).toThrow('Expected `options` to be an object, got null.');
  });

  it('never changes the options object', () => {
    const options = Object.freeze({
      policy: defaultPolicy,
      scenario: Object.freeze(fleetScenario('brownout')),
    });
    expect(() => resolveFleetOptions(options)).not.toThrow();
    expect(options.scenario.name).toBe('brownout');
  });
});
