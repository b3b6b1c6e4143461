import type { RoomState } from '../events.js';

/** The room as last seen. */
export interface RoomSnapshot {
  readonly state: RoomState;
  /** The room the client is in (or entering, switching to, reconnecting to); null when none. */
  readonly roomId: string | null;
}

type Change = (state: RoomState, previous: RoomState, roomId: string | null, reason: string) => void;

/**
 * Tracks the room from requests and SDK events, so a late ENTER_ROOM success that arrives after a
 * client-side timeout still leaves the client knowing it is in the room.
 */
export class RoomTracker {
  #state: RoomState = 'idle';
  #roomId: string | null = null;
  #target: string | null = null;
  readonly #onChange: Change;

  constructor(onChange: Change) {
    this.#onChange = onChange;
  }

  /** The state alone (no snapshot object made). */
  get state(): RoomState {
    return this.#state;
  }

  get snapshot(): RoomSnapshot {
    return { state: this.#state, roomId: this.#roomId };
  }

  /** A room request was posted. */
  requested(kind: 'enter' | 'switch' | 'exit', roomId?: string): void {
    if (kind === 'exit') this.#set('exiting', this.#roomId, 'exitRoom requested');
    else {
      this.#target = roomId ?? null;
      this.#set(kind === 'enter' ? 'entering' : 'switching', this.#roomId, `${kind}Room requested`);
    }
  }

  /** A posted room request was refused at once: the SDK did nothing. */
  refused(previous: RoomSnapshot): void {
    this.#set(previous.state, previous.roomId, 'request refused');
  }

  /**
   * A room request got no event in time: the client goes back to what it knew before the request
   * (it cannot tell what the SDK did). A late event still moves it, as any event does.
   */
  timedOut(previous: RoomSnapshot, kind: 'enter' | 'switch' | 'exit'): void {
    if (this.#state !== 'entering' && this.#state !== 'switching' && this.#state !== 'exiting') return;
    this.#set(previous.state, previous.roomId, `${kind}Room timed out`);
  }

  /** Feeds an SDK event: its type and its code (`undefined` when it has none). */
  onEvent(eventType: number, code: number | undefined): void {
    switch (eventType) {
      case 1: // ENTER_ROOM
        if (code === 0 || code === 1003) this.#set('entered', this.#target ?? this.#roomId, 'ENTER_ROOM');
        else if (code === 7007) this.#set('entered', this.#roomId, 'ENTER_ROOM 7007: in another room');
        else if (this.#state === 'entering') this.#set('idle', null, `ENTER_ROOM ${String(code)}`);
        break;
      case 2: // EXIT_ROOM
        if (code === 0 || code === 1003) this.#set('idle', null, 'EXIT_ROOM');
        else if (this.#state === 'exiting') this.#set('entered', this.#roomId, `EXIT_ROOM ${String(code)}`);
        break;
      case 13: // SWITCH_ROOM
        if (code === 0) this.#set('entered', this.#target, 'SWITCH_ROOM');
        else if (code === 2002) this.#set('idle', null, 'SWITCH_ROOM 2002: left every room');
        else this.#set('entered', this.#roomId, `SWITCH_ROOM ${String(code)}: still in the old room`);
        break;
      case 3: // ROOM_DISCONNECT
        this.#set('disconnected', this.#roomId, 'ROOM_DISCONNECT');
        break;
      case 11: // RECONNECT_START
        this.#set('reconnecting', this.#roomId, 'RECONNECT_START');
        break;
      case 12: // RECONNECT_SUCCESS
        this.#set('entered', this.#roomId, 'RECONNECT_SUCCESS');
        break;
    }
  }

  #set(state: RoomState, roomId: string | null, reason: string): void {
    const previous = this.#state;
    if (previous === state && this.#roomId === roomId) return;
    this.#state = state;
    this.#roomId = roomId;
    this.#onChange(state, previous, roomId, reason);
  }
}
