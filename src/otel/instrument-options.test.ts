import { readFileSync } from 'node:fs';
import { metrics, trace } from '@opentelemetry/api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeClient } from '../../test/support/fake-client.js';
import { type OtelSdk, otelSdk, total } from '../../test/support/otel-sdk.js';
import { GME_METRICS as M } from './gme-metric-names.js';
import { instrument } from './instrument.js';
import { type InstrumentOptions, resolveInstrumentOptions } from './instrument-options.js';
import { PACKAGE_VERSION } from './package-version.js';

let sdk: OtelSdk;
let gme: FakeClient;
beforeEach(() => {
  sdk = otelSdk();
  gme = new FakeClient();
});
afterEach(async () => {
  trace.disable();
  metrics.disable();
  await sdk.shutdown();
});

const call = (g: FakeClient) => {
  const callId = g.newCallId();
  g.emit('attempt', { operation: 'init', callId, attempt: 1 });
  g.emit('success', { operation: 'init', callId, attempts: 1, code: 0, durationMs: 3 });
};

describe('instrument options', () => {
  it.each<[string, unknown, string]>([
    [
      'tracerProvider',
      5,
      'Expected `tracerProvider` to be a TracerProvider (an object with getTracer()), got 5.',
    ],
    [
      'tracerProvider',
      null,
      'Expected `tracerProvider` to be a TracerProvider (an object with getTracer()), got null.',
    ],
    ['tracer', {}, 'Expected `tracer` to be a Tracer (an object with startSpan()), got an object.'],
    [
      'tracerProvider',
      {},
      'Expected `tracerProvider` to be a TracerProvider (an object with getTracer()), got an object.',
    ],
    [
      'meterProvider',
      {},
      'Expected `meterProvider` to be a MeterProvider (an object with getMeter()), got an object.',
    ],
    [
      'meter',
      null,
      'Expected `meter` to be a Meter (an object with createCounter(), createHistogram(), createObservableGauge(), addBatchObservableCallback(), removeBatchObservableCallback()), got null.',
    ],
    [
      'instrumentationName',
      'n'.repeat(257),
      `Expected \`instrumentationName\` to be a string of 1 to 256 characters, got "${'n'.repeat(40)}…" (257 characters).`,
    ],
    [
      'meterProvider',
      'x',
      'Expected `meterProvider` to be a MeterProvider (an object with getMeter()), got "x" (1 character).',
    ],
    [
      'meter',
      { createCounter() {} },
      'Expected `meter` to be a Meter (an object with createCounter(), createHistogram(), createObservableGauge(), addBatchObservableCallback(), removeBatchObservableCallback()), got an object.',
    ],
    ['recordRoomId', 'yes', 'Expected `recordRoomId` to be a boolean, got "yes" (3 characters).'],
    ['recordRoomId', null, 'Expected `recordRoomId` to be a boolean, got null.'],
    [
      'instrumentationName',
      '',
      'Expected `instrumentationName` to be a string of 1 to 256 characters, got "" (0 characters).',
    ],
    [
      'instrumentationVersion',
      7,
      'Expected `instrumentationVersion` to be a string of 1 to 256 characters, got 7.',
    ],
  ])('refuses %s = %o, naming the field and the value', (field, value, message) => {
    expect(() => instrument(gme, { [field]: value } as InstrumentOptions)).toThrow(new TypeError(message));
    expect(gme.listenerCount()).toBe(0);
  });

  it('refuses a client that is not one, unknown options, and options that are not an object', () => {
    expect(() => instrument(null as never)).toThrow(
      new TypeError('Expected `gme` to be a client made by createGmeClient(), got null.'),
    );
    expect(() => instrument({ on() {}, off() {} } as never)).toThrow(/`gme`.*got an object/);
    expect(() => instrument(gme, { recordRoomID: true } as never)).toThrow(
      new TypeError('Unknown option `recordRoomID` given to instrument.'),
    );
    expect(() => instrument(gme, null as never)).toThrow(
      new TypeError('Expected `options` to be an object, got null.'),
    );
    expect(() => instrument(gme, [] as never)).toThrow(/`options`.*got an array/);
    expect(() => instrument(gme, 5 as never)).toThrow(
      new TypeError('Expected `options` to be an object, got 5.'),
    );
    // A function that happens to carry the methods is not a provider either.
    const tracer = sdk.tracerProvider.getTracer('t');
    const fn = Object.assign(() => tracer, { getTracer: () => tracer });
    expect(() => instrument(gme, { tracerProvider: fn as never })).toThrow(
      /^Expected `tracerProvider` to be/,
    );
    expect(gme.listenerCount()).toBe(0);
  });

  it('refuses a tracer with a tracer provider, and a meter with a meter provider', () => {
    const tracer = sdk.tracerProvider.getTracer('t');
    const meter = sdk.meterProvider.getMeter('m');
    expect(() => instrument(gme, { tracer, tracerProvider: sdk.tracerProvider })).toThrow(
      new TypeError('Give `tracer` or `tracerProvider` to instrument, not both.'),
    );
    expect(() => instrument(gme, { meter, meterProvider: sdk.meterProvider })).toThrow(
      new TypeError('Give `meter` or `meterProvider` to instrument, not both.'),
    );
  });

  it('asks for no tracer when a later option is bad, and leaves the options object as it was', () => {
    const getTracer = vi.spyOn(sdk.tracerProvider, 'getTracer');
    const options = Object.freeze({ tracerProvider: sdk.tracerProvider, meterProvider: 3 as never });
    expect(() => instrument(gme, options)).toThrow(/`meterProvider`/);
    expect(getTracer).not.toHaveBeenCalled();
    expect(options).toEqual({ tracerProvider: sdk.tracerProvider, meterProvider: 3 });
  });

  it('takes a scope name of 256 characters', () => {
    instrument(gme, { tracerProvider: sdk.tracerProvider, instrumentationName: 'n'.repeat(256) });
    call(gme);
    expect(sdk.spans()[0]?.instrumentationScope.name).toHaveLength(256);
  });

  it('takes undefined as the default, and defaults recordRoomId to false', () => {
    const resolved = resolveInstrumentOptions(gme, { recordRoomId: undefined, tracer: undefined });
    expect(resolved.recordRoomId).toBe(false);
    expect(resolveInstrumentOptions(gme, undefined).recordRoomId).toBe(false);
    expect(resolveInstrumentOptions(gme, { recordRoomId: true }).recordRoomId).toBe(true);
  });

  it('uses the global providers by default, even a tracer provider registered afterwards', async () => {
    metrics.setGlobalMeterProvider(sdk.meterProvider);
    instrument(gme);
    trace.setGlobalTracerProvider(sdk.tracerProvider);
    call(gme);
    expect(sdk.spans().map((s) => s.name)).toEqual(['gme init']);
    expect(total(await sdk.collect(), M.calls)).toBe(1);
  });

  it('names the instrumentation scope gme-result with the package version, or as told', () => {
    instrument(gme, { tracerProvider: sdk.tracerProvider, meterProvider: sdk.meterProvider });
    instrument(gme, {
      tracerProvider: sdk.tracerProvider,
      meterProvider: sdk.meterProvider,
      instrumentationName: 'my-game.voice',
      instrumentationVersion: '4.2.0',
    });
    call(gme);
    expect(sdk.spans().map((s) => [s.instrumentationScope.name, s.instrumentationScope.version])).toEqual([
      ['gme-result', PACKAGE_VERSION],
      ['my-game.voice', '4.2.0'],
    ]);
  });

  it('uses a given tracer and meter as they are', async () => {
    const tracer = sdk.tracerProvider.getTracer('given');
    instrument(gme, { tracer, meter: sdk.meterProvider.getMeter('given-meter') });
    call(gme);
    expect(sdk.spans()[0]?.instrumentationScope.name).toBe('given');
    await sdk.collect();
    expect(sdk.lastExport()?.scopeMetrics.map((s) => s.scope.name)).toEqual(['given-meter']);
  });

  it('knows the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(PACKAGE_VERSION).toBe(pkg.version);
  });
});
