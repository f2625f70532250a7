// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export type RenderRequest =
  | (RenderRequestBase & {
      engine: 'fast';
      resolution?: 'sd' | 'hd';
      frames?: 24 | 30;
    })
  | (RenderRequestBase & {
      engine: 'quality' | 'legacy';
      resolution?: 'sd' | 'hd';
      frames?: 24 | 30;
    })
  | (RenderRequestBase & {
      engine: 'quality' | 'legacy';
      resolution: 'uhd';
      frames?: 24;
      mask: {
        url: string;
      };
    });

export interface RenderRequestBase {
  engine: 'fast' | 'quality' | 'legacy';
  resolution?: 'sd' | 'hd' | 'uhd';
  frames?: 24 | 30 | 60;
  mask?: {
    url?: string;
  };
}

/**
 * The condition tests a free-form string, which no type can split; the rule stays a comment.
 * Rules the server also enforces (not expressible as a type):
 * - `{"if":{"properties":{"country":{"pattern":"^US$"}}},"then":{"required":["postal_code"]}}`
 */
export type Shipment = {
  country?: string;
  postal_code?: string;
};
