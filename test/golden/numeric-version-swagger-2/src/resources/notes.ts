// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListNotesParams, ListNotesResponse, Note, NoteInput } from '../models.js';
import { createNote, getNote, listNotes } from '../operations/notes.js';

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
