// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * What a merged call (one call for every variant of an endpoint) needs at run time: the variant a discriminating
 * value selects, and a client that reports the merged call's name in its errors. Shared by every resource file
 * that holds a merged call.
 */
import type { APIClient, OperationRequest, RequestOptions } from './http.js';

/** The variant for a value, else the default variant, which sends the value as it is. */
export function routeOf<T>(routes: Readonly<Record<string, T>>, value: unknown, fallback: T): T {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(routes, value) ? routes[value]! : fallback;
}

/** The client, recording `operation` as the name of the call in the errors it throws (see `isAPIError`). */
export function named(client: APIClient, operation: string): APIClient {
  return {
    request: <T,>(request: OperationRequest, options?: RequestOptions) =>
      client.request<T>({ ...request, operation }, options),
  };
}
