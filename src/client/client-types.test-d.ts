import type { ResultAsync } from 'neverthrow';
import { describe, expectTypeOf, it } from 'vitest';
import type { GmeError } from '../errors/gme-error.js';
import type { GmeMethodArgs, GmeMethodName, GmeMethodValue } from '../gme-methods.js';
import type { CallValue, GmeClient } from './client-types.js';

declare const gme: GmeClient;
declare const someMethod: string;
declare const known: GmeMethodName;

describe('gme.call on the methods of GME_METHODS', () => {
  it('types each getter by its value', () => {
    expectTypeOf(gme.call('GetMicVolume')).toEqualTypeOf<ResultAsync<CallValue<number>, GmeError>>();
    expectTypeOf(gme.call('GetSpeakerVolume', [])).toEqualTypeOf<ResultAsync<CallValue<number>, GmeError>>();
    expectTypeOf(gme.call('GetMicState')).toEqualTypeOf<ResultAsync<CallValue<0 | 1>, GmeError>>();
    expectTypeOf(gme.call('GetSpeakerState')).toEqualTypeOf<ResultAsync<CallValue<0 | 1 | 2>, GmeError>>();
    expectTypeOf(gme.call('GetSDKVersion')).toEqualTypeOf<ResultAsync<CallValue<string>, GmeError>>();
  });

  it('types each setter by its argument, answered by the code it returned', () => {
    expectTypeOf(gme.call('EnableMic', [true])).toEqualTypeOf<ResultAsync<CallValue<number>, GmeError>>();
    expectTypeOf(gme.call('EnableAudioRecv', [false], { timeoutMs: 1_000 })).toEqualTypeOf<
      ResultAsync<CallValue<number>, GmeError>
    >();
    expectTypeOf(gme.call('SetSpeakerVolume', [150] as const)).toEqualTypeOf<
      ResultAsync<CallValue<number>, GmeError>
    >();
    expectTypeOf<GmeMethodArgs<'SetMicVolume'>>().toEqualTypeOf<readonly [number]>();
    expectTypeOf<GmeMethodArgs<'EnableAudioCaptureDevice'>>().toEqualTypeOf<readonly [boolean]>();
    expectTypeOf<GmeMethodArgs<'GetMicState'>>().toEqualTypeOf<readonly []>();
    expectTypeOf<GmeMethodValue<'EnableSpeaker'>>().toEqualTypeOf<number>();
  });

  it('refuses a wrong argument for a known method at compile time', () => {
    // @ts-expect-error EnableMic takes a boolean
    gme.call('EnableMic', ['on']);
    // @ts-expect-error EnableMic takes one argument
    gme.call('EnableMic');
    // @ts-expect-error SetMicVolume takes a number
    gme.call('SetMicVolume', ['100']);
    // @ts-expect-error SetSpeakerVolume takes exactly one
    gme.call('SetSpeakerVolume', [100, 1]);
    // @ts-expect-error GetMicVolume takes none
    gme.call('GetMicVolume', [1]);
    // @ts-expect-error the known names do not fall through to the untyped overload
    gme.call('EnableSpeaker', [1] as readonly unknown[]);
  });

  it('types the value unknown when an explicit returnsCode overrides the table', () => {
    expectTypeOf(gme.call('GetMicState', [], { returnsCode: true })).toEqualTypeOf<
      ResultAsync<CallValue<unknown>, GmeError>
    >();
    expectTypeOf(gme.call('GetSDKVersion', [], { returnsCode: false })).toEqualTypeOf<
      ResultAsync<CallValue<unknown>, GmeError>
    >();
    // @ts-expect-error the override still checks the arguments
    gme.call('EnableMic', [1], { returnsCode: false });
  });

  it('takes a union of known names', () => {
    expectTypeOf(gme.call(known as 'GetMicVolume' | 'GetSDKVersion')).toEqualTypeOf<
      ResultAsync<CallValue<number | string>, GmeError>
    >();
  });
});

describe('gme.call on any other method (the escape hatch)', () => {
  it('takes any name and any arguments, with an unknown value', () => {
    expectTypeOf(gme.call('EnableLoopBack', [true])).toEqualTypeOf<
      ResultAsync<CallValue<unknown>, GmeError>
    >();
    expectTypeOf(gme.call('GetQualityTips', [], { returnsCode: false })).toEqualTypeOf<
      ResultAsync<CallValue<unknown>, GmeError>
    >();
    expectTypeOf(gme.call(someMethod, [1, 'a'])).toEqualTypeOf<ResultAsync<CallValue<unknown>, GmeError>>();
  });

  it('still wants an array of arguments and valid options', () => {
    // @ts-expect-error args is an array
    gme.call('EnableLoopBack', true);
    // @ts-expect-error returnsCode is a boolean
    gme.call('EnableLoopBack', [], { returnsCode: 'no' });
  });
});
