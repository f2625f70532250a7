/**
 * Conformance: every example in the gateway spec that the spec's own schema accepts (ajv is the judge) must
 * compile against the generated type it documents — request examples against `Operations[name]['body']`,
 * response examples against `Operations[name]['responses'][status]`.
 */
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/imarouter/src/operation-index.ts';
import { GATEWAY_IMPORT, typeCheck } from '../helpers/compile.ts';
import { schemaErrors, specExamples, validator, type SpecExample } from '../helpers/spec-examples.ts';

const examples = specExamples();
const nameOf = (example: SpecExample) => operations.find((operation) => operation.pathKey === example.pathKey && operation.method === example.method.toUpperCase())!.name;

function judge(kind: SpecExample['kind']) {
  const accepted: SpecExample[] = [];
  const rejected: { example: SpecExample; reason: string }[] = [];
  for (const example of examples.filter((candidate) => candidate.kind === kind)) {
    const reason = schemaErrors(validator(example.schema), example.value);
    if (reason) rejected.push({ example, reason });
    else accepted.push(example);
  }
  return { accepted, rejected };
}

/**
 * One statement per line, so a diagnostic's line names its example. Requests are checked as a caller writes
 * them: a fresh object literal (so TypeScript also rejects unknown keys). Responses arrive as parsed data, not
 * literals, so they are checked for assignability only (undeclared extra fields are allowed by the schema).
 */
function compileAll(accepted: SpecExample[], typeOf: (example: SpecExample) => string, file: string, as: 'literal' | 'data') {
  const lines = [`import type { Operations } from '${GATEWAY_IMPORT}';`, 'declare function arrives<T>(): <V extends T>(value: V) => void;'];
  const lineOf = new Map<number, SpecExample>();
  accepted.forEach((example, index) => {
    lineOf.set(lines.length + 1, example);
    const json = JSON.stringify(example.value);
    lines.push(as === 'literal' ? `export const example${index}: ${typeOf(example)} = ${json};` : `arrives<${typeOf(example)}>()(${json});`);
  });
  return typeCheck(file, lines.join('\n') + '\n').map((diagnostic) => `${lineOf.get(diagnostic.line)?.id ?? `line ${diagnostic.line}`}: ${diagnostic.message}`);
}

describe('spec examples compile against the generated types', () => {
  it('request bodies', () => {
    const { accepted, rejected } = judge('request');
    const failures = compileAll(accepted, (example) => `Operations[${JSON.stringify(nameOf(example))}]['body']`, 'request-examples.ts', 'literal');
    console.log(`request examples: ${accepted.length - failures.length}/${accepted.length} accepted by the schema compile; ${rejected.length} the schema itself rejects:`);
    for (const { example, reason } of rejected) console.log(`  - ${example.id}: ${reason}`);
    expect(examples.filter((example) => example.kind === 'request')).toHaveLength(188);
    expect(failures).toEqual([]);
  });

  it('responses', () => {
    const { accepted, rejected } = judge('response');
    const failures = compileAll(
      accepted,
      (example) => `Operations[${JSON.stringify(nameOf(example))}]['responses'][${JSON.stringify(example.status)}]`,
      'response-examples.ts',
      'data',
    );
    console.log(`response examples: ${accepted.length - failures.length}/${accepted.length} accepted by the schema compile; ${rejected.length} the schema itself rejects:`);
    for (const { example, reason } of rejected) console.log(`  - ${example.id}: ${reason}`);
    expect(examples.filter((example) => example.kind === 'response')).toHaveLength(119);
    expect(failures).toEqual([]);
  });
});
