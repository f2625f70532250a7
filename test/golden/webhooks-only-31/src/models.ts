// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/** A parcel reached its recipient. */
export interface ParcelDelivered {
  parcelId: string;
  /** @format date-time */
  deliveredAt: string;
  signature?: string | null;
  proof?: 'photo';
}

/** The request body of the `parcelLost` webhook (`POST`): what the API sends. */
export interface ParcelLostWebhookBody {
  parcelId: string;
  /** @format date-time */
  lastSeen?: string | null;
}
