import type { GmeLocale } from '../codes/catalog.js';
import type { GmeMethodArg, GmeMethodSpec } from '../gme-methods.js';
import { describeValue, fieldProblem, type ValidationProblem } from './validate-args.js';

/** The volume range native GME SDKs take (`SetMicVolume`, `SetSpeakerVolume`). */
const NATIVE_MAX_VOLUME = 200;
/** The H5 SDK documents 0 to 100 for `SetMicVolume`. */
const WEB_MAX_VOLUME = 100;

const shown =
  (value: unknown) =>
  (locale: GmeLocale): string =>
    describeValue(value, locale);

/**
 * Checks the arguments of a known method (see `GME_METHODS`) before the SDK sees them: how many
 * there are, then each one by its kind — a boolean exactly `true` or `false` (GME's native layer
 * would read `1` or `'on'` its own way), a volume an integer from 0 to 200, or to 100 on the
 * `'web'` surface, as the H5 SDK documents. Returns the first problem, naming the argument and
 * its value, or undefined.
 */
export function validateMethodArgs(
  method: string,
  spec: GmeMethodSpec,
  args: readonly unknown[],
  surface: string,
): ValidationProblem | undefined {
  const wanted = spec.args;
  if (args.length !== wanted.length) {
    const names = wanted.map((a) => a.name).join(', ');
    const expected =
      wanted.length === 0
        ? { en: `an empty array for ${method}`, ko: `빈 배열이어야 합니다(${method}는 인수를 받지 않음)` }
        : {
            en: `an array of ${wanted.length} argument${wanted.length === 1 ? '' : 's'} (${names}) for ${method}`,
            ko: `인수 ${wanted.length}개(${names})를 담은 배열이어야 합니다(${method})`,
          };
    return fieldProblem('args', expected, (locale) =>
      locale === 'ko' ? `인수 ${args.length}개` : `${args.length} argument${args.length === 1 ? '' : 's'}`,
    );
  }
  for (const [i, arg] of wanted.entries()) {
    const problem = checkArg(arg, args[i], surface);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function checkArg(arg: GmeMethodArg, value: unknown, surface: string): ValidationProblem | undefined {
  if (arg.kind === 'boolean') {
    if (typeof value === 'boolean') return undefined;
    return fieldProblem(arg.name, { en: 'true or false', ko: 'true 또는 false여야 합니다' }, shown(value));
  }
  const max = surface === 'web' ? WEB_MAX_VOLUME : NATIVE_MAX_VOLUME;
  if (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max) return undefined;
  const expected =
    surface === 'web'
      ? {
          en: `an integer from 0 to ${max} (the H5 SDK's range)`,
          ko: `0~${max} 사이의 정수여야 합니다(H5 SDK의 범위)`,
        }
      : { en: `an integer from 0 to ${max}`, ko: `0~${max} 사이의 정수여야 합니다` };
  return fieldProblem(arg.name, expected, shown(value));
}
