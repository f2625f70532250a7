/** `src/models.ts`: one exported type per named schema, plus each operation's parameters type. */
import type { SourceFile } from 'ts-morph';
import type { ApiModel } from '../ir/types.ts';
import { docsText } from './jsdoc.ts';
import { parametersSections } from './operation-shape.ts';
import { propertyKey } from './ts-syntax.ts';
import { typeExpression, type NameOf } from './type-expression.ts';

export function writeModels(file: SourceFile, api: ApiModel, nameOf: NameOf): void {
  for (const schema of api.schemas) {
    const { type } = schema;
    const extra = schema.unused ? ['(Defined by the spec; no operation uses it.)'] : [];
    const docs = docsText(type.docs, extra);
    if (type.kind === 'object' && (type.additionalProperties === 'closed' || type.additionalProperties === 'unspecified') && type.properties.length) {
      // A plain object is an interface: better hovers and error messages than an alias.
      file.addInterface({
        name: schema.name,
        isExported: true,
        docs: docs ? [docs] : [],
        properties: type.properties.map((property) => {
          const propertyDocs = docsText(property.type.docs);
          return {
            name: propertyKey(property.name),
            hasQuestionToken: !property.required,
            isReadonly: property.readOnly,
            type: typeExpression(property.type, nameOf),
            docs: propertyDocs ? [propertyDocs] : [],
          };
        }),
      });
    } else {
      file.addTypeAlias({ name: schema.name, isExported: true, docs: docs ? [docs] : [], type: typeExpression(type, nameOf) });
    }
  }
  for (const operation of api.operations) {
    const sections = parametersSections(operation, nameOf);
    if (!operation.paramsTypeName || !sections) continue;
    file.addTypeAlias({ name: operation.paramsTypeName, isExported: true, docs: [`Parameters of {@link ${operation.name}}.`], type: sections });
  }
}
