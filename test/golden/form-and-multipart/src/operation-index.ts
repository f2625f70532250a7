// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Error_ } from './models.js';
import type {
  CreateOneGroupBody,
  CreateOneGroupBodyMultipartFormData,
  CreateOneGroupResponse,
} from './resources/groups.js';
import type { EditImageBody, EditImageBodyMultipartFormData } from './resources/images.js';
import type { IssueTokenBody, IssueTokenResponse } from './resources/oauth.js';
import type { Upload, UploadFilesBody } from './resources/uploads.js';

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
  entry('issueToken', 'POST', '/oauth/token', '/oauth/token', []),
  entry('uploadFiles', 'POST', '/uploads', '/uploads', []),
  entry('editImage', 'POST', '/images/edit', '/images/edit', []),
  entry('createOneGroup', 'POST', '/groups', '/groups', []),
  entry('getUploadText', 'GET', '/uploads/{id}', '/uploads/{id}', []),
  entry('deleteUpload', 'DELETE', '/uploads/{id}', '/uploads/{id}', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  issueToken: {
    body: IssueTokenBody;
    params: Record<string, never>;
    response: IssueTokenResponse;
    error: Error_;
    responses: {
      '200': IssueTokenResponse;
      '400': Error_;
    };
  };
  uploadFiles: {
    body: UploadFilesBody;
    params: Record<string, never>;
    response: Upload;
    error: Error_;
    responses: {
      '201': Upload;
      '400': Error_;
      default: Error_;
    };
  };
  editImage: {
    body: EditImageBody | EditImageBodyMultipartFormData;
    params: Record<string, never>;
    response: Blob;
    error: Error_;
    responses: {
      '200': Blob;
      default: Error_;
    };
  };
  createOneGroup: {
    body: CreateOneGroupBody | CreateOneGroupBodyMultipartFormData;
    params: {
      query?: {
        dry_run?: boolean;
      };
    };
    response: CreateOneGroupResponse;
    error: unknown;
    responses: {
      '201': CreateOneGroupResponse;
    };
  };
  getUploadText: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: string;
    error: Error_;
    responses: {
      '200': string;
      '404': Error_;
    };
  };
  deleteUpload: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: void;
    error: Error_;
    responses: {
      '204': void;
      '404': Error_;
      default: Error_;
    };
  };
}

export type OperationName = keyof Operations;
