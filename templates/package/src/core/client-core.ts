/**
 * What every client does with its settings and its transport, whatever the API: send a request (`request`), give
 * a call's result with the response of its last request (`withResponse`) or that response unread (`asResponse`),
 * and never show the credential (`toJSON`). The client's base class (base-client.ts, generated from the spec)
 * reads the API's settings and credential and builds the transport; the generated client adds the resources.
 */
import { APIPromise, requestIdOf, type Delivery, type WithResponse } from './api-promise.js';
import type { APIClient, OperationRequest, RequestOptions } from './http.js';
import { parseRateLimit } from './rate-limit.js';
import type { Transport } from './transport.js';

/** Any call of this package taking the client first: an operation function, a merged endpoint, a task helper. */
type Operation = (client: APIClient, ...args: any[]) => Promise<unknown>;

/** The arguments of an operation function after the client: the request and the per-call options. */
type OperationArguments<F> = F extends (client: APIClient, ...args: infer A) => Promise<unknown> ? A : never;

/** The settings a client shows, as its base class resolved them from the options and the environment. */
export interface ClientSettings {
  baseURL: string;
  timeout: number;
  maxRetries: number;
  streamIdleTimeout: number;
}

export abstract class ClientCore implements APIClient {
  readonly baseURL: string;
  /** Milliseconds per attempt (see `ClientOptions.timeout`). */
  readonly timeout: number;
  readonly maxRetries: number;
  /** Milliseconds a streamed body may stay silent (see `ClientOptions.streamIdleTimeout`). */
  readonly streamIdleTimeout: number;
  readonly #transport: Transport;

  protected constructor(settings: ClientSettings, transport: Transport) {
    this.baseURL = settings.baseURL;
    this.timeout = settings.timeout;
    this.maxRetries = settings.maxRetries;
    this.streamIdleTimeout = settings.streamIdleTimeout;
    this.#transport = transport;
  }

  /**
   * Sends a request with the client's credentials, retries, timeouts, errors and redaction: what every generated
   * call does, and the way to call an endpoint the spec does not declare:
   * `await client.request<Thing>({ method: 'GET', path: '/v1/things/{id}', pathParams: { id }, query: { limit: 10 } })`.
   * The response is read by its content type unless `responseType` says otherwise. The {@link APIPromise} it
   * returns also gives the response: `.withResponse()`, `.asResponse()`.
   */
  request<T = unknown>(request: OperationRequest, options?: RequestOptions): APIPromise<T> {
    return new APIPromise<T>((wantsRaw) => this.#transport.send(request, options, wantsRaw));
  }

  /**
   * Calls any function of this package that takes the client first and resolves to its result together with
   * the HTTP response of its last request: `const { data, response } = await client.withResponse(getUser, id)`.
   * For a single call, `.withResponse()` on the call itself says the same.
   */
  async withResponse<F extends Operation>(
    operation: F,
    ...args: OperationArguments<F>
  ): Promise<WithResponse<Awaited<ReturnType<F>>>> {
    let last: Delivery | undefined;
    const recording: APIClient = {
      request: <T,>(request: OperationRequest, options?: RequestOptions) =>
        new APIPromise<T>((wantsRaw) =>
          this.#transport.send(request, options, wantsRaw).then((delivery) => (last = delivery)),
        ),
    };
    const data = (await operation(recording, ...args)) as Awaited<ReturnType<F>>;
    const { response } = last!;
    return { data, response, requestId: requestIdOf(response.headers), rateLimit: parseRateLimit(response.headers) };
  }

  /**
   * Calls any function of this package that takes the client first and resolves to the HTTP response of its
   * request as soon as a 2xx arrives, its body unread: to read a download as a stream (`response.body`).
   * Errors and retries work as for any call. For a single call, `.asResponse()` on the call itself says the same.
   */
  async asResponse<F extends Operation>(operation: F, ...args: OperationArguments<F>): Promise<Response> {
    let response: Response | undefined;
    const raw: APIClient = {
      request: <T,>(request: OperationRequest, options?: RequestOptions) => {
        const call = new APIPromise<T>(() => this.#transport.send(request, options, () => true));
        return call.asResponse().then((received) => void (response = received)) as unknown as APIPromise<T>;
      },
    };
    await operation(raw, ...args);
    return response!;
  }

  /** Never shows the credential, whatever prints or serializes the client. */
  toJSON(): ClientSettings {
    return {
      baseURL: this.baseURL,
      timeout: this.timeout,
      maxRetries: this.maxRetries,
      streamIdleTimeout: this.streamIdleTimeout,
    };
  }
}
