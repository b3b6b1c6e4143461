/**
 * `gme-result/testing`: a simulated GME SDK for tests and demos, and `settle`, which lets fake
 * time pass until a call is in.
 *
 * @example
 * import { createSimulatedGme, settle } from 'gme-result/testing';
 * const sim = createSimulatedGme({ seed: 7 });
 *
 * @module gme-result/testing
 */
export { createSimulatedGme } from './create-simulated-gme.js';
export { settle } from './settle.js';
export type { SettleOptions, TickAsyncClock, VitestTimers } from './settle-options.js';
export { SIM_CODES, SIM_EVENTS, SIM_SDK_VERSION, SIM_WEB_EVENTS } from './sim-constants.js';
export type { SimulatedGmeControl, SimulatedGmeState, SimulatedGmeStats } from './sim-control.js';
export type { SimDeliveredEvent, SimRecordingState, SimRoomState } from './sim-engine.js';
export type { FaultStep, OutageOptions, SimMethod } from './sim-faults.js';
export { SIM_METHODS } from './sim-faults.js';
export type { SimClock, SimulatedGmeOptions, TranscriptSource } from './sim-options.js';
export type { SimRandom } from './sim-random.js';
export { createSimRandom } from './sim-random.js';
export type { DisconnectOptions } from './sim-room.js';
export type { SimulatedNativeContext } from './simulated-core.js';
export type { SimulatedElectronDelegate, SimulatedGmeContext } from './simulated-electron.js';
export type { SimulatedWebDelegate, SimulatedWebGme } from './simulated-web.js';
export { createSimulatedWebGme } from './simulated-web.js';
