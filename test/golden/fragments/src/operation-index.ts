// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  DefaultVideoRequest,
  GetVideoTaskParams,
  GetVideosVeoParams,
  KlingVideoRequest,
  VeoVideoRequest,
  VideoTask,
} from './models.js';

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
  entry('createVideo', 'POST', '/v1/videos', '/v1/videos', []),
  entry('createVideosVeo', 'POST', '/v1/videos', '/v1/videos#veo', []),
  entry('createVideosKling', 'POST', '/v1/videos', '/v1/videos#kling', []),
  entry('getVideoTask', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}', []),
  entry('getVideosVeo', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#veo', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createVideo: {
    body: DefaultVideoRequest;
    params: Record<string, never>;
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  createVideosVeo: {
    body: VeoVideoRequest;
    params: Record<string, never>;
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  createVideosKling: {
    body: KlingVideoRequest;
    params: Record<string, never>;
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  getVideoTask: {
    body: never;
    params: GetVideoTaskParams;
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  getVideosVeo: {
    body: never;
    params: GetVideosVeoParams;
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
}

export type OperationName = keyof Operations;
