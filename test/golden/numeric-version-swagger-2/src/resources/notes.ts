// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Notes {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /notes`
   *
   * Standalone: `listNotes(client, …)`; errors: `isAPIError(error, 'listNotes')`.
   *
   * @example
   * const result = await client.notes.list();
   */
  list(params?: ListNotesParams, options?: RequestOptions): APIPromise<ListNotesResponse> {
    return listNotes(this.client, params, options);
  }

  /**
   * `POST /notes`
   *
   * Standalone: `createNote(client, …)`; errors: `isAPIError(error, 'createNote')`.
   *
   * @example
   * const result = await client.notes.create({
   *   text: "string",
   * });
   */
  create(params: NoteInput, options?: RequestOptions): APIPromise<Note> {
    return createNote(this.client, params, options);
  }

  /**
   * `GET /notes/{noteId}`
   *
   * Standalone: `getNote(client, …)`; errors: `isAPIError(error, 'getNote')`.
   *
   * @example
   * const result = await client.notes.retrieve("abc123");
   */
  retrieve(noteId: string, options?: RequestOptions): APIPromise<Note> {
    return getNote(this.client, noteId, options);
  }
}

/**
 * `GET /notes`
 *
 * @example
 * const result = await listNotes(client);
 */
export function listNotes(
  client: APIClient,
  params?: ListNotesParams,
  options?: RequestOptions,
): APIPromise<ListNotesResponse> {
  const { limit: $0 } = (params ?? {}) as Partial<ListNotesParams>;
  return client.request<ListNotesResponse>(
    { operation: 'listNotes', method: 'GET', path: '/notes', query: { limit: $0 }, responseType: 'json', security: [] },
    options,
  );
}

/**
 * `POST /notes`
 *
 * @example
 * const result = await createNote(client, {
 *   text: "string",
 * });
 */
export function createNote(client: APIClient, params: NoteInput, options?: RequestOptions): APIPromise<Note> {
  return client.request<Note>(
    {
      operation: 'createNote',
      method: 'POST',
      path: '/notes',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /notes/{noteId}`
 *
 * @example
 * const result = await getNote(client, "abc123");
 */
export function getNote(client: APIClient, noteId: string, options?: RequestOptions): APIPromise<Note> {
  return client.request<Note>(
    {
      operation: 'getNote',
      method: 'GET',
      path: '/notes/{noteId}',
      pathParams: { noteId: noteId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NoteInput {
  /** @maxLength 2000 */
  text: string;
  /** @default false */
  pinned?: boolean;
}

export type Note = NoteInput & {
  id: string;
  /**
   * @format date-time
   */
  createdAt?: string;
};

export type ListNotesResponse = Note[];

/** The params object of {@link listNotes}: body fields and parameters in one object. */
export type ListNotesParams = {
  /**
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
};
