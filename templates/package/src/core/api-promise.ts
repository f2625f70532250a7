/**
 * What every call returns: a promise of the result that also gives the HTTP response —
 * `await client.things.create(…)` is the data, `.withResponse()` adds the `Response`, the request id and the
 * rate limits, `.asResponse()` is the `Response` with its body unread (a download as a stream).
 *
 * The request starts when the call is made, as with any promise. Whether its body is read is decided when the
 * headers arrive: by then `.asResponse()`, written on the call itself, has been seen.
 */
import { SDKError } from './errors.js';
import { parseRateLimit, type RateLimit } from './rate-limit.js';

/** The server's request id of a response (`x-request-id`, else `request-id`), to quote when reporting a problem. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
}

/** What the transport delivers for one call: the 2xx response and, unless it was asked for raw, the data. */
export interface Delivery {
  response: Response;
  data: unknown;
  /** The body was left unread for `asResponse()`. */
  raw: boolean;
}

/** What {@link APIPromise.withResponse} resolves to. */
export interface WithResponse<T> {
  data: T;
  /** Status, headers and URL of the response; its body has been read into `data`. */
  response: Response;
  /** The server's request id (`x-request-id` or `request-id`), to quote when reporting a problem. */
  requestId: string | undefined;
  /** The rate-limit headers of the response, parsed; `undefined` when it sent none. */
  rateLimit: RateLimit | undefined;
}

/**
 * A result with the request id it came with, as a non-enumerable `_request_id`: readable, but absent from
 * `JSON.stringify`, `Object.keys`, spreads and equality checks. Only objects carry it (not strings or numbers),
 * and never one whose own data has a `_request_id`.
 */
export type WithRequestID<T> = T extends object
  ? '_request_id' extends keyof T
    ? T
    : T & { readonly _request_id?: string }
  : T;

function withRequestId<T>(data: T, response: Response): WithRequestID<T> {
  const id = requestIdOf(response.headers);
  if (
    id !== undefined &&
    typeof data === 'object' &&
    data !== null &&
    Object.isExtensible(data) &&
    !Object.prototype.hasOwnProperty.call(data, '_request_id')
  ) {
    Object.defineProperty(data, '_request_id', { value: id, enumerable: false, configurable: true, writable: false });
  }
  return data as WithRequestID<T>;
}

/** Starts a call's transport; `wantsRaw` tells it, once the headers are there, whether to leave the body unread. */
export type Send = (wantsRaw: () => boolean) => Promise<Delivery>;

/** The data of a delivery, with its request id; one function for all calls rather than a closure per call. */
function dataOf({ response, data, raw }: Delivery): unknown {
  if (raw) throw new SDKError("This call's body was handed over unread by asResponse(); read it from that Response.");
  return withRequestId(data, response);
}

const PLACEHOLDER = (resolve: (value: never) => void): void => resolve(undefined as never);

/** The promise every call returns: awaiting it gives the data; see {@link withResponse} and {@link asResponse}. */
export class APIPromise<T> extends Promise<WithRequestID<T>> {
  readonly #delivery: Promise<Delivery>;
  #raw = false;
  #data: Promise<WithRequestID<T>> | undefined;

  constructor(send: Send) {
    // The base promise is a placeholder: `then`, `catch` and `finally` answer from the delivery.
    super(PLACEHOLDER);
    this.#delivery = send(() => this.#raw);
  }

  /** `then` and friends make plain promises (not calls): a derived promise has no request of its own. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  /** A call that failed before anything was sent. */
  static failed<T>(error: unknown): APIPromise<T> {
    return new APIPromise<T>(() => Promise.reject(error));
  }

  /**
   * The HTTP response as soon as a 2xx arrives, its body unread: read a download as a stream (`response.body`)
   * without holding it in memory. Errors and retries are as for any call. Write it on the call itself
   * (`await client.files.content(id).asResponse()`): the body is read as data when the headers arrive otherwise.
   */
  asResponse(): Promise<Response> {
    this.#raw = true;
    return this.#delivery.then(({ response, raw }) => {
      if (!raw) {
        throw new SDKError(
          'asResponse() came after the response had been read as data: call it on the call itself, e.g. `await client.x.get(id).asResponse()`.',
        );
      }
      return response;
    });
  }

  /** The data together with the `Response` it came in, the request id and the rate limits. */
  async withResponse(): Promise<WithResponse<WithRequestID<T>>> {
    const data = await this.#parse();
    const { response } = await this.#delivery;
    return { data, response, requestId: requestIdOf(response.headers), rateLimit: parseRateLimit(response.headers) };
  }

  #parse(): Promise<WithRequestID<T>> {
    this.#data ??= this.#delivery.then(dataOf) as Promise<WithRequestID<T>>;
    return this.#data;
  }

  override then<TResult1 = WithRequestID<T>, TResult2 = never>(
    onfulfilled?: ((value: WithRequestID<T>) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.#parse().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null,
  ): Promise<WithRequestID<T> | TResult> {
    return this.#parse().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<WithRequestID<T>> {
    return this.#parse().finally(onfinally);
  }
}
