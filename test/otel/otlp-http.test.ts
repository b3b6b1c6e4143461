/**
 * End to end: spans of simulated calls leave through the real OTLP/HTTP exporter (its default
 * http/json protocol) and arrive at a tiny OTLP receiver on 127.0.0.1, started here on a free port.
 * No fake timers: the simulator answers at once and the test drives `Poll()` itself.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { BasicTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { createGmeClient, definePolicy, fromElectron, retry } from 'gme-result';
import { GME_ATTRIBUTES as A, GME_SPAN_EVENTS as E, instrument } from 'gme-result/otel';
import { defaultPolicy } from 'gme-result/policies';
import { createSimulatedGme } from 'gme-result/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Received {
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** An OTLP/HTTP receiver: keeps every request and answers 200 with an empty JSON response. */
function receiver(): Promise<{ server: Server; port: number; requests: Received[] }> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      requests.push({ method: req.method, url: req.url, headers: req.headers, body: body.toString('utf8') });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, requests }),
    );
  });
}

/** OTLP JSON: an attribute's value, whichever field holds it. */
type AnyValue = {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  doubleValue?: number;
};
interface OtlpSpan {
  name: string;
  kind: number;
  attributes: { key: string; value: AnyValue }[];
  events?: { name: string; attributes: { key: string; value: AnyValue }[] }[];
  status: { code?: number; message?: string };
}
interface OtlpRequest {
  resourceSpans: { scopeSpans: { scope: { name: string; version?: string }; spans: OtlpSpan[] }[] }[];
}

const plain = (v: AnyValue) =>
  v.stringValue ?? (v.intValue === undefined ? (v.boolValue ?? v.doubleValue) : Number(v.intValue));
const attributes = (list: { key: string; value: AnyValue }[] = []) =>
  Object.fromEntries(list.map((a) => [a.key, plain(a.value)]));

let rx: Awaited<ReturnType<typeof receiver>>;
beforeAll(async () => {
  rx = await receiver();
});
afterAll(async () => {
  rx.server.closeAllConnections();
  await new Promise((resolve) => rx.server.close(resolve));
});

describe('instrument over OTLP/HTTP', () => {
  it('exports the spans of a session to an OTLP receiver, as JSON, with no auth buffer', async () => {
    const exporter = new OTLPTraceExporter({ url: `http://127.0.0.1:${rx.port}/v1/traces` });
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const sim = createSimulatedGme({ latencyMs: 0, seed: 2 });
    const gme = createGmeClient({
      sdk: fromElectron(sim),
      poll: false,
      policy: definePolicy({
        extends: defaultPolicy,
        codes: { 7004: retry({ maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 10, jitter: 'none' }) },
      }),
    });
    const handle = instrument(gme, { tracerProvider: provider });
    /** Polls the simulator on every turn of the event loop until `call` settles. */
    const drive = async <T>(call: PromiseLike<T>): Promise<T> => {
      let done = false;
      const settled = Promise.resolve(call).finally(() => {
        done = true;
      });
      while (!done) {
        await new Promise((resolve) => setImmediate(resolve));
        sim.Poll();
      }
      return settled;
    };
    try {
      expect((await drive(gme.init({ appId: '1400000001', openId: '10001' }))).isOk()).toBe(true);
      sim.control.script('EnterRoom', [{ event: 7004 }]);
      const entered = await drive(
        gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'SECRET-otlp-1' }),
      );
      expect(entered.isOk() && entered.value.attempts).toBe(2);
      expect((await drive(gme.exitRoom())).isOk()).toBe(true);
      sim.control.script('EnterRoom', [{ event: 7005 }]);
      expect(
        (await drive(gme.enterRoom({ roomId: 'x', roomType: 1, authBuffer: 'SECRET-otlp-2' }))).isErr(),
      ).toBe(true);
      await provider.forceFlush();
    } finally {
      handle.stop();
      gme.dispose();
      await provider.shutdown();
    }

    expect(rx.requests.length).toBeGreaterThan(0);
    for (const r of rx.requests) {
      expect([r.method, r.url, r.headers['content-type']]).toEqual([
        'POST',
        '/v1/traces',
        'application/json',
      ]);
      expect(r.body).not.toContain('SECRET-');
    }
    const scopes = rx.requests
      .flatMap((r) => (JSON.parse(r.body) as OtlpRequest).resourceSpans)
      .flatMap((rs) => rs.scopeSpans);
    expect(new Set(scopes.map((s) => s.scope.name))).toEqual(new Set(['gme-result']));
    const spans = scopes.flatMap((s) => s.spans);
    expect(spans.map((s) => s.name)).toEqual(['gme init', 'gme enterRoom', 'gme exitRoom', 'gme enterRoom']);
    expect(spans.every((s) => s.kind === 3)).toBe(true); // SPAN_KIND_CLIENT

    const [, entered, , refused] = spans;
    expect(attributes(entered?.attributes)).toEqual({
      [A.operation]: 'enterRoom',
      [A.code]: 0,
      [A.codeName]: 'AV_OK',
      [A.attempts]: 2,
    });
    expect(entered?.events?.map((e) => [e.name, attributes(e.attributes)[A.code]])).toEqual([
      [E.retry, 7004],
    ]);
    expect(refused?.status).toEqual({ code: 2, message: 'AV_ERR_CHARGE_OVERDUE (7005)' }); // STATUS_CODE_ERROR
    expect(attributes(refused?.attributes)[A.code]).toBe(7005);
  });
});
