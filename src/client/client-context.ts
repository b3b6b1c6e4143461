import type { Result } from 'neverthrow';
import { createGmeError, type GmeError } from '../errors/gme-error.js';
import type { RoomState } from '../events.js';
import { CircuitBreaker, type ExecuteHooks, isPolicy, type Policy, RetryBudget } from '../policy/index.js';
import { ConcurrencyLimit } from '../sdk/concurrency-limit.js';
import { EventBridge } from '../sdk/event-bridge.js';
import type { EventRead } from '../sdk/event-read.js';
import { eventName } from '../sdk/event-types.js';
import type { ParsedPayload } from '../sdk/parse-payload.js';
import { ClientHooks } from './client-hooks.js';
import type { ResolvedOptions } from './client-options.js';
import { ConnectionGate } from './connection-gate.js';
import type { CallMemory } from './operation-specs.js';
import type { Recoveries } from './recoveries.js';
import { RoomTracker } from './room-tracker.js';
import { SafeEmitter } from './safe-emitter.js';
import { SecretRedactor } from './secret-redactor.js';

/** Told of every change of the tracked room state. */
export type RoomListener = (
  state: RoomState,
  previous: RoomState,
  roomId: string | null,
  reason: string,
) => void;

/**
 * The parts of one client that every stage of the call path shares: the options, the emitter,
 * the event bridge, the room tracker, what earlier calls taught it, and the policy in force with
 * its retry budget and circuit breaker. The stages (`run-operation.ts` and the files it calls)
 * are functions over this context.
 */
export class ClientContext {
  readonly o: ResolvedOptions;
  readonly emitter = new SafeEmitter();
  readonly bridge: EventBridge;
  readonly room: RoomTracker;
  /** The SDK's connection as the room events tell it; calls held for a reconnect wait here. */
  readonly gate: ConnectionGate;
  readonly speechLimit: ConcurrencyLimit;
  readonly hooks: ExecuteHooks;
  /** Aborted by `dispose()`: every call watches it beside its own signal. */
  readonly disposed = new AbortController();
  readonly memory: CallMemory = {
    init: undefined,
    pttAuth: undefined,
    roomType: 1,
    streamingPath: undefined,
  };
  /** Internal listeners of the room state (the room session). */
  readonly roomListeners = new Set<RoomListener>();
  /** The room session running, if any (at most one per client). */
  session: { end(): void; readonly roomId: string; readonly connectionLost: boolean } | undefined;
  /** The id of the last call made (`callId` on the call's events). */
  lastCallId = 0;
  /** The buffers passed to the SDK, redacted from every error and payload handed out. */
  readonly secrets = new SecretRedactor();
  /** Calls that identical calls may join (see `joinKey` in the specs), by operation and key. */
  readonly joinable = new Map<string, Promise<Result<unknown, GmeError>>>();
  /** Waiters for the next completion event of a type (`awaitInFlight`). */
  readonly inFlightWaiters = new Set<(eventType: number) => void>();
  /** The end of the queue of room operations (they run one at a time). */
  roomTail: Promise<unknown> = Promise.resolve();
  /** Room operations queued or running. */
  roomQueued = 0;
  /** The built-in and custom recoveries; wired by `createGmeClient` (they call back into the call path). */
  recoveries!: Recoveries;
  policy: Policy;
  budget: RetryBudget | undefined;
  breaker: CircuitBreaker | undefined;

  constructor(o: ResolvedOptions) {
    this.o = o;
    this.policy = o.policy;
    this.#applyPolicyState(o.policy);
    this.speechLimit = new ConcurrencyLimit(o.speechToTextConcurrency);
    // The family-level hooks (circuit open and close); a call's own come with its call id.
    this.hooks = ClientHooks.of(this.emitter, 0);
    this.room = new RoomTracker((state, previous, roomId, reason) => {
      if (this.emitter.has('roomState')) this.emitter.emit('roomState', { state, previous, roomId, reason });
      this.gate.changed(state);
      for (const listener of [...this.roomListeners]) listener(state, previous, roomId, reason);
    });
    this.gate = new ConnectionGate(o.clock, {
      room: () => this.room.state,
      sessionLost: () => this.session?.connectionLost === true,
    });
    this.bridge = new EventBridge(
      o.sdk,
      {
        onSdkEvent: (type, event) => this.#onSdkEvent(type, event),
        onUnmatched: (type, operation, event) => {
          if (this.emitter.has('lateResult')) {
            this.emitter.emit('lateResult', {
              eventType: type,
              eventName: eventName(type),
              operation,
              payload: this.publicPayload(event),
            });
          }
        },
        onForwardError: (eventType, error) => {
          if (this.emitter.has('delegateError')) this.emitter.emit('delegateError', { eventType, error });
        },
      },
      o.clockIsSystem ? undefined : o.clock,
    );
    if (o.pollIntervalMs !== false) this.bridge.startPolling(o.pollIntervalMs);
  }

  /** A client-made error in the client's locale and table, with every known buffer redacted. */
  error(code: number, operation: string, attempts: number, detail?: string, cause?: unknown): GmeError {
    const s = this.secrets;
    return createGmeError({
      code,
      operation,
      source: 'client',
      attempts,
      locale: this.o.locale,
      table: this.o.table,
      ...(detail === undefined ? {} : { detail: s.active ? s.text(detail) : detail }),
      ...(cause === undefined ? {} : { cause: s.value(cause) }),
    });
  }

  /** An event's payload as listeners and error causes get it: known buffers redacted. */
  publicPayload(event: EventRead): ParsedPayload {
    return this.secrets.payload(event.payload());
  }

  /**
   * Swaps the policy for calls that start afterwards. The retry budget and the circuit breaker
   * keep their state (tokens spent, open circuits) when the new policy's settings for them are the
   * same: re-applying remote config must not refill an empty budget or close an open circuit.
   * Changed settings start them afresh.
   */
  setPolicy(policy: Policy): void {
    if (!isPolicy(policy)) {
      throw new TypeError('Expected `policy` to be a policy made by definePolicy() or parsePolicy().');
    }
    const previous = this.policy;
    this.policy = policy;
    this.#applyPolicyState(policy, previous);
  }

  #applyPolicyState(policy: Policy, previous?: Policy): void {
    if (previous === undefined || !sameSettings(previous.budget, policy.budget)) {
      this.budget = policy.budget === false ? undefined : new RetryBudget(policy.budget);
    }
    if (previous !== undefined && sameSettings(previous.breaker, policy.breaker)) return;
    this.breaker =
      policy.breaker === false
        ? undefined
        : new CircuitBreaker({
            ...policy.breaker,
            onOpen: (family: string, until: number) => this.hooks.circuitOpen?.({ family, until }),
            onClose: (family: string) => this.hooks.circuitClose?.({ family }),
          });
  }

  #onSdkEvent(type: number, event: EventRead): void {
    this.room.onEvent(type, event.result);
    if (this.inFlightWaiters.size > 0) for (const w of [...this.inFlightWaiters]) w(type);
    if (this.emitter.has('sdkEvent'))
      this.emitter.emit('sdkEvent', {
        eventType: type,
        eventName: eventName(type),
        payload: this.publicPayload(event),
      });
  }

  /** Stops polling, gives the SDK back the game's delegate and ends every pending call with 7013. */
  dispose(): void {
    if (this.disposed.signal.aborted) return;
    this.disposed.abort();
    this.session?.end();
    this.bridge.dispose();
    this.gate.release();
    for (const w of [...this.inFlightWaiters]) w(-1);
  }
}

/** True when two budget or breaker settings (flat records of numbers, or `false`) are the same. */
function sameSettings(a: object | false, b: object | false): boolean {
  if (a === false || b === false) return a === b;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k])
  );
}
