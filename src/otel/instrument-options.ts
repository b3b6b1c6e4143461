import {
  type Meter,
  type MeterProvider,
  metrics,
  type Tracer,
  type TracerProvider,
  trace,
} from '@opentelemetry/api';
import type { GmeClient } from '../client/create-gme-client.js';
import { describeValue } from '../client/validate-args.js';
import { PACKAGE_VERSION } from './package-version.js';

/**
 * What `instrument` needs of a client: its events, its stats and its room. A client made by
 * `createGmeClient` is one.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * import { type InstrumentedClient, instrument } from 'gme-result/otel';
 * const gme: InstrumentedClient = createGmeClient({ sdk: fromElectron(ctx) });
 * instrument(gme);
 */
export type InstrumentedClient = Pick<GmeClient, 'on' | 'off' | 'stats' | 'room'>;

/**
 * Options of `instrument(gme, options)`. Invalid values throw a `TypeError` naming the field.
 *
 * @example
 * import { instrument } from 'gme-result/otel';
 * const telemetry = instrument(gme, { tracerProvider, meterProvider, recordRoomId: true });
 */
export interface InstrumentOptions {
  /**
   * Where the tracer comes from. The global provider is a proxy: an SDK registered after
   * `instrument` still gets the spans.
   * @default the global tracer provider (`trace.getTracerProvider()`)
   */
  readonly tracerProvider?: TracerProvider;
  /** A tracer to use as it is. Give this or `tracerProvider`, not both. @default a tracer of `tracerProvider` */
  readonly tracer?: Tracer;
  /**
   * Where the meter comes from. The global meter provider is read once, here: register the
   * SDK's provider before calling `instrument`, or pass it.
   * @default the global meter provider (`metrics.getMeterProvider()`)
   */
  readonly meterProvider?: MeterProvider;
  /** A meter to use as it is. Give this or `meterProvider`, not both. @default a meter of `meterProvider` */
  readonly meter?: Meter;
  /**
   * Put the tracked room id on spans (`gme.room.id`). Room ids can be personal data (a private
   * match, a party named after a player), so it is off unless you decide otherwise. Metrics never
   * carry it.
   * @default false
   */
  readonly recordRoomId?: boolean;
  /** Name of the instrumentation scope of the tracer and meter. @default 'gme-result' */
  readonly instrumentationName?: string;
  /** Version of the instrumentation scope. @default this package's version */
  readonly instrumentationVersion?: string;
}

/** Options with every default filled in. */
export interface ResolvedInstrumentOptions {
  readonly tracer: Tracer;
  readonly meter: Meter;
  readonly recordRoomId: boolean;
}

const KNOWN = new Set([
  'tracerProvider',
  'tracer',
  'meterProvider',
  'meter',
  'recordRoomId',
  'instrumentationName',
  'instrumentationVersion',
]);

const METER_METHODS = [
  'createCounter',
  'createHistogram',
  'createObservableGauge',
  'addBatchObservableCallback',
  'removeBatchObservableCallback',
] as const;

function fail(field: string, expected: string, value: unknown): never {
  throw new TypeError(`Expected \`${field}\` to be ${expected}, got ${describeValue(value)}.`);
}

/** `value` when it has every method in `methods`; throws naming `field` otherwise. */
function withMethods<T>(field: string, value: unknown, what: string, methods: readonly string[]): T {
  if (typeof value !== 'object' || value === null) fail(field, what, value);
  for (const m of methods) {
    if (typeof (value as Record<string, unknown>)[m] !== 'function') fail(field, what, value);
  }
  return value as T;
}

function scopeText(field: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
    fail(field, 'a string of 1 to 256 characters', value);
  }
  return value;
}

/** Checks the client and the options, and fills in defaults, in one place. Never mutates `options`. */
export function resolveInstrumentOptions(gme: unknown, options: unknown): ResolvedInstrumentOptions {
  withMethods('gme', gme, 'a client made by createGmeClient()', ['on', 'off', 'stats']);
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    fail('options', 'an object', options);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key)) throw new TypeError(`Unknown option \`${key}\` given to instrument.`);
  }
  const o = options as InstrumentOptions;
  const name = scopeText('instrumentationName', o.instrumentationName, 'gme-result');
  const version = scopeText('instrumentationVersion', o.instrumentationVersion, PACKAGE_VERSION);
  const recordRoomId = o.recordRoomId === undefined ? false : o.recordRoomId;
  if (typeof recordRoomId !== 'boolean') fail('recordRoomId', 'a boolean', recordRoomId);

  if (o.tracer !== undefined && o.tracerProvider !== undefined) {
    throw new TypeError('Give `tracer` or `tracerProvider` to instrument, not both.');
  }
  if (o.meter !== undefined && o.meterProvider !== undefined) {
    throw new TypeError('Give `meter` or `meterProvider` to instrument, not both.');
  }
  // Everything is checked before a tracer or meter is asked for, so a bad option changes nothing.
  const tracerSource =
    o.tracer === undefined
      ? withMethods<TracerProvider>(
          'tracerProvider',
          o.tracerProvider === undefined ? trace.getTracerProvider() : o.tracerProvider,
          'a TracerProvider (an object with getTracer())',
          ['getTracer'],
        )
      : withMethods<Tracer>('tracer', o.tracer, 'a Tracer (an object with startSpan())', ['startSpan']);
  const meterSource =
    o.meter === undefined
      ? withMethods<MeterProvider>(
          'meterProvider',
          o.meterProvider === undefined ? metrics.getMeterProvider() : o.meterProvider,
          'a MeterProvider (an object with getMeter())',
          ['getMeter'],
        )
      : withMethods<Meter>(
          'meter',
          o.meter,
          `a Meter (an object with ${METER_METHODS.join('(), ')}())`,
          METER_METHODS,
        );
  const tracer =
    o.tracer === undefined
      ? (tracerSource as TracerProvider).getTracer(name, version)
      : (tracerSource as Tracer);
  const meter =
    o.meter === undefined ? (meterSource as MeterProvider).getMeter(name, version) : (meterSource as Meter);
  return { tracer, meter, recordRoomId };
}
