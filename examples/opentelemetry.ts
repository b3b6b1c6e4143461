/**
 * OpenTelemetry: a span per GME call and the client's metrics, with `instrument(gme)` from
 * `gme-result/otel`. Here the SDKs export into memory so the example can print what they got; a
 * game would register an OTLP exporter (`@opentelemetry/exporter-trace-otlp-http`) instead.
 */
import {
  AggregationTemporality,
  DataPointType,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { createGmeClient, definePolicy, fromElectron, retry } from 'gme-result';
import { GME_ATTRIBUTES, GME_METRICS, instrument } from 'gme-result/otel';
import { defaultPolicy } from 'gme-result/policies';
import { createSimulatedGme } from 'gme-result/testing';

export async function main(): Promise<void> {
  const spans = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 60_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });

  const sim = createSimulatedGme({ latencyMs: 10 });
  const gme = createGmeClient({
    sdk: fromElectron(sim),
    // Short waits, so the example runs in a blink.
    policy: definePolicy({
      extends: defaultPolicy,
      codes: { 7004: retry({ baseDelayMs: 20, maxDelayMs: 50 }) },
    }),
  });
  // Room ids stay off spans unless you opt in: they can be personal data.
  const telemetry = instrument(gme, { tracerProvider, meterProvider });
  try {
    await gme.init({ appId: '1400000001', openId: '10001' });
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]); // a flaky network, twice
    await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'signed-by-your-server' });
    sim.control.script('EnterRoom', [{ event: 7005 }]); // the account is overdue: no retry helps
    await gme.exitRoom();
    await gme.enterRoom({ roomId: 'arena', roomType: 1, authBuffer: 'signed-by-your-server' });

    for (const span of spans.getFinishedSpans()) {
      const a = span.attributes;
      const events = span.events.map((e) => e.name).join(', ') || 'no events';
      const status = span.status.message ?? 'ok';
      console.log(`${span.name}: ${status}, ${a[GME_ATTRIBUTES.attempts]} attempt(s), ${events}`);
    }

    await reader.forceFlush();
    const metrics =
      metricExporter
        .getMetrics()
        .at(-1)
        ?.scopeMetrics.flatMap((s) => s.metrics) ?? [];
    for (const metric of metrics) {
      const { name } = metric.descriptor;
      if (
        metric.dataPointType !== DataPointType.SUM ||
        (name !== GME_METRICS.calls && name !== GME_METRICS.retries)
      ) {
        continue;
      }
      for (const point of metric.dataPoints) {
        const labels = Object.entries(point.attributes).map(([k, v]) => `${k}=${String(v)}`);
        console.log(`  ${name} {${labels.join(' ')}} = ${String(point.value)}`);
      }
    }
  } finally {
    telemetry.stop();
    gme.dispose();
    await tracerProvider.shutdown();
    await meterProvider.shutdown();
  }
}
