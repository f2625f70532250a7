// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/** (Defined by the spec; no operation uses it.) */
export interface PetFilter {
  species: 'cat' | 'dog';
  /** @minimum 1 */
  limit?: number;
  tags?: string[];
}

/** The request body of the `petAdopted` webhook (`POST`): what the API sends. */
export interface PetAdoptedWebhookBody {
  petId: string;
  /** @format date-time */
  adoptedAt: string;
}
