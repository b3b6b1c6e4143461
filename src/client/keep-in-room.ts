import { err, errAsync, okAsync, ResultAsync } from 'neverthrow';
import type { GmeError } from '../errors/gme-error.js';
import type { ClientContext } from './client-context.js';
import { clientMessages } from './client-messages.js';
import { OPERATION_SPECS } from './operation-specs.js';
import { RoomSessionImpl } from './room-session.js';
import type { KeepInRoomArgs, RoomSession, SessionSettings } from './session-options.js';

/**
 * `gme.keepInRoom(args)`: starts the client's room session. A session that cannot start — bad
 * arguments (client 1004), a disposed client (7013), another session still running (client 1001,
 * naming its room) — comes back already `stopped`, with the reason as the Err of `entered()`.
 */
export function keepInRoom(ctx: ClientContext, args: KeepInRoomArgs, settings: SessionSettings): RoomSession {
  const t = clientMessages(ctx.o.locale);
  const roomId = typeof (args as { roomId?: unknown } | null)?.roomId === 'string' ? args.roomId : '';
  if (ctx.disposed.signal.aborted) return refused(roomId, ctx.error(7013, 'enterRoom', 0, t.disposed()));
  const problem = OPERATION_SPECS.enterRoom.validate(args)?.render(ctx.o.locale);
  if (problem !== undefined) return refused(roomId, ctx.error(1004, 'enterRoom', 0, problem));
  const running = ctx.session;
  if (running !== undefined) {
    return refused(roomId, ctx.error(1001, 'enterRoom', 0, t.sessionRunning(running.roomId)));
  }
  const session = new RoomSessionImpl(ctx, args, settings);
  ctx.session = session;
  return session;
}

/** A session that never ran: `stopped`, its `entered()` the reason. */
function refused(roomId: string, error: GmeError): RoomSession {
  return Object.freeze({
    roomId,
    state: 'stopped' as const,
    entered: () => errAsync(error),
    switchTo: () => new ResultAsync(Promise.resolve(err(error))),
    stop: () => okAsync({ exited: false }),
  });
}
