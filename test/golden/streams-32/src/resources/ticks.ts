// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient, RequestOptions } from '../core/http.js';
import { streamTicks } from '../operations/default_.js';

export class Ticks {
  constructor(private readonly client: APIClient) {}

  /** `GET /ticks` */
  list(request: Record<string, never> = {}, options?: RequestOptions): Promise<string> {
    return streamTicks(this.client, request, options);
  }
}
