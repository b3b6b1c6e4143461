import { loopRoomKeeping } from './loop-room-keeping.js';
import type { RoomKeepingStrategy } from './room-keeping-strategy.js';
import { sessionRoomKeeping } from './session-room-keeping.js';

/**
 * The room-keeping strategies a fleet can compare, by name. A strategy is one function in its own
 * file: it enters the room and keeps the player in it (the player itself only watches the client's
 * `roomState` events to send its outbox when the room is back). A new strategy is one file beside
 * `loop-room-keeping.ts` and one line here; `simulateFleet({ roomKeeping })` then takes its name.
 *
 * @example
 * import { ROOM_KEEPING, simulateFleet } from 'gme-result/fleet';
 * for (const roomKeeping of Object.keys(ROOM_KEEPING) as (keyof typeof ROOM_KEEPING)[]) {
 *   console.log(roomKeeping, (await simulateFleet({ policy, roomKeeping })).amplification);
 * }
 */
export const ROOM_KEEPING = {
  /** The game's own re-entry loop (`loop-room-keeping.ts`). */
  loop: loopRoomKeeping,
  /** The library's room session, `gme.keepInRoom(...)` (`session-room-keeping.ts`). */
  session: sessionRoomKeeping,
} as const satisfies Readonly<Record<string, RoomKeepingStrategy>>;

/**
 * The name of a room-keeping strategy: `'loop'`, the game's own re-entry loop, or `'session'`, the
 * library's `keepInRoom`.
 *
 * @example
 * import { simulateFleet, type RoomKeepingName } from 'gme-result/fleet';
 * const roomKeeping: RoomKeepingName = 'loop';
 * await simulateFleet({ policy, roomKeeping });
 */
export type RoomKeepingName = keyof typeof ROOM_KEEPING;
