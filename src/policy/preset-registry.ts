import type { Policy } from './define-policy.js';

const presets = new Map<string, Policy>();

/**
 * Registers a named preset for `"extends": "<name>"` in JSON policies. The shipped presets
 * (`policies/`) register themselves when their module loads, which keeps `parsePolicy` free of
 * an import of the presets (and of the cycle that would make).
 */
export function registerPolicyPreset(name: string, policy: Policy): void {
  presets.set(name, policy);
}

/** The preset registered under `name`, if any. */
export function policyPreset(name: string): Policy | undefined {
  return presets.get(name);
}

/** The registered preset names, sorted. */
export function policyPresetNames(): string[] {
  return [...presets.keys()].sort();
}
