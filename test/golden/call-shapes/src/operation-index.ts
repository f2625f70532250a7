// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Response_ } from './resources/responses.js';
import type { Settings } from './resources/settings.js';
import type { CreateRunBody, ModifyRunBody, Run, RunList, SubmitToolOuputsToRunBody } from './resources/threads.js';
import type { AddUploadPartBody, AddUploadPartResponse, CompleteUploadResponse } from './resources/uploads.js';

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
  entry('listRuns', 'GET', '/threads/{thread_id}/runs', '/threads/{thread_id}/runs', []),
  entry('createRun', 'POST', '/threads/{thread_id}/runs', '/threads/{thread_id}/runs', []),
  entry('getRun', 'GET', '/threads/{thread_id}/runs/{run_id}', '/threads/{thread_id}/runs/{run_id}', []),
  entry('modifyRun', 'POST', '/threads/{thread_id}/runs/{run_id}', '/threads/{thread_id}/runs/{run_id}', []),
  entry('deleteRun', 'DELETE', '/threads/{thread_id}/runs/{run_id}', '/threads/{thread_id}/runs/{run_id}', []),
  entry(
    'cancelRun',
    'POST',
    '/threads/{thread_id}/runs/{run_id}/cancel',
    '/threads/{thread_id}/runs/{run_id}/cancel',
    [],
  ),
  entry(
    'submitToolOuputsToRun',
    'POST',
    '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    [],
  ),
  entry('completeUpload', 'POST', '/uploads/{upload_id}/complete', '/uploads/{upload_id}/complete', []),
  entry('addUploadPart', 'POST', '/uploads/{upload_id}/parts', '/uploads/{upload_id}/parts', []),
  entry('getSettings', 'GET', '/settings', '/settings', []),
  entry('updateSettings', 'POST', '/settings', '/settings', []),
  entry('getResponse', 'GET', '/responses/{response_id}', '/responses/{response_id}', []),
  entry('getBetaResponse', 'GET', '/responses/{response_id}', '/responses/{response_id}?beta=true', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  listRuns: {
    body: never;
    params: {
      path: {
        thread_id: string;
      };
      query?: {
        limit?: number;
      };
    };
    response: RunList;
    error: unknown;
    responses: {
      '200': RunList;
    };
  };
  createRun: {
    body: CreateRunBody;
    params: {
      path: {
        thread_id: string;
      };
    };
    response: Run;
    error: unknown;
    responses: {
      '200': Run;
    };
  };
  getRun: {
    body: never;
    params: {
      path: {
        thread_id: string;
        run_id: string;
      };
    };
    response: Run;
    error: unknown;
    responses: {
      '200': Run;
    };
  };
  modifyRun: {
    body: ModifyRunBody;
    params: {
      path: {
        thread_id: string;
        run_id: string;
      };
    };
    response: Run;
    error: unknown;
    responses: {
      '200': Run;
    };
  };
  deleteRun: {
    body: never;
    params: {
      path: {
        thread_id: string;
        run_id: string;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  cancelRun: {
    body: never;
    params: {
      path: {
        thread_id: string;
        run_id: string;
      };
    };
    response: Run;
    error: unknown;
    responses: {
      '200': Run;
    };
  };
  submitToolOuputsToRun: {
    body: SubmitToolOuputsToRunBody;
    params: {
      path: {
        thread_id: string;
        run_id: string;
      };
    };
    response: Run;
    error: unknown;
    responses: {
      '200': Run;
    };
  };
  completeUpload: {
    body: never;
    params: {
      path: {
        upload_id: string;
      };
    };
    response: CompleteUploadResponse;
    error: unknown;
    responses: {
      '200': CompleteUploadResponse;
    };
  };
  addUploadPart: {
    body: AddUploadPartBody;
    params: {
      path: {
        upload_id: string;
      };
    };
    response: AddUploadPartResponse;
    error: unknown;
    responses: {
      '200': AddUploadPartResponse;
    };
  };
  getSettings: {
    body: never;
    params: Record<string, never>;
    response: Settings;
    error: unknown;
    responses: {
      '200': Settings;
    };
  };
  updateSettings: {
    body: Settings;
    params: Record<string, never>;
    response: Settings;
    error: unknown;
    responses: {
      '200': Settings;
    };
  };
  getResponse: {
    body: never;
    params: {
      path: {
        response_id: string;
      };
      query?: {
        include?: string;
      };
    };
    response: Response_;
    error: unknown;
    responses: {
      '200': Response_;
    };
  };
  getBetaResponse: {
    body: never;
    params: {
      path: {
        response_id: string;
      };
      query?: {
        include?: string;
      };
    };
    response: Response_;
    error: unknown;
    responses: {
      '200': Response_;
    };
  };
}

export type OperationName = keyof Operations;
