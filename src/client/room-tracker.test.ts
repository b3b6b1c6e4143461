import { describe, expect, it } from 'vitest';
import type { ParsedPayload } from '../sdk/parse-payload.js';
import { RoomTracker } from './room-tracker.js';

const ev = (result: number): ParsedPayload => ({ result, malformed: false, data: { result } });

function tracker() {
  const changes: string[] = [];
  const t = new RoomTracker((state, previous, roomId) =>
    changes.push(`${previous}->${state}:${String(roomId)}`),
  );
  return { t, changes };
}

describe('RoomTracker', () => {
  it('enters on ENTER_ROOM 0 even when it arrives after the call gave up (late success)', () => {
    const { t } = tracker();
    t.requested('enter', 'lobby');
    expect(t.snapshot).toEqual({ state: 'entering', roomId: null });
    t.onEvent(1, ev(0));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'lobby' });
  });

  it('treats 1003 as entered and a failed entry as out of any room', () => {
    const { t } = tracker();
    t.requested('enter', 'a');
    t.onEvent(1, ev(1003));
    expect(t.snapshot.state).toBe('entered');
    t.requested('exit');
    t.onEvent(2, ev(0));
    t.requested('enter', 'b');
    t.onEvent(1, ev(7004));
    expect(t.snapshot).toEqual({ state: 'idle', roomId: null });
  });

  it('follows switches: 0 moves, 2001 stays, 2002 leaves every room', () => {
    const { t } = tracker();
    t.requested('enter', 'a');
    t.onEvent(1, ev(0));
    t.requested('switch', 'b');
    t.onEvent(13, ev(2001));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'a' });
    t.requested('switch', 'b');
    t.onEvent(13, ev(0));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'b' });
    t.requested('switch', 'c');
    t.onEvent(13, ev(2002));
    expect(t.snapshot).toEqual({ state: 'idle', roomId: null });
  });

  it('tracks disconnect and reconnect events and reports each change once', () => {
    const { t, changes } = tracker();
    t.requested('enter', 'a');
    t.onEvent(1, ev(0));
    t.onEvent(11, ev(0));
    t.onEvent(11, ev(0));
    t.onEvent(12, ev(0));
    t.onEvent(3, ev(0));
    expect(changes).toEqual([
      'idle->entering:null',
      'entering->entered:a',
      'entered->reconnecting:a',
      'reconnecting->entered:a',
      'entered->disconnected:a',
    ]);
  });

  it('restores the previous state when a request is refused at once', () => {
    const { t } = tracker();
    const before = t.snapshot;
    t.requested('enter', 'a');
    t.refused(before);
    expect(t.snapshot).toEqual({ state: 'idle', roomId: null });
  });
});
