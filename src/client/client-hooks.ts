import type { GmeEventMap } from '../events.js';
import type { ExecuteHooks } from '../policy/index.js';
import type { SafeEmitter } from './safe-emitter.js';

type CallHook = 'retry' | 'recovery' | 'budgetExhausted' | 'held' | 'released';
type WithoutId<K extends CallHook> = Omit<GmeEventMap[K], 'callId'>;

/**
 * The engine's hooks, wired to the client's events. Getters, so a call builds no hook payload
 * for an event nobody listens to: an absent hook is `undefined`. The events of one call get its
 * `callId`; the circuit events belong to a family, not a call.
 */
export class ClientHooks {
  readonly #emitter: SafeEmitter;
  readonly #callId: number;

  private constructor(emitter: SafeEmitter, callId: number) {
    this.#emitter = emitter;
    this.#callId = callId;
  }

  /** The hooks of call `callId` (0: the family-level hooks only), as the engine takes them. */
  static of(emitter: SafeEmitter, callId: number): ExecuteHooks {
    // The getters answer `undefined` for an event nobody listens to, which ExecuteHooks allows.
    return new ClientHooks(emitter, callId) as unknown as ExecuteHooks;
  }

  get retry() {
    return this.#call('retry');
  }

  get recovery() {
    return this.#call('recovery');
  }

  get budgetExhausted() {
    return this.#call('budgetExhausted');
  }

  get held() {
    return this.#call('held');
  }

  get released() {
    return this.#call('released');
  }

  get circuitOpen() {
    const emitter = this.#emitter;
    return emitter.has('circuitOpen')
      ? (e: GmeEventMap['circuitOpen']) => emitter.emit('circuitOpen', e)
      : undefined;
  }

  get circuitClose() {
    const emitter = this.#emitter;
    return emitter.has('circuitClose')
      ? (e: GmeEventMap['circuitClose']) => emitter.emit('circuitClose', e)
      : undefined;
  }

  #call<K extends CallHook>(name: K): ((e: WithoutId<K>) => void) | undefined {
    const emitter = this.#emitter;
    if (!emitter.has(name)) return undefined;
    const callId = this.#callId;
    return (e) => emitter.emit(name, { ...e, callId } as unknown as GmeEventMap[K]);
  }
}
