import { OPERATION_SPECS } from '../client/operation-specs.js';

/** The circuit-breaker family of every client operation, plus `call` (raw `gme.call(...)` methods). */
export const OPERATION_FAMILIES: readonly string[] = [
  ...new Set([...Object.values(OPERATION_SPECS).map((spec) => spec.family), 'call']),
];

/** The breaker family of an operation; a name that is no client operation is a raw SDK method: `call`. */
export function operationFamily(operation: string): string {
  return Object.hasOwn(OPERATION_SPECS, operation)
    ? OPERATION_SPECS[operation as keyof typeof OPERATION_SPECS].family
    : 'call';
}
