/**
 * The browser: wrap the H5 SDK's `WebGMEAPI` with `fromWeb`.
 *
 * The simulated H5 SDK stands in here. In a page that loaded Tencent's WebGMEAPI script:
 *
 *   const api = new WebGMEAPI();
 *   const gme = createGmeClient({ sdk: fromWeb(api) });   // `document` is read from the page
 *
 * The H5 SDK is voice chat only: init, enterRoom and exitRoom work; it has no Poll (events are
 * pushed), no SwitchRoom and no voice messages, so those calls end in Err 1006 instead of throwing.
 */
import { createGmeClient, fromWeb } from 'gme-result';
import { createSimulatedWebGme } from 'gme-result/testing';

export async function main(): Promise<void> {
  const api = createSimulatedWebGme({ latencyMs: 20 }); // stand-in for new WebGMEAPI()
  // Outside a browser there is no global `document`: hand one to Init explicitly.
  const gme = createGmeClient({ sdk: fromWeb(api, { document: {} }) });
  const states: string[] = [];
  gme.on('roomState', (e) => states.push(e.state));
  try {
    const init = await gme.init({ appId: '1400000001', openId: '10001' });
    const room = await gme.enterRoom({
      roomId: 'web-lobby',
      roomType: 1,
      authBuffer: 'signed-by-your-server',
    });
    console.log(
      `init: ${init.isOk()}, enterRoom: ${room.isOk() ? `Ok in ${room.value.roomId}` : room.error.name}`,
    );

    // Raw SDK methods the client does not wrap are still reachable, as Results.
    const mic = await gme.call('EnableMic', [true]);
    console.log(`EnableMic: ${mic.isOk() ? 'Ok' : mic.error.name}`);

    const upload = await gme.uploadRecordedFile({ filePath: '/voice.silk' });
    const switched = await gme.switchRoom({ roomId: 'arena', authBuffer: 'signed-by-your-server' });
    for (const [name, r] of [
      ['uploadRecordedFile', upload],
      ['switchRoom', switched],
    ] as const) {
      if (r.isErr()) console.log(`${name}: Err ${r.error.code} ${r.error.name} - ${r.error.message}`);
    }

    const left = await gme.exitRoom();
    console.log(`exitRoom: ${left.isOk()}; room states seen: ${states.join(' -> ')}`);
    if (
      init.isErr() ||
      room.isErr() ||
      mic.isErr() ||
      left.isErr() ||
      upload.isOk() ||
      upload.error.code !== 1006 ||
      switched.isOk() ||
      switched.error.code !== 1006
    ) {
      throw new Error('browser-web did not behave as described');
    }
  } finally {
    gme.dispose();
  }
}
