/**
 * `npm run demo`: a scripted game session against the simulated GME SDK, in virtual time.
 *
 * About 15 s of simulated time run in a moment: fake timers (`@sinonjs/fake-timers`) replace
 * `Date`, `setTimeout` and `setInterval` before the simulator and the client exist, and the demo
 * advances them. Every timeline line is printed by a listener of the client's events; the summary
 * is counted from the same events. The demo exits with 1 when an expected outcome is missing.
 */
import { pathToFileURL } from 'node:url';
import { createGmeClient, describeCode, fromElectron } from 'gme-result';
import { createSimRandom, createSimulatedGme } from 'gme-result/testing';
import { formatSummary, type Summary, summarize } from './support/summary.js';
import { attachTimeline, INDENT, type TimelineEntry } from './support/timeline.js';
import { installVirtualTime } from './support/virtual-time.js';

/** Options of {@link main}. */
export interface DemoOptions {
  /** Where lines go. @default console.log */
  readonly write?: (line: string) => void;
  /** Seed of the simulator's latencies and of the retry jitter. @default 7 */
  readonly seed?: number;
}

/** What a demo run saw. */
export interface DemoReport {
  readonly entries: readonly TimelineEntry[];
  readonly summary: Summary;
  /** Expected outcomes that did not occur; empty when the demo went as scripted. */
  readonly problems: readonly string[];
  /** Virtual milliseconds the session took. */
  readonly virtualMs: number;
}

const APP_ID = '1400000001';
const OPEN_ID = '10001';
const VOICE_FILE = '/tmp/gme-demo/voice-1.silk';

/** Runs the session and returns what it saw. Never leaves fake timers installed. */
export async function main(options: DemoOptions = {}): Promise<DemoReport> {
  const write = options.write ?? ((line: string) => console.log(line));
  const seed = options.seed ?? 7;
  const time = installVirtualTime();
  const sim = createSimulatedGme({
    seed,
    latencyMs: [40, 160],
    switchRoom: true,
    transcripts: () => 'Two enemies on the bridge, cover me!',
  });
  const jitter = createSimRandom(seed);
  const gme = createGmeClient({
    sdk: fromElectron(sim),
    // Your game server signs auth buffers; the demo's "server" is this function.
    auth: { refresh: async ({ roomId }) => `fresh-buffer-for-${roomId ?? 'room'}` },
    random: () => jitter.next(),
  });
  const timeline = attachTimeline(gme, { write, now: () => time.elapsed() });
  const heading = (title: string, scripted: string): void => {
    write('');
    write(`== ${title}`);
    write(`   scripted: ${scripted}`);
  };

  try {
    write(`gme-result demo: a game session on the simulated GME SDK (virtual time, seed ${seed})`);
    write('Lines with a +time stamp are printed by listeners of the client\'s events; "=>" lines show');
    write('the Result each call returned. "scripted" names the faults injected into the simulator.');

    heading('Start the SDK and apply the voice-message auth buffer', 'nothing: both succeed');
    timeline.result(await time.settle(gme.init({ appId: APP_ID, openId: OPEN_ID })));
    timeline.result(await time.settle(gme.applyPttAuthbuffer({ authBuffer: 'ptt-buffer' })));

    heading(
      'Enter the lobby through two network failures',
      'EnterRoom answers 7004, then never answers (the client times out after 2 s: 1005), then works',
    );
    sim.control.script('EnterRoom', [{ event: 7004 }, { noEvent: true }]);
    const lobby = { roomId: 'lobby', roomType: 1, authBuffer: 'lobby-buffer' } as const;
    timeline.result(await time.settle(gme.enterRoom(lobby, { timeoutMs: 2_000 })));

    await time.pause(1_500);
    heading('Enter the lobby again (a double click)', 'nothing: the SDK answers 1003, already in that room');
    timeline.result(await time.settle(gme.enterRoom(lobby)));

    await time.pause(1_500);
    heading(
      'Switch to the arena; the switch fails with 2002 and leaves every room',
      'SwitchRoom answers 2002 (QAV_ERR_TRY_NEW_ROOM_FAILED)',
    );
    sim.control.script('SwitchRoom', [{ event: 2002 }]);
    timeline.result(await time.settle(gme.switchRoom({ roomId: 'arena', authBuffer: 'arena-buffer' })));

    heading(
      'Record a voice message, upload it through a transient failure, turn it into text',
      'the first PttUploadRecordedFile answers 8195 (upload to cloud storage failed)',
    );
    timeline.result(await time.settle(gme.startRecording({ filePath: VOICE_FILE })));
    await time.pause(2_500); // the player holds the push-to-talk key
    timeline.result(await time.settle(gme.stopRecording()));
    sim.control.script('PttUploadRecordedFile', [{ event: 8195 }]);
    const transcript = gme
      .uploadRecordedFile({ filePath: VOICE_FILE })
      .andThen(({ fileId }) => gme.speechToText({ fileId, language: 'en-US' }));
    timeline.result(await time.settle(transcript));

    await time.pause(1_000);
    heading(
      'Leave, then join a squad room with an expired auth buffer',
      'EnterRoom answers 7006 (AV_ERR_AUTH_FIALD); auth.refresh returns a new buffer',
    );
    timeline.result(await time.settle(gme.exitRoom()));
    sim.control.script('EnterRoom', [{ event: 7006 }]);
    timeline.result(
      await time.settle(gme.enterRoom({ roomId: 'squad-7', roomType: 1, authBuffer: 'expired-buffer' })),
    );

    await time.pause(1_000);
    heading(
      'Leave, then try a ranked room on an account with overdue bills',
      'EnterRoom answers 7005 (AV_ERR_CHARGE_OVERDUE): no retry can help',
    );
    timeline.result(await time.settle(gme.exitRoom()));
    sim.control.script('EnterRoom', [{ event: 7005 }]);
    const ranked = await time.settle(
      gme.enterRoom({ roomId: 'ranked', roomType: 1, authBuffer: 'ranked-buffer' }),
    );
    timeline.result(ranked);
    if (ranked.isErr()) {
      const ko = describeCode(ranked.error.code, { locale: 'ko' });
      write(`${INDENT}   en: ${ranked.error.message}`);
      write(`${INDENT}   ko: ${ko.summary} ${ko.action}`);
    }
  } finally {
    gme.dispose();
    timeline.detach();
    time.uninstall();
  }

  const summary = summarize(timeline.entries);
  write('');
  write(`== Summary (counted from the ${timeline.entries.length} events above)`);
  for (const line of formatSummary(summary)) write(line);
  const problems = checkOutcomes(timeline.entries);
  const virtualMs = timeline.entries.at(-1)?.at ?? 0;
  write('');
  write(`${(virtualMs / 1000).toFixed(1)} s of simulated time.`);
  return { entries: timeline.entries, summary, problems, virtualMs };
}

/** The outcomes the script is meant to produce; returns each one that did not happen. */
export function checkOutcomes(entries: readonly TimelineEntry[]): string[] {
  const has = (what: string, test: (e: TimelineEntry) => boolean): string[] =>
    entries.some(test) ? [] : [what];
  return [
    ...has('enterRoom retried after 7004', (e) => e.name === 'retry' && e.event.code === 7004),
    ...has(
      'enterRoom retried after a client timeout (1005)',
      (e) => e.name === 'retry' && e.event.code === 1005,
    ),
    ...has(
      'enterRoom succeeded on attempt 3',
      (e) => e.name === 'success' && e.event.operation === 'enterRoom' && e.event.attempts === 3,
    ),
    ...has(
      'enterRoom treated 1003 as success',
      (e) => e.name === 'success' && e.event.operation === 'enterRoom' && e.event.code === 1003,
    ),
    ...has(
      'switchRoom recovered from 2002 by re-entering',
      (e) => e.name === 'recovery' && e.event.code === 2002 && e.event.action === 'reenterRoom' && e.event.ok,
    ),
    ...has(
      'switchRoom ended in Ok',
      (e) =>
        e.name === 'success' && e.event.operation === 'switchRoom' && e.event.recovered === 'reenterRoom',
    ),
    ...has(
      'the upload retried after 8195',
      (e) => e.name === 'retry' && e.event.operation === 'uploadRecordedFile' && e.event.code === 8195,
    ),
    ...has(
      'speech-to-text returned text',
      (e) => e.name === 'success' && e.event.operation === 'speechToText',
    ),
    ...has(
      '7006 healed by auth.refresh',
      (e) => e.name === 'recovery' && e.event.code === 7006 && e.event.action === 'refreshAuth' && e.event.ok,
    ),
    ...has(
      '7005 failed fast after one attempt',
      (e) => e.name === 'error' && e.event.error.code === 7005 && e.event.attempts === 1,
    ),
    ...entries
      .filter((e) => e.name === 'error' && e.event.error.code !== 7005)
      .map((e) => `unexpected error event: ${e.name === 'error' ? e.event.error.code : ''}`),
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await main();
  if (report.problems.length > 0) {
    console.error(`\nThe demo did not go as scripted:\n${report.problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  }
}
