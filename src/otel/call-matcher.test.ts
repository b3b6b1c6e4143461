import { describe, expect, it, vi } from 'vitest';
import { CallMatcher } from './call-matcher.js';

describe('CallMatcher', () => {
  it('finds the oldest open call of an operation that fits, per operation', () => {
    const m = new CallMatcher<string>(10, vi.fn());
    m.open('speechToText', 'a', 1, false);
    m.open('uploadRecordedFile', 'u', 1, false);
    m.open('speechToText', 'b', 2, false);
    m.open('speechToText', 'c', 2, false);
    expect(m.find('speechToText', 'started')?.data).toBe('a');
    expect(m.find('speechToText', 2)?.data).toBe('b');
    expect(m.find('speechToText', 3)).toBeUndefined();
    expect(m.find('exitRoom', 'started')).toBeUndefined();
    expect(m.size).toBe(4);
  });

  it('matches between and held only when asked, and started means at least one attempt', () => {
    const m = new CallMatcher<string>(10, vi.fn());
    m.open('op', 'prestarted', 0, true);
    const a = m.open('op', 'a', 1, false);
    const b = m.open('op', 'b', 1, false);
    b.between = true;
    m.open('op', 'c', 1, true);
    expect(m.find('op', 'started')?.data).toBe('a');
    expect(m.find('op', 0)?.data).toBe('prestarted');
    expect(m.find('op', 0, undefined, true)?.data).toBe('prestarted');
    expect(m.find('op', 'started', true)?.data).toBe('b');
    expect(m.find('op', 0, undefined, false)).toBeUndefined();
    expect(m.find('op', 1, true)?.data).toBe('b');
    expect(m.find('op', 1, false, true)?.data).toBe('c');
    expect(m.find('op', 1, undefined, true)?.data).toBe('c');
    a.held = true;
    expect(m.find('op', 1, false, false)).toBeUndefined();
  });

  it('opens calls between attempts = false, with the given attempts and hold', () => {
    const m = new CallMatcher<string>(10, vi.fn());
    expect(m.open('enterRoom', 'a', 0, true)).toEqual({
      operation: 'enterRoom',
      data: 'a',
      attempts: 0,
      held: true,
      between: false,
    });
  });

  it('closes a call from the middle or the head, and forgets an emptied operation', () => {
    const m = new CallMatcher<string>(10, vi.fn());
    const a = m.open('op', 'a', 1, false);
    const b = m.open('op', 'b', 1, false);
    const c = m.open('op', 'c', 1, false);
    m.close(b);
    expect(m.all().map((x) => x.data)).toEqual(['a', 'c']);
    m.close(a);
    expect(m.find('op', 'started')?.data).toBe('c');
    m.close(a); // no longer open: c stays
    expect(m.all().map((x) => x.data)).toEqual(['c']);
    m.close(c);
    m.close(c); // twice: nothing more happens
    m.close({ operation: 'never-opened', data: 'z', attempts: 1, held: false, between: false });
    expect(m.size).toBe(0);
    expect(m.all()).toEqual([]);
  });

  it('hands the oldest call of an operation to onEvict when one more than the limit opens', () => {
    const evicted = vi.fn();
    const m = new CallMatcher<string>(2, evicted);
    m.open('op', 'a', 1, false);
    m.open('op', 'b', 1, false);
    m.open('other', 'x', 1, false);
    expect(evicted).not.toHaveBeenCalled();
    m.open('op', 'c', 1, false);
    expect(evicted).toHaveBeenCalledTimes(1);
    expect(evicted.mock.calls[0]?.[0]).toMatchObject({ operation: 'op', data: 'a' });
    expect(m.size).toBe(3);
    expect(m.all().map((x) => x.data)).toEqual(['b', 'c', 'x']);
  });

  it('clear() removes and returns every call', () => {
    const m = new CallMatcher<string>(10, vi.fn());
    m.open('a', '1', 1, false);
    m.open('b', '2', 1, false);
    expect(m.clear().map((x) => x.data)).toEqual(['1', '2']);
    expect(m.size).toBe(0);
    expect(m.find('a', 'started')).toBeUndefined();
  });
});
