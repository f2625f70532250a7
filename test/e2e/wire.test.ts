/**
 * End-to-end wire test: the generated imarouter SDK is built, packed and installed like a published package, then every
 * operation of the spec is called against a local HTTP server. What the server receives is compared with what the
 * OpenAPI document says should be sent — computed here from the spec, independently of the SDK.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const SPEC_FILE = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
const EXPECTED_OPERATIONS = 68;
const API_KEY = 'sk-test-123';
const BLOB_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0x10, 0x0a, 0x0d, 0x7f]);
const MISSING_TASK_ID = 'missing-task-404';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

// ---------------------------------------------------------------------------------------------------------------
// What the spec says each call must put on the wire (no SDK involved).
// ---------------------------------------------------------------------------------------------------------------

interface ExpectedCall {
  /** `METHOD pathKey`, for test names and messages. */
  id: string;
  method: string;
  pathKey: string;
  request: { path?: Record<string, string>; header?: Record<string, string>; body?: unknown };
  /** The arguments after the client, in the SDK's call shape: path values in path order, then one params object. */
  args: unknown[];
  url: string;
  headers: Record<string, string>;
  hasBody: boolean;
  body: unknown;
  binaryResponse: boolean;
}

type Json = Record<string, any>;

const spec = parse(readFileSync(SPEC_FILE, 'utf8')) as Json;

function resolveRef<T extends Json>(value: T): T {
  const ref = (value as Json)?.$ref;
  if (typeof ref !== 'string') return value;
  if (!ref.startsWith('#/')) throw new Error(`External $ref not supported in this test: ${ref}`);
  const target = ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, part) => node?.[part], spec);
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return resolveRef(target);
}

/** Awkward on purpose: `/`, `..`, space, `#`, `?` and a non-ASCII character must all be percent-encoded. */
function pathValue(name: string): string {
  return `${name === 'task_id' ? 'task' : name}/../x y#1?é`;
}

function headerParamValue(param: Json): string {
  const schema = resolveRef(param.schema ?? {});
  if (param.name.toLowerCase() === 'x-moderation') return 'enabled';
  if (Array.isArray(schema.enum) && schema.enum.length) return String(schema.enum[0]);
  if (param.example !== undefined) return String(param.example);
  return `value-of-${param.name}`;
}

function exampleBody(operation: Json): { hasBody: boolean; body: unknown } {
  if (!operation.requestBody) return { hasBody: false, body: undefined };
  const requestBody = resolveRef(operation.requestBody);
  const media = requestBody.content?.['application/json'];
  if (!media) throw new Error('This test only models application/json request bodies');
  if (media.examples && Object.keys(media.examples).length) {
    const first = resolveRef(Object.values(media.examples)[0] as Json);
    return { hasBody: true, body: first.value };
  }
  if (media.example !== undefined) return { hasBody: true, body: media.example };
  return { hasBody: true, body: {} };
}

/** The property names of an operation's JSON body schema when it is an object (through refs and compositions), else undefined. */
function bodyFieldNames(operation: Json): Set<string> | undefined {
  if (!operation.requestBody) return undefined;
  const schema = resolveRef(operation.requestBody).content?.['application/json']?.schema;
  const names = new Set<string>();
  let object = true;
  const visit = (node: Json | undefined, seen: Set<Json>) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const resolved = resolveRef(node);
    if (resolved.properties) for (const key of Object.keys(resolved.properties)) names.add(key);
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) for (const member of resolved[keyword] ?? []) visit(member, seen);
    if (resolved.type && resolved.type !== 'object') object = false;
  };
  visit(schema, new Set());
  return object && schema ? names : undefined;
}

function expectedCalls(): ExpectedCall[] {
  const calls: ExpectedCall[] = [];
  for (const [pathKey, rawItem] of Object.entries(spec.paths as Json)) {
    const item = resolveRef(rawItem as Json);
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;

      // Operation-level parameters override path-level ones with the same name and location.
      const params = new Map<string, Json>();
      for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const param = resolveRef(raw as Json);
        params.set(`${param.in}:${param.name}`, param);
      }
      const unmodelled = [...params.values()].filter((p) => p.in !== 'path' && p.in !== 'header');
      if (unmodelled.length) {
        throw new Error(`${method} ${pathKey}: query/cookie parameters are not modelled by this test yet`);
      }

      const placeholders = [...pathKey.replace(/#.*$/, '').matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const pathValues = Object.fromEntries(placeholders.map((name) => [name, pathValue(name)]));
      const headerValues: Record<string, string> = {};
      for (const param of params.values()) {
        // Authorization comes from the client's credential, not from a parameter.
        if (param.in === 'header' && param.name.toLowerCase() !== 'authorization') {
          headerValues[param.name] = headerParamValue(param);
        }
      }
      const { hasBody, body } = exampleBody(operation);

      // The call shape (README): path values positional; body fields and header parameters in one params object,
      // a header named like a body field keyed `header_<name>`; a body that is not an object goes under `body`.
      const args: unknown[] = placeholders.map((name) => pathValues[name]);
      const fieldNames = bodyFieldNames(operation);
      const callParams: Record<string, unknown> = {};
      if (hasBody) {
        if (fieldNames && body !== null && typeof body === 'object' && !Array.isArray(body)) Object.assign(callParams, body);
        else callParams.body = body;
      }
      for (const [name, value] of Object.entries(headerValues)) callParams[fieldNames?.has(name) ? `header_${name}` : name] = value;
      if (hasBody || Object.keys(callParams).length) args.push(callParams);

      const request: ExpectedCall['request'] = {};
      if (placeholders.length) request.path = pathValues;
      if (Object.keys(headerValues).length) request.header = headerValues;
      if (hasBody) request.body = body;

      const url = pathKey.replace(/#.*$/, '').replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(pathValues[name]!));

      const successContent = Object.entries((operation.responses ?? {}) as Json)
        .filter(([status]) => /^2/.test(status))
        .flatMap(([, response]) => Object.keys(resolveRef(response as Json).content ?? {}));

      calls.push({
        id: `${method.toUpperCase()} ${pathKey}`,
        method: method.toUpperCase(),
        pathKey,
        request,
        args,
        url,
        headers: Object.fromEntries(Object.entries(headerValues).map(([k, v]) => [k.toLowerCase(), v])),
        hasBody,
        body,
        binaryResponse: successContent.includes('application/octet-stream'),
      });
    }
  }
  return calls;
}

const CALLS = expectedCalls();

// ---------------------------------------------------------------------------------------------------------------
// A recording server.
// ---------------------------------------------------------------------------------------------------------------

interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const recorded: RecordedRequest[] = [];

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const entry: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    recorded.push(entry);
    const pathname = new URL(entry.url, 'http://localhost').pathname;
    if (pathname.endsWith(`/${MISSING_TASK_ID}`)) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'nope' }));
    } else if (pathname.startsWith('/mj/image/')) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': BLOB_BYTES.byteLength });
      res.end(Buffer.from(BLOB_BYTES));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

let sdk: any;
let client: any;
let cleanupInstall: (() => Promise<void>) | undefined;

interface Outcome {
  called: boolean;
  matched: boolean;
}
const outcomes = new Map<string, Outcome>();

function findOperation(call: ExpectedCall): { name: string } {
  const entries = (sdk.operations as { name: string; method: string; pathKey: string }[]).filter((op) => op.pathKey === call.pathKey && op.method === call.method);
  expect(entries, `operations index entries for ${call.id}`).toHaveLength(1);
  return entries[0]!;
}

describe('generated imarouter SDK on the wire', () => {
  beforeAll(async () => {
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanupInstall = installed.cleanup;
    sdk = await installed.importPackage();
    client = new sdk.ImaRouter({ apiKey: API_KEY, baseURL: await listenOnLoopback(server) });
  }, 180_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanupInstall?.();
  });

  it(`the spec has ${EXPECTED_OPERATIONS} operations`, () => {
    expect(CALLS).toHaveLength(EXPECTED_OPERATIONS);
  });

  it('the operations index lists every operation once, with distinct names exported as functions', () => {
    const ops = sdk.operations as { name: string; method: string; pathKey: string; path: string }[];
    expect(ops).toHaveLength(EXPECTED_OPERATIONS);
    expect(new Set(ops.map((op) => op.name)).size).toBe(EXPECTED_OPERATIONS);
    expect(new Set(ops.map((op) => `${op.method} ${op.pathKey}`)).size).toBe(EXPECTED_OPERATIONS);
    for (const op of ops) {
      expect(typeof sdk[op.name], `export ${op.name}`).toBe('function');
      expect(op.path, `path of ${op.name}`).toBe(op.pathKey.replace(/#.*$/, ''));
    }
  });

  for (const call of CALLS) {
    it(`${call.id} sends what the spec describes`, async () => {
      const outcome: Outcome = { called: false, matched: false };
      outcomes.set(call.id, outcome);
      const { name } = findOperation(call);
      const fn = sdk[name];
      expect(typeof fn, `export ${name}`).toBe('function');

      recorded.length = 0;
      const result = await fn(client, ...call.args);
      outcome.called = true;

      expect(recorded, `requests received for ${call.id}`).toHaveLength(1);
      const got = recorded[0]!;
      expect(got.method).toBe(call.method);
      expect(got.url).toBe(call.url);
      expect(got.headers.authorization).toBe(`Bearer ${API_KEY}`);
      for (const [header, value] of Object.entries(call.headers)) {
        expect(got.headers[header], `header ${header}`).toBe(value);
      }
      if (call.hasBody) {
        expect(got.headers['content-type']).toMatch(/^application\/json\b/);
        expect(JSON.parse(got.body)).toStrictEqual(call.body);
      } else {
        expect(got.body).toBe('');
      }

      if (call.binaryResponse) {
        expect(result).toBeInstanceOf(Blob);
        expect(new Uint8Array(await (result as Blob).arrayBuffer())).toEqual(BLOB_BYTES);
      } else {
        expect(result).toStrictEqual({ ok: true });
      }
      outcome.matched = true;
    });
  }

  it(`all ${EXPECTED_OPERATIONS} operations were called and matched`, () => {
    const called = [...outcomes.values()].filter((o) => o.called).length;
    const matched = [...outcomes.values()].filter((o) => o.matched).length;
    const failed = [...outcomes].filter(([, o]) => !o.matched).map(([id]) => id);
    console.log(`wire: ${matched}/${CALLS.length} operations matched (${called} called)`);
    expect(failed).toEqual([]);
    expect(called).toBe(EXPECTED_OPERATIONS);
    expect(matched).toBe(EXPECTED_OPERATIONS);
  });

  describe('the calls a user writes (resources, call shape)', () => {
    const sent = () => {
      expect(recorded).toHaveLength(1);
      const got = recorded[0]!;
      return { line: `${got.method} ${got.url}`, body: got.body ? JSON.parse(got.body) : undefined, headers: got.headers };
    };
    const messages = [{ role: 'user', content: 'Hello' }];

    it.each([
      [
        'client.chat.completions.create({ model, messages })',
        () => client.chat.completions.create({ model: 'gpt-4.1-mini', messages }),
        'POST /v1/chat/completions',
        { model: 'gpt-4.1-mini', messages },
      ],
      [
        "client.videos.create({ model: 'veo-3.0-generate-001', prompt })",
        () => client.videos.create({ model: 'veo-3.0-generate-001', prompt: 'a cat' }),
        'POST /v1/videos',
        { model: 'veo-3.0-generate-001', prompt: 'a cat' },
      ],
      ['client.videos.retrieve(id)', () => client.videos.retrieve('task_123'), 'GET /v1/videos/task_123', undefined],
      [
        'client.images.generations.create({ model, prompt })',
        () => client.images.generations.create({ model: 'gemini-2.5-flash-image', prompt: 'a fox' }),
        'POST /v1/images/generations',
        { model: 'gemini-2.5-flash-image', prompt: 'a fox' },
      ],
      [
        'a model picked at run time (one of a union across two variants)',
        () => client.videos.create({ model: ['veo-3.0-generate-001', 'pixverse-v6'][1], prompt: 'x' }),
        'POST /v1/videos',
        { model: 'pixverse-v6', prompt: 'x' },
      ],
      [
        "a model the SDK does not list, as unlisted('…')",
        () => client.videos.create({ model: sdk.unlisted('veo-9.0-preview'), prompt: 'x' }),
        'POST /v1/videos',
        { model: 'veo-9.0-preview', prompt: 'x' },
      ],
      [
        "a chat model the SDK does not list, as unlisted('…')",
        () => client.chat.completions.create({ model: sdk.unlisted('new-model'), messages }),
        'POST /v1/chat/completions',
        { model: 'new-model', messages },
      ],
      [
        'extraBody adds an undeclared field and wins over a declared one',
        () => client.chat.completions.create({ model: 'gpt-4.1-mini', messages }, { extraBody: { model: 'gpt-4.1', beta_option: true } }),
        'POST /v1/chat/completions',
        { model: 'gpt-4.1', messages, beta_option: true },
      ],
      [
        'a header parameter beside the body fields',
        () => client.videos.create({ model: 'seedance-2.0', prompt: 'x', 'x-moderation': 'enabled' }),
        'POST /v1/videos',
        { model: 'seedance-2.0', prompt: 'x' },
      ],
    ])('%s', async (_label, call, line, body) => {
      recorded.length = 0;
      expect(await call()).toStrictEqual({ ok: true });
      expect(sent().line).toBe(line);
      expect(sent().body).toStrictEqual(body);
      if (_label.startsWith('a header')) expect(sent().headers['x-moderation']).toBe('enabled');
    });

    it('.withResponse() gives the data and the Response', async () => {
      recorded.length = 0;
      const { data, response } = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages }).withResponse();
      expect(data).toStrictEqual({ ok: true });
      expect(response.status).toBe(200);
      expect(sent().line).toBe('POST /v1/chat/completions');
    });

    it('client.videos offers at most 10 members', () => {
      const members = new Set([...Object.keys(client.videos), ...Object.getOwnPropertyNames(Object.getPrototypeOf(client.videos))]);
      members.delete('constructor');
      members.delete('client');
      expect([...members].sort()).toEqual(['create', 'createAndWait', 'retrieve', 'subtitleErase', 'waitFor']);
    });
  });

  it('a non-2xx answer rejects with APIError carrying the status and the parsed body', async () => {
    const call = CALLS.find((c) => c.method === 'GET' && c.pathKey === '/v1/videos/{task_id}');
    expect(call, 'GET /v1/videos/{task_id} in the spec').toBeDefined();
    const { name } = findOperation(call!);

    recorded.length = 0;
    const error = await sdk[name](client, MISSING_TASK_ID).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.url).toBe(`/v1/videos/${MISSING_TASK_ID}`);
    expect(error).toBeInstanceOf(sdk.APIError);
    expect(error.status).toBe(404);
    expect(error.body).toStrictEqual({ error: 'nope' });
  });
});
