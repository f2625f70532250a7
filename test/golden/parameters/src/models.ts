// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export type SearchResponse = string[];

export interface GetProjectFileResponse {
  name?: string;
  size?: number;
}

/** Parameters of {@link search}. */
export type SearchParams = {
  query: {
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
  };
  header: {
    /**
     * Idempotency / tracing id supplied by the caller.
     * @format uuid
     */
    'X-Request-Id': string;
    'X-Client-Version'?: string;
  };
  cookie?: {
    session_id?: string;
  };
};

/** Parameters of {@link getProjectFile}. */
export type GetProjectFileParams = {
  path: {
    /**
     * @format int64
     */
    project_id: number;
    /**
     * May contain slashes, spaces and unicode (e.g. "reports/Q1 résumé.pdf"); must be percent-encoded.
     */
    file_name: string;
  };
  query?: {
    /**
     * Optional revision selector shared by GET and DELETE.
     */
    revision?: string;
  };
  header: {
    /**
     * Idempotency / tracing id supplied by the caller.
     * @format uuid
     */
    'X-Request-Id': string;
    'If-None-Match'?: string;
  };
};

/** Parameters of {@link deleteProjectFile}. */
export type DeleteProjectFileParams = {
  path: {
    /**
     * @format int64
     */
    project_id: number;
    /**
     * May contain slashes, spaces and unicode (e.g. "reports/Q1 résumé.pdf"); must be percent-encoded.
     */
    file_name: string;
  };
  query: {
    /**
     * Overrides the path-level parameter; DELETE requires an exact integer revision.
     */
    revision: number;
    confirm: boolean;
  };
  header: {
    /**
     * Idempotency / tracing id supplied by the caller.
     * @format uuid
     */
    'X-Request-Id': string;
  };
};
