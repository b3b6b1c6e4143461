import {
  createGmeClient,
  fromElectron,
  fromWeb,
  type GmeAdapter,
  type GmeClient,
  type GmeClientOptions,
} from 'gme-result';
import {
  createSimulatedGme,
  createSimulatedWebGme,
  type SimulatedGmeContext,
  type SimulatedGmeControl,
  type SimulatedGmeOptions,
  settle as settleWithFakeTime,
} from 'gme-result/testing';
import { vi } from 'vitest';
import { loadRealGmeContext } from './real-electron.js';

export type Surface = 'electron' | 'real-electron' | 'web';

export interface Harness {
  readonly gme: GmeClient;
  readonly control: SimulatedGmeControl;
  readonly sdk: object;
  readonly adapter: GmeAdapter;
}

/** A client over a simulator, on one of the three surfaces. Use with vi.useFakeTimers(). */
export function harness(
  surface: Surface = 'electron',
  simOptions: SimulatedGmeOptions = {},
  clientOptions: Partial<GmeClientOptions> = {},
  adapterDelegate?: unknown,
): Harness {
  const sim = { latencyMs: 10, recordingMs: 2000, ...simOptions };
  let sdk: object;
  let control: SimulatedGmeControl;
  let adapter: GmeAdapter;
  if (surface === 'web') {
    const api = createSimulatedWebGme(sim);
    sdk = api;
    control = api.control;
    adapter = fromWeb(
      api,
      adapterDelegate === undefined ? {} : { delegate: adapterDelegate as never, document: {} },
    );
    if (adapterDelegate === undefined) adapter = fromWeb(api, { document: {} });
  } else if (surface === 'real-electron') {
    const simCtx: SimulatedGmeContext = createSimulatedGme(sim);
    const GmeContext = loadRealGmeContext(() => simCtx.native);
    const ctx = new GmeContext();
    sdk = ctx;
    control = simCtx.control;
    adapter = fromElectron(
      ctx as never,
      adapterDelegate === undefined ? {} : { delegate: adapterDelegate as never },
    );
  } else {
    const simCtx = createSimulatedGme(sim);
    sdk = simCtx;
    control = simCtx.control;
    adapter = fromElectron(
      simCtx,
      adapterDelegate === undefined ? {} : { delegate: adapterDelegate as never },
    );
  }
  const gme = createGmeClient({ sdk: adapter, ...clientOptions });
  return { gme, control, sdk, adapter };
}

/** Advances vitest's fake time in steps until `promise` settles; returns its value (the package's `settle`). */
export function settle<T>(promise: PromiseLike<T>, stepMs = 50, maxMs = 600_000): Promise<T> {
  return settleWithFakeTime(promise, { vi, stepMs, maxMs });
}

/** Init + PTT auth + enter, the usual start of a session. */
export async function ready(h: Harness, room = 'lobby'): Promise<void> {
  const init = await settle(h.gme.init({ appId: '1400000001', openId: '10001' }));
  if (init.isErr()) throw init.error;
  if (h.adapter.supports('applyPttAuthbuffer')) {
    const ptt = await settle(h.gme.applyPttAuthbuffer({ authBuffer: 'ptt-secret' }));
    if (ptt.isErr()) throw ptt.error;
  }
  const entered = await settle(h.gme.enterRoom({ roomId: room, roomType: 1, authBuffer: 'room-secret' }));
  if (entered.isErr()) throw entered.error;
}

/** Records a voice message at `filePath` (the simulator counts 2 s of recording). */
export async function record(h: Harness, filePath: string): Promise<void> {
  const started = await settle(h.gme.startRecording({ filePath }));
  if (started.isErr()) throw started.error;
  const stopped = await settle(h.gme.stopRecording());
  if (stopped.isErr()) throw stopped.error;
}
