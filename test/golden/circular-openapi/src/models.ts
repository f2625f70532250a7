// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
export interface Category {
  id: string;
  name: string;
  parent?: Category;
  subcategories?: Category[];
}

/** Parameters of {@link getCategory}. */
export type GetCategoryParams = {
  path: {
    id: string;
  };
};
