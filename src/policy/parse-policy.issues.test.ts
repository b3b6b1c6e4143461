import { describe, expect, it, vi } from 'vitest';
import { parsePolicy } from './parse-policy.js';

const issuesOf = (json: unknown) => {
  const r = parsePolicy(json);
  return r.isErr() ? r.error.issues : [];
};

describe('parsePolicy: exact issues', () => {
  it('wants $schema to be a string', () => {
    expect(issuesOf({ $schema: 42 })).toEqual([{ path: '$.$schema', message: 'expected a string, got 42' }]);
    expect(issuesOf({ $schema: null, codes: {} })).toEqual([
      { path: '$.$schema', message: 'expected a string, got null' },
    ]);
  });

  it('keeps a key of exactly 60 characters whole in a path, and cuts a longer one at 60', () => {
    const sixty = 'k'.repeat(60);
    expect(issuesOf({ [sixty]: 1, [`${sixty}x`]: 1 }).map((i) => i.path)).toEqual([
      `$.${sixty}`,
      `$["${sixty}…"]`,
    ]);
  });

  it('reports a document that throws while read under $, its message cut at 200 characters', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('x'.repeat(300));
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([{ path: '$', message: `could not be read: ${'x'.repeat(200)}` }]);
  });

  it('describes a thrown non-Error value', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw 'no keys';
        },
      },
    );
    expect(issuesOf(hostile)).toEqual([{ path: '$', message: 'could not be read: "no keys"' }]);
  });

  it('reports bad JSON text under $ with the parser message', () => {
    const [issue, ...rest] = issuesOf('{"codes": ');
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('$');
    expect(issue?.message).toMatch(/^invalid JSON: .*JSON/);
  });

  it('cuts a long parser message at 200 characters (engines other than V8 may quote the input)', () => {
    const long = `Unexpected token in ${'y'.repeat(300)}`;
    const parse = vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(long);
    });
    try {
      expect(issuesOf('{"codes": ')).toEqual([{ path: '$', message: `invalid JSON: ${long.slice(0, 200)}` }]);
    } finally {
      parse.mockRestore();
    }
  });
});
