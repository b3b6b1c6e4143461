import { describe, expect, it } from 'vitest';
import { definePolicy } from './define-policy.js';
import { parsePolicy } from './parse-policy.js';
import { DEFAULT_RECONNECT } from './reconnect-settings.js';

describe('reconnect settings', () => {
  it('hold nothing in a policy that says nothing about them', () => {
    expect(definePolicy({}).reconnect).toEqual({ hold: 'off', maxHoldMs: 60_000 });
    expect(definePolicy({}).reconnect).toEqual(DEFAULT_RECONNECT);
  });

  it('take the fields given over the parent’s, and are frozen', () => {
    const parent = definePolicy({ reconnect: { hold: 'calls', maxHoldMs: 5_000 } });
    const child = definePolicy({ extends: parent, reconnect: { maxHoldMs: 9_000 } });
    expect(child.reconnect).toEqual({ hold: 'calls', maxHoldMs: 9_000 });
    expect(definePolicy({ extends: parent }).reconnect).toBe(parent.reconnect);
    expect(Object.isFrozen(child.reconnect)).toBe(true);
  });

  it.each([
    [
      { hold: 'sometimes' },
      "Expected `reconnect.hold` to be one of 'off', 'failures', 'calls', got \"sometimes\".",
    ],
    [{ maxHoldMs: -1 }, 'Expected `reconnect.maxHoldMs` to be an integer from 0 to 3600000, got -1.'],
    [{ maxHoldMs: 1.5 }, 'Expected `reconnect.maxHoldMs` to be an integer from 0 to 3600000, got 1.5.'],
  ])('refuse %j by name and value', (reconnect, message) => {
    expect(() => definePolicy({ reconnect: reconnect as never })).toThrow(message);
  });

  it('refuse false and unknown fields', () => {
    expect(() => definePolicy({ reconnect: false as never })).toThrow(
      "Expected `reconnect` to be an object (use `{ hold: 'off' }` to turn holding off), got false.",
    );
    expect(() => definePolicy({ reconnect: { holdMs: 1 } as never })).toThrow(/reconnect\.holdMs/);
  });

  it('read from JSON, with every problem at its path', () => {
    const ok = parsePolicy('{"reconnect":{"hold":"failures","maxHoldMs":1000}}');
    expect(ok._unsafeUnwrap().reconnect).toEqual({ hold: 'failures', maxHoldMs: 1_000 });
    const bad = parsePolicy('{"reconnect":{"hold":true,"maxHoldMs":"60s","extra":1}}');
    expect(
      bad
        ._unsafeUnwrapErr()
        .issues.map((i) => i.path)
        .sort(),
    ).toEqual(['$.reconnect.extra', '$.reconnect.hold', '$.reconnect.maxHoldMs']);
    expect(
      parsePolicy('{"reconnect":false}')
        ._unsafeUnwrapErr()
        .issues.map((i) => i.path),
    ).toEqual(['$.reconnect']);
  });
});
