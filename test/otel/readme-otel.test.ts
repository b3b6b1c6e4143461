/** The README's OpenTelemetry section names every attribute, span event, metric and option, and nothing else. */
import { readFileSync } from 'node:fs';
import { GME_ATTRIBUTES, GME_METRICS, GME_SPAN_EVENTS } from 'gme-result/otel';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_CALLS } from '../../src/otel/call-spans.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(
  readme.indexOf('## OpenTelemetry\n'),
  readme.indexOf('\n## ', readme.indexOf('## OpenTelemetry\n') + 1),
);

/** Backticked names in the section that look like OpenTelemetry names of ours (`error.cause` is the JS field). */
const named = new Set(
  [...section.matchAll(/`((?:gme|error)\.[a-z_.]+)`/g)]
    .map((m) => m[1] as string)
    .filter((n) => n !== 'error.cause'),
);

describe('README: OpenTelemetry', () => {
  it('is there', () => {
    expect(section.length).toBeGreaterThan(1000);
    expect(section.startsWith('## OpenTelemetry\n')).toBe(true);
  });

  it('documents every attribute, span event and metric', () => {
    const known = [
      ...Object.values(GME_ATTRIBUTES),
      ...Object.values(GME_SPAN_EVENTS),
      ...Object.values(GME_METRICS),
    ];
    expect(known.filter((name) => !named.has(name))).toEqual([]);
  });

  it('names no attribute, event or metric that does not exist', () => {
    const known = new Set<string>([
      ...Object.values(GME_ATTRIBUTES),
      ...Object.values(GME_SPAN_EVENTS),
      ...Object.values(GME_METRICS),
    ]);
    expect([...named].filter((name) => !known.has(name))).toEqual([]);
  });

  it('documents every option, and states the bound on open calls as the code has it', () => {
    for (const option of [
      'tracerProvider',
      'tracer',
      'meterProvider',
      'meter',
      'recordRoomId',
      'instrumentationName',
      'instrumentationVersion',
    ]) {
      expect(section).toContain(`\`${option}\``);
    }
    expect(section).toContain(`${MAX_OPEN_CALLS.toLocaleString('en-US').replace(',', ' ')} open calls`);
  });
});
