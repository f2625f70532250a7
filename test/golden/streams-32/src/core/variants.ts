// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Merged endpoints: one call for all the `#fragment` variants of an endpoint, routed by a body property. */
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
