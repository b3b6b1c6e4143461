import { describe, expect, it } from 'vitest';
import { callSdkMethod, sdkMethod } from './sdk-method.js';

describe('sdkMethod', () => {
  const sdk = {
    Init: () => 0,
    _hidden: () => 1,
    version: '2.1.3',
  };

  it('finds own and inherited functions by name', () => {
    class Base {
      Poll(): void {}
    }
    expect(sdkMethod(sdk, 'Init')).toBe(sdk.Init);
    expect(sdkMethod(new Base(), 'Poll')).toBe(Base.prototype.Poll);
  });

  it.each([
    '_hidden',
    'version',
    'constructor',
    'toString',
    '__proto__',
    '__defineGetter__',
    '',
    'Nope',
    3,
    undefined,
  ])('answers undefined for %j', (name) => {
    expect(sdkMethod(sdk, name)).toBeUndefined();
  });

  it('refuses the empty name even when the object has a function under it', () => {
    expect(sdkMethod({ '': () => 0 }, '')).toBeUndefined();
  });
});

describe('callSdkMethod', () => {
  it('calls with this bound to the SDK object and returns what the method returns', () => {
    const sdk = {
      prefix: 'v',
      Version(this: { prefix: string }, n: number) {
        return `${this.prefix}${n}`;
      },
    };
    expect(callSdkMethod(sdk, 'Version', [2])).toBe('v2');
  });

  it('throws a TypeError naming a missing or refused method', () => {
    expect(() => callSdkMethod({}, 'toString', [])).toThrow(
      'The GME SDK object has no callable method `toString`.',
    );
  });
});
