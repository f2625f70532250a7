// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class PetsPhotos {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /pets/{petId}/photos`
   *
   * Standalone: `listPetPhotos(client, …)`; errors: `isAPIError(error, 'listPetPhotos')`.
   *
   * @example
   * const result = await client.pets.photos.list("abc123");
   */
  list(petId: string, options?: RequestOptions): APIPromise<ListPetPhotosResponse> {
    return listPetPhotos(this.client, petId, options);
  }
}

export class Pets {
  readonly photos: PetsPhotos;

  constructor(private readonly client: APIClient) {
    this.photos = new PetsPhotos(client);
  }

  /**
   * `GET /pets`
   *
   * Standalone: `listPets(client, …)`; errors: `isAPIError(error, 'listPets')`.
   *
   * @example
   * const result = await client.pets.list({
   *   species: "cat",
   * });
   */
  list(params: ListPetsParams, options?: RequestOptions): APIPromise<ListPetsResponse> {
    return listPets(this.client, params, options);
  }

  /**
   * A search too long for a URL, sent as a body; safe and idempotent like GET.
   *
   * `QUERY /pets`
   *
   * Standalone: `searchPets(client, …)`; errors: `isAPIError(error, 'searchPets')`.
   *
   * @example
   * const result = await client.pets.query({
   *   text: "string",
   * });
   */
  query(params: SearchPetsBody, options?: RequestOptions): APIPromise<SearchPetsResponse> {
    return searchPets(this.client, params, options);
  }

  /**
   * `GET /pets/{petId}`
   *
   * Standalone: `getPet(client, …)`; errors: `isAPIError(error, 'getPet')`.
   *
   * @example
   * const result = await client.pets.retrieve("abc123");
   */
  retrieve(petId: string, options?: RequestOptions): APIPromise<Pet> {
    return getPet(this.client, petId, options);
  }

  /**
   * Links the pet to its owner (a method OpenAPI has no field for).
   *
   * `LINK /pets/{petId}`
   *
   * Standalone: `linkPet(client, …)`; errors: `isAPIError(error, 'linkPet')`.
   *
   * @example
   * const result = await client.pets.link("abc123", {
   *   owner: "string",
   * });
   */
  link(petId: string, params: LinkPetParams, options?: RequestOptions): APIPromise<void> {
    return linkPet(this.client, petId, params, options);
  }
}

/**
 * `GET /pets`
 *
 * @example
 * const result = await listPets(client, {
 *   species: "cat",
 * });
 */
export function listPets(
  client: APIClient,
  params: ListPetsParams,
  options?: RequestOptions,
): APIPromise<ListPetsResponse> {
  const { species: $0, limit: $1, tags: $2 } = params;
  return client.request<ListPetsResponse>(
    {
      operation: 'listPets',
      method: 'GET',
      path: '/pets',
      query: { species: $0, limit: $1, tags: $2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * A search too long for a URL, sent as a body; safe and idempotent like GET.
 *
 * `QUERY /pets`
 *
 * @example
 * const result = await searchPets(client, {
 *   text: "string",
 * });
 */
export function searchPets(
  client: APIClient,
  params: SearchPetsBody,
  options?: RequestOptions,
): APIPromise<SearchPetsResponse> {
  return client.request<SearchPetsResponse>(
    {
      operation: 'searchPets',
      method: 'QUERY',
      path: '/pets',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /pets/{petId}`
 *
 * @example
 * const result = await getPet(client, "abc123");
 */
export function getPet(client: APIClient, petId: string, options?: RequestOptions): APIPromise<Pet> {
  return client.request<Pet>(
    {
      operation: 'getPet',
      method: 'GET',
      path: '/pets/{petId}',
      pathParams: { petId: petId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * Links the pet to its owner (a method OpenAPI has no field for).
 *
 * `LINK /pets/{petId}`
 *
 * @example
 * const result = await linkPet(client, "abc123", {
 *   owner: "string",
 * });
 */
export function linkPet(
  client: APIClient,
  petId: string,
  params: LinkPetParams,
  options?: RequestOptions,
): APIPromise<void> {
  const { owner: $0 } = params;
  return client.request<void>(
    {
      operation: 'linkPet',
      method: 'LINK',
      path: '/pets/{petId}',
      pathParams: { petId: petId },
      query: { owner: $0 },
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * `GET /pets/{petId}/photos`
 *
 * @example
 * const result = await listPetPhotos(client, "abc123");
 */
export function listPetPhotos(
  client: APIClient,
  petId: string,
  options?: RequestOptions,
): APIPromise<ListPetPhotosResponse> {
  return client.request<ListPetPhotosResponse>(
    {
      operation: 'listPetPhotos',
      method: 'GET',
      path: '/pets/{petId}/photos',
      pathParams: { petId: petId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Pet {
  id: string;
  name: string;
  species?: string;
}

export type ListPetsResponse = Pet[];

export interface SearchPetsBody {
  text: string;
  limit?: number;
}

export type SearchPetsResponse = Pet[];

export type ListPetPhotosResponse = string[];

/** The params object of {@link listPets}: body fields and parameters in one object. */
export type ListPetsParams = {
  species: 'cat' | 'dog';
  /**
   * @minimum 1
   */
  limit?: number;
  tags?: string[];
};

/** The params object of {@link linkPet}: body fields and parameters in one object. */
export type LinkPetParams = {
  owner: string;
};
