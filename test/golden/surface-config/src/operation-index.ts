// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { ListUsersResponse, User } from './resources/admin.js';
import type {
  CreateBetaResponseBody,
  CreateBetaResponseResponse,
  CreateThreadResponse,
  ListAssistantsResponse,
} from './resources/beta.js';
import type { CreateImageBody, Image } from './resources/images.js';
import type { CreateResponseBody, CreateResponseResponse } from './resources/responses.js';

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
  entry('createImage', 'POST', '/images/generations', '/images/generations', []),
  entry('downloadVideoContent', 'GET', '/videos/{video_id}/content', '/videos/{video_id}/content', []),
  entry('listUsers', 'GET', '/organization/users', '/organization/users', []),
  entry('retrieveUser', 'GET', '/organization/users/{user_id}', '/organization/users/{user_id}', []),
  entry('listAssistants', 'GET', '/assistants', '/assistants', ['Assistants']),
  entry('createThread', 'POST', '/threads', '/threads', []),
  entry('createResponse', 'POST', '/responses', '/responses', []),
  entry('createBetaResponse', 'POST', '/responses', '/responses?beta=true', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createImage: {
    body: CreateImageBody;
    params: Record<string, never>;
    response: Image;
    error: unknown;
    responses: {
      '200': Image;
    };
  };
  downloadVideoContent: {
    body: never;
    params: {
      path: {
        video_id: string;
      };
    };
    response: Blob;
    error: unknown;
    responses: {
      '200': Blob;
    };
  };
  listUsers: {
    body: never;
    params: Record<string, never>;
    response: ListUsersResponse;
    error: unknown;
    responses: {
      '200': ListUsersResponse;
    };
  };
  retrieveUser: {
    body: never;
    params: {
      path: {
        user_id: string;
      };
    };
    response: User;
    error: unknown;
    responses: {
      '200': User;
    };
  };
  listAssistants: {
    body: never;
    params: Record<string, never>;
    response: ListAssistantsResponse;
    error: unknown;
    responses: {
      '200': ListAssistantsResponse;
    };
  };
  createThread: {
    body: never;
    params: Record<string, never>;
    response: CreateThreadResponse;
    error: unknown;
    responses: {
      '200': CreateThreadResponse;
    };
  };
  createResponse: {
    body: CreateResponseBody;
    params: Record<string, never>;
    response: CreateResponseResponse;
    error: unknown;
    responses: {
      '200': CreateResponseResponse;
    };
  };
  createBetaResponse: {
    body: CreateBetaResponseBody;
    params: Record<string, never>;
    response: CreateBetaResponseResponse;
    error: unknown;
    responses: {
      '200': CreateBetaResponseResponse;
    };
  };
}

export type OperationName = keyof Operations;
