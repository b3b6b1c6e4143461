import { describe, expect, it } from 'vitest';
import { RoomTracker } from './room-tracker.js';

/** The code of a room event, as the tracker is fed it. */
const ev = (result: number): number => result;

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

/** A tracker that records every change as `previous->state:roomId (reason)`. */
function reasonTracker() {
  const changes: string[] = [];
  const t = new RoomTracker((state, previous, roomId, reason) =>
    changes.push(`${previous}->${state}:${String(roomId)} (${reason})`),
  );
  return { t, changes };
}

/** A tracker already in room `a`, with its history cleared. */
function inRoomA() {
  const { t, changes } = reasonTracker();
  t.requested('enter', 'a');
  t.onEvent(1, ev(0));
  changes.length = 0;
  return { t, changes };
}

describe('RoomTracker change reasons', () => {
  it('names the request that started each change', () => {
    const { t, changes } = inRoomA();
    t.requested('switch', 'b');
    t.onEvent(13, ev(0));
    t.requested('exit');
    t.onEvent(2, ev(0));
    t.requested('enter', 'c');
    expect(changes).toEqual([
      'entered->switching:a (switchRoom requested)',
      'switching->entered:b (SWITCH_ROOM)',
      'entered->exiting:b (exitRoom requested)',
      'exiting->idle:null (EXIT_ROOM)',
      'idle->entering:null (enterRoom requested)',
    ]);
  });

  it('says a request was refused when it restores the previous room', () => {
    const { t, changes } = inRoomA();
    const before = t.snapshot;
    t.requested('switch', 'b');
    t.refused(before);
    expect(changes).toEqual([
      'entered->switching:a (switchRoom requested)',
      'switching->entered:a (request refused)',
    ]);
  });

  it('names the entry event, and stays in the old room on 7007', () => {
    const { t, changes } = reasonTracker();
    t.requested('enter', 'a');
    t.onEvent(1, ev(0));
    t.requested('enter', 'b');
    t.onEvent(1, ev(7007));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'a' });
    expect(changes).toEqual([
      'idle->entering:null (enterRoom requested)',
      'entering->entered:a (ENTER_ROOM)',
      'entered->entering:a (enterRoom requested)',
      'entering->entered:a (ENTER_ROOM 7007: in another room)',
    ]);
  });

  it('drops out of any room with the failing code when an entry fails', () => {
    const { t, changes } = reasonTracker();
    t.requested('enter', 'a');
    t.onEvent(1, ev(7004));
    expect(changes).toEqual([
      'idle->entering:null (enterRoom requested)',
      'entering->idle:null (ENTER_ROOM 7004)',
    ]);
  });

  it('ignores a failed ENTER_ROOM event that arrives while no entry is under way', () => {
    const { t, changes } = inRoomA();
    t.onEvent(1, ev(7004));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'a' });
    expect(changes).toEqual([]);
  });

  it('treats EXIT_ROOM 1003 as out of the room', () => {
    const { t, changes } = inRoomA();
    t.requested('exit');
    t.onEvent(2, ev(1003));
    expect(t.snapshot).toEqual({ state: 'idle', roomId: null });
    expect(changes).toEqual(['entered->exiting:a (exitRoom requested)', 'exiting->idle:null (EXIT_ROOM)']);
  });

  it('goes back to the room with the failing code when an exit fails', () => {
    const { t, changes } = inRoomA();
    t.requested('exit');
    t.onEvent(2, ev(1004));
    expect(t.snapshot).toEqual({ state: 'entered', roomId: 'a' });
    expect(changes).toEqual([
      'entered->exiting:a (exitRoom requested)',
      'exiting->entered:a (EXIT_ROOM 1004)',
    ]);
  });

  it('ignores a failed EXIT_ROOM event that arrives while no exit is under way', () => {
    const { t, changes } = reasonTracker();
    t.requested('enter', 'a');
    t.onEvent(2, ev(1004));
    expect(t.snapshot).toEqual({ state: 'entering', roomId: null });
    t.onEvent(11, ev(0));
    t.onEvent(2, ev(1004));
    expect(t.snapshot).toEqual({ state: 'reconnecting', roomId: null });
    expect(changes).toEqual([
      'idle->entering:null (enterRoom requested)',
      'entering->reconnecting:null (RECONNECT_START)',
    ]);
  });

  it('names the switch outcome: left every room on 2002, still in the old room otherwise', () => {
    const { t, changes } = inRoomA();
    t.requested('switch', 'b');
    t.onEvent(13, ev(2001));
    t.requested('switch', 'c');
    t.onEvent(13, ev(2002));
    expect(changes).toEqual([
      'entered->switching:a (switchRoom requested)',
      'switching->entered:a (SWITCH_ROOM 2001: still in the old room)',
      'entered->switching:a (switchRoom requested)',
      'switching->idle:null (SWITCH_ROOM 2002: left every room)',
    ]);
  });

  it('names the connection events', () => {
    const { t, changes } = inRoomA();
    t.onEvent(3, ev(0));
    t.onEvent(11, ev(0));
    t.onEvent(12, ev(0));
    expect(changes).toEqual([
      'entered->disconnected:a (ROOM_DISCONNECT)',
      'disconnected->reconnecting:a (RECONNECT_START)',
      'reconnecting->entered:a (RECONNECT_SUCCESS)',
    ]);
  });

  it('reports a change of room even when the state stays the same', () => {
    const { t, changes } = reasonTracker();
    t.refused({ state: 'idle', roomId: 'x' });
    expect(t.snapshot).toEqual({ state: 'idle', roomId: 'x' });
    expect(changes).toEqual(['idle->idle:x (request refused)']);
  });
});
