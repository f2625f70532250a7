// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Arguments are checked against the tool's input schema before anything is sent: a call that does not match is
 * refused with the validator's message. Schemas compile on first use (a large API's tools are mostly never called).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import type { JsonSchema } from './tool-plan.js';

// Formats are documentation here (the API checks them): an unknown one must not make a tool unusable.
const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false, logger: false });
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** The validation message when `args` do not match `schema`, else undefined. */
export function argumentProblem(schema: JsonSchema, args: unknown): string | undefined {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (validate(args)) return undefined;
  return ajv.errorsText(validate.errors, { dataVar: 'arguments' });
}
