import { err, ok, type Result } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { SessionState } from '../events.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { runOperation } from './run-operation.js';
import type { KeepInRoomArgs, RoomValue, SwitchToArgs } from './session-options.js';

type Entry = Result<RoomValue, GmeError>;

/** What a switch needs of the room session it moves. */
export interface SwitchableSession {
  ctx(): ClientContext;
  /** Aborted once the session is stopped. */
  stopped(): AbortSignal;
  target(): KeepInRoomArgs;
  /** Makes `target` the session's room; `attempt` counts its entries since it was last in a room. */
  retarget(target: KeepInRoomArgs, attempt: number): void;
  set(state: SessionState, reason: string, error?: GmeError): void;
  /** An entry failed: back off and try again, or stop, as the code says. */
  failed(error: GmeError): void;
  /** Runs one of the session's own room operations. */
  own<T>(work: () => Promise<T>): Promise<T>;
  cancelWait(): void;
  /** One entry of the target room; undefined when the session stopped first. */
  enter(): Promise<Entry | undefined>;
}

/**
 * `session.switchTo(args)`: `SwitchRoom` where the SDK has it and the player is in a room, else
 * `ExitRoom` (when in one) then `EnterRoom`. A switch refused with the player still in the old
 * room (2001 and the like) keeps the old room; one that left every room (2002) makes the new room
 * the session's, and the session enters it as after any loss.
 */
export async function switchSession(s: SwitchableSession, args: SwitchToArgs): Promise<Entry> {
  const ctx = s.ctx();
  const stopped = s.stopped();
  const t = clientMessages(ctx.o.locale);
  if (stopped.aborted) return err(ctx.error(7013, 'switchRoom', 0, t.sessionStopped()));
  s.cancelWait();
  const next: KeepInRoomArgs = {
    roomId: args.roomId,
    roomType: args.roomType ?? s.target().roomType,
    authBuffer: args.authBuffer,
  };
  const inRoom = ctx.room.state === 'entered';
  s.set('entering', `switchTo ${args.roomId}`);
  if (inRoom && ctx.o.sdk.supports('switchRoom')) {
    const switched = await s.own(() =>
      runOperation(
        ctx,
        'switchRoom',
        { roomId: next.roomId, authBuffer: next.authBuffer },
        { signal: stopped },
      ),
    );
    if (stopped.aborted) return switched.map((v) => roomValue(next, v));
    if (switched.isOk()) {
      s.retarget(next, 0);
      s.set('entered', 'switched');
      return ok(roomValue(next, switched.value));
    }
    if (ctx.room.state === 'entered') {
      s.set('entered', `switchRoom ${switched.error.code}: still in the old room`, switched.error);
      return err(switched.error);
    }
    s.retarget(next, 1);
    s.failed(switched.error);
    return err(switched.error);
  }
  if (inRoom) {
    const exited = await s.own(() => runOperation(ctx, 'exitRoom', {}, { signal: stopped }));
    if (exited.isErr()) {
      if (!stopped.aborted) s.set('entered', `exitRoom ${exited.error.code}`, exited.error);
      return err(exited.error);
    }
  }
  s.retarget(next, 0);
  const entry = await s.enter();
  return entry ?? err(ctx.error(7013, 'enterRoom', 0, t.sessionStopped()));
}

/** The switch's Ok as an entry's: the new room, with the switch's own attempts, code and recovery. */
function roomValue(
  args: KeepInRoomArgs,
  switched: { readonly attempts: number; readonly code: number; readonly recovered?: string },
): RoomValue {
  const value = {
    roomId: args.roomId,
    roomType: args.roomType,
    attempts: switched.attempts,
    code: switched.code,
  };
  return switched.recovered === undefined ? value : { ...value, recovered: switched.recovered };
}
