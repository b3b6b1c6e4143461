import { createGmeError } from '../../src/errors/gme-error.js';
import { CallSpans } from '../../src/otel/call-spans.js';
import { FakeClient } from './fake-client.js';
import { SpyTracer } from './spy-tracer.js';

/** Payloads and a CallSpans over a spy tracer, for the CallSpans unit tests. */

/** An SDK error of `code` after `attempts`. */
export const error = (code: number, attempts: number, operation = 'speechToText') =>
  createGmeError({ code, operation, source: 'sdk', attempts });
/** The `retry` payload of call `callId` after its attempt `attempt` failed with `code`. */
export const retry = (callId: number, operation: string, attempt: number, code = 32770) => ({
  operation,
  callId,
  code,
  attempt,
  delayMs: 100,
  error: error(code, attempt, operation),
});
/** The `success` payload of call `callId` after `attempts`, code 0. */
export const ok = (callId: number, operation: string, attempts: number) => ({
  operation,
  callId,
  attempts,
  code: 0,
  durationMs: 1,
});

/** A CallSpans over a spy tracer (all spans recording or none) and a fake client. */
export function setup(recordRoomId = false, recording = true) {
  const tracer = new SpyTracer(recording);
  const gme = new FakeClient();
  return { tracer, gme, spans: new CallSpans(tracer, gme, recordRoomId) };
}

/** The first `setAttributes` of a span. */
export const outcome = (span: { argsOf(m: string): unknown[][] } | undefined) =>
  span?.argsOf('setAttributes')[0]?.[0];
