// The public surface of gme-result: named exports only.

export type { AuthOptions, AuthRefreshContext, GmeClientOptions } from './client/client-options.js';
export type { CallValue, ClientStats, GmeClient, RawCallOptions } from './client/create-gme-client.js';
export { createGmeClient } from './client/create-gme-client.js';
export type {
  CallOptions,
  OkMeta,
  OperationArgs,
  OperationData,
  OperationName,
  OperationValue,
  RoomType,
} from './client/operation-types.js';
export { OPERATION_NAMES } from './client/operation-types.js';
export type { RoomSnapshot } from './client/room-tracker.js';
export type { GmeListener } from './client/safe-emitter.js';
export type {
  CatalogEntry,
  CodeText,
  GmeCategory,
  GmeCode,
  GmeCodeName,
  GmeLocale,
  GmeTableId,
  NameOfCode,
} from './codes/catalog.js';
export type { CodeDescription, DescribeCodeOptions } from './codes/describe-code.js';
export { describeCode, isKnownCode } from './codes/describe-code.js';
export type {
  GmeError,
  GmeErrorFields,
  GmeErrorJSON,
  GmeErrorSource,
  KnownGmeError,
  UnknownGmeCode,
  UnknownGmeError,
} from './errors/gme-error.js';
export { isGmeError } from './errors/gme-error.js';
export type { GmeEventMap, GmeEventName, RoomState } from './events.js';
export type { GmeAdapter, RawEventHandler } from './sdk/adapter.js';
