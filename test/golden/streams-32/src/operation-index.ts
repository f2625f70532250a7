// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { ChatCompletion } from './models.js';
import type { CreateChatCompletionBody } from './resources/chat.js';
import type { CreateResponseBody } from './resources/responses.js';

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
  entry('createChatCompletion', 'POST', '/chat/completions', '/chat/completions', []),
  entry('createResponse', 'POST', '/responses', '/responses', []),
  entry('tailLogs', 'GET', '/logs', '/logs', []),
  entry('streamTicks', 'GET', '/ticks', '/ticks', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createChatCompletion: {
    body: CreateChatCompletionBody;
    params: Record<string, never>;
    response: ChatCompletion;
    error: unknown;
    responses: {
      '200': ChatCompletion;
    };
  };
  createResponse: {
    body: CreateResponseBody;
    params: Record<string, never>;
    response: string;
    error: unknown;
    responses: {
      '200': string;
    };
  };
  tailLogs: {
    body: never;
    params: Record<string, never>;
    response: Blob;
    error: unknown;
    responses: {
      '200': Blob;
    };
  };
  streamTicks: {
    body: never;
    params: Record<string, never>;
    response: string;
    error: unknown;
    responses: {
      '200': string;
    };
  };
}

export type OperationName = keyof Operations;
