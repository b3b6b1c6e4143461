import Module, { createRequire } from 'node:module';
import type { GmeContext } from 'gme-electron-sdk';

const require = createRequire(import.meta.url);

/** The constructor of gme-electron-sdk's real `GmeContext`. */
export type RealGmeContextClass = typeof GmeContext;

let makeNative: (() => object) | undefined;
let loaded: RealGmeContextClass | undefined;

/**
 * Loads the real JS layer of gme-electron-sdk (`gmesdk/GmeSDK.js`, CommonJS) with a stand-in for
 * its native addon: every `new GmeContext()` wraps the object that `makeNative()` returns (e.g.
 * `createSimulatedGme().native`), so tests drive the package's own code path — `GmeContext`'s
 * methods, its `SetTMGDelegate` wrapper, `Poll` — over the simulator.
 *
 * `GmeSDK.js` requires `./thirdpart/bindings` once, at load time; a module put into
 * `require.cache` under that file's resolved path answers instead of the real loader (which would
 * look for a native binary that has no Linux build). The package is loaded **once** per test
 * worker; each call only swaps the factory, which `GMEContext` reads on every `new GmeContext()`.
 * So: call `loadRealGmeContext(f)` and construct your contexts before the next call. (Each test
 * file — each copy of this module — loads its own fresh `GmeSDK.js`.)
 * `GmeContext.GetInstance()` caches one instance for the whole worker — use `new GmeContext()`.
 */
export function loadRealGmeContext(factory: () => object): RealGmeContextClass {
  makeNative = factory;
  if (loaded !== undefined) return loaded;

  const bindingsPath = require.resolve('gme-electron-sdk/gmesdk/thirdpart/bindings.js');
  const addon = {
    GMEContext: function GMEContext(): object {
      if (makeNative === undefined) throw new Error('loadRealGmeContext: no native factory set.');
      // Returning an object from a constructor makes `new` yield that object.
      return makeNative();
    },
  };
  const stub = new Module(bindingsPath);
  stub.filename = bindingsPath;
  stub.loaded = true;
  stub.exports = (_name: string) => addon;
  require.cache[bindingsPath] = stub;

  // Another test file in this worker may have loaded GmeSDK.js over its own stub: load it afresh.
  const sdkPath = require.resolve('gme-electron-sdk/gmesdk/GmeSDK.js');
  delete require.cache[sdkPath];
  const sdk = require(sdkPath) as { GmeContext: RealGmeContextClass };
  loaded = sdk.GmeContext;
  return loaded;
}
