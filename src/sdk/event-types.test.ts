import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, eventName, eventTypeOf } from './event-types.js';

describe('EVENT_TYPES', () => {
  it("keeps GME's identifiers and numbers, the EVNET misspelling included", () => {
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_ENTER_ROOM).toBe(1);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_EXIT_ROOM).toBe(2);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_ROOM_DISCONNECT).toBe(3);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_USER_UPDATE).toBe(4);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_RECONNECT_START).toBe(11);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_RECONNECT_SUCCESS).toBe(12);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_SWITCH_ROOM).toBe(13);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_CHANGE_ROOM_TYPE).toBe(21);
    expect(EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_CHANGE_ROOM_QUALITY).toBe(1022);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_RECORD_COMPLETE).toBe(5001);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_UPLOAD_COMPLETE).toBe(5002);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_DOWNLOAD_COMPLETE).toBe(5003);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_PLAY_COMPLETE).toBe(5004);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_SPEECH2TEXT_COMPLETE).toBe(5005);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_COMPLETE).toBe(5006);
    expect(EVENT_TYPES.ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_IS_RUNNING).toBe(5007);
  });

  it('gives every event a distinct number', () => {
    const values = Object.values(EVENT_TYPES);
    expect(new Set(values).size).toBe(values.length);
  });
});

describe('eventName', () => {
  it('names known ids and answers UNKNOWN_EVENT for others', () => {
    expect(eventName(5002)).toBe('ITMG_MAIN_EVNET_TYPE_PTT_UPLOAD_COMPLETE');
    expect(eventName(13)).toBe('ITMG_MAIN_EVENT_TYPE_SWITCH_ROOM');
    expect(eventName(42)).toBe('UNKNOWN_EVENT');
    expect(eventName(-1)).toBe('UNKNOWN_EVENT');
    expect(eventName(Number.NaN)).toBe('UNKNOWN_EVENT');
  });

  it('round-trips with eventTypeOf for every entry', () => {
    for (const [name, value] of Object.entries(EVENT_TYPES)) {
      expect(eventName(value)).toBe(name);
      expect(eventTypeOf(name)).toBe(value);
    }
  });
});

describe('eventTypeOf', () => {
  it('refuses names GME does not define, prototype members included', () => {
    expect(eventTypeOf('ITMG_MAIN_EVENT_TYPE_SOMETHING')).toBeUndefined();
    expect(eventTypeOf('toString')).toBeUndefined();
    expect(eventTypeOf('__proto__')).toBeUndefined();
    expect(eventTypeOf('constructor')).toBeUndefined();
  });
});
