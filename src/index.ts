/**
 * The public surface of gme-result (named exports only): the client, the SDK adapters, policies,
 * the code catalog and the error type.
 *
 * @example
 * import { createGmeClient, fromElectron } from 'gme-result';
 * const gme = createGmeClient({ sdk: fromElectron(GmeContext.GetInstance()) });
 *
 * @module gme-result
 */

export type { AuthOptions, AuthRefreshContext, GmeClientOptions } from './client/client-options.js';
export type {
  CallValue,
  ClientStats,
  GmeCall,
  GmeClient,
  RawCallOptions,
} from './client/create-gme-client.js';
export { createGmeClient } from './client/create-gme-client.js';
export type { RoomSnapshot } from './client/room-tracker.js';
export type { GmeListener } from './client/safe-emitter.js';
export type {
  KeepInRoomArgs,
  KeepInRoomOptions,
  RoomSession,
  RoomValue,
  SessionSettings,
  SessionStopValue,
  SwitchToArgs,
} from './client/session-options.js';
export { SESSION_DEFAULTS } from './client/session-options.js';
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
export { catalog, catalogEntry, KNOWN_CODES } from './codes/catalog.js';
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
export type { CallEvent, GmeEventMap, GmeEventName, RoomState, SessionState } from './events.js';
export type {
  GmeMethodArg,
  GmeMethodArgs,
  GmeMethodArgTypes,
  GmeMethodName,
  GmeMethodReturnTypes,
  GmeMethodSpec,
  GmeMethodValue,
} from './gme-methods.js';
export { GME_METHODS } from './gme-methods.js';
export type {
  CallOptions,
  GmeOperationName,
  OkMeta,
  OperationArgs,
  OperationData,
  OperationName,
  OperationValue,
  RoomType,
} from './operations.js';
export { OPERATION_NAMES } from './operations.js';
export type {
  ActionOptions,
  CategoryRules,
  CircuitBreakerOptions,
  CircuitBreakerSettings,
  CircuitState,
  Clock,
  CodeRules,
  CustomRecovery,
  FailAction,
  HoldMode,
  JitterMode,
  OperationRules,
  ParsePolicyOptions,
  Policy,
  PolicyAction,
  PolicyActionJSON,
  PolicyIssue,
  PolicyJSON,
  PolicyOptions,
  ReconnectOptions,
  ReconnectSettings,
  RecoverAction,
  RecoverOptions,
  RecoveryContext,
  RecoveryName,
  RecoveryOutcome,
  ResolvedAction,
  RetryAction,
  RetryBudgetOptions,
  RetryBudgetSettings,
  RetryOptions,
  RuleKind,
  SucceedAction,
} from './policy/index.js';
export {
  DEFAULT_CIRCUIT_BREAKER,
  DEFAULT_RECONNECT,
  DEFAULT_RETRY_BUDGET,
  definePolicy,
  fail,
  HOLD_MODES,
  isPolicy,
  NEVER_APPLIED_CODES,
  PolicyConfigError,
  parsePolicy,
  policyToJSON,
  RECOVERY_NAMES,
  recover,
  resolveAction,
  retry,
  succeed,
  systemClock,
} from './policy/index.js';
export type { GmeAdapter, RawEventHandler } from './sdk/adapter.js';
export type { GmeEventName as SdkEventName, GmeEventType } from './sdk/event-types.js';
export { EVENT_TYPES, eventName } from './sdk/event-types.js';
export type { ElectronDelegate, ElectronGmeContext, FromElectronOptions } from './sdk/from-electron.js';
export { fromElectron } from './sdk/from-electron.js';
export type { FromWebOptions, WebDelegate, WebGmeApi } from './sdk/from-web.js';
export { fromWeb } from './sdk/from-web.js';
export type { ParsedPayload } from './sdk/parse-payload.js';
