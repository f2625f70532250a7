// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Completion } from './models.js';
import type { CreateCompletionBody } from './resources/completions.js';
import type { CreateEditBody } from './resources/edits.js';
import type { SummaryRequest } from './resources/summaries.js';

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
  entry('createCompletion', 'POST', '/completions', '/completions', []),
  entry('createEdit', 'POST', '/edits', '/edits', []),
  entry('createSummary', 'POST', '/summaries', '/summaries', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createCompletion: {
    body: CreateCompletionBody;
    params: Record<string, never>;
    response: Completion;
    error: unknown;
    responses: {
      '200': Completion;
    };
  };
  createEdit: {
    body: CreateEditBody;
    params: Record<string, never>;
    response: Completion;
    error: unknown;
    responses: {
      '200': Completion;
    };
  };
  createSummary: {
    body: SummaryRequest;
    params: Record<string, never>;
    response: Completion;
    error: unknown;
    responses: {
      '200': Completion;
    };
  };
}

export type OperationName = keyof Operations;
