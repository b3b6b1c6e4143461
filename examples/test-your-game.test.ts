/**
 * Test your own game code with the simulator and fake timers: script the SDK's failures, run
 * your game function, assert what the player sees. No Tencent servers, no native binary, no real
 * waiting: `settle` lets fake time pass until the game function is done.
 *
 * Run it with `npm test`, or alone: `npx vitest run examples/test-your-game.test.ts`.
 */
import { createGmeClient, fromElectron, type GmeClient } from 'gme-result';
import { createSimulatedGme, type SettleOptions, settle } from 'gme-result/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What the game shows the player. */
interface Ui {
  toast(text: string): void;
}

/** The game code under test: join the voice lobby and tell the player how it went. */
async function joinVoiceLobby(gme: GmeClient, ui: Ui, authBuffer: string): Promise<boolean> {
  const room = await gme.enterRoom({ roomId: 'lobby', roomType: 1, authBuffer });
  if (room.isOk()) {
    ui.toast('Voice chat on');
    return true;
  }
  switch (room.error.code) {
    case 7005:
    case 7012:
      ui.toast('Voice chat is unavailable right now.'); // an account problem: nothing the player can do
      break;
    case 7006:
      ui.toast('Please log in again.');
      break;
    default:
      ui.toast(`Could not join voice chat (${room.error.code}).`);
  }
  return false;
}

beforeEach(() => {
  vi.useFakeTimers(); // first: the simulator and the client must see the fake clock
});
afterEach(() => {
  vi.useRealTimers();
});

/** A fresh simulated SDK, a client over it (through init) and a UI that records toasts. */
async function setup() {
  const sim = createSimulatedGme({ seed: 1, latencyMs: 5 });
  const gme = createGmeClient({ sdk: fromElectron(sim) });
  const time: SettleOptions = { vi, gme, sim };
  const init = await settle(gme.init({ appId: '1400000001', openId: '10001' }), time);
  expect(init.isOk()).toBe(true);
  const toasts: string[] = [];
  return { sim, gme, time, ui: { toast: (t: string) => toasts.push(t) }, toasts };
}

describe('joinVoiceLobby', () => {
  it('joins through two network failures: the default policy retries, the player only sees success', async () => {
    const { sim, gme, time, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    expect(await settle(joinVoiceLobby(gme, ui, 'buffer'), time)).toBe(true);
    expect(toasts).toEqual(['Voice chat on']);
    expect(sim.control.stats.calls.EnterRoom).toBe(3);
    expect(sim.control.state.roomId).toBe('lobby');
    gme.dispose();
  });

  it('fails fast on an overdue account (one SDK call), with a message the player understands', async () => {
    const { sim, gme, time, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7005 }]);
    expect(await settle(joinVoiceLobby(gme, ui, 'buffer'), time)).toBe(false);
    expect(toasts).toEqual(['Voice chat is unavailable right now.']);
    expect(sim.control.stats.calls.EnterRoom).toBe(1);
    gme.dispose();
  });

  it('asks for a new login when the auth buffer is rejected and no auth.refresh is configured', async () => {
    const { sim, gme, time, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7006 }]);
    expect(await settle(joinVoiceLobby(gme, ui, 'expired'), time)).toBe(false);
    expect(toasts).toEqual(['Please log in again.']);
    gme.dispose();
  });

  it('refuses an empty auth buffer before the SDK: the client answers 1004 itself', async () => {
    const { sim, gme, time, ui, toasts } = await setup();
    expect(await settle(joinVoiceLobby(gme, ui, ''), time)).toBe(false);
    expect(toasts).toEqual(['Could not join voice chat (1004).']);
    expect(sim.control.stats.calls.EnterRoom ?? 0).toBe(0);
    gme.dispose();
  });

  it('reports a timeout (1005) when the SDK never answers, after two retries, in fake time only', async () => {
    const { sim, gme, time, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ noEvent: true }, { noEvent: true }, { noEvent: true }]);
    const started = Date.now();
    expect(await settle(joinVoiceLobby(gme, ui, 'buffer'), time)).toBe(false);
    expect(toasts).toEqual(['Could not join voice chat (1005).']); // 1005: no event in time
    expect(sim.control.stats.calls.EnterRoom).toBe(3); // the default policy retries 1005 twice
    // At least one 30 s entry timeout passed, in fake time only.
    expect(Date.now() - started).toBeGreaterThanOrEqual(30_000);
    gme.dispose();
  });
});
