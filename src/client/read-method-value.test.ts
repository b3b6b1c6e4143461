import { describe, expect, it } from 'vitest';
import { readMethodValue } from './read-method-value.js';

describe('readMethodValue', () => {
  it.each([
    ['volume', 0],
    ['volume', 101],
    ['volume', 200],
    ['micState', 0],
    ['micState', 1],
    ['speakerState', 2],
    ['text', '2.9.15'],
    ['text', ''],
  ] as const)('reads %s %j as the data', (kind, value) => {
    expect(readMethodValue(kind, value)).toEqual({ kind: 'value' });
  });

  it('never reads a mic state of 1 as a code: it means "on"', () => {
    expect(readMethodValue('micState', 1)).toEqual({ kind: 'value' });
  });

  it.each([
    ['volume', 1101],
    ['micState', 1101],
    ['text', 1004],
  ] as const)('reads %s %j, outside the shape and a catalog code, as that code', (kind, value) => {
    expect(readMethodValue(kind, value)).toEqual({ kind: 'code', code: value });
  });

  it('reads -1 as the missing native addon of gme-electron-sdk', () => {
    expect(readMethodValue('volume', -1)).toEqual({ kind: 'addonMissing' });
    expect(readMethodValue('text', -1)).toEqual({ kind: 'addonMissing' });
  });

  it.each([
    ['volume', 201],
    ['volume', 1.5],
    ['volume', '100'],
    ['micState', 2],
    ['speakerState', 3],
    ['text', 0],
    ['text', undefined],
    ['volume', 99999],
  ] as const)('reads %s %j as no answer at all', (kind, value) => {
    expect(readMethodValue(kind, value)).toEqual({ kind: 'garbage' });
  });
});
