import { describe, expect, it } from 'vitest';
import { checkOutcomes, main } from './demo.js';
import { EVENT_LINE } from './support/timeline.js';

async function runDemo() {
  const lines: string[] = [];
  const report = await main({ write: (line) => lines.push(line) });
  const kinds = lines.flatMap((line) => {
    const m = EVENT_LINE.exec(line);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  const count = (kind: string) => kinds.filter((k) => k === kind).length;
  return { lines, report, kinds, count };
}

describe('npm run demo', () => {
  it('goes as scripted: no missing outcome, and one printed line per event', async () => {
    const { report, kinds } = await runDemo();
    expect(report.problems).toEqual([]);
    expect(kinds).toHaveLength(report.entries.length);
    // Virtual time: the session spans 10 to 20 simulated seconds.
    expect(report.virtualMs).toBeGreaterThanOrEqual(10_000);
    expect(report.virtualMs).toBeLessThanOrEqual(20_000);
  });

  it('shows a retry with its delay, a recovery, a 1003 treated as success and a 7005 failing fast', async () => {
    const { lines } = await runDemo();
    const line = (re: RegExp) => lines.filter((l) => EVENT_LINE.test(l) && re.test(l));
    expect(line(/ retry +enterRoom +7004 AV_ERR_NET_REQUEST_FALLED .*next attempt in \d+ ms$/)).toHaveLength(
      1,
    );
    expect(line(/ retry +enterRoom +1005 AV_ERR_TIMEOUT \(client\)/)).toHaveLength(1);
    expect(line(/ recovery +switchRoom +2002 .* -> reenterRoom: recovered$/)).toHaveLength(1);
    expect(line(/ recovery +enterRoom +7006 .* -> refreshAuth: recovered$/)).toHaveLength(1);
    expect(
      line(/ success +enterRoom +Ok after 1 attempt, 1003 AV_ERR_HAS_IN_THE_STATE accepted/),
    ).toHaveLength(1);
    expect(line(/ error +enterRoom +Err 7005 AV_ERR_CHARGE_OVERDUE \(sdk\) after 1 attempt /)).toHaveLength(
      1,
    );
    expect(lines.some((l) => /^ +ko: .*[가-힣]/.test(l))).toBe(true);
    expect(lines.some((l) => /=> Ok .*"text":"Two enemies on the bridge, cover me!"/.test(l))).toBe(true);
  });

  it('prints a summary whose numbers equal counts over the printed event lines', async () => {
    const { lines, report, count } = await runDemo();
    const s = report.summary;
    expect(s.attempts).toBe(count('attempt'));
    expect(s.retries).toBe(count('retry'));
    expect(s.recoveries).toBe(count('recovery'));
    expect(s.succeeded).toBe(count('success'));
    expect(s.failed).toBe(count('error'));
    expect(s.calls).toBe(count('success') + count('error'));
    expect(s.retries).toBeGreaterThanOrEqual(1);
    expect(s.recoveries).toBeGreaterThanOrEqual(1);
    expect(s.acceptedByCode.get(1003)).toBe(1);
    expect([...s.failuresByCode]).toEqual([[7005, 1]]);
    // The printed table says the same.
    const row = (label: string) =>
      lines
        .find((l) => l.startsWith(`| ${label} `))
        ?.split('|')[2]
        ?.trim();
    expect(row('calls')).toBe(
      `${count('success') + count('error')} (${count('success')} Ok, ${count('error')} Err)`,
    );
    expect(row('attempts')).toBe(String(count('attempt')));
    expect(row('retries')).toMatch(new RegExp(`^${count('retry')} \\(`));
    expect(row('recoveries')).toMatch(new RegExp(`^${count('recovery')} \\(`));
    const errorCodes = lines.flatMap((l) => / error +\S+ +Err (\d+) (\S+)/.exec(l)?.slice(1, 3) ?? []);
    expect(row('failures by code')).toBe(`${errorCodes[0]} ${errorCodes[1]} x1`);
  });

  it('puts the real Date, setTimeout and setInterval back when it ends', async () => {
    const real = [globalThis.Date, globalThis.setTimeout, globalThis.setInterval];
    await runDemo();
    expect([globalThis.Date, globalThis.setTimeout, globalThis.setInterval]).toEqual(real);
  });

  it('reports a missing outcome, so a broken demo fails CI', async () => {
    const { report } = await runDemo();
    const without2002 = report.entries.filter((e) => !(e.name === 'recovery' && e.event.code === 2002));
    expect(checkOutcomes(without2002)).toContain('switchRoom recovered from 2002 by re-entering');
    expect(checkOutcomes(report.entries)).toEqual([]);
  });
});
