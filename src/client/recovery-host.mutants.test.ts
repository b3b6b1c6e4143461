import { afterEach, describe, expect, it } from 'vitest';
import { FakeSdk } from '../../test/support/fake-sdk.js';
import { ClientContext } from './client-context.js';
import { resolveOptions } from './client-options.js';
import { executeOperation } from './execute-operation.js';
import { recoveryHost } from './recovery-host.js';

const contexts: ClientContext[] = [];
afterEach(() => {
  for (const c of contexts.splice(0)) c.dispose();
});

function setup() {
  const ctx = new ClientContext(resolveOptions({ sdk: new FakeSdk({ timeoutMs: 5_000 }), poll: false }));
  contexts.push(ctx);
  return { ctx, host: recoveryHost(ctx, executeOperation) };
}

describe('recoveryHost', () => {
  it('remembers the voice-message auth buffer a recovery applied', () => {
    const { ctx, host } = setup();
    host.lastPttAuth = 'ptt-buffer';
    expect(ctx.memory.pttAuth).toBe('ptt-buffer');
    expect(host.lastPttAuth).toBe('ptt-buffer');
  });

  it('redacts a buffer a recovery noted from client errors', () => {
    const { ctx, host } = setup();
    host.noteSecret('s3cr3t-buffer-value');
    const e = ctx.error(1004, 'enterRoom', 0, 'got s3cr3t-buffer-value');
    expect(e.message).not.toContain('s3cr3t-buffer-value');
  });
});
