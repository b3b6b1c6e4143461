import type { GmeEventMap } from '../events.js';
import type { ExecuteHooks } from '../policy/index.js';
import type { SafeEmitter } from './safe-emitter.js';

/**
 * The engine's hooks, wired to the client's events. Getters, so a call builds no hook payload
 * for an event nobody listens to: an absent hook is `undefined`.
 */
export function clientHooks(emitter: SafeEmitter): ExecuteHooks {
  const hook = <K extends keyof ExecuteHooks & keyof GmeEventMap>(name: K) =>
    emitter.has(name) ? (e: GmeEventMap[K]) => emitter.emit(name, e) : undefined;
  return {
    get retry() {
      return hook('retry');
    },
    get recovery() {
      return hook('recovery');
    },
    get budgetExhausted() {
      return hook('budgetExhausted');
    },
    get circuitOpen() {
      return hook('circuitOpen');
    },
    get circuitClose() {
      return hook('circuitClose');
    },
    get held() {
      return hook('held');
    },
    get released() {
      return hook('released');
    },
  } as ExecuteHooks;
}
