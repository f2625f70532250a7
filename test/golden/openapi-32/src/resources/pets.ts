// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  LinkPetParams,
  ListPetPhotosResponse,
  ListPetsParams,
  ListPetsResponse,
  Pet,
  SearchPetsBody,
  SearchPetsResponse,
} from '../models.js';
import { getPet, linkPet, listPetPhotos, listPets, searchPets } from '../operations/default_.js';

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
