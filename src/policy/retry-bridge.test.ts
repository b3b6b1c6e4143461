import { err, ok, type Result } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { retryThroughBridge } from './retry-bridge.js';

function sequence<T>(results: Result<T, number>[]) {
  let i = 0;
  return async () => results[Math.min(i++, results.length - 1)] as Result<T, number>;
}

describe('retryThroughBridge', () => {
  it('returns the first Ok', async () => {
    const result = await retryThroughBridge(sequence([err(1), err(2), ok('v')]), async () => true, 10);
    expect(result).toEqual(ok('v'));
  });

  it('returns the Err (not a wrapper) when the decision says stop', async () => {
    const seen: number[] = [];
    const result = await retryThroughBridge(
      sequence<string>([err(7004), err(7005)]),
      async (e) => {
        seen.push(e);
        return e === 7004;
      },
      10,
    );
    expect(result).toEqual(err(7005));
    expect(seen).toEqual([7004, 7005]);
  });

  it('carries non-Error values (numbers) that p-retry alone would never retry', async () => {
    let calls = 0;
    const result = await retryThroughBridge(
      async () => (++calls < 3 ? err(0) : ok(calls)),
      async () => true,
      10,
    );
    expect(result).toEqual(ok(3));
  });

  it('adds no waits of its own', async () => {
    const started = performance.now();
    await retryThroughBridge(sequence<string>([err(1), err(1), err(1), ok('x')]), async () => true, 10);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('rejects with what a callback throws', async () => {
    const boom = new Error('boom');
    await expect(
      retryThroughBridge(
        sequence<string>([err(1)]),
        async () => {
          throw boom;
        },
        10,
      ),
    ).rejects.toBe(boom);
  });
});

describe('retryThroughBridge: a throwing invoke', () => {
  it('rejects with what invoke throws and never calls it again', async () => {
    const boom = new Error('invoke crashed');
    let calls = 0;
    const shouldContinue = async () => true;
    const result = retryThroughBridge(
      async (): Promise<Result<string, number>> => {
        calls += 1;
        if (calls === 1) throw boom;
        return ok('second');
      },
      shouldContinue,
      10,
    );
    await expect(result).rejects.toBe(boom);
    expect(calls).toBe(1);
  });
});
