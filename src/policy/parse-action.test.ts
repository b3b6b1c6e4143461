import { describe, expect, it } from 'vitest';
import { recover, retry, succeed } from './actions.js';
import { type JsonIssue, jsonObjectKeys, parseActionJSON } from './parse-action.js';

const parse = (value: unknown) => {
  const issues: JsonIssue[] = [];
  return { action: parseActionJSON(value, ['x'], issues), issues };
};

describe('parseActionJSON', () => {
  it('builds the same actions as the helpers', () => {
    expect(parse({ action: 'retry', maxAttempts: 4 }).action).toEqual(retry({ maxAttempts: 4 }));
    expect(parse({ action: 'succeed', reason: 'ok' }).action).toEqual(succeed({ reason: 'ok' }));
    expect(parse({ action: 'recover', recovery: 'reinit', maxRecoveries: 2 }).action).toEqual(
      recover('reinit', { maxRecoveries: 2 }),
    );
  });

  it('reports every field problem and builds nothing', () => {
    const { action, issues } = parse({ action: 'retry', maxAttempts: '3', baseDelayMs: -1, extra: true });
    expect(action).toBeUndefined();
    expect(issues.map((i) => i.path.join('.'))).toEqual(['x.maxAttempts', 'x.baseDelayMs', 'x.extra']);
  });

  it('refuses a missing action', () => {
    expect(parse({}).issues).toEqual([
      { path: ['x'], message: 'missing field "action" (one of retry, succeed, recover, fail)' },
    ]);
  });
});

describe('jsonObjectKeys', () => {
  it('drops and reports forbidden keys', () => {
    const issues: JsonIssue[] = [];
    const value = JSON.parse('{"a":1,"__proto__":2,"prototype":3}');
    expect(jsonObjectKeys(value, [], issues)).toEqual(['a']);
    expect(issues.map((i) => i.path[0])).toEqual(['__proto__', 'prototype']);
  });
});
