/**
 * The shipped policy presets (`gme-result/policies`), each also available as JSON
 * (`default.json`, `strict.json`, `mobile-voice.json`, described by `policy.schema.json`).
 *
 * @module gme-result/policies
 */
export { defaultPolicy } from './default-policy.js';
export { type DescribeOptions, describeAction, describePolicy, type PolicyRow } from './describe-policy.js';
export { localizeReason } from './localize-reason.js';
export { mobileVoicePolicy } from './mobile-voice-policy.js';
export { strictPolicy } from './strict-policy.js';
