import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail } from '../policy/actions.js';
import { definePolicy } from '../policy/define-policy.js';
import type { GmeAdapter } from '../sdk/adapter.js';
import { createGmeClient } from './create-gme-client.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const ONCE = definePolicy({ default: fail(), budget: false, breaker: false });

/** An adapter whose `callMethod` answers with the next of `returns` (then 0), recording each call. */
function manual(returns: unknown[] = [], surface = 'manual') {
  const calls: { method: string; args: readonly unknown[] }[] = [];
  const adapter: GmeAdapter = {
    surface,
    supports: () => true,
    invoke: () => 0,
    hasMethod: () => true,
    callMethod: (method, args) => {
      calls.push({ method, args });
      return returns.length > 0 ? returns.shift() : 0;
    },
    attach: () => () => {},
  };
  const gme = createGmeClient({ sdk: adapter, policy: ONCE, poll: false });
  return { gme, calls };
}

describe('call() on the methods of GME_METHODS', () => {
  it('reads a getter as its data without returnsCode: a mic state of 1 is "on", not an Err', async () => {
    const { gme } = manual([1, 150, 'v2.9']);
    expect((await gme.call('GetMicState'))._unsafeUnwrap()).toEqual({ value: 1, attempts: 1, code: 0 });
    expect((await gme.call('GetMicVolume'))._unsafeUnwrap()).toEqual({ value: 150, attempts: 1, code: 0 });
    expect((await gme.call('GetSDKVersion'))._unsafeUnwrap()).toEqual({
      value: 'v2.9',
      attempts: 1,
      code: 0,
    });
  });

  it('reads a setter as a code, as before', async () => {
    const { gme } = manual([0, 1004]);
    expect((await gme.call('EnableMic', [true]))._unsafeUnwrap()).toEqual({ value: 0, attempts: 1, code: 0 });
    expect((await gme.call('SetMicVolume', [100]))._unsafeUnwrapErr()).toMatchObject({
      code: 1004,
      source: 'sdk',
      operation: 'SetMicVolume',
      attempts: 1,
    });
  });

  it('reads a getter answering with a catalog code outside its range as that SDK error', async () => {
    const { gme } = manual([1101]);
    const e = (await gme.call('GetSpeakerVolume'))._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1101, source: 'sdk', operation: 'GetSpeakerVolume', attempts: 1 });
  });

  it('turns a getter value of the wrong shape into a client 1006', async () => {
    const { gme } = manual([7, { level: 3 }]);
    const state = (await gme.call('GetMicState'))._unsafeUnwrapErr();
    expect(state).toMatchObject({ code: 1006, source: 'client', attempts: 1 });
    expect(state.cause).toEqual({ returned: 'number' });
    const version = (await gme.call('GetSDKVersion'))._unsafeUnwrapErr();
    expect(version.cause).toEqual({ returned: 'object' });
  });

  it("turns gme-electron-sdk's -1 (no native addon) into a client 1006 for getters and setters", async () => {
    const { gme } = manual([-1, -1]);
    for (const r of [await gme.call('GetMicVolume'), await gme.call('EnableSpeaker', [false])]) {
      const e = r._unsafeUnwrapErr();
      expect(e).toMatchObject({ code: 1006, source: 'client', attempts: 1, cause: { returned: -1 } });
      expect(e.message).toContain('native addon is not loaded');
    }
  });

  it('leaves -1 as the SDK code it is for a method outside the table', async () => {
    const { gme } = manual([-1]);
    expect((await gme.call('EnableLoopBack', [true]))._unsafeUnwrapErr()).toMatchObject({
      code: -1,
      source: 'sdk',
    });
  });

  it('lets an explicit returnsCode win over the table', async () => {
    const { gme } = manual([1, 'x']);
    const asCode = await gme.call('GetMicState', [], { returnsCode: true });
    expect(asCode._unsafeUnwrapErr()).toMatchObject({ code: 1, source: 'sdk' });
    const raw = await gme.call('EnableMic', [true], { returnsCode: false });
    expect(raw._unsafeUnwrap()).toEqual({ value: 'x', attempts: 1, code: 0 });
  });

  it('checks the arguments before the SDK sees them: a client 1004 naming the argument and value', async () => {
    const { gme, calls } = manual();
    const loose = gme.call as (m: string, a?: unknown[]) => ReturnType<typeof gme.call<'EnableMic'>>;
    const cases = [
      [loose('EnableMic', ['yes']), 'Expected `enable` to be true or false, got "yes" (3 characters).'],
      [loose('SetSpeakerVolume', [250]), 'Expected `volume` to be an integer from 0 to 200, got 250.'],
      [
        loose('EnableMic'),
        'Expected `args` to be an array of 1 argument (enable) for EnableMic, got 0 arguments.',
      ],
      [loose('GetMicVolume', [3]), 'Expected `args` to be an empty array for GetMicVolume, got 1 argument.'],
    ] as const;
    for (const [call, message] of cases) {
      const e = (await call)._unsafeUnwrapErr();
      expect(e).toMatchObject({ code: 1004, source: 'client', attempts: 0 });
      expect(e.message).toContain(message);
    }
    expect(calls).toEqual([]);
  });

  it("checks a volume against the H5 SDK's 0–100 on the web surface", async () => {
    const { gme, calls } = manual([], 'web');
    const e = (await gme.call('SetMicVolume', [150]))._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1004, source: 'client', operation: 'SetMicVolume' });
    expect(e.message).toContain("an integer from 0 to 100 (the H5 SDK's range), got 150");
    expect(calls).toEqual([]);
  });

  it('refuses a returnsCode that is not a boolean, by name', async () => {
    const { gme, calls } = manual();
    const loose = gme.call as (
      m: string,
      a: unknown[],
      o: unknown,
    ) => ReturnType<typeof gme.call<'GetMicState'>>;
    for (const [value, shown] of [
      [null, 'null'],
      ['no', 'string'],
    ] as const) {
      const e = (await loose('GetMicState', [], { returnsCode: value }))._unsafeUnwrapErr();
      expect(e).toMatchObject({ code: 1004, source: 'client' });
      expect(e.message).toContain(`Expected \`returnsCode\` to be a boolean, got ${shown}.`);
    }
    expect(calls).toEqual([]);
  });

  it('passes the checked arguments through to the SDK unchanged', async () => {
    const { gme, calls } = manual();
    await gme.call('SetMicVolume', [0]);
    await gme.call('EnableAudioCaptureDevice', [false]);
    await gme.call('GetSpeakerState');
    expect(calls).toEqual([
      { method: 'SetMicVolume', args: [0] },
      { method: 'EnableAudioCaptureDevice', args: [false] },
      { method: 'GetSpeakerState', args: [] },
    ]);
  });
});
