/**
 * The page side of test/browser/browser.test.ts. The test bundles this file with esbuild for the
 * browser, resolving `gme-result` and `gme-result/testing` to the BUILT files that package.json
 * exports (dist/), and runs it in headless Chromium. It plays one scenario against the simulated
 * H5 SDK and leaves what happened in `window.__result`.
 */
import { createGmeClient, fromWeb } from 'gme-result';
import { createSimulatedWebGme } from 'gme-result/testing';

/** One client event, as the page saw it. */
export type SeenEvent =
  | { readonly type: 'retry'; readonly operation: string; readonly code: number; readonly attempt: number }
  | {
      readonly type: 'success';
      readonly operation: string;
      readonly attempts: number;
      readonly code: number;
    };

/** What the page reports. `failure` is set instead when the scenario itself threw. */
export interface BrowserReport {
  readonly userAgent: string;
  readonly init?: { readonly ok: boolean; readonly code?: number };
  readonly enter?: { readonly ok: boolean; readonly attempts?: number; readonly code?: number };
  readonly exit?: { readonly ok: boolean; readonly attempts?: number; readonly code?: number };
  readonly events?: readonly SeenEvent[];
  readonly roomStates?: readonly string[];
  readonly simRoom?: string | null | undefined;
  readonly failure?: string;
}

declare global {
  interface Window {
    __result?: BrowserReport;
  }
}

async function scenario(): Promise<BrowserReport> {
  const api = createSimulatedWebGme({ latencyMs: 5, seed: 1 });
  // The first entry fails with 7004 (network), the second works: the default policy retries it.
  api.control.script('EnterRoom', [{ event: 7004 }, { event: 0 }]);
  // No `document` option: `init` must find the page's own `document`.
  const gme = createGmeClient({ sdk: fromWeb(api) });
  const events: SeenEvent[] = [];
  const roomStates: string[] = [];
  gme.on('retry', (e) => {
    events.push({ type: 'retry', operation: e.operation, code: e.code, attempt: e.attempt });
  });
  gme.on('success', (e) => {
    events.push({ type: 'success', operation: e.operation, attempts: e.attempts, code: e.code });
  });
  gme.on('roomState', (e) => {
    roomStates.push(e.state);
  });
  try {
    const init = await gme.init({ appId: '1400000001', openId: '10001' });
    const enter = await gme.enterRoom({ roomId: 'browser-lobby', roomType: 1, authBuffer: 'signed' });
    const simRoom = api.control.state.roomId;
    const exit = await gme.exitRoom();
    const summary = (r: typeof init | typeof enter | typeof exit) =>
      r.isOk()
        ? { ok: true, attempts: r.value.attempts, code: r.value.code }
        : { ok: false, attempts: r.error.attempts, code: r.error.code };
    return {
      userAgent: navigator.userAgent,
      init: summary(init),
      enter: summary(enter),
      exit: summary(exit),
      events,
      roomStates,
      simRoom,
    };
  } finally {
    gme.dispose();
  }
}

scenario().then(
  (report) => {
    window.__result = report;
  },
  (error: unknown) => {
    window.__result = {
      userAgent: navigator.userAgent,
      failure:
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error),
    };
  },
);
