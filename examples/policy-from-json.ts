/**
 * A policy from JSON (remote config, a file): `parsePolicy` validates it and returns a Result.
 * A rejected document lists every problem with its JSON path, and the policy in force stays.
 */
import { createGmeClient, fromElectron, parsePolicy, resolveAction } from 'gme-result';
import { defaultPolicy } from 'gme-result/policies'; // also registers the presets "default", "strict", ...
import { createSimulatedGme } from 'gme-result/testing';

/** What the remote config service sent this morning. */
const GOOD = `{
  "extends": "default",
  "codes": {
    "7004": { "action": "retry", "maxAttempts": 4, "baseDelayMs": 100, "maxDelayMs": 2000, "reason": "rollout 42" },
    "7007": { "action": "recover", "recovery": "exitThenEnter" }
  }
}`;

/** ...and what it sent after someone edited it by hand. */
const BAD = `{
  "extends": "default",
  "codes": {
    "7004": { "action": "retry", "maxAttempts": 0 },
    "7404": { "action": "fail" },
    "1003": { "action": "succed" }
  },
  "budget": { "capacity": -1 },
  "__proto__": { "polluted": true }
}`;

export async function main(): Promise<void> {
  const gme = createGmeClient({
    sdk: fromElectron(createSimulatedGme({ latencyMs: 10 })),
    policy: defaultPolicy,
  });
  try {
    const applyRemoteConfig = (json: string): void => {
      parsePolicy(json).match(
        (policy) => {
          gme.setPolicy(policy);
          console.log('remote policy applied');
        },
        (error) => {
          // Keep the policy in force; report every problem to the config owners.
          console.log(`remote policy rejected (${error.issues.length} problems), keeping the current one:`);
          for (const issue of error.issues) console.log(`  - ${issue.path}: ${issue.message}`);
        },
      );
    };

    applyRemoteConfig(GOOD);
    const afterGood = gme.policy;
    console.log(`7004 now: ${JSON.stringify(resolveAction(gme.policy, 'enterRoom', 7004).action)}`);

    applyRemoteConfig(BAD);
    const rejected = parsePolicy(BAD);
    if (
      afterGood === defaultPolicy ||
      gme.policy !== afterGood ||
      rejected.isOk() ||
      rejected.error.issues.length < 4
    ) {
      throw new Error('policy-from-json did not behave as described');
    }
  } finally {
    gme.dispose();
  }
}
