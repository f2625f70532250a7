// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export type SearchResponse = string[];

export interface GetProjectFileResponse {
  name?: string;
  size?: number;
}

/** The params object of {@link search}: body fields and parameters in one object. */
export type SearchParams = {
  q: string;
  /**
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  limit?: number;
  include_archived?: boolean;
  sort?: 'relevance' | 'newest' | 'oldest';
  /**
   * Repeated key, e.g. ?tag=a&tag=b
   */
  tag?: string[];
  /**
   * Comma-joined, e.g. ?fields=id,name
   */
  fields?: string[];
  /**
   * Serialized as filter[owner]=x&filter[kind]=y
   */
  filter?: {
    owner?: string;
    kind?: string;
  };
  /**
   * @minimum 1
   * @maximum 500
   */
  'page[size]'?: number;
  /**
   * @minimum 1
   */
  'page[number]'?: number;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
  'X-Client-Version'?: string;
  session_id?: string;
};

/** The params object of {@link getProjectFile}: body fields and parameters in one object. */
export type GetProjectFileParams = {
  /**
   * @format int64
   */
  project_id: number;
  /**
   * Optional revision selector shared by GET and DELETE.
   */
  revision?: string;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
  'If-None-Match'?: string;
};

/** The params object of {@link deleteProjectFile}: body fields and parameters in one object. */
export type DeleteProjectFileParams = {
  /**
   * @format int64
   */
  project_id: number;
  /**
   * Overrides the path-level parameter; DELETE requires an exact integer revision.
   */
  revision: number;
  confirm: boolean;
  /**
   * Idempotency / tracing id supplied by the caller.
   * @format uuid
   */
  'X-Request-Id': string;
};
