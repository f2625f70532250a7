/**
 * The API's named types: one exported type per named schema, plus each call's params type where it is more than a
 * body. Each is declared in its home (see `SurfaceSchema.home`): a resource file the types only its calls name, the
 * shared `src/models.ts` the rest (and, in a types-only package, all of them).
 */
import type { SourceBuilder } from './source-builder.ts';
import type { SentBy, TypeNode } from '../ir/types.ts';
import type { SurfaceApi } from '../surface/types.ts';
import { docsText } from './jsdoc.ts';
import { paramsTypeExpression } from './operation-shape.ts';
import { propertyKey } from './ts-syntax.ts';
import { fieldType, isOptional, typeExpression, visibleProperties, type NameOf, type Side } from './type-expression.ts';

/** Any JSON value: what an untyped schema accepts in a request body. */
const JSON_VALUE = 'string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue }';

/**
 * The types whose home is `home` (a resource file's name; undefined: the shared models file). The runtime types
 * the models name (`Uploadable`) are noted in `nameOf`; a types-only package has no runtime, nor request types.
 */
export function writeModels(file: SourceBuilder, api: SurfaceApi, nameOf: NameOf, home?: string): void {
  for (const schema of api.schemas) {
    if (schema.home !== home) continue;
    // In a types-only package no schema is used by an operation: saying so on every type would be noise.
    const unused = !api.typesOnly && !schema.usage.request && !schema.usage.response;
    const extra = schema.sentBy ? [`${sentByText(schema.sentBy, (text) => `\`${text}\``)}: what the API sends.`] : unused ? ['(Defined by the spec; no operation uses it.)'] : [];
    // Request-only schemas are written as requests read them; the rest as responses do, plus a request form when it differs.
    const forms: [string, Side][] = schema.usage.request && !schema.usage.response ? [[schema.name, 'request']] : [[schema.name, 'response']];
    if (schema.requestName) forms.push([schema.requestName, 'request']);
    for (const [name, side] of forms) {
      const sideNote = schema.requestName && side === 'request' ? [`The request form of {@link ${schema.name}}.`] : [];
      writeNamedType(file, name, schema.type, docsText(schema.type.docs, [...extra, ...sideNote, ...ruleNotes(schema.type)]), nameOf, side);
    }
  }
  for (const operation of api.operations) {
    if (!operation.paramsTypeName || operation.paramsTypeHome !== home) continue;
    const type = paramsTypeExpression(operation, nameOf);
    file.addTypeAlias({
      name: operation.paramsTypeName,
      isExported: true,
      docs: [`The params object of {@link ${operation.name}}: body fields and parameters in one object.`],
      type,
    });
  }
  // Always declared in the shared file: any call may need it even where no model does.
  if (home === undefined)
    file.insertTypeAlias(0, { name: 'JSONValue', isExported: true, docs: ['Any JSON value: what an untyped schema accepts in a request.'], type: JSON_VALUE });
}

/** `The request body of the petAdopted webhook (POST)`, names set off by `code` (backticks in JSDoc, none in a table). */
export function sentByText(sentBy: SentBy, code: (text: string) => string): string {
  const what = sentBy.callbackOf ? `${code(sentBy.name)} callback of ${code(sentBy.callbackOf)}` : `${code(sentBy.name)} webhook`;
  return `The request body of the ${what} (${code(sentBy.method.toUpperCase())})`;
}

/** Rules the type could not carry are still written down, so the reader knows them. */
function ruleNotes(type: TypeNode): string[] {
  if (type.kind !== 'conditional' || type.expansion) return [];
  return ['Rules the server also enforces (not expressible as a type):', ...type.rules.map((rule) => `- \`${rule.text}\``)];
}

/** Writes one named type. */
function writeNamedType(file: SourceBuilder, name: string, type: TypeNode, docs: string | undefined, nameOf: NameOf, side: Side): void {
  if (type.kind === 'object' && (type.additionalProperties === 'closed' || type.additionalProperties === 'unspecified') && type.properties.length) {
    // A plain object is an interface: better hovers and error messages than an alias.
    const properties = visibleProperties(type.properties, side).map((property) => {
      const propertyDocs = docsText(property.type.docs);
      return {
        name: propertyKey(property.name),
        hasQuestionToken: isOptional(property),
        isReadonly: property.readOnly,
        type: fieldType(property, nameOf, side),
        docs: propertyDocs ? [propertyDocs] : [],
      };
    });
    file.addInterface({ name, isExported: true, docs: docs ? [docs] : [], properties });
    return;
  }
  file.addTypeAlias({ name, isExported: true, docs: docs ? [docs] : [], type: typeExpression(type, nameOf, side) });
}
