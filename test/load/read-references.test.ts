/**
 * readReferences: a `$ref` reads a file or URL only where reference-policy.ts allows, before anything is read.
 * The escapes of issue 26 are run through `sdkgen generate` into an existing output folder: each must end in a
 * located error (file, pointer of the `$ref`, its text, the option or the way out), exit 1, the folder as it was,
 * and no request to the host it names.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/program.ts';
import { GeneratorError } from '../../generator/errors.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('read-references-');
const spec = join(dir.path, 'spec');
const outside = join(dir.path, 'outside');
const out = join(dir.path, 'out');

/** Serves `documents` by path, and records every request (an internal host that must not be reached). */
function documentServer(documents: Record<string, unknown> = {}) {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.url ?? '');
    const body = documents[request.url ?? ''];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' });
    response.end(body === undefined ? '{}' : JSON.stringify(body));
  });
  return { server, requests };
}

const internal = documentServer({ '/internal': { type: 'object', description: 'INTERNAL SECRET' } });
let internalUrl: string;
const served = documentServer();
let servedUrl: string;

const info = { title: 'T', version: '1.0.0' };
const schemaSpec = (schema: object) => ({
  openapi: '3.1.0',
  info,
  paths: { '/a': { get: { operationId: 'getA', responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } } } } },
  components: { schemas: { A: schema } },
});
const write = (path: string, content: unknown) => writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));

beforeAll(async () => {
  await mkdir(join(spec, 'sub'), { recursive: true });
  await mkdir(join(outside, 'x'), { recursive: true });
  await mkdir(out);
  await write(join(out, 'README.md'), 'the previous output');
  await write(join(outside, 'secret.json'), { type: 'string', description: 'OUTSIDE SECRET' });
  await write(join(spec, 'sibling.json'), { type: 'object', properties: { name: { type: 'string' } } });
  await symlink(join(outside, 'secret.json'), join(spec, 'sub', 'link.json'));
  internalUrl = await new Promise<string>((resolve, reject) => {
    internal.server.once('error', reject);
    // 127.0.0.2: another loopback address, standing for an internal host of the CI's network.
    internal.server.listen(0, '127.0.0.2', () => resolve(`http://127.0.0.2:${(internal.server.address() as AddressInfo).port}`));
  });
  servedUrl = await listenOnLoopback(served.server);
});
afterAll(async () => {
  await closeServer(internal.server);
  await closeServer(served.server);
  await dir.remove();
});

async function generate(args: string[]) {
  let stderr = '';
  const code = await main(['generate', '--out', out, '--quiet', ...args], { out: () => undefined, err: (text) => void (stderr += text) });
  return { code, stderr };
}

describe('the escapes are refused: a located error, exit 1, nothing written, nothing fetched', () => {
  const cases: { name: string; setup: () => Promise<string[]>; where: RegExp; want: RegExp; hint: RegExp }[] = [
    {
      name: 'an absolute path ($ref: /…)',
      setup: async () => {
        await write(join(spec, 'absolute.json'), schemaSpec({ $ref: join(outside, 'secret.json') }));
        return ['--spec', join(spec, 'absolute.json')];
      },
      where: /absolute\.json:\d+:\d+ \(#\/components\/schemas\/A\/\$ref\)/,
      want: /the reference ".*outside\/secret\.json" resolves to .*outside\/secret\.json, outside the spec's folder/,
      hint: /copy the file into the spec's folder/,
    },
    {
      name: 'a relative path out of the folder (../../outside/x.json)',
      setup: async () => {
        await write(join(outside, 'x.json'), { type: 'string' });
        await write(join(spec, 'sub', 'up.json'), schemaSpec({ $ref: '../../outside/x.json' }));
        return ['--spec', join(spec, 'sub', 'up.json')];
      },
      where: /up\.json:\d+:\d+ \(#\/components\/schemas\/A\/\$ref\)/,
      want: /the reference "\.\.\/\.\.\/outside\/x\.json" resolves to .*outside\/x\.json, outside the spec's folder .*spec\/sub/,
      hint: /copy the file into the spec's folder/,
    },
    {
      name: 'a symlink inside the folder that points out',
      setup: async () => {
        await write(join(spec, 'symlinked.json'), schemaSpec({ $ref: './sub/link.json' }));
        return ['--spec', join(spec, 'symlinked.json')];
      },
      where: /symlinked\.json:\d+:\d+ \(#\/components\/schemas\/A\/\$ref\)/,
      want: /the reference "\.\/sub\/link\.json" resolves to .*outside\/secret\.json, outside the spec's folder/,
      hint: /symlinks followed/,
    },
    {
      name: "/proc/self/environ in a described schema's property (YAML)",
      setup: async () => {
        const yaml = `openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      description: the settings\n      properties:\n        env:\n          description: the environment\n          $ref: /proc/self/environ\n`;
        await write(join(spec, 'environ.yaml'), yaml);
        return ['--spec', join(spec, 'environ.yaml')];
      },
      where: /environ\.yaml:12:17 \(#\/components\/schemas\/A\/properties\/env\/\$ref\)/,
      want: /the reference "\/proc\/self\/environ" resolves to \/proc\/\d+\/environ, outside the spec's folder/,
      hint: /copy the file/,
    },
    {
      name: 'file:///… from a spec served over http',
      setup: async () => {
        served.server.removeAllListeners('request');
        served.server.on('request', (_request, response) => response.end(JSON.stringify(schemaSpec({ $ref: `file://${join(outside, 'secret.json')}` }))));
        return ['--spec', `${servedUrl}/openapi.json`];
      },
      where: /127\.0\.0\.1:\d+\/openapi\.json:\d+:\d+ \(#\/components\/schemas\/A\/\$ref\)/,
      want: /the reference "file:\/\/.*secret\.json" names a local file, which a document fetched over http\(s\) may never read/,
      hint: /no option allows this: download the spec/,
    },
    {
      name: 'a Swagger 2.0 $ref to an internal host',
      setup: async () => {
        const swagger = { swagger: '2.0', info, paths: { '/a': { get: { responses: { 200: { description: 'ok', schema: { $ref: `${internalUrl}/internal` } } } } } } };
        await write(join(spec, 'swagger.json'), swagger);
        return ['--spec', join(spec, 'swagger.json')];
      },
      where: /swagger\.json:\d+:\d+ \(#\/paths\/~1a\/get\/responses\/200\/schema\/\$ref\)/,
      want: /the reference "http:\/\/127\.0\.0\.2:\d+\/internal" reaches the host 127\.0\.0\.2:\d+, which a local spec may not reach unless allowed/,
      hint: /--allow-ref-host 127\.0\.0\.2:\d+ \(or "allowRefHosts": \["127\.0\.0\.2:\d+"\] in the config file\)/,
    },
    {
      name: 'an overlay that adds such a $ref',
      setup: async () => {
        await write(join(spec, 'plain.json'), schemaSpec({ type: 'object' }));
        const overlay = `overlay: 1.0.0\ninfo: { title: reach in, version: 1.0.0 }\nactions:\n  - target: $.components.schemas.A\n    update:\n      properties:\n        secret: { $ref: '${internalUrl}/internal' }\n`;
        await write(join(dir.path, 'reach.overlay.yaml'), overlay);
        return ['--spec', join(spec, 'plain.json'), '--overlay', join(dir.path, 'reach.overlay.yaml')];
      },
      where: /reach\.overlay\.yaml:7:\d+ \(#\/actions\/0\/update\/properties\/secret\/\$ref\)/,
      want: /the reference "http:\/\/127\.0\.0\.2:\d+\/internal" reaches the host 127\.0\.0\.2:\d+/,
      hint: /--allow-ref-host 127\.0\.0\.2:\d+/,
    },
  ];
  it.each(cases)('$name', async ({ setup, where, want, hint }) => {
    const args = await setup();
    const before = await snapshotTree(out);
    const { code, stderr } = await generate(args);
    expect(stderr).toMatch(new RegExp(`^error: ${want.source}.*\\n {2}at .*${where.source}\\n {2}hint: .*${hint.source}.*\\nnothing was written\\n$`));
    expect(code).toBe(1);
    expect(await snapshotTree(out)).toEqual(before);
    expect(internal.requests).toEqual([]);
  });
});

describe('what the rules allow', () => {
  it('a file beside the spec (and below it) is read', async () => {
    await write(join(spec, 'sub', 'nested.json'), { type: 'object', properties: { sibling: { $ref: '../sibling.json' } } });
    await write(join(spec, 'siblings.json'), schemaSpec({ $ref: './sub/nested.json' }));
    const { document } = await loadSpec(join(spec, 'siblings.json'));
    expect(JSON.stringify(document)).not.toContain('.json');
    expect(JSON.stringify(document)).toContain('"name":{"type":"string"}');
  });

  it('an allowed host is fetched, and its relative references on that host too', async () => {
    const library = documentServer({ '/lib/a.json': { type: 'object', properties: { b: { $ref: 'b.json' } } }, '/lib/b.json': { type: 'integer' } });
    const origin = await listenOnLoopback(library.server);
    try {
      const path = join(spec, 'remote-lib.json');
      await write(path, schemaSpec({ $ref: `${origin}/lib/a.json` }));
      const refused = (await loadSpec(path).catch((error: unknown) => error)) as GeneratorError;
      expect(refused).toBeInstanceOf(GeneratorError);
      expect(refused.hint).toContain(`--allow-ref-host ${new URL(origin).host}`);
      expect(library.requests).toEqual([]);
      const { document } = await loadSpec(path, { allowRefHosts: [new URL(origin).host] });
      expect((document.components as { schemas: Record<string, unknown> }).schemas.A).toEqual({ type: 'object', properties: { b: { type: 'integer' } } });
      expect(library.requests).toEqual(['/lib/a.json', '/lib/b.json']);
    } finally {
      await closeServer(library.server);
    }
  });

  it('a spec fetched over http reads its own origin; a redirect to another host is refused', async () => {
    const documents: Record<string, unknown> = {
      '/openapi.json': schemaSpec({ $ref: 'schemas/a.json' }),
      '/schemas/a.json': { type: 'string', format: 'uuid' },
      '/moved.json': schemaSpec({ $ref: 'away.json' }),
    };
    served.server.removeAllListeners('request');
    served.server.on('request', (request, response) => {
      if (request.url === '/away.json') return response.writeHead(302, { location: `${internalUrl}/internal` }).end();
      const body = documents[request.url ?? ''];
      response.writeHead(body ? 200 : 404).end(JSON.stringify(body ?? {}));
    });
    const { document } = await loadSpec(`${servedUrl}/openapi.json`);
    expect((document.components as { schemas: Record<string, unknown> }).schemas.A).toEqual({ type: 'string', format: 'uuid' });
    const refused = (await loadSpec(`${servedUrl}/moved.json`).catch((error: unknown) => error)) as GeneratorError;
    expect(refused.message).toMatch(/the reference "away\.json" could not be read: .* redirects to http:\/\/127\.0\.0\.2:\d+\/internal, which is the host 127\.0\.0\.2:\d+/);
    expect(refused.location?.pointer).toBe('#/components/schemas/A/$ref');
    expect(internal.requests).toEqual([]);
  });
});
