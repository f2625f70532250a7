/**
 * Conformance of the gateway: every example in its spec that the spec's own schema accepts (ajv is the judge)
 * must compile against the committed package's type for it — request examples as literals against
 * `Operations[name]['body']`, response examples as arriving data against `Operations[name]['responses'][status]`.
 * The same check runs over every corpus document with examples (`npm run test:examples`, and
 * test/corpus/examples.test.ts for the CI subset); the machinery is scripts/corpus/example-conformance.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/imarouter/src/operation-index.ts';
import { checkExamples, describeConformance } from '../../scripts/corpus/example-conformance.ts';
import { gatewaySubject, subjectDocument } from '../../scripts/corpus/run-examples.ts';
import { ROOT } from '../helpers/golden-cases.ts';

describe('spec examples compile against the generated types', () => {
  it('every schema-valid request and response example of the gateway spec', async () => {
    const document = await subjectDocument(await gatewaySubject());
    const result = checkExamples(document, operations, join(ROOT, 'generated/imarouter'), join(ROOT, '.tmp/typecheck/conformance'));
    console.log(`gateway examples: ${describeConformance(result)}; the schema itself rejects:`);
    for (const { example, reason } of result.rejected) console.log(`  - ${example.id}: ${reason}`);
    expect(result.request.accepted + result.request.rejected).toBe(188);
    expect(result.response.accepted + result.response.rejected).toBe(119);
    expect(result.unjudged).toEqual([]);
    expect(result.packageErrors).toEqual([]);
    expect(result.failures.map(({ example, message }) => `${example.id}: ${message}`)).toEqual([]);
    expect(result.request.compiled).toBe(result.request.accepted);
    expect(result.response.compiled).toBe(result.response.accepted);
  });
});
