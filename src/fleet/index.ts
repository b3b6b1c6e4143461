/**
 * `gme-result/fleet`: simulate a fleet of game clients against a failing GME backend, to see what
 * a retry policy does to the backend before the clients load it. Node only.
 *
 * @example
 * import { simulateFleet } from 'gme-result/fleet';
 * import { defaultPolicy } from 'gme-result/policies';
 * const r = await simulateFleet({ policy: defaultPolicy, scenario: 'capacity', clients: 1_000 });
 * console.log(r.amplification, r.backend?.timeToRecoverMs);
 *
 * @module gme-result/fleet
 */
export type { FleetChartInput, FleetChartSeries } from './fleet-chart-svg.js';
export { fleetChartSvg } from './fleet-chart-svg.js';
export type { SimulateFleetOptions } from './fleet-options.js';
export type { FleetReportInput, FleetReportScenario } from './fleet-report-html.js';
export { fleetReportHtml } from './fleet-report-html.js';
export type { FleetBackendFigures, FleetGaveUp, FleetRecovery, FleetResult } from './fleet-result.js';
export type {
  FleetCapacity,
  FleetGameTiming,
  FleetOutage,
  FleetScenario,
  FleetSdkTiming,
  MsRange,
} from './fleet-scenario.js';
export { FLEET_SCENARIO_NAMES, type FleetScenarioName, fleetScenario } from './fleet-scenarios.js';
export { ROOM_KEEPING, type RoomKeepingName } from './room-keeping.js';
export type { RoomKeepingContext, RoomKeepingStrategy } from './room-keeping-strategy.js';
export { simulateFleet } from './simulate-fleet.js';
