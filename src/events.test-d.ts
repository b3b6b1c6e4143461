import { describe, expectTypeOf, it } from 'vitest';
import type { GmeClient } from './client/client-types.js';
import type { GmeEventMap } from './events.js';
import type { GmeMethodName } from './gme-methods.js';
import type { GmeOperationName, OperationName } from './operations.js';

declare const gme: GmeClient;

describe('the operation of event payloads', () => {
  it('is GmeOperationName on every event about a call', () => {
    expectTypeOf<GmeEventMap['attempt']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['success']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['error']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['retry']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['recovery']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['budgetExhausted']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['held']['operation']>().toEqualTypeOf<GmeOperationName>();
    expectTypeOf<GmeEventMap['released']['operation']>().toEqualTypeOf<GmeOperationName>();
  });

  it('is exactly an OperationName on a late result (only operations have completion events)', () => {
    expectTypeOf<GmeEventMap['lateResult']['operation']>().toEqualTypeOf<OperationName>();
  });

  it('holds the operations and the known SDK methods, and any other method name', () => {
    expectTypeOf<OperationName>().toExtend<GmeOperationName>();
    expectTypeOf<GmeMethodName>().toExtend<GmeOperationName>();
    expectTypeOf<'EnableLoopBack'>().toExtend<GmeOperationName>();
    expectTypeOf<string>().toExtend<GmeOperationName>();
    expectTypeOf<GmeOperationName>().toExtend<string>();
    expectTypeOf<42>().not.toExtend<GmeOperationName>();
  });

  it('reaches listeners typed so', () => {
    gme.on('error', (e) => {
      expectTypeOf(e.operation).toEqualTypeOf<GmeOperationName>();
      expectTypeOf(e.joined).toEqualTypeOf<true | undefined>();
    });
    gme.on('success', (e) => {
      expectTypeOf(e.operation).toEqualTypeOf<GmeOperationName>();
    });
  });
});
