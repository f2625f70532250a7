/**
 * Endpoint groups: the operations that share a method and wire path (`#fragment` and `?query` variants of one endpoint),
 * and the body property whose fixed values tell the variants apart (`model` in the gateway; found, not named).
 */
import { preferredContent } from './media-types.ts';
import { fixedValuesOf, propertiesOf, type Resolve } from './type-query.ts';
import type { EndpointGroup, Operation } from './types.ts';

function bodyOf(operation: Operation) {
  return operation.requestBody && preferredContent(operation.requestBody.contents)?.type;
}

/**
 * The first body property (in the first variant's order) that every variant requires with fixed string values,
 * no value shared by two variants.
 */
function findDiscriminator(variants: Operation[], resolve: Resolve): EndpointGroup['discriminator'] {
  const bodies = variants.map(bodyOf);
  if (bodies.some((body) => body === undefined)) return undefined;
  const candidates = [...new Set(propertiesOf(bodies[0]!, resolve).map((property) => property.name))];
  // Union bodies have no top-level properties of their own; their variants' properties are the candidates.
  if (!candidates.length) {
    const first = resolve(bodies[0]!);
    if (first?.kind === 'union') for (const variant of first.variants) candidates.push(...propertiesOf(variant, resolve).map((property) => property.name));
  }
  for (const property of new Set(candidates)) {
    const perVariant = bodies.map((body) => fixedValuesOf(body!, property, resolve));
    if (perVariant.some((values) => !values?.length || values.some((value) => typeof value !== 'string'))) continue;
    const all = perVariant.flat();
    if (new Set(all).size !== all.length) continue;
    return {
      property,
      values: perVariant.flatMap((values, index) => (values as string[]).map((value) => ({ value, operation: variants[index]!.name }))),
    };
  }
  return undefined;
}

export function groupEndpoints(operations: Operation[], resolve: Resolve): EndpointGroup[] {
  const groups = new Map<string, Operation[]>();
  for (const operation of operations) {
    const key = `${operation.method} ${operation.path}`;
    groups.set(key, [...(groups.get(key) ?? []), operation]);
  }
  return [...groups.values()]
    .filter((variants) => variants.length > 1)
    .map((variants) => {
      const discriminator = findDiscriminator(variants, resolve);
      return {
        mergeable: false,
        everyVariantCreatesTask: false,
        everyVariantFetchesTask: false,
        method: variants[0]!.method,
        path: variants[0]!.path,
        operations: variants.map((operation) => operation.name),
        ...(discriminator && { discriminator }),
      };
    });
}

/** What a variant sends besides its body: its parameters and the query its path key fixes. */
const parameterKey = (operation: Operation) =>
  [
    ...operation.parameters.map((parameter) => `${parameter.in}:${parameter.name}:${parameter.required}`),
    ...(operation.fixedQuery ?? []).map((entry) => `fixed:${entry.name}=${entry.value}`),
  ]
    .sort()
    .join(',');

/** Whether the variants can be called as one: routed by the discriminator, or interchangeable on the wire. */
export function isMergeable(group: EndpointGroup, operations: Map<string, Operation>): boolean {
  if (group.discriminator) return true;
  const variants = group.operations.map((name) => operations.get(name)!);
  return variants.every((variant) => !variant.requestBody && parameterKey(variant) === parameterKey(variants[0]!));
}

/** The variant a shared endpoint stands for: the one without a `#fragment` or fixed `?query`, else the first. */
export function plainVariant<T extends Pick<Operation, 'fragment' | 'fixedQuery'>>(variants: T[]): T | undefined {
  return variants.find((variant) => variant.fragment === undefined && !variant.fixedQuery?.length) ?? variants[0];
}
