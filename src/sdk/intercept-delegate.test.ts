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

describe('interceptDelegate: the shadow property', () => {
  const options = { initial: undefined, idle: noop, onRestoreError: () => {}, build: () => noop };

  it('is a writable, configurable own property, hidden from keys when SetTMGDelegate was inherited', () => {
    class Sdk {
      SetTMGDelegate(_d: D): void {}
    }
    const sdk = new Sdk();
    interceptDelegate<D>(sdk, options);
    expect(Object.getOwnPropertyDescriptor(sdk, 'SetTMGDelegate')).toEqual({
      value: expect.any(Function),
      writable: true,
      configurable: true,
      enumerable: false,
    });
    expect(Object.keys(sdk)).toEqual([]);
  });

  it('stays enumerable when it shadows an enumerable own SetTMGDelegate', () => {
    const { sdk } = sdkWith();
    interceptDelegate<D>(sdk, options);
    expect(Object.getOwnPropertyDescriptor(sdk, 'SetTMGDelegate')?.enumerable).toBe(true);
    expect(Object.keys(sdk)).toEqual(['SetTMGDelegate']);
  });

  it('lets a wrapper assign over the shadow while attached', () => {
    const { sdk, installed } = sdkWith();
    const detach = interceptDelegate<D>(sdk, options);
    const wrapped: D[] = [];
    (sdk as { SetTMGDelegate: (d: D) => void }).SetTMGDelegate = (d) => wrapped.push(d);
    sdk.SetTMGDelegate(noop);
    expect(wrapped).toEqual([noop]);
    detach();
    expect(installed).toHaveLength(2);
  });
});

describe('interceptDelegate: a SetTMGDelegate that throws while attaching', () => {
  it('tells the delegate it may have installed that it is not attached', () => {
    const boom = new Error('refused');
    let kept: (() => void) | undefined;
    const states: boolean[] = [];
    const sdk = {
      SetTMGDelegate(d: () => void): void {
        kept = d;
        throw boom;
      },
    };
    expect(() =>
      interceptDelegate<() => void>(sdk, {
        initial: undefined,
        idle: () => {},
        onRestoreError: () => {},
        build: (_game, attached) => () => {
          states.push(attached());
        },
      }),
    ).toThrow(boom);
    kept?.();
    expect(states).toEqual([false]);
  });
});
