/**
 * Test your own game code with the simulator: script the SDK's failures, run your game
 * function, assert what the player sees. No Tencent servers, no native binary, deterministic.
 * (In a test runner, put each block in its own `it(...)`; here plain `node:assert` does.)
 */
import assert from 'node:assert/strict';
import { createGmeClient, fromElectron, type GmeClient } from 'gme-result';
import { createSimulatedGme } from 'gme-result/testing';

/** What the game shows the player. */
export interface Ui {
  toast(text: string): void;
}

/** The game code under test: join the voice lobby and tell the player how it went. */
export async function joinVoiceLobby(gme: GmeClient, ui: Ui, authBuffer: string): Promise<boolean> {
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

/** A fresh simulated SDK, a client over it and a UI that records toasts. */
async function setup() {
  const sim = createSimulatedGme({ seed: 1, latencyMs: 5 });
  const gme = createGmeClient({ sdk: fromElectron(sim) });
  const toasts: string[] = [];
  const init = await gme.init({ appId: '1400000001', openId: '10001' });
  assert.ok(init.isOk());
  return { sim, gme, ui: { toast: (t: string) => toasts.push(t) }, toasts };
}

export async function main(): Promise<void> {
  {
    // Two network failures are retried by the default policy: the player only sees success.
    const { sim, gme, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7004 }, { event: 7004 }]);
    assert.equal(await joinVoiceLobby(gme, ui, 'buffer'), true);
    assert.deepEqual(toasts, ['Voice chat on']);
    assert.equal(sim.control.stats.calls.EnterRoom, 3);
    assert.equal(sim.control.state.roomId, 'lobby');
    gme.dispose();
    console.log('ok - joins through two network failures');
  }
  {
    // An overdue account fails fast (one SDK call) with a message the player understands.
    const { sim, gme, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7005 }]);
    assert.equal(await joinVoiceLobby(gme, ui, 'buffer'), false);
    assert.deepEqual(toasts, ['Voice chat is unavailable right now.']);
    assert.equal(sim.control.stats.calls.EnterRoom, 1);
    gme.dispose();
    console.log('ok - an overdue account fails fast');
  }
  {
    // Without auth.refresh configured, 7006 reaches the game: it asks the player to log in.
    const { sim, gme, ui, toasts } = await setup();
    sim.control.script('EnterRoom', [{ event: 7006 }]);
    assert.equal(await joinVoiceLobby(gme, ui, 'expired'), false);
    assert.deepEqual(toasts, ['Please log in again.']);
    gme.dispose();
    console.log('ok - a rejected auth buffer asks for a new login');
  }
  {
    // A bad argument never reaches the SDK: the client answers 1004 itself.
    const { sim, gme, ui, toasts } = await setup();
    assert.equal(await joinVoiceLobby(gme, ui, ''), false);
    assert.deepEqual(toasts, ['Could not join voice chat (1004).']);
    assert.equal(sim.control.stats.calls.EnterRoom ?? 0, 0);
    gme.dispose();
    console.log('ok - an empty auth buffer is refused before the SDK');
  }
}
