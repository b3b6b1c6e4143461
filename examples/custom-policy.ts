/**
 * A per-code policy with `definePolicy`: start from the default policy and change what a few
 * codes mean for this game.
 */
import {
  createGmeClient,
  definePolicy,
  fail,
  fromElectron,
  recover,
  resolveAction,
  retry,
  succeed,
} from 'gme-result';
import { defaultPolicy, describeAction } from 'gme-result/policies';
import { createSimulatedGme } from 'gme-result/testing';

/** This game's policy: a patient 7004, a player who may hop between rooms, a strict 1003. */
export const gamePolicy = definePolicy({
  extends: defaultPolicy,
  codes: {
    // Mobile networks drop for a moment: try up to 5 times, waiting 50 ms, 100 ms, ... up to 400 ms.
    7004: retry({ maxAttempts: 5, baseDelayMs: 50, maxDelayMs: 400, reason: 'flaky mobile networks' }),
    // Already in another room: leave it, then enter the new one (opt-in; the default fails fast).
    7007: recover('exitThenEnter', { reason: 'the lobby button always wins' }),
    1003: succeed(),
  },
  operations: {
    // Speech-to-text is optional in this game: never retry it, the player can read the waveform.
    speechToText: { 32770: fail({ reason: 'transcripts are a nice-to-have' }) },
  },
  // The breaker also stops a call's retries once its family opens (3 failures in a row by
  // default): keep its threshold above the largest maxAttempts so 5 attempts can really happen.
  breaker: { failureThreshold: 6 },
});

export async function main(): Promise<void> {
  for (const [operation, code] of [
    ['enterRoom', 7004],
    ['enterRoom', 7007],
    ['speechToText', 32770],
    ['uploadRecordedFile', 32770],
  ] as const) {
    const { action, rule } = resolveAction(gamePolicy, operation, code);
    console.log(`${operation} ${code}: ${describeAction(action)} (by the ${rule} rule)`);
  }

  const sim = createSimulatedGme({ latencyMs: 10 });
  const gme = createGmeClient({ sdk: fromElectron(sim), policy: gamePolicy });
  const retries: number[] = [];
  gme.on('retry', (e) => retries.push(e.code));
  try {
    await gme.init({ appId: '1400000001', openId: '10001' });

    // Three network failures in a row: the default policy (3 attempts) would give up; this one
    // enters on the 4th. (Retries also spend the client's retry budget: 3 tokens at start.)
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }, { event: 7004 }]);
    const lobby = await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer: 'buffer' });
    console.log(`lobby: ${lobby.isOk() ? `Ok after ${lobby.value.attempts} attempts` : lobby.error.name}`);

    // Entering another room while in the lobby gives 7007; the policy exits and enters again.
    const arena = await gme.enterRoom({ roomId: 'arena', roomType: 1, authBuffer: 'buffer' });
    console.log(`arena: ${arena.isOk() ? `Ok, recovered by ${arena.value.recovered}` : arena.error.name}`);

    if (
      lobby.isErr() ||
      lobby.value.attempts !== 4 ||
      arena.isErr() ||
      arena.value.recovered !== 'exitThenEnter' ||
      retries.length !== 3
    ) {
      throw new Error('custom-policy did not behave as described');
    }
  } finally {
    gme.dispose();
  }
}
