// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { DefaultVideoRequest, KlingVideoRequest, VeoVideoRequest, VideoTask } from './resources/videos.js';

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
    params: {
      path: {
        task_id: string;
      };
    };
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  getVideosVeo: {
    body: never;
    params: {
      path: {
        task_id: string;
      };
    };
    response: VideoTask;
    error: unknown;
    responses: {
      '200': VideoTask;
    };
  };
  /** The merged call of `POST /v1/videos`: any of its variants. */
  createVideosByModel: {
    body:
      | Operations['createVideo']['body']
      | Operations['createVideosVeo']['body']
      | Operations['createVideosKling']['body'];
    params:
      | Operations['createVideo']['params']
      | Operations['createVideosVeo']['params']
      | Operations['createVideosKling']['params'];
    response:
      | Operations['createVideo']['response']
      | Operations['createVideosVeo']['response']
      | Operations['createVideosKling']['response'];
    error:
      | Operations['createVideo']['error']
      | Operations['createVideosVeo']['error']
      | Operations['createVideosKling']['error'];
    responses:
      | Operations['createVideo']['responses']
      | Operations['createVideosVeo']['responses']
      | Operations['createVideosKling']['responses'];
  };
  /** The merged call of `GET /v1/videos/{task_id}`: any of its variants. */
  getVideos: {
    body: Operations['getVideoTask']['body'] | Operations['getVideosVeo']['body'];
    params: Operations['getVideoTask']['params'] | Operations['getVideosVeo']['params'];
    response: Operations['getVideoTask']['response'] | Operations['getVideosVeo']['response'];
    error: Operations['getVideoTask']['error'] | Operations['getVideosVeo']['error'];
    responses: Operations['getVideoTask']['responses'] | Operations['getVideosVeo']['responses'];
  };
}

export type OperationName = keyof Operations;
