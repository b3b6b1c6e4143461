/**
 * Staying in a room: `gme.keepInRoom` keeps the player in the lobby across dropped connections.
 * The simulated SDK first reconnects by itself (the session waits and makes no entry of its own),
 * then gives up (ROOM_DISCONNECT), and the session enters again after a short backoff. The
 * backoff is shortened here so the example runs in about a second; the defaults are 2 s to 10 s.
 */
import { createGmeClient, fromElectron, type RoomSession } from 'gme-result';
import { createSimulatedGme } from 'gme-result/testing';

/** Resolves once `done()` holds, checking every 20 ms; rejects after `ms`. */
function until(done: () => boolean, ms: number): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (done()) resolve();
      else if (Date.now() - start > ms) reject(new Error('the session did not get there in time'));
      else setTimeout(check, 20);
    };
    check();
  });
}

export async function main(): Promise<void> {
  const sdk = createSimulatedGme({ latencyMs: 10 });
  const gme = createGmeClient({ sdk: fromElectron(sdk) });
  let session: RoomSession | undefined;
  // Every state the session went through, from its events: a short state (a backoff of a few ms)
  // can come and go between two looks at `session.state`.
  const seen: string[] = [];
  try {
    gme.on('session', (e) => {
      seen.push(e.state);
      const wait = e.nextAttemptInMs === undefined ? '' : `, next entry in ${e.nextAttemptInMs} ms`;
      console.log(`session: ${e.previous} -> ${e.state} (${e.reason}${wait})`);
    });
    const init = await gme.init({ appId: '1400000001', openId: '10001' });
    if (init.isErr()) throw init.error;
    session = gme.keepInRoom(
      { roomId: 'lobby', roomType: 1, authBuffer: 'lobby-auth' },
      { baseDelayMs: 100, maxDelayMs: 400 },
    );
    const first = await session.entered();
    if (first.isErr()) throw first.error;

    // 1. The connection drops and the SDK gets it back by itself: no entry of the session's own.
    seen.length = 0;
    sdk.control.disconnect({ reconnectAfterMs: 200 });
    await until(() => seen.includes('reconnecting'), 2_000);
    await until(() => seen.lastIndexOf('entered') > seen.indexOf('reconnecting'), 2_000);
    console.log(
      `after the SDK's own reconnect: ${sdk.control.stats.calls.EnterRoom ?? 0} EnterRoom call in all`,
    );

    // 2. The SDK gives up: the session waits a backoff and enters again.
    seen.length = 0;
    sdk.control.disconnect({ reconnectAfterMs: 200, giveUp: true });
    await until(() => seen.includes('waiting'), 2_000);
    await until(() => seen.lastIndexOf('entered') > seen.indexOf('waiting'), 2_000);
    console.log(`back in the lobby: ${sdk.control.stats.calls.EnterRoom ?? 0} EnterRoom calls in all`);
  } finally {
    await session?.stop();
    gme.dispose();
  }
}
