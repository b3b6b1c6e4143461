import { describe, expect, it } from 'vitest';
import { describeCode } from '../codes/describe-code.js';
import { fromElectron } from '../sdk/from-electron.js';
import { createSimulatedGme } from '../testing/create-simulated-gme.js';
import { createGmeClient } from './create-gme-client.js';

function client(locale: 'en' | 'ko' = 'en') {
  const sim = createSimulatedGme({ latencyMs: 10 });
  const gme = createGmeClient({ sdk: fromElectron(sim), poll: false, locale });
  return { gme, control: sim.control };
}

/** The whole message of a client 1004 for `operation` with the validator's `detail`. */
function invalidArgument(operation: string, detail: string): string {
  const d = describeCode(1004);
  return `${operation} failed with 1004 AV_ERR_INVALID_ARGUMENT: ${d.summary} ${detail} ${d.action}`;
}

describe('argument validation through the client', () => {
  it('fails init with a client 1004 naming `openId` and its value, without calling the SDK', async () => {
    const { gme, control } = client();
    const r = await gme.init({ appId: '1400000001', openId: 10001 as unknown as string });
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1004, source: 'client', operation: 'init', attempts: 0 });
    expect(e.message).toBe(
      invalidArgument(
        'init',
        'Expected `openId` to be a string of 1 to 19 digits (GME open ids are Int64 numbers), got 10001.',
      ),
    );
    expect(control.stats.calls).toEqual({ SetTMGDelegate: 1 });
    gme.dispose();
  });

  it('names a secret field by its type only', async () => {
    const { gme } = client();
    const r = await gme.applyPttAuthbuffer({ authBuffer: { token: 'abc' } as unknown as string });
    const e = r._unsafeUnwrapErr();
    expect(e.code).toBe(1004);
    expect(e.message).toBe(
      invalidArgument(
        'applyPttAuthbuffer',
        'Expected `authBuffer` to be a non-empty string, got a value of type object.',
      ),
    );
    expect(e.message).not.toContain('abc');
    gme.dispose();
  });

  it('reports a voice type out of range with its bounds, before playing anything', async () => {
    const { gme, control } = client();
    const r = await gme.playRecordedFile({ filePath: '/tmp/a.silk', voiceType: 65 });
    const e = r._unsafeUnwrapErr();
    expect(e).toMatchObject({ code: 1004, operation: 'playRecordedFile' });
    expect(e.message).toBe(
      invalidArgument('playRecordedFile', 'Expected `voiceType` to be an integer from 0 to 64, got 65.'),
    );
    expect(control.stats.calls).toEqual({ SetTMGDelegate: 1 });
    gme.dispose();
  });

  it('renders the detail in the client locale: Korean for a Korean client', async () => {
    const { gme, control } = client('ko');
    const r = await gme.enterRoom({ roomId: '', roomType: 1, authBuffer: 'signed' });
    const e = r._unsafeUnwrapErr();
    const d = describeCode(1004, { locale: 'ko' });
    expect(e.message).toBe(
      `enterRoom 실패 (1004 AV_ERR_INVALID_ARGUMENT): ${d.summary} \`roomId\` 값은 1~127자의 문자열이어야 합니다. 받은 값: "" (0자). ${d.action}`,
    );
    expect(control.stats.calls).toEqual({ SetTMGDelegate: 1 });
    gme.dispose();
  });

  it('renders a bad call option in the client locale too', async () => {
    const { gme } = client('ko');
    const r = await gme.exitRoom({}, { timeoutMs: 0 });
    expect(r._unsafeUnwrapErr().message).toContain(
      '`timeoutMs` 값은 1~3600000 사이의 정수여야 합니다. 받은 값: 0.',
    );
    gme.dispose();
  });
});
