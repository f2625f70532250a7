/** Calls to requests: paths, queries, headers, cookies, bodies; responses to data. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';
import {
  buildPath,
  buildQuery,
  cookieHeader,
  encodeBody,
  headerValue,
  readErrorBody,
  parseJson,
  readResponse,
  withExtraBody,
  type ParameterStyle,
} from '../../../../../generated/imarouter/src/core/http.ts';

describe('buildPath', () => {
  const cases: { template: string; params: Record<string, unknown>; want: string }[] = [
    { template: '/v1/videos/{task_id}', params: { task_id: 'abc' }, want: '/v1/videos/abc' },
    { template: '/v1/{a}/{b}', params: { a: 1, b: true }, want: '/v1/1/true' },
    { template: '/v1/files/{name}', params: { name: 'a/b' }, want: '/v1/files/a%2Fb' },
    { template: '/v1/files/{name}', params: { name: '../x' }, want: '/v1/files/..%2Fx' },
    { template: '/v1/files/{name}', params: { name: 'a b?c#d' }, want: '/v1/files/a%20b%3Fc%23d' },
    { template: '/v1/files/{name}', params: { name: '...' }, want: '/v1/files/...' },
    { template: '/v1/static', params: {}, want: '/v1/static' },
  ];
  it.each(cases)('$template with $params → $want', ({ template, params, want }) => expect(buildPath(template, params)).toBe(want));

  const refused: { params: Record<string, unknown>; want: string }[] = [
    { params: {}, want: 'Missing path parameter "id"' },
    { params: { id: null }, want: 'Missing path parameter "id"' },
    { params: { id: '.' }, want: 'Path parameter "id" cannot be "."' },
    { params: { id: '..' }, want: 'Path parameter "id" cannot be ".."' },
  ];
  it.each(refused)('refuses $params', ({ params, want }) => {
    expect(() => buildPath('/v1/{id}', params)).toThrow(SDKError);
    expect(() => buildPath('/v1/{id}', params)).toThrow(want);
  });
});

describe('buildQuery', () => {
  const cases: { name: string; query: Record<string, unknown>; styles?: Record<string, ParameterStyle>; want: string }[] = [
    { name: 'nothing', query: {}, want: '' },
    { name: 'undefined left out', query: { a: undefined }, want: '' },
    { name: 'scalars', query: { limit: 10, q: 'a b&c' }, want: '?limit=10&q=a+b%26c' },
    { name: 'null as text', query: { a: null }, want: '?a=null' },
    { name: 'array, form exploded (default)', query: { id: [1, 2] }, want: '?id=1&id=2' },
    { name: 'array, form not exploded', query: { id: [1, 2] }, styles: { id: { explode: false } }, want: '?id=1%2C2' },
    { name: 'array, spaceDelimited', query: { id: [1, 2] }, styles: { id: { style: 'spaceDelimited' } }, want: '?id=1+2' },
    { name: 'array, pipeDelimited', query: { id: [1, 2] }, styles: { id: { style: 'pipeDelimited' } }, want: '?id=1%7C2' },
    { name: 'object, form exploded', query: { f: { a: 1, b: undefined, c: 'x' } }, want: '?a=1&c=x' },
    { name: 'object, form not exploded', query: { f: { a: 1, c: 'x' } }, styles: { f: { explode: false } }, want: '?f=a%2C1%2Cc%2Cx' },
    { name: 'object, deepObject', query: { f: { a: 1, c: 'x' } }, styles: { f: { style: 'deepObject', explode: true } }, want: '?f%5Ba%5D=1&f%5Bc%5D=x' },
  ];
  it.each(cases)('$name → $want', ({ query, styles, want }) => expect(buildQuery(query, styles)).toBe(want));
});

describe('headerValue', () => {
  const cases: { value: unknown; want: string }[] = [
    { value: 'text', want: 'text' },
    { value: 42, want: '42' },
    { value: false, want: 'false' },
    { value: { a: 1 }, want: '{"a":1}' },
  ];
  it.each(cases)('$value → $want', ({ value, want }) => expect(headerValue('x-h', value)).toBe(want));

  it.each(['a\r\nx-injected: 1', 'a\nb', 'a\0b'])('refuses a line break or NUL: %j', (value) => {
    expect(() => headerValue('x-h', value)).toThrow('Header "x-h" contains a line break or NUL character');
  });
});

describe('cookieHeader', () => {
  const cases: { cookies: Record<string, unknown>; want: string | undefined }[] = [
    { cookies: {}, want: undefined },
    { cookies: { a: undefined }, want: undefined },
    { cookies: { session: 'a b;c', n: 1 }, want: 'session=a%20b%3Bc; n=1' },
  ];
  it.each(cases)('$cookies → $want', ({ cookies, want }) => expect(cookieHeader(cookies)).toBe(want));
});

describe('withExtraBody', () => {
  const cases: { name: string; body: unknown; extra: Record<string, unknown> | undefined; want: unknown }[] = [
    { name: 'no extra', body: 'as is', extra: undefined, want: 'as is' },
    { name: 'no body', body: undefined, extra: { a: 1 }, want: { a: 1 } },
    { name: 'merged, extra wins', body: { a: 1, b: 2 }, extra: { b: 3 }, want: { a: 1, b: 3 } },
  ];
  it.each(cases)('$name', ({ body, extra, want }) => expect(withExtraBody(body, extra)).toEqual(want));

  it.each([
    ['a string', 'text'],
    ['an array', [1]],
    ['null', null],
    ['a Blob', new Blob(['x'])],
    ['bytes', new Uint8Array(1)],
    ['FormData', new FormData()],
  ])('refuses %s', (_name, body) => {
    expect(() => withExtraBody(body, { a: 1 })).toThrow('`extraBody` needs a body that is an object');
  });
});

describe('encodeBody', () => {
  it.each([
    ['application/json', { a: 1 }, '{"a":1}'],
    ['application/json', [{ a: 1 }], '[{"a":1}]'],
    ['application/json', Object.assign(Object.create(null), { a: 1 }), '{"a":1}'],
    [
      'application/json',
      new (class Point {
        x = 1;
      })(),
      '{"x":1}',
    ],
    ['application/json', null, 'null'],
    ['application/merge-patch+json', { a: 1 }, '{"a":1}'],
    ['Application/JSON; charset=utf-8', [1], '[1]'],
    ['application/octet-stream', 'raw', 'raw'],
    ['application/xml', { a: 1 }, '{"a":1}'],
  ])('%s', (contentType, body, want) => {
    const encoded = encodeBody(body, contentType);
    expect(encoded.body).toBe(want);
    expect(encoded.contentType).toBe(contentType);
  });

  it('defaults to JSON', () => expect(encodeBody({ a: 1 })).toEqual({ body: '{"a":1}', contentType: 'application/json' }));

  it('form-urlencoded: arrays repeat, objects as JSON, undefined left out', () => {
    const { body } = encodeBody({ a: [1, 2], o: { x: 1 }, u: undefined, s: 'v' }, 'application/x-www-form-urlencoded');
    expect(String(body)).toBe('a=1&a=2&o=%7B%22x%22%3A1%7D&s=v');
  });

  it('form-urlencoded refuses a file', () => {
    expect(() => encodeBody({ f: new Blob(['x']) }, 'application/x-www-form-urlencoded')).toThrow('Form field "f" is a file; send it as multipart/form-data');
  });

  it('multipart: no content type (fetch sets the boundary), files keep their names', async () => {
    const encoded = encodeBody({ file: new File(['x'], 'a.png'), n: 1, tags: ['a', 'b'] }, 'multipart/form-data');
    expect(encoded.contentType).toBeUndefined();
    const form = encoded.body as FormData;
    expect((form.get('file') as File).name).toBe('a.png');
    expect(form.get('n')).toBe('1');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
  });

  it('multipart: a Blob without a name goes as the platform names it, not as "undefined"', () => {
    const form = encodeBody({ file: new Blob(['x']) }, 'multipart/form-data').body as FormData;
    expect((form.get('file') as File).name).toBe('blob');
  });

  it('a FormData body is sent as it is, with its own content type', () => {
    const form = new FormData();
    expect(encodeBody(form, 'application/json')).toEqual({ body: form });
  });
});

describe('readResponse', () => {
  // Bytes, not a string: a string body would get a text/plain content type of its own.
  const json = (text: string, type = 'application/json', status = 200) => new Response(new TextEncoder().encode(text), { status, headers: type ? { 'content-type': type } : {} });
  const cases: { name: string; response: () => Response; type?: 'json' | 'text' | 'blob' | 'void' | 'auto'; want: unknown }[] = [
    { name: 'JSON by content type', response: () => json('{"a":1}'), want: { a: 1 } },
    { name: '+json', response: () => json('[1]', 'application/problem+json'), want: [1] },
    { name: 'no content type reads JSON', response: () => json('{"a":1}', ''), want: { a: 1 } },
    { name: 'empty JSON body', response: () => json(''), want: undefined },
    { name: 'text/*', response: () => json('hello', 'text/plain'), want: 'hello' },
    { name: 'declared text wins', response: () => json('{"a":1}'), type: 'text', want: '{"a":1}' },
    { name: 'void', response: () => json('{"a":1}'), type: 'void', want: undefined },
    { name: '204', response: () => new Response(null, { status: 204 }), want: undefined },
  ];
  it.each(cases)('$name', async ({ response, type, want }) => expect(await readResponse(response(), type)).toEqual(want));

  it('anything else is a Blob', async () => {
    const data = await readResponse(json('bytes', 'image/png'), 'auto');
    expect(data).toBeInstanceOf(Blob);
  });

  it('invalid JSON is an SDKError with the text, redacted', async () => {
    const read = readResponse(json('not json sk-1'), 'json', (text) => text.replace('sk-1', '[REDACTED]'));
    await expect(read).rejects.toThrow('The server sent a response that is not valid JSON: not json [REDACTED]');
  });
});

describe('parseJson', () => {
  const redact = (text: string) => text.replaceAll('sk-1', '[REDACTED]');
  it.each([
    ['{"a":1}', { a: 1 }],
    ['[1,"x"]', [1, 'x']],
    ['null', null],
  ])('%s', (text, want) => expect(parseJson(text, redact)).toEqual(want));
  it('not JSON: an SDKError quoting the start of the text, redacted', () => {
    expect(() => parseJson('<html>sk-1', redact)).toThrow(new SDKError('The server sent a response that is not valid JSON: <html>[REDACTED]'));
    expect(() => parseJson('x'.repeat(300), redact)).toThrow(`not valid JSON: ${'x'.repeat(200)}`);
  });
});

describe('maxResponseBytes when reading a response whole', () => {
  it.each(['json', 'text', 'blob', 'auto'] as const)('%s: a body over the limit fails with ResponseTooLargeError', async (type) => {
    const read = readResponse(new Response('{"a":"0123456789"}', { headers: { 'content-type': 'application/json' } }), type, undefined, 10, 'GET /x');
    await expect(read).rejects.toThrow(
      new ResponseTooLargeError(
        'GET /x: the response body is larger than maxResponseBytes (10 bytes). Raise `maxResponseBytes` (client option or per call), or read the body as a stream with asResponse().',
        10,
      ),
    );
  });

  it('an error body over the limit is left out', async () => expect(await readErrorBody(new Response('x'.repeat(11)), undefined, 10)).toBeUndefined());
});

describe('readErrorBody', () => {
  const cases: { given: string; want: unknown }[] = [
    { given: '{"error":"bad"}', want: { error: 'bad' } },
    { given: 'plain text', want: 'plain text' },
    { given: '', want: undefined },
  ];
  it.each(cases)('$given → $want', async ({ given, want }) => expect(await readErrorBody(new Response(given))).toEqual(want));

  it('redacts before parsing', async () => {
    expect(await readErrorBody(new Response('{"key":"sk-1"}'), (text) => text.replace('sk-1', 'X'))).toEqual({ key: 'X' });
  });
});
