// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36Latest {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36/latest`
   *
   * Standalone: `getLatestArchivedReport(client, …)`; errors: `isAPIError(error, 'getLatestArchivedReport')`.
   *
   * @example
   * const result = await client.segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36.latest.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<GetLatestArchivedReportResponse> {
    return getLatestArchivedReport(this.client, options);
  }
}

export class Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36 {
  readonly latest: Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36Latest;

  constructor(private readonly client: APIClient) {
    this.latest =
      new Segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36Latest(
        client,
      );
  }

  /**
   * `GET /segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36`
   *
   * Standalone: `listArchivedReports(client, …)`; errors: `isAPIError(error, 'listArchivedReports')`.
   *
   * @example
   * const result = await client.segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36.list();
   */
  list(options?: RequestOptions): APIPromise<ListArchivedReportsResponse> {
    return listArchivedReports(this.client, options);
  }
}

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

/**
 * `GET /segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36/latest`
 *
 * @example
 * const result = await getLatestArchivedReport(client);
 */
export function getLatestArchivedReport(
  client: APIClient,
  options?: RequestOptions,
): APIPromise<GetLatestArchivedReportResponse> {
  return client.request<GetLatestArchivedReportResponse>(
    {
      operation: 'getLatestArchivedReport',
      method: 'GET',
      path: '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36/latest',
      responseType: 'json',
      security: [['__proto__']],
    },
    options,
  );
}

export type ListArchivedReportsResponse = string[];

export type GetLatestArchivedReportResponse = string;
