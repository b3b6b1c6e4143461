import { createGmeClient, fromElectron, type GmeClient } from 'gme-result';
import { instrument } from 'gme-result/otel';
import { defaultPolicy } from 'gme-result/policies';
import { INSTRUMENTED_EVENTS } from '../src/otel/instrument.js';
import { type MeasureOptions, measureCalls, type PerCall } from './measure-calls.js';
import { fileIdOf, LANGUAGE, readySimulator } from './sim-floor.js';

/**
 * The cost of `instrument(gme)` when nothing is registered with `@opentelemetry/api` (the global
 * providers are no-ops): one successful speech-to-text call, answered at once, through three
 * clients: (a) no listener, (b) a do-nothing listener on each event `instrument` listens to,
 * (c) `instrument(gme)`. (b) − (a) is what the listeners themselves cost (the client builds the
 * payloads once somebody listens); (c) − (b) is what the instrumentation adds on top.
 */
export async function otelOverhead(o: MeasureOptions): Promise<PerCall[]> {
  const clients: GmeClient[] = [];
  const contestant = (seed: number, setup: (gme: GmeClient) => void) => {
    const sim = readySimulator(seed);
    const gme = createGmeClient({ sdk: fromElectron(sim), poll: false, policy: defaultPolicy });
    setup(gme);
    clients.push(gme);
    return (n: number) => {
      const call = gme.speechToText({ fileId: fileIdOf(n), language: LANGUAGE });
      sim.Poll();
      return call.then((r) => {
        if (r.isErr()) throw r.error;
        return r.value;
      });
    };
  };
  const nothing = (): void => {};
  const handles: { stop(): void }[] = [];
  const rows = await measureCalls(
    [
      ['gme-result, no listener', contestant(11, () => {})],
      [
        'gme-result, a no-op listener per instrumented event',
        contestant(12, (gme) => {
          for (const event of INSTRUMENTED_EVENTS) gme.on(event, nothing);
        }),
      ],
      [
        'gme-result + instrument(gme), no-op providers',
        contestant(13, (gme) => handles.push(instrument(gme))),
      ],
    ],
    o,
  );
  for (const h of handles) h.stop();
  for (const gme of clients) gme.dispose();
  return rows;
}
