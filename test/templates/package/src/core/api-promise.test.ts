/** The promise every call returns: data by default, `.withResponse()`, `.asResponse()`, the request id. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { APIPromise, requestIdOf, type Delivery } from '../../../../../generated/imarouter/src/core/api-promise.ts';
import { SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';

/** A transport that answers after a macrotask (as a socket does), reading the body unless asked for it raw. */
function call(data: unknown, headers: Record<string, string> = {}): { promise: APIPromise<unknown>; sends: () => number } {
  let sends = 0;
  const promise = new APIPromise<unknown>((wantsRaw) => {
    sends += 1;
    return new Promise<Delivery>((resolve) =>
      setTimeout(() => {
        const response = new Response(JSON.stringify(data), { headers });
        resolve(wantsRaw() ? { response, data: undefined, raw: true } : { response, data, raw: false });
      }, 1),
    );
  });
  return { promise, sends: () => sends };
}

describe('requestIdOf', () => {
  const cases: { given: Record<string, string>; want: string | undefined }[] = [
    { given: { 'x-request-id': 'req_1' }, want: 'req_1' },
    { given: { 'request-id': 'req_2' }, want: 'req_2' },
    { given: { 'x-request-id': 'req_3', 'request-id': 'other' }, want: 'req_3' },
    { given: {}, want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(requestIdOf(new Headers(given))).toBe(want));
});

describe('awaiting a call', () => {
  const cases: { name: string; data: unknown; headers: Record<string, string>; want: string | undefined }[] = [
    { name: 'an object carries the id', data: { id: 1 }, headers: { 'x-request-id': 'req_a' }, want: 'req_a' },
    { name: 'an array carries the id', data: [1, 2], headers: { 'x-request-id': 'req_b' }, want: 'req_b' },
    { name: 'no id header, no property', data: { id: 1 }, headers: {}, want: undefined },
    { name: 'the data’s own _request_id wins', data: { _request_id: 'mine' }, headers: { 'x-request-id': 'req_c' }, want: 'mine' },
  ];
  it.each(cases)('$name', async ({ data, headers, want }) => {
    const result = (await call(structuredClone(data), headers).promise) as { _request_id?: string };
    expect(result._request_id).toBe(want);
    // The id never shows in the data itself.
    expect(JSON.stringify(result)).toBe(JSON.stringify(data));
    expect(Object.keys(result)).toEqual(Object.keys(data as object));
  });

  it('a string or a number is the value itself', async () => {
    expect(await call('text', { 'x-request-id': 'r' }).promise).toBe('text');
    expect(await call(42, { 'x-request-id': 'r' }).promise).toBe(42);
  });

  it('sends once however often it is awaited; derived promises are plain promises', async () => {
    const { promise, sends } = call({ n: 1 });
    const derived = promise.then((value) => value);
    expect(derived).not.toBeInstanceOf(APIPromise);
    expect(await promise).toEqual({ n: 1 });
    expect(await promise.withResponse()).toMatchObject({ data: { n: 1 } });
    expect(await derived).toEqual({ n: 1 });
    expect(sends()).toBe(1);
  });

  it('is a Promise, and catch/finally see a failure', async () => {
    const failed = APIPromise.failed<unknown>(new SDKError('boom'));
    expect(failed).toBeInstanceOf(Promise);
    let finished = false;
    await expect(failed.finally(() => (finished = true))).rejects.toThrow('boom');
    expect(finished).toBe(true);
    expect(await APIPromise.failed(new SDKError('x')).catch((error: unknown) => (error as Error).message)).toBe('x');
  });
});

describe('withResponse', () => {
  it('gives the data, the response, the request id and the rate limits', async () => {
    const { promise } = call({ ok: true }, { 'x-request-id': 'req_w', 'x-ratelimit-remaining': '7' });
    const { data, response, requestId, rateLimit } = await promise.withResponse();
    expect(data).toEqual({ ok: true });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_w');
    expect(rateLimit).toMatchObject({ remaining: 7 });
  });

  it('rejects with the call’s error', async () => {
    await expect(APIPromise.failed(new SDKError('nope')).withResponse()).rejects.toThrow('nope');
  });
});

describe('asResponse', () => {
  it('written on the call, leaves the body unread for the caller', async () => {
    const response = await call({ big: 'body' }).promise.asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ big: 'body' });
  });

  it('after the body was read as data, says how to call it', async () => {
    const { promise } = call({ a: 1 });
    await promise;
    await expect(promise.asResponse()).rejects.toThrow(/call it on the call itself/);
  });

  it('then awaiting the data of the same call says the body was handed over', async () => {
    const { promise } = call({ a: 1 });
    await promise.asResponse();
    await expect(promise).rejects.toBeInstanceOf(SDKError);
  });
});
