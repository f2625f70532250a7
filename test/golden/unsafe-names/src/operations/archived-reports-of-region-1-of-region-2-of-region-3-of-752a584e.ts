// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListArchivedReportsResponse } from '../models.js';

/**
 * `GET /segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36`
 *
 * @example
 * const result = await listArchivedReports(client);
 */
export function listArchivedReports(
  client: APIClient,
  options?: RequestOptions,
): APIPromise<ListArchivedReportsResponse> {
  return client.request<ListArchivedReportsResponse>(
    {
      operation: 'listArchivedReports',
      method: 'GET',
      path: '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36',
      responseType: 'json',
      security: [['__proto__']],
    },
    options,
  );
}
