// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  ListPetPhotosResponse,
  ListPetsResponse,
  Pet,
  SearchPetsBody,
  SearchPetsResponse,
} from './resources/pets.js';

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
  entry('listPets', 'GET', '/pets', '/pets', []),
  entry('searchPets', 'QUERY', '/pets', '/pets', []),
  entry('getPet', 'GET', '/pets/{petId}', '/pets/{petId}', []),
  entry('linkPet', 'LINK', '/pets/{petId}', '/pets/{petId}', []),
  entry('listPetPhotos', 'GET', '/pets/{petId}/photos', '/pets/{petId}/photos', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  listPets: {
    body: never;
    params: {
      query: {
        species: 'cat' | 'dog';
        /**
         * @minimum 1
         */
        limit?: number;
        tags?: string[];
      };
    };
    response: ListPetsResponse;
    error: unknown;
    responses: {
      '200': ListPetsResponse;
    };
  };
  searchPets: {
    body: SearchPetsBody;
    params: Record<string, never>;
    response: SearchPetsResponse;
    error: unknown;
    responses: {
      '200': SearchPetsResponse;
    };
  };
  getPet: {
    body: never;
    params: {
      path: {
        petId: string;
      };
    };
    response: Pet;
    error: unknown;
    responses: {
      '200': Pet;
    };
  };
  linkPet: {
    body: never;
    params: {
      path: {
        petId: string;
      };
      query: {
        owner: string;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  listPetPhotos: {
    body: never;
    params: {
      path: {
        petId: string;
      };
    };
    response: ListPetPhotosResponse;
    error: unknown;
    responses: {
      '200': ListPetPhotosResponse;
    };
  };
}

export type OperationName = keyof Operations;
