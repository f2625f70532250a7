/**
 * The gateway package as every kind of consumer meets it, packed and installed like a published package: an ES
 * module and a CommonJS `require` on this Node, TypeScript projects with Node's types and no DOM library checking
 * the package's declarations too (`skipLibCheck: false`), from ES modules and from CommonJS, and the two package
 * linters (`attw --pack`'s checks on the tarball, `publint --strict`). Runs against a local server on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedInstall, type InstalledPackage } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_DIR = join(ROOT, 'generated/imarouter');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

let installed: InstalledPackage;
let server: http.Server;
let baseURL: string;

beforeAll(async () => {
  installed = await sharedInstall(PACKAGE_DIR);
  server = http.createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ seen: `${request.method} ${request.url}`, auth: request.headers.authorization }));
  });
  baseURL = await listenOnLoopback(server);
});
afterAll(async () => {
  if (server) await closeServer(server);
});

/** A script run by Node in the consumer project; it prints the balance call's response as JSON. */
async function runScript(file: string, source: string): Promise<unknown> {
  writeFileSync(join(installed.consumerDir, file), source.replace('BASE_URL', JSON.stringify(baseURL)));
  const { stdout } = await run(process.execPath, [file], { cwd: installed.consumerDir, timeout: 60_000 });
  return JSON.parse(stdout);
}

describe('JavaScript consumers', () => {
  const want = { seen: 'GET /api/usage/token/user-balance', auth: 'Bearer sk-consumer' };

  it('an ES module imports the package and calls the API', async () => {
    const result = await runScript(
      'esm-consumer.mjs',
      `import { ImaRouter, APIError } from '@imarouter/sdk';
const client = new ImaRouter({ apiKey: 'sk-consumer', baseURL: BASE_URL });
console.log(JSON.stringify({ ...(await client.usage.token.userBalance.retrieve()), isError: typeof APIError }));`,
    );
    expect(result).toEqual({ ...want, isError: 'function' });
  });

  it('a CommonJS script requires the package (its CommonJS build) and calls the API', async () => {
    const result = await runScript(
      'cjs-consumer.cjs',
      `const { ImaRouter, APIError } = require('@imarouter/sdk');
const client = new ImaRouter({ apiKey: 'sk-consumer', baseURL: BASE_URL });
client.usage.token.userBalance.retrieve().then((data) => console.log(JSON.stringify({ ...data, resolved: require.resolve('@imarouter/sdk').includes('/dist/cjs/'), isError: typeof APIError })));`,
    );
    expect(result).toEqual({ ...want, resolved: true, isError: 'function' });
  });
});

describe('TypeScript consumers with Node types and no DOM library, checking the declarations (skipLibCheck: false)', () => {
  it.each([
    ['an ES module', 'consumer.mts'],
    ['CommonJS', 'consumer.cts'],
  ])('%s compiles', async (_kind, file) => {
    const dir = installed.consumerDir;
    writeFileSync(
      join(dir, file),
      `import { ImaRouter, isAPIError, type ClientOptions } from '@imarouter/sdk';
const options: ClientOptions = { apiKey: 'k' };
const client = new ImaRouter(options);
export async function run(): Promise<string | undefined> {
  try {
    const reply = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'hi' }] });
    return reply.id;
  } catch (error) {
    if (isAPIError(error, 'createChatCompletions')) return error.message;
    throw error;
  }
}
`,
    );
    const tsconfig = `tsconfig.${file}.json`;
    writeFileSync(
      join(dir, tsconfig),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          target: 'ES2022',
          lib: ['ES2022'],
          types: ['node'],
          typeRoots: [join(ROOT, 'node_modules/@types')],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          noEmit: true,
          skipLibCheck: false,
        },
        files: [file],
      }),
    );
    const result = await run(bin('tsc'), ['-p', tsconfig], { cwd: dir, timeout: 120_000 }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(result).toBe('');
  });
});

describe('package linters', () => {
  it('attw finds no problem in the tarball, for node10, node16 (from CommonJS and ES modules) and bundlers', async () => {
    const { stdout } = await run(bin('attw'), [installed.tarball, '--format', 'json'], { timeout: 120_000 });
    const report = JSON.parse(stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
  });

  it('publint --strict is clean', async () => {
    const { stdout } = await run(bin('publint'), ['--strict', installed.builtDir], { timeout: 120_000 });
    expect(stdout).toContain('All good!');
  });
});
