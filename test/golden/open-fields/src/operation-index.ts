// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Unlisted } from './core/unlisted.js';
import type { ChatRequest, ChatResponse } from './resources/chat.js';
import type { CreateSpeechBody } from './resources/speech.js';

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
  entry('createSpeech', 'POST', '/speech', '/speech', []),
  entry('listFiles', 'GET', '/files', '/files', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createChatCompletion: {
    body: ChatRequest;
    params: Record<string, never>;
    response: ChatResponse;
    error: unknown;
    responses: {
      '200': ChatResponse;
    };
  };
  createSpeech: {
    body: CreateSpeechBody;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  listFiles: {
    body: never;
    params: {
      query?: {
        purpose?: 'fine-tune' | 'assistants' | Unlisted;
        embedding_model?: 'e-small' | 'e-large' | Unlisted;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
