// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Merged endpoints: one call for all the `#fragment` variants of an endpoint, routed by a body property. */
import { APIPromise } from './api-promise.js';
import { SDKError } from './errors.js';
import type { APIClient, RequestOptions } from './http.js';

/**
 * Picks the variant for the body's discriminating value (its `model`, say). An unknown value is an error that
 * lists the valid ones, thrown before anything is sent.
 */
export function routeByValue<TRoute>(
  routes: Readonly<Record<string, TRoute>>,
  property: string,
  body: unknown,
  endpoint: string,
): TRoute {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[property] : undefined;
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(routes, value)) return routes[value]!;
  const valid = Object.keys(routes);
  throw new SDKError(
    `${endpoint}: unknown ${property} ${value === undefined ? '(missing)' : JSON.stringify(value)}. Valid values: ${valid.join(', ')}`,
  );
}

/** Any variant's function, as the routing table holds it (the overloads of the merged call keep the types). */
export type VariantCall = (client: APIClient, request: never, options?: RequestOptions) => Promise<unknown>;

/** A variant's operation function, as the routing table of a merged call holds it. */
export type APICall = (client: APIClient, request: never, options?: RequestOptions) => APIPromise<unknown>;

/**
 * Calls the variant for the request body's discriminating value; an unknown value rejects the returned promise
 * (nothing is sent), so the merged call returns an {@link APIPromise} like any other.
 */
export function callByValue(
  routes: Readonly<Record<string, APICall>>,
  property: string,
  endpoint: string,
  client: APIClient,
  request: { body?: unknown },
  options: RequestOptions | undefined,
): APIPromise<unknown> {
  let call: APICall;
  try {
    call = routeByValue(routes, property, request.body, endpoint);
  } catch (error) {
    return APIPromise.failed(error);
  }
  return call(client, request as never, options);
}
