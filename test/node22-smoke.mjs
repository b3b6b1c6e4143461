// Smoke test of the BUILT package (dist/) under Node 22, run by .ci/run as
// `npx -y node@22 test/node22-smoke.mjs` (the npm registry's `node` package supplies Node 22).
// Enters a simulated room through one 7004 retry, exits, runs a tiny fleet simulation
// (gme-result/fleet), and exits non-zero on any surprise.

import { defaultPolicy } from '../dist/policies/index.js';
import { fleetScenario, simulateFleet } from '../dist/src/fleet/index.js';
import { createGmeClient, fromElectron } from '../dist/src/index.js';
import { createSimulatedGme } from '../dist/src/testing/index.js';

const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};

const major = Number(process.versions.node.split('.')[0]);
check(major === 22, `expected Node 22, running ${process.version}`);

const sim = createSimulatedGme({ latencyMs: 5, seed: 1 });
sim.control.script('EnterRoom', [{ event: 7004 }, { event: 0 }]);
const gme = createGmeClient({ sdk: fromElectron(sim), poll: { intervalMs: 5 } });
const seen = [];
gme.on('retry', (e) => seen.push(`retry ${e.operation} ${e.code} #${e.attempt}`));
gme.on('success', (e) => seen.push(`success ${e.operation} x${e.attempts}`));
try {
  const init = await gme.init({ appId: '1400000001', openId: '10001' });
  check(init.isOk(), `init: ${init.isErr() ? init.error.message : 'ok'}`);
  const room = await gme.enterRoom({ roomId: 'smoke', roomType: 1, authBuffer: 'signed' });
  check(
    room.isOk() && room.value.attempts === 2,
    `enterRoom: ${JSON.stringify(room.isOk() ? room.value : room.error)}`,
  );
  check(sim.control.state.roomId === 'smoke', `simulator room: ${sim.control.state.roomId}`);
  const exit = await gme.exitRoom();
  check(exit.isOk(), `exitRoom: ${exit.isErr() ? exit.error.message : 'ok'}`);
  const expected = [
    'success init x1',
    'retry enterRoom 7004 #1',
    'success enterRoom x2',
    'success exitRoom x1',
  ];
  check(JSON.stringify(seen) === JSON.stringify(expected), `events: ${JSON.stringify(seen)}`);
} finally {
  gme.dispose();
}

const timers = globalThis.setTimeout;
const tinyFleet = () =>
  simulateFleet({
    policy: defaultPolicy,
    scenario: {
      ...fleetScenario('outage'),
      endMs: 40_000,
      outage: { fromMs: 10_000, toMs: 20_000, code: 7004 },
    },
    clients: 20,
    seed: 7,
  });
const fleet = await tinyFleet();
const again = await tinyFleet();
// The default policy holds calls through an outage (amplification may be 0): check that calls were
// simulated, that every player came back, and that one seed gives one answer.
check(
  fleet.calls > 0 && fleet.recovery !== null && fleet.recovery.notRecovered === 0,
  `fleet: ${fleet.calls} calls, recovery ${JSON.stringify(fleet.recovery)}`,
);
check(JSON.stringify(fleet) === JSON.stringify(again), 'fleet: the same seed gave two different results');
check(globalThis.setTimeout === timers, 'fleet: the global setTimeout was not restored');
seen.push(`fleet ${fleet.calls} calls, ${fleet.amplification.toFixed(2)}x`);

if (problems.length > 0) {
  console.error(`node22 smoke test FAILED under ${process.version}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`node22 smoke test passed under ${process.version}: ${seen.join(', ')}`);
