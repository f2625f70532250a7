// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import { tailLogs } from '../operations/default_.js';

export class Logs {
  constructor(private readonly client: APIClient) {}

  /** `GET /logs` */
  list(request: Record<string, never> = {}, options?: RequestOptions): Promise<Blob> {
    return tailLogs(this.client, request, options);
  }
}
