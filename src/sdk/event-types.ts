/**
 * GME's event ids, as the native SDKs number them (the 2.9.15 C++ header and the Electron
 * package's `ITMG_MAIN_EVENT_TYPE` enum). The identifiers are GME's own, misspellings included:
 * several are written `EVNET`. `ITMG_MAIN_EVENT_TYPE_SWITCH_ROOM` (13) comes from the C++ header;
 * the Electron enum lacks it.
 *
 * @example
 * import { EVENT_TYPES } from 'gme-result';
 * if (eventType === EVENT_TYPES.ITMG_MAIN_EVENT_TYPE_ENTER_ROOM) console.log('entered');
 */
export const EVENT_TYPES = {
  ITMG_MAIN_EVENT_TYPE_NONE: 0,
  ITMG_MAIN_EVENT_TYPE_ENTER_ROOM: 1,
  ITMG_MAIN_EVENT_TYPE_EXIT_ROOM: 2,
  ITMG_MAIN_EVENT_TYPE_ROOM_DISCONNECT: 3,
  ITMG_MAIN_EVNET_TYPE_USER_UPDATE: 4,
  ITMG_MAIN_EVENT_TYPE_RECONNECT_START: 11,
  ITMG_MAIN_EVENT_TYPE_RECONNECT_SUCCESS: 12,
  ITMG_MAIN_EVENT_TYPE_SWITCH_ROOM: 13,
  ITMG_MAIN_EVENT_TYPE_CHANGE_ROOM_TYPE: 21,
  ITMG_MAIN_EVENT_TYPE_AUDIO_DATA_EMPTY: 22,
  ITMG_MAIN_EVENT_TYPE_SPEAKER_DEFAULT_DEVICE_CHANGED: 1008,
  ITMG_MAIN_EVENT_TYPE_SPEAKER_NEW_DEVICE: 1009,
  ITMG_MAIN_EVENT_TYPE_SPEAKER_LOST_DEVICE: 1010,
  ITMG_MAIN_EVENT_TYPE_MIC_NEW_DEVICE: 1011,
  ITMG_MAIN_EVENT_TYPE_MIC_LOST_DEVICE: 1012,
  ITMG_MAIN_EVENT_TYPE_MIC_DEFAULT_DEVICE_CHANGED: 1013,
  ITMG_MAIN_EVENT_TYPE_AUDIO_ROUTE_CHANGED: 1014,
  ITMG_MAIN_EVENT_TYPE_USER_VOLUMES: 1020,
  ITMG_MAIN_EVENT_TYPE_CHANGE_ROOM_QUALITY: 1022,
  ITMG_MAIN_EVENT_TYPE_ACCOMPANY_FINISH: 1090,
  ITMG_MAIN_EVENT_TYPE_SERVER_AUDIO_ROUTE_EVENT: 1091,
  ITMG_MAIN_EVENT_TYPE_CUSTOMDATA_UPDATE: 1092,
  ITMG_MAIN_EVENT_TYPE_REALTIME_ASR: 1093,
  ITMG_MAIN_EVENT_TYPE_CHORUS_EVENT: 1094,
  ITMG_MAIN_EVENT_TYPE_CHANGETEAMID: 1095,
  ITMG_MAIN_EVENT_TYPE_AGE_DETECTED: 1096,
  ITMG_MAIN_EVNET_TYPE_AUDIO_READY: 2000,
  ITMG_MAIN_EVNET_TYPE_PTT_RECORD_COMPLETE: 5001,
  ITMG_MAIN_EVNET_TYPE_PTT_UPLOAD_COMPLETE: 5002,
  ITMG_MAIN_EVNET_TYPE_PTT_DOWNLOAD_COMPLETE: 5003,
  ITMG_MAIN_EVNET_TYPE_PTT_PLAY_COMPLETE: 5004,
  ITMG_MAIN_EVNET_TYPE_PTT_SPEECH2TEXT_COMPLETE: 5005,
  ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_COMPLETE: 5006,
  ITMG_MAIN_EVNET_TYPE_PTT_STREAMINGRECOGNITION_IS_RUNNING: 5007,
} as const;

/** The identifier of a known GME event, e.g. `'ITMG_MAIN_EVENT_TYPE_ENTER_ROOM'`. */
export type GmeEventName = keyof typeof EVENT_TYPES;

/** The numeric id of a known GME event, e.g. `1` or `5002`. */
export type GmeEventType = (typeof EVENT_TYPES)[GmeEventName];

const NAMES: ReadonlyMap<number, GmeEventName> = new Map(
  (Object.keys(EVENT_TYPES) as GmeEventName[]).map((name) => [EVENT_TYPES[name], name]),
);

/**
 * The GME identifier of an event id, or `'UNKNOWN_EVENT'` for an id GME does not define.
 *
 * @example
 * import { eventName } from 'gme-result';
 * eventName(5002); // 'ITMG_MAIN_EVNET_TYPE_PTT_UPLOAD_COMPLETE'
 * eventName(42);   // 'UNKNOWN_EVENT'
 */
export function eventName(type: number): GmeEventName | 'UNKNOWN_EVENT' {
  return NAMES.get(type) ?? 'UNKNOWN_EVENT';
}

/**
 * The native id of an event identifier, or `undefined` when GME defines no event of that name.
 * Used to translate the Web SDK's own event numbers by name.
 *
 * @example
 * import { eventTypeOf } from 'gme-result';
 * eventTypeOf('ITMG_MAIN_EVENT_TYPE_EXIT_ROOM'); // 2
 */
export function eventTypeOf(name: string): GmeEventType | undefined {
  return Object.hasOwn(EVENT_TYPES, name) ? EVENT_TYPES[name as GmeEventName] : undefined;
}
