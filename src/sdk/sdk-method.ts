/**
 * The SDK method called `name`, or `undefined` when there is none or the name is refused: names
 * starting with `_` (private by convention) and names of `Object.prototype` members
 * (`constructor`, `toString`, `__proto__`...) never reach the SDK object.
 *
 * @internal Shared by `fromElectron` and `fromWeb`.
 */
export function sdkMethod(sdk: object, name: unknown): ((...args: unknown[]) => unknown) | undefined {
  if (typeof name !== 'string' || name === '' || name.startsWith('_') || name in Object.prototype)
    return undefined;
  const value: unknown = (sdk as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
}

/**
 * Calls the SDK method called `name` with `this` bound to the SDK object.
 * Throws a `TypeError` when {@link sdkMethod} finds none; lets whatever the SDK throws through.
 *
 * @internal
 */
export function callSdkMethod(sdk: object, name: string, args: readonly unknown[]): unknown {
  const method = sdkMethod(sdk, name);
  if (method === undefined) throw new TypeError(`The GME SDK object has no callable method \`${name}\`.`);
  return Reflect.apply(method, sdk, args);
}
