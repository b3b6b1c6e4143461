import type { Attributes } from '@opentelemetry/api';
import {
  AggregationTemporality,
  DataPointType,
  type Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { vi } from 'vitest';

/** One data point of one metric, flattened. */
export interface MetricPoint {
  readonly name: string;
  readonly unit: string;
  readonly attributes: Attributes;
  /** A counter's sum or a gauge's value; for a histogram, its count. */
  readonly value: number;
  /** Histograms only. */
  readonly histogram?: Histogram;
}

/** The real OpenTelemetry SDKs with in-memory exporters. */
export interface OtelSdk {
  readonly tracerProvider: BasicTracerProvider;
  readonly meterProvider: MeterProvider;
  /** Every ended span so far, in the order they ended. */
  spans(): ReadableSpan[];
  /** Collects the metrics now (cumulative) and flattens the data points. */
  collect(): Promise<MetricPoint[]>;
  /** What the metric exporter received from the last `collect()`, unflattened. */
  lastExport(): ResourceMetrics | undefined;
  shutdown(): Promise<void>;
}

/** A tracer provider and a meter provider of the real SDKs, exporting in memory. */
export function otelSdk(): OtelSdk {
  const spanExporter = new InMemorySpanExporter();
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spanExporter)] });
  const metricExporter = new InMemoryMetricExporter(AggregationTemporality.CUMULATIVE);
  // Exports only when asked (collect()); the interval never comes within a test's fake time.
  const reader = new PeriodicExportingMetricReader({
    exporter: metricExporter,
    exportIntervalMillis: 2_000_000_000,
    exportTimeoutMillis: 1_000_000_000,
  });
  const meterProvider = new MeterProvider({ readers: [reader] });
  return {
    tracerProvider,
    meterProvider,
    spans: () => spanExporter.getFinishedSpans(),
    async collect() {
      metricExporter.reset();
      let done = false;
      const flushed = reader.forceFlush().finally(() => {
        done = true;
      });
      // The SDK's export passes through a zero-delay timer: under fake timers, run the due ones
      // (time does not move).
      for (let i = 0; i < 100 && !done && vi.isFakeTimers(); i++) await vi.advanceTimersByTimeAsync(0);
      await flushed;
      return flatten(metricExporter.getMetrics().at(-1));
    },
    lastExport: () => metricExporter.getMetrics().at(-1),
    async shutdown() {
      await tracerProvider.shutdown();
      await meterProvider.shutdown();
    },
  };
}

function flatten(resourceMetrics: ResourceMetrics | undefined): MetricPoint[] {
  const points: MetricPoint[] = [];
  for (const scope of resourceMetrics?.scopeMetrics ?? []) {
    for (const metric of scope.metrics) {
      const { name, unit } = metric.descriptor;
      for (const point of metric.dataPoints) {
        if (metric.dataPointType === DataPointType.HISTOGRAM) {
          const histogram = point.value as Histogram;
          points.push({ name, unit, attributes: point.attributes, value: histogram.count, histogram });
        } else {
          points.push({ name, unit, attributes: point.attributes, value: point.value as number });
        }
      }
    }
  }
  return points;
}

/** The points of metric `name` whose attributes include `match`. */
export function pointsOf(
  points: readonly MetricPoint[],
  name: string,
  match: Attributes = {},
): MetricPoint[] {
  return points.filter(
    (p) => p.name === name && Object.entries(match).every(([k, v]) => p.attributes[k] === v),
  );
}

/** The sum of the values of metric `name` over the points whose attributes include `match`. */
export function total(points: readonly MetricPoint[], name: string, match: Attributes = {}): number {
  return pointsOf(points, name, match).reduce((sum, p) => sum + p.value, 0);
}

/** What an exporter sends of a span: name, kind, attributes, events, status, links, scope, resource. */
export function exported(span: ReadableSpan): unknown {
  return {
    name: span.name,
    kind: span.kind,
    attributes: span.attributes,
    events: span.events.map((e) => ({ name: e.name, attributes: e.attributes })),
    status: span.status,
    links: span.links,
    scope: span.instrumentationScope,
    resource: span.resource.attributes,
  };
}

/** Every string (keys included) reachable from `root`, plain objects and arrays only. */
export function strings(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'number' || typeof value === 'boolean') out.push(String(value));
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        out.push(k);
        stack.push(v);
      }
    }
  }
  return out;
}
