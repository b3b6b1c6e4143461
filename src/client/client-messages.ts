import type { GmeLocale } from '../codes/catalog.js';

/**
 * The details the client appends to the errors it makes itself, in English and Korean. Each
 * takes only log-safe values (numbers, operation and method names, never an argument's text).
 */
const MESSAGES = {
  en: {
    noEvent: (ms: number) => `No completion event came within ${ms} ms.`,
    noSlot: (ms: number) =>
      `The call waited ${ms} ms for a free slot under the concurrency limit and never reached the SDK.`,
    aborted: () => 'The call was aborted.',
    heldTooLong: (ms: number) =>
      `The call waited ${ms} ms for the SDK to reconnect; the connection did not come back, so it was not sent.`,
    queuedPastDeadline: () => 'The deadline passed while the call waited for the room operation before it.',
    sessionStopped: () => 'The room session is stopped.',
    sessionRunning: (roomId: string) =>
      `A room session for ${JSON.stringify(roomId)} is running: stop it before keeping another room.`,
    disposed: () => 'The client was disposed.',
    threw: () => 'The SDK method threw.',
    garbage: () => 'The SDK method returned something that is not a code.',
    malformed: () => 'The completion event payload could not be read.',
    lacksField: () => 'The completion event lacks a field the result needs.',
    addonMissing: () => 'The SDK returned -1: its native addon is not loaded.',
    unexpected: () => 'Unexpected internal failure.',
    unsupported: (surface: string, operation: string) => `The ${surface} SDK has no method for ${operation}.`,
    noMethod: (surface: string, method: string) => `The ${surface} SDK has no method ${method}.`,
    circuitOpen: (family: string) => `The ${family} circuit is open after repeated failures; failing fast.`,
    rawCircuitOpen: () => 'The circuit is open; failing fast.',
    methodName: () => 'Expected `method` to be a non-empty string.',
    argsArray: () => 'Expected `args` to be an array.',
  },
  ko: {
    noEvent: (ms: number) => `${ms}ms 안에 완료 이벤트가 오지 않았습니다.`,
    noSlot: (ms: number) => `동시 요청 한도의 빈 자리를 ${ms}ms 동안 기다렸지만 SDK에 닿지 못했습니다.`,
    aborted: () => '호출이 중단되었습니다.',
    heldTooLong: (ms: number) =>
      `SDK의 재연결을 ${ms}ms 동안 기다렸지만 연결이 돌아오지 않아 호출을 보내지 않았습니다.`,
    queuedPastDeadline: () => '앞선 방 작업을 기다리는 동안 호출의 기한이 지났습니다.',
    sessionStopped: () => '방 세션이 이미 멈췄습니다.',
    sessionRunning: (roomId: string) =>
      `${JSON.stringify(roomId)} 방의 세션이 실행 중입니다. 다른 방을 유지하려면 먼저 멈추세요.`,
    disposed: () => '클라이언트가 이미 해제(dispose)되었습니다.',
    threw: () => 'SDK 메서드가 예외를 던졌습니다.',
    garbage: () => 'SDK 메서드가 코드가 아닌 값을 돌려주었습니다.',
    malformed: () => '완료 이벤트의 내용을 읽을 수 없습니다.',
    lacksField: () => '완료 이벤트에 결과에 필요한 필드가 없습니다.',
    addonMissing: () => 'SDK가 -1을 돌려주었습니다. 네이티브 애드온이 로드되지 않았습니다.',
    unexpected: () => '예상하지 못한 내부 오류입니다.',
    unsupported: (surface: string, operation: string) =>
      `${surface} SDK에는 ${operation}에 해당하는 메서드가 없습니다.`,
    noMethod: (surface: string, method: string) => `${surface} SDK에는 ${method} 메서드가 없습니다.`,
    circuitOpen: (family: string) => `${family} 회로가 반복된 실패로 열려 있어 즉시 실패합니다.`,
    rawCircuitOpen: () => '회로가 열려 있어 즉시 실패합니다.',
    methodName: () => '`method`는 비어 있지 않은 문자열이어야 합니다.',
    argsArray: () => '`args`는 배열이어야 합니다.',
  },
} as const satisfies Record<GmeLocale, Record<string, (...args: never[]) => string>>;

/** The client's own error details in `locale`. */
export type ClientMessages = (typeof MESSAGES)['en'];

/** The detail texts of one locale. */
export function clientMessages(locale: GmeLocale): ClientMessages {
  return MESSAGES[locale];
}
