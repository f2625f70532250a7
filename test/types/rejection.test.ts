/**
 * Rejection: wrong request bodies, made systematically by mutating the spec's valid examples, must not compile.
 * A mutation counts only when the spec's own schema (ajv) rejects it; each is written under `@ts-expect-error`,
 * so a wrong body that TypeScript accepts shows up as an unused directive and fails the test.
 */
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/imarouter/src/operation-index.ts';
import { GATEWAY_IMPORT, typeCheck } from '../helpers/compile.ts';
import { schemaErrors, specExamples, toJsonSchema, validator, type SpecExample } from '../helpers/spec-examples.ts';

type Json = Record<string, any>;
interface Mutation {
  kind: string;
  example: SpecExample;
  operation: string;
  value: unknown;
}

const clone = <T>(value: T): T => structuredClone(value);
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The object schema that describes a value: own properties plus those of allOf members and the matching branch. */
function effectiveSchema(schema: Json, value: unknown): { properties: Json; required: string[]; closed: boolean; rules: Json[]; requirementBranches: string[][] } {
  const result = {
    properties: { ...(schema.properties ?? {}) } as Json,
    required: [...(schema.required ?? [])] as string[],
    closed: schema.additionalProperties === false,
    rules: [] as Json[],
    requirementBranches: [] as string[][],
  };
  const absorb = (part: Json) => {
    const inner = effectiveSchema(part, value);
    Object.assign(result.properties, inner.properties);
    result.required.push(...inner.required);
    result.closed ||= inner.closed;
    result.rules.push(...inner.rules);
    result.requirementBranches.push(...inner.requirementBranches);
  };
  for (const member of schema.allOf ?? []) {
    if ('if' in member) result.rules.push(member);
    else absorb(member);
  }
  for (const keyword of ['oneOf', 'anyOf']) {
    const branches: Json[] = schema[keyword] ?? [];
    if (!branches.length) continue;
    if (branches.every((branch) => !('type' in branch) && !('properties' in branch && Object.values(branch.properties).some((p: any) => 'type' in p)) && 'required' in branch)) {
      result.requirementBranches.push(...branches.map((branch) => branch.required as string[]));
      continue;
    }
    const match = branches.find((branch) => validator(branch)(value));
    if (match) absorb(match);
  }
  return result;
}

const WRONG_VALUES: [(value: unknown) => boolean, unknown][] = [
  [(value) => typeof value === 'string', 12345],
  [(value) => typeof value === 'number', 'not-a-number'],
  [(value) => typeof value === 'boolean', 'yes'],
  [(value) => Array.isArray(value), { not: 'an array' }],
  [(value) => isObject(value), 'not-an-object'],
];

function mutate(example: SpecExample, operation: string, siblings: { schema: Json; models: string[] }[]): Mutation[] {
  const body = example.value;
  if (!isObject(body)) return [];
  const schema = toJsonSchema(example.schema) as Json;
  const shape = effectiveSchema(schema, body);
  const mutations: Mutation[] = [];
  const add = (kind: string, change: (copy: Json) => void) => {
    const copy = clone(body);
    change(copy);
    mutations.push({ kind, example, operation, value: copy });
  };

  if (typeof body.model === 'string') {
    const other = siblings.flatMap((sibling) => sibling.models).find((model) => model !== body.model) ?? 'no-such-model';
    add('wrong model for the variant', (copy) => (copy.model = other));
  }
  for (const key of shape.required) {
    // Required beats default: a required field with a default must be sent too.
    if (key in body) add(`missing required \`${key}\``, (copy) => delete copy[key]);
  }
  for (const [key, current] of Object.entries(body)) {
    const wrong = WRONG_VALUES.find(([matches]) => matches(current));
    if (wrong) add(`wrong type for \`${key}\``, (copy) => (copy[key] = wrong[1]));
    const property = shape.properties[key];
    if (Array.isArray(property?.enum)) add(`\`${key}\` outside its enum`, (copy) => (copy[key] = 'zz-not-allowed'));
  }
  if (shape.closed) {
    add('extra field on a closed object', (copy) => (copy.unexpected_field = 1));
    const foreign = siblings.flatMap((sibling) => Object.keys(sibling.schema.properties ?? {})).find((key) => !(key in shape.properties));
    if (foreign) add(`field \`${foreign}\` of a sibling variant`, (copy) => (copy[foreign] = 'x'));
  }
  if (shape.requirementBranches.length) {
    add('none of the required alternatives', (copy) => {
      for (const keys of shape.requirementBranches) for (const key of keys) delete copy[key];
    });
  }
  // if/then: make the condition hold and break what the rule then demands.
  shape.rules.forEach((rule, index) => {
    const condition = rule.if.properties ?? {};
    const demands = rule.then ?? {};
    const setCondition = (copy: Json) => {
      for (const [key, test] of Object.entries<Json>(condition)) copy[key] = 'const' in test ? test.const : test.enum?.[0];
    };
    for (const key of demands.required ?? []) add(`rule ${index}: \`${key}\` required when ${JSON.stringify(condition)}`, (copy) => (setCondition(copy), delete copy[key]));
    for (const [key, narrowed] of Object.entries<Json>(demands.properties ?? {})) {
      const outside = (shape.properties[key]?.enum ?? []).find((value: unknown) => !(narrowed.enum ?? []).includes(value));
      if (outside !== undefined) add(`rule ${index}: \`${key}\` = ${JSON.stringify(outside)} not allowed`, (copy) => (setCondition(copy), (copy[key] = outside)));
      for (const nested of narrowed.required ?? []) {
        add(`rule ${index}: \`${key}.${nested}\` required`, (copy) => {
          setCondition(copy);
          copy[key] = { ...(isObject(copy[key]) ? copy[key] : {}) };
          delete copy[key][nested];
        });
      }
    }
  });
  return mutations;
}

describe('wrong request bodies do not compile', () => {
  const examples = specExamples().filter((example) => example.kind === 'request');
  const operationOf = (example: SpecExample) => operations.find((operation) => operation.pathKey === example.pathKey && operation.method === example.method.toUpperCase())!;

  // Sibling variants: operations sharing the method and wire path, with their body schema and model values. Each
  // example's entry is worked out once: every example of a wire path has all the others as siblings.
  const entries = new Map<SpecExample, { schema: Json; models: string[] }>();
  const entryOf = (other: SpecExample) => {
    let entry = entries.get(other);
    if (!entry) {
      const schema = effectiveSchema(toJsonSchema(other.schema) as Json, other.value) as unknown as Json;
      entry = { schema: { properties: schema.properties }, models: isObject(other.value) && typeof other.value.model === 'string' ? [other.value.model] : [] };
      entries.set(other, entry);
    }
    return entry;
  };
  const siblingsOf = (example: SpecExample) => {
    const own = operationOf(example);
    return examples.filter((other) => other.pathKey !== example.pathKey && operationOf(other).path === own.path && other.method === example.method).map(entryOf);
  };

  const corpus: Mutation[] = [];
  const seen = new Set<string>();
  for (const example of examples) {
    if (schemaErrors(validator(example.schema), example.value)) continue;
    for (const mutation of mutate(example, operationOf(example).name, siblingsOf(example))) {
      const key = `${mutation.operation} ${JSON.stringify(mutation.value)}`;
      if (seen.has(key) || !schemaErrors(validator(example.schema), mutation.value)) continue;
      seen.add(key);
      corpus.push(mutation);
    }
  }

  it('has a corpus of at least 150 mutations the schema rejects, of every kind', () => {
    const kinds = new Map<string, number>();
    for (const mutation of corpus) {
      const kind = mutation.kind
        .replace(/`[^`]*`/g, '…')
        .replace(/^rule \d+:.*/, 'if/then rule')
        .replace(/ when .*/, '');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    console.log(`rejection corpus: ${corpus.length} wrong bodies`, Object.fromEntries(kinds));
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    for (const kind of [
      'wrong model for the variant',
      'missing required …',
      'wrong type for …',
      '… outside its enum',
      'extra field on a closed object',
      'field … of a sibling variant',
      'none of the required alternatives',
      'if/then rule',
    ]) {
      expect(kinds.get(kind), kind).toBeGreaterThan(0);
    }
  });

  it('every one of them fails to compile', () => {
    const lines = [`import type { Operations } from '${GATEWAY_IMPORT}';`];
    const lineOf = new Map<number, Mutation>();
    corpus.forEach((mutation, index) => {
      lines.push(`// @ts-expect-error ${mutation.kind.replace(/\s+/g, ' ')}`);
      lineOf.set(lines.length, mutation);
      lines.push(`export const wrong${index}: Operations[${JSON.stringify(mutation.operation)}]['body'] = ${JSON.stringify(mutation.value)};`);
    });
    const diagnostics = typeCheck('rejection.ts', lines.join('\n') + '\n');
    const accepted = diagnostics.filter((diagnostic) => diagnostic.message.includes("Unused '@ts-expect-error' directive"));
    const described = accepted.map((diagnostic) => {
      const mutation = lineOf.get(diagnostic.line);
      return mutation ? `${mutation.example.id} → ${mutation.kind}: ${JSON.stringify(mutation.value).slice(0, 200)}` : `line ${diagnostic.line}`;
    });
    const other = diagnostics.filter((diagnostic) => !diagnostic.message.includes("Unused '@ts-expect-error' directive"));
    console.log(`rejected by TypeScript: ${corpus.length - accepted.length}/${corpus.length}`);
    expect(other.map((diagnostic) => diagnostic.message)).toEqual([]);
    expect(described).toEqual([]);
  });
});
