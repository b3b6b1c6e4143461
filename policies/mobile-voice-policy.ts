import { retry } from '../src/policy/actions.js';
import { definePolicy, type Policy } from '../src/policy/define-policy.js';
import { registerPolicyPreset } from '../src/policy/preset-registry.js';
import { defaultPolicy } from './default-policy.js';

const patient = (reason: string) =>
  retry({ maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, jitter: 'full', reason });
const HANDOVER = 'Phones drop the network for seconds (Wi-Fi to cellular): retry longer, with wider gaps.';
const TRANSFER = 'Voice-message transfer on a phone network: retry longer, with wider gaps.';

/**
 * The default policy tuned for phones, whose network drops for a few seconds at a time
 * (Wi-Fi/cellular hand-over, tunnels, app switches): the transient network and server codes get
 * 4 invocations with a 500 ms base and an 8 s cap instead of 3 with 200 ms and 5 s; the budget
 * holds 20 tokens and starts with 5; the breaker opens after 8 transient failures for 5 s. Every
 * other rule is the default policy's.
 *
 * @example
 * import { createGmeClient } from 'gme-result';
 * import { mobileVoicePolicy } from 'gme-result/policies';
 * const gme = createGmeClient({ sdk, policy: mobileVoicePolicy });
 */
export const mobileVoicePolicy: Policy = definePolicy({
  extends: defaultPolicy,
  codes: {
    7004: patient(HANDOVER),
    1005: patient(HANDOVER),
    10001: patient(HANDOVER),
    10004: patient(HANDOVER),
    10005: patient(HANDOVER),
    8195: patient(TRANSFER),
    8196: patient(TRANSFER),
    8197: patient(TRANSFER),
    8198: patient(TRANSFER),
    12291: patient(TRANSFER),
    12293: patient(TRANSFER),
    12294: patient(TRANSFER),
    12295: patient(TRANSFER),
    32770: patient(TRANSFER),
    32772: patient(TRANSFER),
  },
  budget: { capacity: 20, initialTokens: 5 },
  breaker: { failureThreshold: 8, cooldownMs: 5000 },
});

registerPolicyPreset('mobile-voice', mobileVoicePolicy);
