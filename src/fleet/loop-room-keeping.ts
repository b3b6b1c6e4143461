import type { RoomKeepingContext } from './room-keeping-strategy.js';

/**
 * The hand-written re-entry loop most games have today: enter the room; after ROOM_DISCONNECT
 * (the client's room state turns `disconnected`) enter again; after a failed `enterRoom`, try again
 * after the game's `reenterAfterMs`. While the SDK reconnects by itself it does nothing.
 */
export function loopRoomKeeping(ctx: RoomKeepingContext): void {
  const { gme, room } = ctx;
  let armed = false;
  const enter = (): void => {
    void gme.enterRoom(room).mapErr(() => {
      if (armed) return;
      armed = true;
      ctx.at(ctx.now() + ctx.draw(ctx.game.reenterAfterMs), () => {
        armed = false;
        if (gme.room.state !== 'entered') enter();
      });
    });
  };
  gme.on('roomState', (e) => {
    if (e.state === 'disconnected') enter();
  });
  enter();
}
