/**
 * Translates `if`/`then`/`else` rules into a union of plain variants, the way a reader of the spec would:
 * "with model X, metadata.first_frame_image is required and size is 768p or 1080p".
 *
 * It works when every condition tests properties against `const`/`enum` values and those properties have a
 * finite set of values in the base schema: then each combination of values (and of "absent", for optional
 * properties, which JSON Schema's `properties` lets pass any condition on them) is evaluated against every
 * rule, and combinations that end up under the same rules are merged. Otherwise it says why, and the caller
 * keeps the base type, which is never narrower than the schema.
 */
import { mergeObjects } from './simplify.ts';
import { literalValues, propertiesOf } from './type-query.ts';
import type { ConditionalRule, LiteralValue, Property, TypeNode } from './types.ts';

const ABSENT = Symbol('absent');
type Value = LiteralValue | typeof ABSENT;

export type Expansion = { ok: true; variants: TypeNode[] } | { ok: false; reason: string };

/** At most this many value combinations are enumerated; beyond it the rules stay unexpanded. */
const MAX_COMBINATIONS = 256;

interface Test {
  property: string;
  allowed: LiteralValue[];
  mustBePresent: boolean;
}

function testsOf(condition: TypeNode): Test[] | undefined {
  if (condition.kind !== 'object') return undefined;
  const tests: Test[] = [];
  for (const property of condition.properties) {
    const allowed = literalValues(property.type);
    if (!allowed) return undefined;
    tests.push({ property: property.name, allowed, mustBePresent: property.required });
  }
  return tests;
}

function matches(tests: Test[], combination: Map<string, Value>): boolean {
  return tests.every((test) => {
    const value = combination.get(test.property);
    if (value === ABSENT) return !test.mustBePresent;
    return test.allowed.some((allowed) => allowed === value);
  });
}

/** Whether the constraints applied to a combination leave a discriminating property with no allowed value. */
function contradicts(applied: TypeNode[], combination: Map<string, Value>, resolve: (node: TypeNode) => TypeNode | undefined): boolean {
  for (const node of applied) {
    for (const property of propertiesOf(node, resolve)) {
      if (!combination.has(property.name)) continue;
      const value = combination.get(property.name);
      const allowed = literalValues(property.type);
      if (value === ABSENT) {
        if (property.required) return true;
      } else if (allowed && !allowed.includes(value as LiteralValue)) {
        return true;
      }
    }
  }
  return false;
}

function cartesian(domains: [string, Value[]][]): Map<string, Value>[] {
  let combinations: Map<string, Value>[] = [new Map()];
  for (const [property, values] of domains) {
    combinations = combinations.flatMap((combination) => values.map((value) => new Map(combination).set(property, value)));
  }
  return combinations;
}

export function expandConditional(base: TypeNode, rules: ConditionalRule[], resolve: (node: TypeNode) => TypeNode | undefined): Expansion {
  const ruleTests: Test[][] = [];
  for (const rule of rules) {
    const tests = testsOf(rule.if);
    if (!tests) return { ok: false, reason: 'a condition tests something other than `const`/`enum` values of properties' };
    ruleTests.push(tests);
  }
  const baseProperties = propertiesOf(base, resolve);
  const domains: [string, Value[]][] = [];
  for (const name of new Set(ruleTests.flat().map((test) => test.property))) {
    const property = baseProperties.find((candidate) => candidate.name === name);
    const values = property && literalValues(property.type);
    if (!property || !values) return { ok: false, reason: `the condition on \`${name}\` needs it to have a fixed set of values (an enum) in the schema` };
    domains.push([name, property.required ? [...values] : [...values, ABSENT]]);
  }
  if (domains.reduce((count, [, values]) => count * values.length, 1) > MAX_COMBINATIONS) {
    return { ok: false, reason: `the conditions combine more than ${MAX_COMBINATIONS} value combinations` };
  }

  // Evaluate every combination; group those that end up under the same constraints.
  const groups = new Map<string, { applied: TypeNode[]; combinations: Map<string, Value>[] }>();
  for (const combination of cartesian(domains)) {
    const keys: string[] = [];
    const applied: TypeNode[] = [];
    rules.forEach((rule, index) => {
      const branch = matches(ruleTests[index]!, combination) ? rule.then : rule.else;
      if (!branch) return;
      keys.push(`${index}${branch === rule.then ? 't' : 'e'}`);
      applied.push(branch);
    });
    if (contradicts(applied, combination, resolve)) continue;
    const key = keys.join(',');
    const group = groups.get(key) ?? { applied, combinations: [] };
    group.combinations.push(combination);
    groups.set(key, group);
  }

  const variants: TypeNode[] = [];
  for (const { applied, combinations } of groups.values()) {
    // One variant per group when its combinations form a full product of per-property value sets.
    const valueSets = domains.map(([name]) => [name, [...new Set(combinations.map((combination) => combination.get(name)!))]] as [string, Value[]]);
    const productSize = valueSets.reduce((count, [, values]) => count * values.length, 1);
    const parts = productSize === combinations.length ? [new Map(valueSets)] : combinations.map((combination) => new Map([...combination].map(([name, value]) => [name, [value]])));
    for (const part of parts) {
      const pinned: Property[] = [...part].map(([name, values]) => {
        const present = values.filter((value): value is LiteralValue => value !== ABSENT);
        return {
          name,
          required: !values.includes(ABSENT),
          hasDefault: false,
          readOnly: false,
          writeOnly: false,
          type: present.length === 0 ? { kind: 'never' } : present.length === 1 ? { kind: 'literal', value: present[0]! } : { kind: 'enum', values: present },
        };
      });
      const objects = [{ kind: 'object', properties: pinned, additionalProperties: 'unspecified' } as TypeNode, ...applied];
      variants.push({ kind: 'intersection', members: [base, ...mergeObjects(objects)] });
    }
  }
  return { ok: true, variants };
}
