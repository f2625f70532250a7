// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Account, AccountInput } from './resources/accounts.js';
import type { Settings } from './resources/settings.js';

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
  entry('createAccount', 'POST', '/accounts', '/accounts', []),
  entry('replaceSettings', 'PUT', '/settings', '/settings', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createAccount: {
    body: AccountInput;
    params: Record<string, never>;
    response: Account;
    error: unknown;
    responses: {
      '201': Account;
    };
  };
  replaceSettings: {
    body: Settings;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
