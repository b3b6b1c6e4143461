import { describe, expect, it } from 'vitest';
import { fromWeb, type WebDelegate } from './from-web.js';

/** A WebGMEAPI look-alike that keeps every delegate it was given, oldest first. */
function fakeApi() {
  const installed: WebDelegate[] = [];
  const api = {
    event: { ITMG_MAIN_EVENT_TYPE_ENTER_ROOM: 7 } as unknown,
    ExitRoom: (): undefined => undefined,
    SetTMGDelegate(delegate: WebDelegate): void {
      installed.push(delegate);
    },
  };
  const fire = (type: number, result: unknown): void => installed.at(-1)?.(type, result);
  return { api, installed, fire };
}

describe('fromWeb: refusing what is not a WebGMEAPI', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [42, 'number'],
    ['WebGMEAPI', 'string'],
  ])('throws a TypeError naming %s', (api, kind) => {
    expect(() => fromWeb(api as never)).toThrow(
      new TypeError(`Expected \`api\` to be a WebGMEAPI object, got ${kind}.`),
    );
  });

  it('names the operation the H5 SDK has no method for', () => {
    const adapter = fromWeb(fakeApi().api);
    expect(() => adapter.invoke('switchRoom', { roomId: 'r', authBuffer: 'a' })).toThrow(
      new TypeError('The H5 GME SDK has no method for `switchRoom`.'),
    );
    expect(() => adapter.invoke('toString' as never, {} as never)).toThrow(
      new TypeError('The H5 GME SDK has no method for `toString`.'),
    );
  });
});

describe('fromWeb: delegate edge cases', () => {
  it('delivers events when the game set no delegate, reporting nothing', () => {
    const { api, fire } = fakeApi();
    const sink: number[] = [];
    const errors: unknown[] = [];
    fromWeb(api).attach(
      (t) => sink.push(t),
      (e) => errors.push(e),
    );
    fire(7, {});
    expect(sink).toEqual([1]);
    expect(errors).toEqual([]);
  });

  it("drops what the game's delegate throws when no onForwardError is given", () => {
    const { api, fire } = fakeApi();
    const sink: number[] = [];
    let thrown = 0;
    fromWeb(api, {
      delegate: () => {
        thrown++;
        throw new Error('game bug');
      },
    }).attach((t) => sink.push(t));
    expect(() => fire(7, {})).not.toThrow();
    expect(thrown).toBe(1);
    expect(sink).toEqual([1]);
  });

  it('stops feeding the sink once detached, even if the SDK still calls the old delegate', () => {
    const { api, installed } = fakeApi();
    const sink: number[] = [];
    const game: number[] = [];
    const detach = fromWeb(api, { delegate: (t) => game.push(t) }).attach((t) => sink.push(t));
    const ours = installed[0];
    ours?.(7, {});
    detach();
    ours?.(7, {});
    expect(sink).toEqual([1]);
    expect(game).toEqual([7, 7]);
  });

  it('hands a non-number event type on untouched, even when a constant has that value', () => {
    const { api, fire } = fakeApi();
    api.event = { ITMG_MAIN_EVENT_TYPE_ENTER_ROOM: 'enter' };
    const sink: unknown[] = [];
    fromWeb(api).attach((t) => sink.push(t));
    fire('enter' as never, {});
    expect(sink).toEqual(['enter']);
  });

  it('translates through an object of constants only, not through a function that carries them', () => {
    const { api, fire } = fakeApi();
    api.event = Object.assign(() => {}, { ITMG_MAIN_EVENT_TYPE_ENTER_ROOM: 7 });
    const sink: number[] = [];
    fromWeb(api).attach((t) => sink.push(t));
    fire(7, {});
    expect(sink).toEqual([7]);
  });
});
