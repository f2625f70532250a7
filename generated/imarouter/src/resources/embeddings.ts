// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Unlisted } from '../core/unlisted.js';

export class Embeddings {
  constructor(private readonly client: APIClient) {}

  /**
   * Create text embeddings
   *
   * Convert text into a vector representation suitable for semantic search, clustering, and RAG retrieval.
   *
   * **Supported models:**
   * - `text-embedding-3-large` (recommended, 3072 dims, supports `dimensions` parameter for truncation)
   * - `text-embedding-3-small` (lightweight embedding model for cost-sensitive retrieval)
   *
   * **Parameters:**
   * - `input`: string or array of strings; batching is more efficient than per-item calls.
   * - `dimensions`: optional integer (1 ~ 3072); explicitly truncate the output vector. Omit to use the model default.
   * - `encoding_format`: `float` (default) returns a JSON number array; `base64` returns a compact encoded string.
   * - `user`: optional end-user identifier for upstream abuse monitoring.
   *
   *
   * `POST /v1/embeddings`
   *
   * Standalone: `createEmbeddings(client, …)`; errors: `isAPIError(error, 'createEmbeddings')`.
   *
   * @example
   * const result = await client.embeddings.create({
   *   model: "text-embedding-3-large",
   *   input: "API gateways simplify routing, auth, and rate limits.",
   * });
   */
  create(params: EmbeddingRequest, options?: RequestOptions): APIPromise<EmbeddingResponse> {
    return createEmbeddings(this.client, params, options);
  }
}

/**
 * Create text embeddings
 *
 * Convert text into a vector representation suitable for semantic search, clustering, and RAG retrieval.
 *
 * **Supported models:**
 * - `text-embedding-3-large` (recommended, 3072 dims, supports `dimensions` parameter for truncation)
 * - `text-embedding-3-small` (lightweight embedding model for cost-sensitive retrieval)
 *
 * **Parameters:**
 * - `input`: string or array of strings; batching is more efficient than per-item calls.
 * - `dimensions`: optional integer (1 ~ 3072); explicitly truncate the output vector. Omit to use the model default.
 * - `encoding_format`: `float` (default) returns a JSON number array; `base64` returns a compact encoded string.
 * - `user`: optional end-user identifier for upstream abuse monitoring.
 *
 *
 * `POST /v1/embeddings`
 *
 * @example
 * const result = await createEmbeddings(client, {
 *   model: "text-embedding-3-large",
 *   input: "API gateways simplify routing, auth, and rate limits.",
 * });
 */
export function createEmbeddings(
  client: APIClient,
  params: EmbeddingRequest,
  options?: RequestOptions,
): APIPromise<EmbeddingResponse> {
  return client.request<EmbeddingResponse>(
    {
      operation: 'createEmbeddings',
      method: 'POST',
      path: '/v1/embeddings',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

export interface EmbeddingRequest {
  /** Embedding model name. Currently supports `text-embedding-3-large` and `text-embedding-3-small`. */
  model: 'text-embedding-3-large' | 'text-embedding-3-small' | Unlisted;
  /** Text to encode; either a string or an array of strings. */
  input: string | string[];
  /**
   * Vector encoding: float (default) JSON numbers or base64 packed string.
   * @default "float"
   */
  encoding_format?: 'float' | 'base64';
  /**
   * Explicit output dimensionality; useful for storage compression or matching downstream index shape.
   * @minimum 1
   * @maximum 3072
   */
  dimensions?: number;
  /** End-user identifier forwarded upstream for abuse monitoring (optional). */
  user?: string;
}

export interface EmbeddingResponse {
  /** @example "list" */
  object?: string;
  data?: {
    /**
     * @example "embedding"
     */
    object?: string;
    index?: number;
    embedding?: number[];
  }[];
  /** @example "text-embedding-3-large" */
  model?: string;
  usage?: {
    prompt_tokens?: number;
    total_tokens?: number;
  };
}
