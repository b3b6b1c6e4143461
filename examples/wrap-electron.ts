/**
 * Wrap an Electron `GmeContext` (gme-electron-sdk) with `fromElectron` and use Results.
 *
 * The simulator stands in for the SDK here. In a real Electron app you pass the SDK's own object:
 *
 *   import { GmeContext } from 'gme-electron-sdk';
 *   const ctx = GmeContext.GetInstance();            // or new GmeContext()
 *   const gme = createGmeClient({ sdk: fromElectron(ctx, { delegate: myDelegate }) });
 *
 * The client installs its own delegate, drives `Poll()` every 50 ms (GME delivers events only
 * inside Poll) and forwards every event to `myDelegate`, the one your game used before.
 */
import { createGmeClient, type ElectronDelegate, fromElectron } from 'gme-result';
import { createSimulatedGme } from 'gme-result/testing';

export async function main(): Promise<void> {
  const ctx = createSimulatedGme({ latencyMs: 20 }); // stand-in for GmeContext.GetInstance()

  // The game's own delegate keeps receiving every raw event (JSON text, as the SDK sends it).
  const seenByGame: number[] = [];
  const gameDelegate: ElectronDelegate = { onEvent: (eventType) => seenByGame.push(eventType) };

  const gme = createGmeClient({ sdk: fromElectron(ctx, { delegate: gameDelegate }) });
  try {
    const init = await gme.init({ appId: '1400000001', openId: '10001' });
    if (init.isErr()) throw new Error(`init failed: ${init.error.message}`);

    const room = await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'signed-by-your-server' });
    room.match(
      ({ roomId, attempts }) => console.log(`entered ${roomId} after ${attempts} attempt(s)`),
      (e) => console.log(`could not enter: ${e.code} ${e.name}: ${e.message}`),
    );

    // gme-electron-sdk 2.1.3 has no SwitchRoom: the call ends in Err 1006 instead of throwing.
    // (The simulator has it only with `switchRoom: true`, like the native SDKs.)
    const switched = await gme.switchRoom({ roomId: 'arena', authBuffer: 'signed-by-your-server' });
    if (switched.isErr()) console.log(`switchRoom: ${switched.error.code} ${switched.error.name}`);

    const left = await gme.exitRoom();
    console.log(`exitRoom ok: ${left.isOk()}; room is now ${gme.room.state}`);
    console.log(`the game's delegate saw events ${seenByGame.join(', ')}`);
    if (room.isErr() || left.isErr() || switched.isOk() || seenByGame.length < 2) {
      throw new Error('wrap-electron did not behave as described');
    }
  } finally {
    gme.dispose(); // stops Poll and gives the SDK back the game's delegate
  }
}
