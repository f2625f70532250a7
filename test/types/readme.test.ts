/**
 * The generated README's examples are code a newcomer copies: every ```ts block must compile against the
 * package (blocks after the quickstart use its `client`). Every operation must be findable from the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { operations } from '../../generated/imarouter/src/operation-index.ts';
import { COMPILER_OPTIONS } from '../../scripts/corpus/example-conformance.ts';
import { ROOT } from '../helpers/golden-cases.ts';

const PACKAGE = join(ROOT, 'generated/imarouter');
const readme = readFileSync(join(PACKAGE, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);

describe('the generated README', () => {
  it('has examples, and every one compiles', () => {
    const name = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).name as string;
    const dir = join(ROOT, '.tmp/readme');
    const host = ts.createCompilerHost({});
    const files = new Map<string, string>();
    blocks.forEach((block, index) => {
      // A block that does not make its own client uses the quickstart's.
      const prelude = /const client = /.test(block) ? '' : `import type { ImaRouter as QuickstartClient } from '${name}';\ndeclare const client: QuickstartClient;\n`;
      files.set(join(dir, `block${index}.ts`), `${prelude}${block}\nexport {};\n`);
    });
    const readFile = host.readFile.bind(host);
    host.readFile = (file) => files.get(file) ?? readFile(file);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (file) => files.has(file) || fileExists(file);
    const program = ts.createProgram(
      [...files.keys()],
      {
        ...COMPILER_OPTIONS,
        // The README's snippets read `process.env`: Node's types, from the project's own @types.
        types: ['node'],
        typeRoots: [join(ROOT, 'node_modules/@types')],
        paths: { [name]: [join(PACKAGE, 'src/index.ts')] },
      },
      host,
    );
    const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file ? `${diagnostic.file.fileName.replace(dir, '')}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}` : '';
      return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    console.log(`README: ${blocks.length} TypeScript examples, ${blocks.length - new Set(problems.map((problem) => problem.split(':')[0])).size} compile`);
    expect(blocks.length).toBeGreaterThan(operations.length);
    expect(problems).toEqual([]);
  });

  it('lists every operation with its call, HTTP method and wire path, and an example', () => {
    for (const operation of operations) {
      const row = readme
        .split('\n')
        .find(
          (line) =>
            line.startsWith('| [`') &&
            line.includes(`\`${operation.method} ${operation.path}\``) &&
            (!operation.pathKey.includes('#') || line.includes(`\`#${operation.pathKey.split('#')[1]}\``)),
        );
      expect(row, `${operation.method} ${operation.pathKey}`).toBeDefined();
      expect(readme).toContain(`standalone function \`${operation.name}\``);
    }
  });
});
