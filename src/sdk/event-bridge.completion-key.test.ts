import { describe, expect, it } from 'vitest';
import { completionKey } from './event-bridge.js';

describe('completionKey', () => {
  it('joins the event type and the file path or id with a bar', () => {
    expect(completionKey(5002, '/a.silk')).toBe('5002|/a.silk');
    expect(completionKey(5005, 'https://x/1')).toBe('5005|https://x/1');
  });

  it('keys a room event on its type alone, like a file event with an empty path', () => {
    expect(completionKey(1)).toBe('1|');
    expect(completionKey(13)).toBe(completionKey(13, ''));
  });
});
