import { describe, expectTypeOf, it } from 'vitest';
import type { GmeError } from './gme-error.js';

declare const e: GmeError;

describe('GmeError narrowing', () => {
  it('narrows name to the literal of the code', () => {
    if (e.code === 7006) expectTypeOf(e.name).toEqualTypeOf<'AV_ERR_AUTH_FIALD'>();
    if (e.code === 7004) expectTypeOf(e.name).toEqualTypeOf<'AV_ERR_NET_REQUEST_FALLED'>();
    if (e.code === 1003) expectTypeOf(e.name).toEqualTypeOf<'AV_ERR_HAS_IN_THE_STATE'>();
  });

  it('narrows code from name', () => {
    if (e.name === 'AV_ERR_CHARGE_OVERDUE') expectTypeOf(e.code).toEqualTypeOf<7005>();
  });

  it('reaches codes no table knows through UNKNOWN_CODE', () => {
    if (e.name === 'UNKNOWN_CODE') expectTypeOf(e.code).toBeNumber();
  });

  it('works in a switch', () => {
    switch (e.code) {
      case 2002:
        expectTypeOf(e.name).toEqualTypeOf<'QAV_ERR_TRY_NEW_ROOM_FAILED'>();
        break;
      case 4097:
        expectTypeOf(e.name).toEqualTypeOf<'QAVPTTERROR_RECORDER_PARAM_NULL' | 'VOICE_RECORDER_PARAM_NULL'>();
        break;
    }
  });
});
