/**
 * `gme-result/otel`: OpenTelemetry spans and metrics for every call of a client, through
 * `@opentelemetry/api` (an optional peer dependency, loaded only by this entry point).
 *
 * @example
 * import { instrument } from 'gme-result/otel';
 * const telemetry = instrument(gme);
 *
 * @module gme-result/otel
 */
export { GME_ATTRIBUTES, GME_SPAN_EVENTS } from './gme-attributes.js';
export { GME_METRICS } from './gme-metric-names.js';
export type { InstrumentHandle } from './instrument.js';
export { instrument } from './instrument.js';
export type { InstrumentedClient, InstrumentOptions } from './instrument-options.js';
