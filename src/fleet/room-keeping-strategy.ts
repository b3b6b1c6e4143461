import type { GmeClient } from '../index.js';
import type { FleetGameTiming, MsRange } from './fleet-scenario.js';

/**
 * What a room-keeping strategy gets from the simulated player it works for.
 *
 * @example
 * import type { RoomKeepingContext } from 'gme-result/fleet';
 * const enterOnce = (ctx: RoomKeepingContext): void => void ctx.gme.enterRoom(ctx.room);
 */
export interface RoomKeepingContext {
  /** The player's client (initialised, its voice-message auth applied). */
  readonly gme: GmeClient;
  /** The room to stay in. */
  readonly room: { readonly roomId: string; readonly roomType: 1; readonly authBuffer: string };
  /** The game's timing (`reenterAfterMs` is the hand-written loop's wait). */
  readonly game: FleetGameTiming;
  /** Simulated time, ms. */
  now(): number;
  /** Runs `run` at `timeMs` of simulated time. */
  at(timeMs: number, run: () => void): void;
  /** A value in `range` from the player's own random stream. */
  draw(range: MsRange): number;
}

/**
 * How one simulated game gets into its room and stays there: started once per player.
 *
 * @example
 * import type { RoomKeepingStrategy } from 'gme-result/fleet';
 * const enterOnce: RoomKeepingStrategy = (ctx) => void ctx.gme.enterRoom(ctx.room);
 */
export type RoomKeepingStrategy = (ctx: RoomKeepingContext) => void;
