/**
 * What each value of a routed call asks of its params, for model pickers: the sets of fields it requires (one per
 * way of calling it) and the fields it takes. Planned once here, from the call shape, for the endpoint file's
 * picker types and the README's picker example alike.
 */
import { declaredFieldsFor, requiredFieldSets, type Resolve } from '../ir/type-query.ts';
import type { CallShape } from './call-shape.ts';

export interface ValueFields {
  value: string;
  /** The sets of params fields the value requires beside itself; params need every field of one set. */
  required: string[][];
  /** Every params field it takes (its body's and the parameters' keys); undefined: any. */
  accepts?: string[];
}

/**
 * The sets of params fields a value of a routed call requires beside the value itself, one per way of calling it:
 * its variant's body with that value (of a union, each variant that admits it; of required-only `anyOf` branches,
 * each branch), with the required parameters in every set.
 */
export function requiredFields(call: CallShape, property: string, value: string, resolve: Resolve): string[][] {
  const { body, fields } = call;
  const sets = !body ? [[]] : body.spread ? requiredFieldSets(body.content.type, property, value, resolve) : [body.required ? ['body'] : []];
  const parameters = fields.filter((field) => field.parameter.required).map((field) => field.key);
  return sets.map((set) => [...new Set([...set, ...parameters])]);
}

/** The params fields a value of a routed call takes (its body's and the parameters' keys), or undefined for any. */
export function acceptedFields(call: CallShape, property: string, value: string, resolve: Resolve): string[] | undefined {
  const { body, fields } = call;
  const fromBody = !body ? [] : body.spread ? declaredFieldsFor(body.content.type, property, value, resolve) : ['body'];
  return fromBody && [...new Set([...fromBody, ...fields.map((field) => field.key)])];
}

/** Each discriminator value's fields, in the discriminator's order; `callOf` gives a variant's call shape. */
export function planValueFields(
  discriminator: { property: string; values: { value: string; operation: string }[] },
  callOf: (operation: string) => CallShape,
  resolve: Resolve,
): ValueFields[] {
  return discriminator.values.map(({ value, operation }) => {
    const call = callOf(operation);
    const accepts = acceptedFields(call, discriminator.property, value, resolve);
    return { value, required: requiredFields(call, discriminator.property, value, resolve), ...(accepts && { accepts }) };
  });
}
