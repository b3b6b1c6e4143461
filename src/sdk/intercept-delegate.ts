const KEY = 'SetTMGDelegate';

/** What {@link interceptDelegate} needs besides the SDK object. */
export interface InterceptOptions<D> {
  /** The game's delegate before attaching (GME offers no getter, so the game tells us). */
  readonly initial: D | undefined;
  /**
   * Builds the delegate that stays installed while attached. `game()` is the game's latest
   * delegate; `attached()` turns false on detach (the delegate then only forwards).
   */
  readonly build: (game: () => D | undefined, attached: () => boolean) => D;
  /** Installed on detach when the game never set a delegate, so nothing of ours stays referenced. */
  readonly idle: D;
  /** Receives what the SDK throws when detach hands the game's delegate back. */
  readonly onRestoreError: (error: unknown) => void;
}

/**
 * Installs our delegate through the SDK's own `SetTMGDelegate`, then shadows that method with an
 * own property so that a later `SetTMGDelegate(d)` by the game only records `d` as the forward
 * target. Returns the detach function: it removes the shadow (restoring any own property that was
 * there before) and gives the SDK the game's latest delegate. Detaching twice does nothing.
 *
 * Throws — with nothing left installed — when the object has no `SetTMGDelegate`, cannot take an
 * own property, or its `SetTMGDelegate` throws.
 *
 * @internal Shared by `fromElectron` and `fromWeb`.
 */
export function interceptDelegate<D>(sdk: object, options: InterceptOptions<D>): () => void {
  const original: unknown = (sdk as Record<string, unknown>)[KEY];
  if (typeof original !== 'function') {
    throw new TypeError(`Expected the GME SDK object to have a \`${KEY}\` method, got ${typeof original}.`);
  }
  const previous = Object.getOwnPropertyDescriptor(sdk, KEY);
  let game = options.initial;
  let attached = true;
  const ours = options.build(
    () => game,
    () => attached,
  );
  const restore = (): void => {
    if (previous === undefined) Reflect.deleteProperty(sdk, KEY);
    else Object.defineProperty(sdk, KEY, previous);
  };

  Object.defineProperty(sdk, KEY, {
    configurable: true,
    enumerable: previous?.enumerable ?? false,
    writable: true,
    value: function SetTMGDelegate(delegate: D): void {
      game = delegate;
    },
  });
  try {
    original.call(sdk, ours);
  } catch (error) {
    attached = false;
    restore();
    throw error;
  }

  return () => {
    if (!attached) return;
    attached = false;
    try {
      restore();
      original.call(sdk, game ?? options.idle);
    } catch (error) {
      // Our delegate may stay installed; with `attached` false it only forwards to the game's.
      options.onRestoreError(error);
    }
  };
}
