import { describe, expect, it } from 'vitest';
import { type ElectronDelegate, fromElectron } from './from-electron.js';

/** A GmeContext look-alike that keeps every delegate it was given and records Poll calls. */
function fakeContext() {
  const installed: ElectronDelegate[] = [];
  const polls: unknown[][] = [];
  const ctx = {
    SetTMGDelegate(delegate: ElectronDelegate): void {
      installed.push(delegate);
    },
    Poll(...args: unknown[]): void {
      polls.push(args);
    },
  };
  const fire = (event: number, result: string): void => installed.at(-1)?.onEvent(event, result);
  return { ctx, installed, polls, fire };
}

describe('fromElectron: refusing what is not a GmeContext', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [7, 'number'],
    ['ctx', 'string'],
  ])('throws a TypeError naming %s', (ctx, kind) => {
    expect(() => fromElectron(ctx as never)).toThrow(
      new TypeError(`Expected \`ctx\` to be a GmeContext object, got ${kind}.`),
    );
  });

  it.each(['joinRoom', 'toString', 'constructor', '__proto__'])(
    'names an operation it does not know: %s',
    (name) => {
      expect(() => fromElectron(fakeContext().ctx).invoke(name as never, {} as never)).toThrow(
        new TypeError(`Unknown GME operation \`${name}\`.`),
      );
    },
  );
});

describe('fromElectron: poll and the delegate', () => {
  it('calls Poll with no arguments', () => {
    const { ctx, polls } = fakeContext();
    const adapter = fromElectron(ctx);
    adapter.poll?.();
    adapter.poll?.();
    expect(polls).toEqual([[], []]);
  });

  it('delivers events when the game set no delegate, reporting nothing', () => {
    const { ctx, fire } = fakeContext();
    const sink: number[] = [];
    const errors: unknown[] = [];
    fromElectron(ctx).attach(
      (e) => sink.push(e),
      (error) => errors.push(error),
    );
    fire(1, '{}');
    expect(sink).toEqual([1]);
    expect(errors).toEqual([]);
  });

  it("drops what the game's delegate throws when no onForwardError is given", () => {
    const { ctx, fire } = fakeContext();
    const sink: number[] = [];
    let thrown = 0;
    const game: ElectronDelegate = {
      onEvent() {
        thrown++;
        throw new Error('game bug');
      },
    };
    fromElectron(ctx, { delegate: game }).attach((e) => sink.push(e));
    expect(() => fire(2, '{}')).not.toThrow();
    expect(thrown).toBe(1);
    expect(sink).toEqual([2]);
  });
});
