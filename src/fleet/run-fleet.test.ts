import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../policies/index.js';
import { fleetScenario } from './fleet-scenarios.js';
import { runFleet } from './run-fleet.js';
import { installVirtualTimers } from './virtual-timers.js';

const scenario = { ...fleetScenario('outage'), endMs: 20_000 };

describe('runFleet', () => {
  it('restores the global timers and rejects when the simulation itself breaks', async () => {
    const before = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
    const broken = runFleet({
      scenario,
      clients: 3,
      seed: 1,
      policy: defaultPolicy,
      keepRoom: (ctx) =>
        ctx.at(ctx.now() + 1_000, () => {
          throw new Error('the strategy broke');
        }),
    });
    await expect(broken).rejects.toThrow('the strategy broke');
    expect(globalThis.setTimeout).toBe(before.setTimeout);
    expect(globalThis.clearTimeout).toBe(before.clearTimeout);
    // The broken frame is closed: a later install arms real timers outside its frames.
    const uninstall = installVirtualTimers();
    try {
      const t = setTimeout(() => {}, 1_000_000);
      expect(t.constructor.name).toBe('Timeout');
      clearTimeout(t);
    } finally {
      uninstall();
    }
  });

  it('starts the room-keeping strategy once per player, after init, with its own room', async () => {
    const rooms: string[] = [];
    const record = await runFleet({
      scenario,
      clients: 3,
      seed: 1,
      policy: defaultPolicy,
      keepRoom: (ctx) => {
        rooms.push(ctx.room.roomId);
        void ctx.gme.enterRoom(ctx.room);
      },
    });
    expect(rooms.sort()).toEqual(['room-0', 'room-1', 'room-2']);
    expect(record.players.map((p) => p.roomEnteredAt.length)).toEqual([1, 1, 1]);
    // With no strategy entering, nobody gets into a room.
    const idle = await runFleet({ scenario, clients: 2, seed: 1, policy: defaultPolicy, keepRoom: () => {} });
    expect(idle.players.map((p) => p.roomEnteredAt.length)).toEqual([0, 0]);
  });
});
