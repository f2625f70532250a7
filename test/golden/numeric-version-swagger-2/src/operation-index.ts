// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { ListNotesResponse, Note, NoteInput } from './resources/notes.js';

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
  entry('listNotes', 'GET', '/notes', '/notes', ['notes']),
  entry('createNote', 'POST', '/notes', '/notes', ['notes']),
  entry('getNote', 'GET', '/notes/{noteId}', '/notes/{noteId}', ['notes']),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  listNotes: {
    body: never;
    params: {
      query?: {
        /**
         * @minimum 1
         * @maximum 100
         */
        limit?: number;
      };
    };
    response: ListNotesResponse;
    error: unknown;
    responses: {
      '200': ListNotesResponse;
    };
  };
  createNote: {
    body: NoteInput;
    params: Record<string, never>;
    response: Note;
    error: unknown;
    responses: {
      '201': Note;
    };
  };
  getNote: {
    body: never;
    params: {
      path: {
        noteId: string;
      };
    };
    response: Note;
    error: unknown;
    responses: {
      '200': Note;
      '404': void;
    };
  };
}

export type OperationName = keyof Operations;
