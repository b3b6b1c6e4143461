import { describe, expect, it } from 'vitest';
import { interceptDelegate } from './intercept-delegate.js';

type D = (n: number) => void;

function sdkWith() {
  const installed: D[] = [];
  const sdk = {
    SetTMGDelegate(d: D) {
      installed.push(d);
    },
  };
  return { sdk, installed };
}

const noop: D = () => {};

describe('interceptDelegate', () => {
  it('installs the built delegate, records later game delegates, and hands the latest back on detach', () => {
    const { sdk, installed } = sdkWith();
    const original = sdk.SetTMGDelegate;
    let seen: D | undefined;
    const game: D = () => {};
    const detach = interceptDelegate<D>(sdk, {
      initial: undefined,
      idle: noop,
      onRestoreError: () => {},
      build: (current) => (n) => {
        seen = current();
        void n;
      },
    });
    expect(installed).toHaveLength(1);
    sdk.SetTMGDelegate(game);
    installed[0]?.(1);
    expect(seen).toBe(game);
    detach();
    expect(sdk.SetTMGDelegate).toBe(original);
    expect(installed).toEqual([installed[0], game]);
  });

  it('tells the built delegate when it has been detached', () => {
    const { sdk, installed } = sdkWith();
    const states: boolean[] = [];
    const detach = interceptDelegate<D>(sdk, {
      initial: undefined,
      idle: noop,
      onRestoreError: () => {},
      build: (_game, attached) => () => {
        states.push(attached());
      },
    });
    installed[0]?.(1);
    detach();
    installed[0]?.(2);
    expect(states).toEqual([true, false]);
    expect(installed[1]).toBe(noop);
  });

  it('refuses an object without SetTMGDelegate', () => {
    expect(() =>
      interceptDelegate<D>(
        {},
        { initial: undefined, idle: noop, onRestoreError: () => {}, build: () => noop },
      ),
    ).toThrow('Expected the GME SDK object to have a `SetTMGDelegate` method, got undefined.');
  });

  it('throws and installs nothing on a frozen object', () => {
    const { sdk, installed } = sdkWith();
    Object.freeze(sdk);
    expect(() =>
      interceptDelegate<D>(sdk, {
        initial: undefined,
        idle: noop,
        onRestoreError: () => {},
        build: () => noop,
      }),
    ).toThrow(TypeError);
    expect(installed).toEqual([]);
  });
});
