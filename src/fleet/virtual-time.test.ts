import { describe, expect, it } from 'vitest';
import { VirtualTime } from './virtual-time.js';

describe('VirtualTime', () => {
  it('runs tasks at their own time within a frame, and continuations at the end of the frame', async () => {
    const time = new VirtualTime(10);
    const log: string[] = [];
    time.at(3, () => {
      log.push(`task ${time.now()}`);
      void Promise.resolve().then(() => log.push(`continuation ${time.now()}`));
    });
    time.at(7, () => log.push(`task ${time.now()}`));
    time.at(25, () => log.push(`task ${time.now()}`));
    await time.runUntil(30);
    expect(log).toEqual(['task 3', 'task 7', 'continuation 10', 'task 25']);
    expect(time.now()).toBe(30);
  });

  it('never schedules into the past', async () => {
    const time = new VirtualTime(10);
    await time.runUntil(50);
    const task = time.at(5, () => {});
    expect(task.time).toBe(50);
  });

  it('resolves sleep() at its time and rejects it with the reason when the signal aborts', async () => {
    const time = new VirtualTime(10);
    const woke: number[] = [];
    void time.sleep(40).then(() => woke.push(time.now()));
    const ctl = new AbortController();
    const aborted = time.sleep(100, ctl.signal).then(
      () => 'resolved',
      (e: Error) => `${e.message} at ${time.now()}`,
    );
    time.at(20, () => ctl.abort(new Error('stop')));
    await time.runUntil(200);
    expect(woke).toEqual([50]);
    // Aborted at 20, seen at the end of that frame; not at 100, when the sleep was due.
    expect(await aborted).toBe('stop at 30');
    await expect(time.sleep(5, ctl.signal)).rejects.toThrow('stop');
  });

  it('cancels a task', async () => {
    const time = new VirtualTime(10);
    let ran = false;
    time.cancel(time.at(15, () => (ran = true)));
    await time.runUntil(30);
    expect(ran).toBe(false);
  });

  it('calls onSecond about once per simulated second, after the frame', async () => {
    const time = new VirtualTime(300);
    const seconds: number[] = [];
    await time.runUntil(3000, (now) => seconds.push(now));
    expect(seconds).toEqual([1200, 2100, 3000]);
  });
});
