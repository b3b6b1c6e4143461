import { loopRoomKeeping } from './loop-room-keeping.js';
import type { RoomKeepingStrategy } from './room-keeping-strategy.js';

/**
 * The room-keeping strategies a fleet can compare, by name. A strategy is one function in its own
 * file: it enters the room and keeps the player in it (the player itself only watches the client's
 * `roomState` events to send its outbox when the room is back).
 */
export const ROOM_KEEPING = {
  loop: loopRoomKeeping,
} as const satisfies Readonly<Record<string, RoomKeepingStrategy>>;

/** The name of a room-keeping strategy: `'loop'`, the game's own re-entry loop. */
export type RoomKeepingName = keyof typeof ROOM_KEEPING;
