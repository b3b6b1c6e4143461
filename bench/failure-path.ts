import {
  ConstantBackoff,
  retry as cockatielRetry,
  handleAll,
  TimeoutStrategy,
  timeout,
  wrap,
} from 'cockatiel';
import { createGmeClient, definePolicy, fromElectron, retry } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies';
import type { SimulatedGmeContext } from 'gme-result/testing';
import pRetry from 'p-retry';
import { type MeasureOptions, measureCalls, type PerCall } from './measure-calls.js';
import {
  autoPolling,
  BareGmeError,
  bareSpeechToText,
  fileIdOf,
  LANGUAGE,
  readySimulator,
} from './sim-floor.js';

/** The next two speech-to-text requests complete with 7004, the third with 0. */
function failTwice(sim: SimulatedGmeContext): void {
  sim.control.script('PttSpeechToText', [{ event: 7004 }, { event: 7004 }]);
}

/**
 * The failure path: a call that fails twice with 7004, then succeeds, all waits zero. Every
 * contestant runs on a simulator that polls one microtask after each SDK call.
 */
export async function failurePath(o: MeasureOptions): Promise<PerCall[]> {
  const bareSim = readySimulator(11);
  const bare = bareSpeechToText(autoPolling(bareSim), false);
  const bareLoop = async (n: number): Promise<string> => {
    failTwice(bareSim);
    for (let attempt = 1; ; attempt++) {
      try {
        return await bare.call(fileIdOf(n));
      } catch (error) {
        if (attempt >= 3 || !(error instanceof BareGmeError)) throw error;
      }
    }
  };

  const clientSim = readySimulator(12);
  const policy = definePolicy({
    extends: defaultPolicy,
    codes: { 7004: retry({ maxAttempts: 3, baseDelayMs: 0, jitter: 'none' }) },
    budget: { capacity: 1_000_000, initialTokens: 1_000_000 },
  });
  const gme = createGmeClient({ sdk: fromElectron(autoPolling(clientSim)), poll: false, policy });
  const viaClient = async (n: number) => {
    failTwice(clientSim);
    const r = await gme.speechToText({ fileId: fileIdOf(n), language: LANGUAGE });
    if (r.isErr() || r.value.attempts !== 3) throw new Error(`Expected 3 attempts, got ${JSON.stringify(r)}`);
    return r.value;
  };

  const cockatielSim = readySimulator(13);
  const cockatielBare = bareSpeechToText(autoPolling(cockatielSim), false);
  // cockatiel counts retries, not attempts: 2 retries = 3 attempts.
  const cockatielPolicy = wrap(
    cockatielRetry(handleAll, { maxAttempts: 2, backoff: new ConstantBackoff(0) }),
    timeout(30_000, TimeoutStrategy.Aggressive),
  );

  const pRetrySim = readySimulator(14);
  const pRetryBare = bareSpeechToText(autoPolling(pRetrySim), false);

  const rows = await measureCalls(
    [
      ['bare loop, 3 attempts (floor)', bareLoop],
      ['gme-result, retry 3 × 0 ms', viaClient],
      [
        'cockatiel retry(2)+timeout',
        (n) => {
          failTwice(cockatielSim);
          return cockatielPolicy.execute(() => cockatielBare.call(fileIdOf(n)));
        },
      ],
      [
        'p-retry retries 2, 0 ms',
        (n) => {
          failTwice(pRetrySim);
          return pRetry(() => pRetryBare.call(fileIdOf(n)), { retries: 2, minTimeout: 0 });
        },
      ],
    ],
    o,
  );
  gme.dispose();
  return rows;
}
