import { describe, expect, it } from 'vitest';
import { OUTAGE_GROUPS, SimFaults } from './sim-faults.js';

describe('SimFaults.script', () => {
  it('hands out steps one per invocation, in order, per method', () => {
    const f = new SimFaults();
    f.script('EnterRoom', [{ event: 7004 }, { sync: 1001 }]);
    f.script('EnterRoom', [{ noEvent: true }]);
    expect(f.remaining()).toBe(3);
    expect(f.take('ExitRoom', 0)).toBeUndefined();
    expect(f.take('EnterRoom', 0)).toEqual({ event: 7004 });
    expect(f.take('EnterRoom', 0)).toEqual({ sync: 1001 });
    expect(f.take('EnterRoom', 0)).toEqual({ noEvent: true });
    expect(f.take('EnterRoom', 0)).toBeUndefined();
  });

  it('copies and freezes the steps it is given', () => {
    const f = new SimFaults();
    const step = { event: 7004 };
    f.script('ExitRoom', [step]);
    step.event = 0;
    const taken = f.take('ExitRoom', 0);
    expect(taken).toEqual({ event: 7004 });
    expect(Object.isFrozen(taken)).toBe(true);
  });

  it.each([
    [
      'an unknown method',
      'Enter',
      [{ sync: 1 }],
      'Expected `method` to be one of Init, Uninit, Poll, EnterRoom',
    ],
    [
      'steps that are not an array',
      'EnterRoom',
      { sync: 1 },
      'Expected `steps` to be an array, got an object.',
    ],
    [
      'a step that is not an object',
      'EnterRoom',
      [7004],
      'Expected `steps[0]` to be a fault step object, got 7004.',
    ],
    ['an unknown field', 'EnterRoom', [{ evnt: 1 }], 'Unknown fault step field `steps[0].evnt`.'],
    ['an empty step', 'EnterRoom', [{}], 'Expected `steps[0]` to have at least one field, got {}.'],
    [
      'a non-integer code',
      'EnterRoom',
      [{ event: '7004' }],
      'Expected `steps[0].event` to be an integer code, got "7004".',
    ],
    [
      'noEvent false',
      'EnterRoom',
      [{ noEvent: false }],
      'Expected `steps[0].noEvent` to be true, got false.',
    ],
    [
      'a negative delay',
      'EnterRoom',
      [{ event: 0, delayMs: -1 }],
      'Expected `steps[0].delayMs` to be a number of milliseconds from 0, got -1.',
    ],
    [
      'sync with another field',
      'EnterRoom',
      [{ sync: 1, delayMs: 5 }],
      '`steps[0]`: `throws` and `sync` cannot be combined',
    ],
    [
      'throws with another field',
      'EnterRoom',
      [{ throws: 1, returns: 2 }],
      '`steps[0]`: `throws` and `sync` cannot be combined',
    ],
    [
      'noEvent with event',
      'EnterRoom',
      [{ noEvent: true, event: 1 }],
      '`steps[0]`: `noEvent` combines only with `returns`.',
    ],
    ['an event step for a method without event', 'Init', [{ event: 1 }], '`Init` sends no completion event'],
  ])('refuses %s with a TypeError', (_label, method, steps, message) => {
    const f = new SimFaults();
    expect(() => f.script(method as never, steps as never)).toThrow(TypeError);
    expect(() => f.script(method as never, steps as never)).toThrow(message);
    expect(f.remaining()).toBe(0);
  });

  it('accepts combinations and throwing undefined', () => {
    const f = new SimFaults();
    f.script('PttUploadRecordedFile', [
      { event: 7004, delayMs: 100, duplicate: true },
      { malformed: 'x', returns: 'y' },
    ]);
    f.script('Init', [{ throws: undefined }, { returns: Number.NaN }]);
    expect(f.remaining('PttUploadRecordedFile')).toBe(2);
    expect(f.take('Init', 0)).toEqual({ throws: undefined });
  });
});

describe('SimFaults.outage', () => {
  it('fails matching calls inside [from, to) only', () => {
    const f = new SimFaults();
    f.outage({ from: 100, to: 200, group: 'room' });
    expect(f.take('EnterRoom', 99)).toBeUndefined();
    expect(f.take('EnterRoom', 100)).toEqual({ event: 7004 });
    expect(f.take('ExitRoom', 199)).toEqual({ event: 7004 });
    expect(f.take('EnterRoom', 200)).toBeUndefined();
    expect(f.take('PttUploadRecordedFile', 150)).toBeUndefined();
  });

  it('answers at once for methods without an event and with as: sync', () => {
    const f = new SimFaults();
    f.outage({ from: 0, to: 10, methods: ['ApplyPTTAuthbuffer', 'PttUploadRecordedFile'], code: 8196 });
    f.outage({ from: 20, to: 30, code: 10001, as: 'sync' });
    expect(f.take('ApplyPTTAuthbuffer', 5)).toEqual({ sync: 8196 });
    expect(f.take('PttUploadRecordedFile', 5)).toEqual({ event: 8196 });
    expect(f.take('EnterRoom', 25)).toEqual({ sync: 10001 });
  });

  it('lets a scripted step win over an outage, and reset() clears both', () => {
    const f = new SimFaults();
    f.outage({ from: 0, to: 10 });
    f.script('EnterRoom', [{ event: 0 }]);
    expect(f.take('EnterRoom', 1)).toEqual({ event: 0 });
    expect(f.take('EnterRoom', 1)).toEqual({ event: 7004 });
    f.script('EnterRoom', [{ event: 0 }]);
    f.reset();
    expect(f.take('EnterRoom', 1)).toBeUndefined();
    expect(f.remaining()).toBe(0);
  });

  it("covers every server-bound method with 'all', the default", () => {
    const f = new SimFaults();
    f.outage({ from: 0, to: 1 });
    for (const m of OUTAGE_GROUPS.all) expect(f.take(m, 0)).toBeDefined();
    expect(f.take('PttStartRecording', 0)).toBeUndefined();
    expect(f.take('Init', 0)).toBeUndefined();
  });

  it.each([
    [{ from: 10, to: 10 }, 'Expected `to` to be a time after `from` (10), got 10.'],
    [{ from: Number.NaN, to: 1 }, 'Expected `from` to be a time in milliseconds, got NaN.'],
    [
      { from: 0, to: 1, group: 'voice' },
      "Expected `group` to be 'room', 'voice-message' or 'all', got \"voice\".",
    ],
    [{ from: 0, to: 1, group: 'room', methods: ['EnterRoom'] }, 'Give `methods` or `group`, not both.'],
    [{ from: 0, to: 1, methods: ['Enter'] }, 'Expected `methods[0]` to be one of'],
    [{ from: 0, to: 1, code: 1.5 }, 'Expected `code` to be an integer code, got 1.5.'],
    [{ from: 0, to: 1, as: 'later' }, "Expected `as` to be 'event' or 'sync', got \"later\"."],
  ])('refuses %j', (options, message) => {
    expect(() => new SimFaults().outage(options as never)).toThrow(message);
  });
});

describe('SimFaults: more refusals', () => {
  it.each([
    [[null], 'Expected `steps[0]` to be a fault step object, got null.'],
    [[[1]], 'Expected `steps[0]` to be a fault step object, got [1].'],
    [[{ event: 0 }, { event: 1.5 }], 'Expected `steps[1].event` to be an integer code, got 1.5.'],
    [[{ sync: 2 ** 53 }], `Expected \`steps[0].sync\` to be an integer code, got ${2 ** 53}.`],
    [
      [{ event: 0, delayMs: Number.POSITIVE_INFINITY }],
      'Expected `steps[0].delayMs` to be a number of milliseconds from 0, got Infinity.',
    ],
    [
      [{ event: 0, delayMs: '5' }],
      'Expected `steps[0].delayMs` to be a number of milliseconds from 0, got "5".',
    ],
    [[{ duplicate: 1 }], 'Expected `steps[0].duplicate` to be true, got 1.'],
  ])('refuses steps %j for EnterRoom', (steps, message) => {
    const f = new SimFaults();
    expect(() => f.script('EnterRoom', steps as never)).toThrow(new TypeError(message));
    expect(f.remaining('EnterRoom')).toBe(0);
  });

  it('accepts a zero delay and noEvent with returns', () => {
    const f = new SimFaults();
    f.script('ExitRoom', [
      { event: 0, delayMs: 0 },
      { noEvent: true, returns: 'x' },
    ]);
    expect(f.take('ExitRoom', 0)).toEqual({ event: 0, delayMs: 0 });
    expect(f.take('ExitRoom', 0)).toEqual({ noEvent: true, returns: 'x' });
  });

  it('counts no remaining steps for a method never scripted', () => {
    const f = new SimFaults();
    f.script('EnterRoom', [{ event: 0 }]);
    expect(f.remaining('Init')).toBe(0);
    expect(f.remaining('EnterRoom')).toBe(1);
  });

  it.each([
    [null, 'Expected the outage options to be an object, got null.'],
    [5, 'Expected the outage options to be an object, got 5.'],
    [{ from: '5', to: 10 }, 'Expected `from` to be a time in milliseconds, got "5".'],
    [{ from: 0, to: '10' }, 'Expected `to` to be a time after `from` (0), got "10".'],
    [{ from: 0, to: Number.NaN }, 'Expected `to` to be a time after `from` (0), got NaN.'],
    [{ from: 10, to: 5 }, 'Expected `to` to be a time after `from` (10), got 5.'],
    [{ from: 0, to: 1, methods: 'EnterRoom' }, 'Expected `methods` to be an array, got "EnterRoom".'],
  ])('refuses outage options %j', (options, message) => {
    const f = new SimFaults();
    expect(() => f.outage(options as never)).toThrow(new TypeError(message));
    expect(f.take('EnterRoom', 0)).toBeUndefined();
  });
});
