import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../policies/index.js';
import { fleetScenario } from './fleet-scenarios.js';
import { runFleet } from './run-fleet.js';

const scenario = { ...fleetScenario('outage'), endMs: 20_000 };

describe('runFleet', () => {
  it('rejects when the simulation itself breaks, and patches no global timer', async () => {
    const before = { setTimeout: globalThis.setTimeout, setImmediate: globalThis.setImmediate };
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
    expect(globalThis.setTimeout).toBe(before.setTimeout);
    await expect(broken).rejects.toThrow('the strategy broke');
    expect(globalThis.setTimeout).toBe(before.setTimeout);
    expect(globalThis.setImmediate).toBe(before.setImmediate);
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
