// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

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
