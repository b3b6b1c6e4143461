import { ExponentialBackoff, handleAll, retry, TimeoutStrategy, timeout, wrap } from 'cockatiel';
import { createGmeClient, fromElectron } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import pRetry from 'p-retry';
import { type MeasureOptions, measureCalls, type PerCall } from './measure-calls.js';
import { bareSpeechToText, fileIdOf, LANGUAGE, readySimulator } from './sim-floor.js';

/** The success path: one speech-to-text call, answered at once, through four stacks. */
export async function successPath(o: MeasureOptions): Promise<PerCall[]> {
  const bareSim = readySimulator(1);
  const bare = bareSpeechToText(bareSim, true);

  const clientSim = readySimulator(2);
  const gme = createGmeClient({ sdk: fromElectron(clientSim), poll: false, policy: defaultPolicy });
  const viaClient = (n: number) => {
    const call = gme.speechToText({ fileId: fileIdOf(n), language: LANGUAGE });
    clientSim.Poll();
    return call.then((r) => {
      if (r.isErr()) throw r.error;
      return r.value;
    });
  };

  const cockatielPolicy = wrap(
    retry(handleAll, { maxAttempts: 3, backoff: new ExponentialBackoff() }),
    timeout(30_000, TimeoutStrategy.Aggressive),
  );
  const cockatielSim = readySimulator(3);
  const cockatielBare = bareSpeechToText(cockatielSim, true);

  const pRetrySim = readySimulator(4);
  const pRetryBare = bareSpeechToText(pRetrySim, true);

  const rows = await measureCalls(
    [
      ['bare promise (floor)', (n) => bare.call(fileIdOf(n))],
      ['gme-result, defaultPolicy', viaClient],
      ['cockatiel retry+timeout', (n) => cockatielPolicy.execute(() => cockatielBare.call(fileIdOf(n)))],
      ['p-retry', (n) => pRetry(() => pRetryBare.call(fileIdOf(n)), { retries: 2 })],
    ],
    o,
  );
  gme.dispose();
  return rows;
}
