import { ResultAsync } from 'neverthrow';
import type { GmeEventName } from '../events.js';
import type { CallOptions, OperationName } from '../operations.js';
import type { Policy } from '../policy/index.js';
import { ClientContext } from './client-context.js';
import { type GmeClientOptions, resolveOptions } from './client-options.js';
import type { ClientStats, GmeClient, RawCallOptions } from './client-types.js';
import { executeOperation } from './execute-operation.js';
import { keepInRoom } from './keep-in-room.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { rawCall } from './raw-call.js';
import { createRecoveries } from './recoveries.js';
import { recoveryHost } from './recovery-host.js';
import { runOperation } from './run-operation.js';
import type { GmeListener } from './safe-emitter.js';
import { type KeepInRoomArgs, type KeepInRoomOptions, resolveSessionOptions } from './session-options.js';

export type { CallValue, ClientStats, GmeCall, GmeClient, RawCallOptions } from './client-types.js';

/**
 * Wraps a GME SDK. Options are checked at once: a bad one throws a `TypeError` naming it. It also
 * throws when the adapter cannot install its delegate (the SDK object has no `SetTMGDelegate`, or
 * it throws): without a delegate no call could ever complete. Nothing else ever throws: every
 * operation returns a `ResultAsync` that never rejects.
 *
 * The call path of every operation has a fixed order (see `run-operation.ts`): validate the
 * arguments (client 1004) → serialize room operations (one at a time; an identical `enterRoom`
 * joins the one in flight) → the policy (breaker, retries, recoveries, budget) → the
 * speech-to-text limit → one SDK invocation through the event bridge. Every call, however it
 * ends, emits exactly one `success` or `error`.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const gme = createGmeClient({ sdk: fromElectron(GmeContext.GetInstance()) });
 * const room = await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer });
 * if (room.isErr()) console.error(room.error.code, room.error.name, room.error.message);
 */
export function createGmeClient(options: GmeClientOptions): GmeClient {
  const ctx = new ClientContext(resolveOptions(options));
  ctx.recoveries = createRecoveries(recoveryHost(ctx, executeOperation));
  return makeFacade(ctx);
}

/** The frozen object the game holds: one method per operation, `call`, events, policy, stats, dispose. */
function makeFacade(ctx: ClientContext): GmeClient {
  const facade = {} as Record<string, unknown>;
  for (const op of Object.keys(OPERATION_SPECS) as OperationName[]) {
    facade[op] = (args?: unknown, options?: CallOptions) =>
      new ResultAsync(runOperation(ctx, op, args, options));
  }
  Object.assign(facade, {
    call: (method: string, args?: readonly unknown[], options?: RawCallOptions) =>
      new ResultAsync(rawCall(ctx, method, args, options)),
    on(event: GmeEventName, listener: GmeListener<GmeEventName>) {
      ctx.emitter.on(event, listener);
      return facade;
    },
    once(event: GmeEventName, listener: GmeListener<GmeEventName>) {
      ctx.emitter.on(event, listener, true);
      return facade;
    },
    off(event: GmeEventName, listener: GmeListener<GmeEventName>) {
      ctx.emitter.off(event, listener);
      return facade;
    },
    setPolicy(policy: Policy) {
      ctx.setPolicy(policy);
    },
    stats: () => stats(ctx),
    keepInRoom: (args: KeepInRoomArgs, options?: KeepInRoomOptions) =>
      keepInRoom(ctx, args, resolveSessionOptions(options)),
    dispose: () => ctx.dispose(),
  });
  Object.defineProperties(facade, {
    policy: { get: () => ctx.policy, enumerable: true },
    room: { get: () => ctx.room.snapshot, enumerable: true },
  });
  return Object.freeze(facade) as unknown as GmeClient;
}

function stats(ctx: ClientContext): ClientStats {
  const b = ctx.bridge.stats;
  return {
    pending: b.pending,
    correlationKeys: b.keys,
    timers: b.timers,
    live: b.live,
    enterFlights: ctx.joinable.size,
    inFlightWaiters: ctx.inFlightWaiters.size,
    listeners: ctx.emitter.listenerCount(),
    budgetTokens: ctx.budget === undefined ? null : ctx.budget.tokens,
    circuits: ctx.breaker === undefined ? {} : ctx.breaker.states(ctx.o.clock.now()),
  };
}
