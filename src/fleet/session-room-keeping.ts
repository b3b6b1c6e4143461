import type { RoomKeepingContext } from './room-keeping-strategy.js';

/**
 * The library's room session: `gme.keepInRoom(room)` with its defaults. It enters, waits for the
 * SDK's own reconnect, and enters again after ROOM_DISCONNECT with a full-jitter backoff through
 * the client's retry budget and breaker.
 */
export function sessionRoomKeeping(ctx: RoomKeepingContext): void {
  ctx.gme.keepInRoom(ctx.room);
}
