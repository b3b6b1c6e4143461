/**
 * Telemetry from events: count outcomes, retries and recoveries per operation and code, and
 * measure call durations, without touching the call sites. Events observe; they never change a
 * call, and a listener that throws is reported as `listenerError` instead of breaking the call.
 */
import { createGmeClient, fromElectron, type GmeClient } from 'gme-result';
import { createSimulatedGme } from 'gme-result/testing';

/** A tiny metrics sink; a real game would batch these to its analytics backend. */
export class Telemetry {
  readonly counters = new Map<string, number>();
  readonly durationsMs = new Map<string, number[]>();

  count(name: string): void {
    this.counters.set(name, (this.counters.get(name) ?? 0) + 1);
  }

  time(name: string, ms: number): void {
    const list = this.durationsMs.get(name) ?? [];
    list.push(ms);
    this.durationsMs.set(name, list);
  }

  /** Subscribes to a client's events; returns a function that unsubscribes. */
  observe(gme: GmeClient): () => void {
    const onSuccess = (e: { operation: string; durationMs: number; code: number }) => {
      this.count(`gme.ok.${e.operation}${e.code === 0 ? '' : `.${e.code}`}`);
      this.time(`gme.duration.${e.operation}`, e.durationMs);
    };
    const onError = (e: { operation: string; error: { code: number } }) =>
      this.count(`gme.err.${e.operation}.${e.error.code}`);
    const onRetry = (e: { operation: string; code: number }) =>
      this.count(`gme.retry.${e.operation}.${e.code}`);
    const onRecovery = (e: { action: string; ok: boolean }) =>
      this.count(`gme.recovery.${e.action}.${e.ok ? 'ok' : 'failed'}`);
    const onBudget = (e: { operation: string }) => this.count(`gme.budget_exhausted.${e.operation}`);
    const onCircuit = (e: { family: string }) => this.count(`gme.circuit_open.${e.family}`);
    const onListenerError = (e: { event: string }) => this.count(`gme.listener_error.${e.event}`);
    gme
      .on('success', onSuccess)
      .on('error', onError)
      .on('retry', onRetry)
      .on('recovery', onRecovery)
      .on('budgetExhausted', onBudget)
      .on('circuitOpen', onCircuit)
      .on('listenerError', onListenerError);
    return () => {
      gme
        .off('success', onSuccess)
        .off('error', onError)
        .off('retry', onRetry)
        .off('recovery', onRecovery)
        .off('budgetExhausted', onBudget)
        .off('circuitOpen', onCircuit)
        .off('listenerError', onListenerError);
    };
  }
}

export async function main(): Promise<void> {
  const sim = createSimulatedGme({ latencyMs: 10 });
  const gme = createGmeClient({ sdk: fromElectron(sim) });
  const telemetry = new Telemetry();
  const stop = telemetry.observe(gme);
  // A buggy listener: it throws, the call it observes still succeeds.
  gme.once('success', () => {
    throw new Error('bug in an analytics listener');
  });
  try {
    await gme.init({ appId: '1400000001', openId: '10001' });
    await gme.applyPttAuthbuffer({ authBuffer: 'ptt-buffer' });

    // Speech-to-text has a short outage (32770, a network failure) starting now.
    sim.control.outage({ from: Date.now(), to: Date.now() + 150, methods: ['PttSpeechToText'], code: 32770 });
    const ids = ['a', 'b', 'c', 'd', 'e'].map((id) => `https://voice.example/${id}.silk`);
    const results = await Promise.all(ids.map((fileId) => gme.speechToText({ fileId, language: 'en-US' })));

    const ok = results.filter((r) => r.isOk()).length;
    console.log(`${ok} of ${results.length} transcripts arrived; telemetry counters:`);
    for (const [name, n] of [...telemetry.counters].sort()) console.log(`  ${name} = ${n}`);
    const stt = telemetry.durationsMs.get('gme.duration.speechToText') ?? [];
    console.log(`  gme.duration.speechToText: ${stt.length} samples, max ${Math.max(0, ...stt)} ms`);

    const total = (prefix: string) =>
      [...telemetry.counters].filter(([k]) => k.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0);
    if (
      total('gme.ok.speechToText') !== ok ||
      total('gme.err.speechToText') !== results.length - ok ||
      total('gme.retry.speechToText.32770') === 0 ||
      telemetry.counters.get('gme.listener_error.success') !== 1
    ) {
      throw new Error('telemetry-events did not count as described');
    }
  } finally {
    stop();
    gme.dispose();
  }
}
