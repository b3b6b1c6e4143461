import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePayload } from './parse-payload.js';

describe('parsePayload', () => {
  it('reads Electron JSON text', () => {
    const p = parsePayload(
      '{"result":0,"error_info":"","file_path":"/a.silk","file_id":"https://x/1","text":"hi"}',
    );
    expect(p).toMatchObject({
      result: 0,
      errorInfo: '',
      filePath: '/a.silk',
      fileId: 'https://x/1',
      text: 'hi',
      malformed: false,
    });
    expect({ ...p.data }).toEqual({
      result: 0,
      error_info: '',
      file_path: '/a.silk',
      file_id: 'https://x/1',
      text: 'hi',
    });
  });

  it('reads a Web result object without keeping a reference to it', () => {
    const source = { result: 7004, error_info: 'net' };
    const p = parsePayload(source);
    expect(p).toMatchObject({ result: 7004, errorInfo: 'net', malformed: false });
    source.result = 0;
    expect(p.data.result).toBe(7004);
    expect(Object.isFrozen(p.data)).toBe(true);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it.each([
    ['bad JSON', '{"result":'],
    ['empty text', ''],
    ['JSON null', 'null'],
    ['a JSON array', '[0]'],
    ['a JSON number', '0'],
    ['a JSON string', '"0"'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 0],
    ['an array', [{ result: 0 }]],
    ['a function', () => 0],
  ])('marks %s malformed with no result', (_label, raw) => {
    const p = parsePayload(raw);
    expect(p.result).toBeUndefined();
    expect(p.malformed).toBe(true);
    expect(Object.keys(p.data)).toEqual([]);
  });

  it('turns a numeric string result into a number', () => {
    expect(parsePayload('{"result":"0"}')).toMatchObject({ result: 0, malformed: false });
    expect(parsePayload({ result: '7004' })).toMatchObject({ result: 7004, malformed: false });
    expect(parsePayload({ result: ' -1 ' })).toMatchObject({ result: -1, malformed: false });
    expect(Object.is(parsePayload({ result: '-0' }).result, 0)).toBe(true);
  });

  it.each([
    ['abc', 'abc'],
    ['a float', 1.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['a boolean', true],
    ['an object', { code: 0 }],
    ['an unsafe integer', 2 ** 60],
    ['an empty string', ''],
  ])('marks a result that is %s malformed', (_label, result) => {
    const p = parsePayload({ result, file_path: '/a.silk' });
    expect(p.result).toBeUndefined();
    expect(p.malformed).toBe(true);
    expect(p.filePath).toBe('/a.silk');
  });

  it('leaves a payload without any result readable and not malformed (user updates)', () => {
    const p = parsePayload('{"event_id":1,"user_list":["10001"]}');
    expect(p.result).toBeUndefined();
    expect(p.malformed).toBe(false);
    expect(p.data.event_id).toBe(1);
  });

  it('leaves a Web object without any result readable and not malformed', () => {
    const p = parsePayload({ event_id: 1, user_list: ['10001'] });
    expect(p.result).toBeUndefined();
    expect(p.malformed).toBe(false);
    expect(p.data.event_id).toBe(1);
  });

  it('adds no key for a string field the payload lacks', () => {
    expect(Reflect.ownKeys(parsePayload({ result: 0, file_path: '/a.silk' }))).toEqual([
      'result',
      'malformed',
      'data',
      'filePath',
    ]);
    expect(Reflect.ownKeys(parsePayload('{"result":0,"file_id":"https://x/1"}'))).toEqual([
      'result',
      'malformed',
      'data',
      'fileId',
    ]);
    expect(Reflect.ownKeys(parsePayload({ result: 0, error_info: '', text: 'hi' }))).toEqual([
      'result',
      'malformed',
      'data',
      'errorInfo',
      'text',
    ]);
  });

  it('accepts the doc-table key variants code, filepath and fileid', () => {
    expect(parsePayload({ code: 8193, filepath: '/b.silk', fileid: 'https://x/2' })).toMatchObject({
      result: 8193,
      filePath: '/b.silk',
      fileId: 'https://x/2',
      malformed: false,
    });
  });

  it('prefers result over code and file_path over filepath', () => {
    expect(parsePayload({ result: 0, code: 7004, file_path: '/a', filepath: '/b' })).toMatchObject({
      result: 0,
      filePath: '/a',
    });
  });

  it('ignores fields of the wrong type', () => {
    const p = parsePayload({ result: 0, error_info: 3, file_path: null, file_id: ['x'], text: { t: 1 } });
    expect(p).toEqual({ result: 0, malformed: false, data: expect.anything() });
    expect('filePath' in p).toBe(false);
    expect('text' in p).toBe(false);
  });

  it('keeps a __proto__ key as a plain field, never as a prototype', () => {
    const p = parsePayload('{"result":0,"__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(p.data)).toBeNull();
    expect((p.data as { polluted?: unknown }).polluted).toBeUndefined();
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.keys(p.data)).toContain('__proto__');
  });

  it('builds data from JSON text once: the same frozen, prototype-free object on every read', () => {
    const p = parsePayload('{"result":7004,"error_info":"net","extra":[1]}');
    const data = p.data;
    expect(p.data).toBe(data);
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect({ ...data }).toEqual({ result: 7004, error_info: 'net', extra: [1] });
  });

  it('keeps the payload a plain object whose only keys are its fields', () => {
    const p = parsePayload('{"result":0,"file_path":"/a.silk","file_id":"https://x/1","text":"hi"}');
    expect(Object.getPrototypeOf(p)).toBe(Object.prototype);
    expect(Reflect.ownKeys(p)).toEqual(['result', 'malformed', 'data', 'filePath', 'fileId', 'text']);
    expect(JSON.parse(JSON.stringify(p))).toEqual({
      result: 0,
      malformed: false,
      data: { result: 0, file_path: '/a.silk', file_id: 'https://x/1', text: 'hi' },
      filePath: '/a.silk',
      fileId: 'https://x/1',
      text: 'hi',
    });
  });

  it('reads only own fields, never ones inherited from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'file_path', { value: '/evil', configurable: true, writable: true });
    Object.defineProperty(proto, 'result', { value: 7006, configurable: true, writable: true });
    try {
      const p = parsePayload('{"event_id":1}');
      expect(p.result).toBeUndefined();
      expect(p.malformed).toBe(false);
      expect('filePath' in p).toBe(false);
      expect(Object.keys(p.data)).toEqual(['event_id']);
    } finally {
      delete proto.file_path;
      delete proto.result;
    }
  });

  it('treats an object with a throwing getter as malformed', () => {
    const hostile = Object.defineProperty({}, 'result', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parsePayload(hostile)).toMatchObject({ result: undefined, malformed: true });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parsePayload(revoked.proxy).malformed).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (raw) => {
        const p = parsePayload(raw);
        expect(typeof p.malformed).toBe('boolean');
        expect(p.result === undefined || Number.isSafeInteger(p.result)).toBe(true);
      }),
    );
  });

  it('reads the same payload from its JSON text and from the object', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            result: fc.integer({ min: -1, max: 400_000 }),
            error_info: fc.string(),
            file_path: fc.string(),
            file_id: fc.string(),
            text: fc.string(),
          },
          { requiredKeys: ['result'] },
        ),
        (payload) => {
          const fromText = parsePayload(JSON.stringify(payload));
          const fromObject = parsePayload(payload);
          expect(fromText).toEqual(fromObject);
          expect(fromText.result).toBe(payload.result === 0 ? 0 : payload.result);
          expect(fromText.filePath).toBe(payload.file_path);
          expect(fromText.malformed).toBe(false);
        },
      ),
    );
  });
});
