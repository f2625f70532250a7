/**
 * Open fields: request fields whose closed enum lists the values the server knew when the spec was written, and
 * that the server extends over time — models above all. Such a field is marked `open` (on its `Property` or
 * `Parameter`); the SDK then also takes a value it does not list, written `unlisted('…')` (docs/naming.md).
 *
 * A field is open when its type is a closed enum of strings (or one string constant, `null` allowed beside) and
 * - it names a model: its name is `model`, or ends in `_model`, `-model` or `…Model` (`embedding_model`,
 *   `baseModel`), or the first sentence of its title or description ends in "model", "model name", "model ID",
 *   "model identifier" or "model version" (`Image model name (pro).`, `Sonic model version.`), and it does not
 *   tell variants apart (the discriminating field of a union, or the field that routes a merged endpoint: an
 *   open value would fit every variant, so TypeScript could no longer pick the one a value selects; a routed
 *   call takes `unlisted('…')` through an overload of its own); or
 * - the config's `openFields` names it: `"<Schema>.<property>"` (a property of a named schema, at any depth of
 *   its `allOf`/`oneOf`/`anyOf`) or `"<METHOD> <path key> <field>"` (a parameter of the operation, or a property
 *   of its request body), discriminating or not. An entry that names nothing, or a field that is no closed enum, is a
 *   located error.
 */
import { GeneratorError } from '../errors.ts';
import { nearest } from './naming.ts';
import { fixedValuesOf, type Resolve } from './type-query.ts';
import { forEachNode } from './type-walk.ts';
import type { Docs, EndpointGroup, NamedSchema, Operation, Parameter, Property, TypeNode } from './types.ts';

/** The config's `openFields`, and the file they came from (for located errors). */
export interface OpenFieldsConfig {
  entries: readonly string[];
  source: string;
}

/** A property name that says it holds a model. */
export function isModelName(name: string): boolean {
  return /(^|[_-])model$/i.test(name) || /[a-z0-9]Model$/.test(name);
}

/** The first sentence of a text, without what is in parentheses, trimmed of trailing punctuation. */
function firstSentence(text: string): string {
  const sentence = text.split(/\n|(?<=[.!?。;:])\s/)[0] ?? '';
  return sentence
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[\s.!?。;:,]+$/, '')
    .trim();
}

/**
 * A title or description that says the field holds a model: its first sentence is a label (at most six words)
 * ending in "model", "model name", "model ID", "model identifier" or "model version", the word before not a
 * determiner (`Only \`standard\` is supported for this model.` speaks of a model, it does not hold one).
 */
export function describesModel(text: string | undefined): boolean {
  if (text === undefined) return false;
  const sentence = firstSentence(text);
  const match = /(?:^|(\S+)\s+)model(\s+(name|id|identifier|version))?$/i.exec(sentence);
  if (!match || sentence.split(/\s+/).length > 6) return false;
  return !/^(this|that|the|each|every|a|an|any|your|its|which)$/i.test(match[1] ?? '');
}

/** Whether a field, by its name and docs, holds a model. */
export function namesAModel(name: string, docs: (Docs | undefined)[]): boolean {
  return isModelName(name) || docs.some((doc) => describesModel(doc?.title) || describesModel(doc?.description));
}

/** A closed enum of strings (or one string constant), `null` allowed beside: what an open field widens. */
export function isClosedStringEnum(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  if (node.kind === 'ref') {
    const target = resolve(node);
    return target !== undefined && isClosedStringEnum(target, resolve, seen);
  }
  if (node.kind === 'nullable') return isClosedStringEnum(node.inner, resolve, seen);
  if (node.kind === 'literal') return typeof node.value === 'string';
  if (node.kind === 'enum') return node.values.some((value) => typeof value === 'string') && node.values.every((value) => typeof value === 'string' || value === null);
  return false;
}

/** The docs a field's type carries, its own and (through a reference) its target's. */
function docsOf(node: TypeNode, resolve: Resolve): (Docs | undefined)[] {
  return node.kind === 'ref' ? [node.docs, resolve(node)?.docs] : [node.docs];
}

/** The properties a shape is made of, through references, `allOf`, `oneOf`/`anyOf`, conditionals and `null`. */
export function shapeProperties(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): Property[] {
  if (seen.has(node)) return [];
  seen.add(node);
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target ? shapeProperties(target, resolve, seen) : [];
    }
    case 'object':
      return node.properties;
    case 'intersection':
      return node.members.flatMap((member) => shapeProperties(member, resolve, seen));
    case 'union':
      return node.variants.flatMap((variant) => shapeProperties(variant, resolve, seen));
    case 'conditional':
      return [node.base, ...(node.expansion ? [node.expansion] : [])].flatMap((part) => shapeProperties(part, resolve, seen));
    case 'nullable':
      return shapeProperties(node.inner, resolve, seen);
    default:
      return [];
  }
}

/**
 * The properties that tell the variants of a union apart (each variant pins the property to its own values):
 * they stay closed, since an open value would fit every variant and TypeScript could no longer narrow the union
 * by them, nor check a body against the one variant its value selects.
 */
export function discriminators(roots: readonly TypeNode[], resolve: Resolve): Set<Property> {
  const found = new Set<Property>();
  for (const root of roots) {
    forEachNode(root, (node) => {
      if (node.kind !== 'union' || node.variants.length < 2) return;
      const names = new Set(node.variants.flatMap((variant) => shapeProperties(variant, resolve).map((property) => property.name)));
      for (const name of names) {
        if (!node.variants.every((variant) => fixedValuesOf(variant, name, resolve) !== undefined)) continue;
        for (const variant of node.variants) for (const property of shapeProperties(variant, resolve)) if (property.name === name) found.add(property);
      }
    });
  }
  return found;
}

/** How the config keys an operation: `POST /v1/chat/completions`, the path key as the spec writes it. */
const operationKey = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.pathKey}`;

/** The request types an operation's fields live in: each body form. */
const bodyTypes = (operation: Operation) => (operation.requestBody?.contents ?? []).map((content) => content.type);

/**
 * Marks the open fields of an API: every model field by the rule, then what the config names (every entry
 * checked). Runs on the finished types, before the request forms are decided (an open field reads differently in
 * requests).
 */
export function markOpenFields(
  schemas: Iterable<NamedSchema>,
  operations: readonly Operation[],
  groups: readonly EndpointGroup[],
  resolve: Resolve,
  config?: OpenFieldsConfig,
): void {
  const named = [...schemas];
  const roots = [...named.map((schema) => schema.type), ...operations.flatMap(bodyTypes)];
  const discriminating = discriminators(roots, resolve);
  // The field that routes a merged endpoint tells its variants apart too (a routed call has its own `unlisted` overload).
  for (const group of groups) {
    if (!group.discriminator) continue;
    for (const operation of operations.filter((candidate) => group.operations.includes(candidate.name)))
      for (const property of bodyTypes(operation).flatMap((type) => shapeProperties(type, resolve)))
        if (property.name === group.discriminator.property) discriminating.add(property);
  }
  const byRule = (property: Property) => {
    if (!discriminating.has(property) && isClosedStringEnum(property.type, resolve) && namesAModel(property.name, docsOf(property.type, resolve))) property.open = true;
  };
  for (const root of roots)
    forEachNode(root, (child) => {
      if (child.kind === 'object') child.properties.forEach(byRule);
    });
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      if (isClosedStringEnum(parameter.type, resolve) && namesAModel(parameter.name, [...docsOf(parameter.type, resolve), { description: parameter.description }]))
        parameter.open = true;
    }
  }
  if (config) config.entries.forEach((entry, index) => markConfigured(entry, index, named, operations, resolve, config.source));
}

/** One `openFields` entry: the fields it names are marked open, or it fails where it stands in the config. */
function markConfigured(entry: string, index: number, schemas: NamedSchema[], operations: readonly Operation[], resolve: Resolve, source: string): void {
  const fail = (message: string, candidates: Iterable<string>, wrong: string): never => {
    const suggestion = nearest(wrong, candidates);
    throw new GeneratorError(
      message,
      { file: source, pointer: `#/openFields/${index}` },
      suggestion ? `did you mean "${suggestion}"? (see docs/config.md)` : 'remove the entry (see docs/config.md)',
    );
  };
  const call = /^(\S+) (\S+) (\S+)$/.exec(entry);
  let fields: (Property | Parameter)[];
  let field: string;
  if (call) {
    const key = `${call[1]!.toUpperCase()} ${call[2]}`;
    field = call[3]!;
    const operation = operations.find((candidate) => operationKey(candidate) === key);
    if (!operation)
      return fail(
        `"${entry}" names no operation of the spec`,
        operations.map((candidate) => `${operationKey(candidate)} ${field}`),
        entry,
      );
    const all = [...operation.parameters, ...bodyTypes(operation).flatMap((type) => shapeProperties(type, resolve))];
    fields = all.filter((candidate) => candidate.name === field);
    if (!fields.length) return fail(`${key} has no parameter or body field "${field}"`, new Set(all.map((candidate) => `${key} ${candidate.name}`)), entry);
  } else {
    const dot = entry.lastIndexOf('.');
    const schemaName = entry.slice(0, dot);
    field = entry.slice(dot + 1);
    const schema = schemas.find((candidate) => candidate.name === schemaName || candidate.originalName === schemaName);
    if (!schema)
      return fail(
        `"${schemaName}" names no schema of the spec`,
        schemas.map((candidate) => `${candidate.name}.${field}`),
        entry,
      );
    const all = shapeProperties(schema.type, resolve);
    fields = all.filter((candidate) => candidate.name === field);
    if (!fields.length) return fail(`the schema "${schemaName}" has no property "${field}"`, new Set(all.map((candidate) => `${schemaName}.${candidate.name}`)), entry);
  }
  const closed = fields.filter((candidate) => isClosedStringEnum(candidate.type, resolve));
  if (!closed.length) {
    throw new GeneratorError(
      `"${entry}" is not a closed enum of strings: it takes any value of its type already`,
      { file: source, pointer: `#/openFields/${index}` },
      'remove the entry: only a field with an `enum` (or `const`) of strings can be opened',
    );
  }
  for (const candidate of closed) candidate.open = true;
}
