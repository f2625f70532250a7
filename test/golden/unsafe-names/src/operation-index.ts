// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Pet } from './models.js';
import type { ListPetsResponse } from './resources/pets.js';
import type {
  GetLatestArchivedReportResponse,
  ListArchivedReportsResponse,
} from './resources/segment1segment2segment3segment4segment5segment6segment-c864b54e.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('listPets', 'GET', '/pets', '/pets', ['Pet']),
  entry('getPetStore', 'GET', '/petStore/{id}', '/petStore/{id}', ['pet']),
  entry('listPetstores', 'GET', '/petstore', '/petstore', ['PET']),
  entry('readConsole', 'GET', '/con', '/con', ['CON']),
  entry('readAux', 'GET', '/aux/{name}', '/aux/{name}', ['aux']),
  entry('sendNul', 'POST', '/nul', '/nul', ['NUL']),
  entry('readCom1', 'GET', '/com1', '/com1', ['com']),
  entry('readCom', 'GET', '/com', '/com', ['Com']),
  entry('readLpt9', 'GET', '/lpt9', '/lpt9', ['LPT9']),
  entry(
    'listArchivedReports',
    'GET',
    '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36',
    '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36',
    [
      'Archived reports of region 1 of region 2 of region 3 of region 4 of region 5 of region 6 of region 7 of region 8 of region 9 of region 10 of region 11 of region 12 of region 13 of region 14 of region 15 of region 16 of region 17 of region 18 of region 19 of region 20 of region 21 of region 22 of region 23 of region 24 of region 25 of region 26',
    ],
  ),
  entry(
    'getLatestArchivedReport',
    'GET',
    '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36/latest',
    '/segment1segment2segment3segment4segment5segment6segment7segment8segment9segment10segment11segment12segment13segment14segment15segment16segment17segment18segment19segment20segment21segment22segment23segment24segment25segment26segment27segment28segment29segment30segment31segment32segment33segment34segment35segment36/latest',
    [
      'Archived reports of region 1 of region 2 of region 3 of region 4 of region 5 of region 6 of region 7 of region 8 of region 9 of region 10 of region 11 of region 12 of region 13 of region 14 of region 15 of region 16 of region 17 of region 18 of region 19 of region 20 of region 21 of region 22 of region 23 of region 24 of region 25 of region 26 (latest)',
    ],
  ),
  entry('readPublic', 'GET', '/public', '/public', ['public']),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  listPets: {
    body: never;
    params: Record<string, never>;
    response: ListPetsResponse;
    error: unknown;
    responses: {
      '200': ListPetsResponse;
    };
  };
  getPetStore: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: Pet;
    error: unknown;
    responses: {
      '200': Pet;
    };
  };
  listPetstores: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  readConsole: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  readAux: {
    body: never;
    params: {
      path: {
        name: string;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  sendNul: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  readCom1: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  readCom: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  readLpt9: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  listArchivedReports: {
    body: never;
    params: Record<string, never>;
    response: ListArchivedReportsResponse;
    error: unknown;
    responses: {
      '200': ListArchivedReportsResponse;
    };
  };
  getLatestArchivedReport: {
    body: never;
    params: Record<string, never>;
    response: GetLatestArchivedReportResponse;
    error: unknown;
    responses: {
      '200': GetLatestArchivedReportResponse;
    };
  };
  readPublic: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
