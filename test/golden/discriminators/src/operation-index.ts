// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Payment } from './resources/payments.js';
import type { Pet } from './resources/pets.js';
import type { ComputeAreaResponse, Shape } from './resources/shapes.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('createPet', 'POST', '/pets', '/pets', []),
  entry('computeArea', 'POST', '/shapes/area', '/shapes/area', []),
  entry('createPayment', 'POST', '/payments', '/payments', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createPet: {
    body: Pet;
    params: Record<string, never>;
    response: Pet;
    error: unknown;
    responses: {
      '200': Pet;
    };
  };
  computeArea: {
    body: Shape;
    params: Record<string, never>;
    response: ComputeAreaResponse;
    error: unknown;
    responses: {
      '200': ComputeAreaResponse;
    };
  };
  createPayment: {
    body: Payment;
    params: Record<string, never>;
    response: Payment;
    error: unknown;
    responses: {
      '201': Payment;
    };
  };
}

export type OperationName = keyof Operations;
