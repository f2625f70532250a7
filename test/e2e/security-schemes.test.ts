/**
 * Two security schemes on the wire (test/fixtures/security-schemes.yaml: its golden, built, installed and run
 * against node:http servers on 127.0.0.1): a regular key (bearer, the document's default) is `apiKey`, an admin
 * key (`X-Admin-Key`) is `adminKey`, each read from its own variable; each call sends the credential its security
 * requirement names and no other, a call whose credential is missing fails before it is sent, a redirect to
 * another origin carries neither, and an error that echoes either shows neither.
 */
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { materializeGolden } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';
import { tempDir } from '../helpers/run-cli.ts';

const USER = 'sk-user-SECRET-111';
const ADMIN = 'sk-admin-SECRET-222';

interface Seen {
  at: 'api' | 'elsewhere';
  method: string;
  path: string;
  authorization: string | undefined;
  admin: string | undefined;
}
const seen: Seen[] = [];
const record = (at: Seen['at'], req: http.IncomingMessage) => {
  const admin = req.headers['x-admin-key'];
  seen.push({ at, method: req.method ?? '', path: req.url ?? '', authorization: req.headers.authorization, admin: typeof admin === 'string' ? admin : undefined });
};

const elsewhere = http.createServer((req, res) => {
  record('elsewhere', req);
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"url":"https://store.example/export.zip"}');
});
let elsewhereURL = '';

const api = http.createServer((req, res) => {
  record('api', req);
  const json = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  if (req.url === '/v1/models') return json(200, [{ id: 'm1' }]);
  if (req.url === '/v1/organization/keys' && req.method === 'GET') return json(200, [{ id: 'k1', name: 'ci' }]);
  if (req.url === '/v1/organization/keys') return json(401, { error: `key ${req.headers['x-admin-key']} may not create keys` });
  if (req.url === '/v1/organization/export') return res.writeHead(302, { location: `${elsewhereURL}/export` }).end();
  if (req.url === '/v1/usage') return json(200, { tokens: 7 });
  res.writeHead(204).end();
});

let sdk: any;
let baseURL = '';
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const out = await tempDir('sdkgen-security-schemes-');
  removeOut = out.remove;
  await materializeGolden('security-schemes', join(out.path, 'sdk'));
  const installed = await sharedInstall(join(out.path, 'sdk'));
  cleanup = installed.cleanup;
  sdk = await installed.importPackage();
  baseURL = await listenOnLoopback(api);
  elsewhereURL = await listenOnLoopback(elsewhere);
}, 600_000);

afterAll(async () => {
  await closeServer(api);
  await closeServer(elsewhere);
  await cleanup?.();
  await removeOut?.();
});

beforeEach(() => {
  seen.length = 0;
});

const client = (options: Record<string, unknown>) => new sdk.ModelHubAPIClient({ baseURL, maxRetries: 0, ...options });
const credentialsOf = (entries: Seen[]) => entries.map(({ at, path, authorization, admin }) => ({ at, path, authorization, admin }));

describe('each call sends its own credential, and no other', () => {
  it('the regular key as bearer, the admin key in its header, both where either is accepted (the first listed), none on a public call', async () => {
    const both = client({ apiKey: USER, adminKey: ADMIN });
    expect(await sdk.listModels(both)).toEqual([{ id: 'm1' }]);
    expect(await sdk.listAdminKeys(both)).toEqual([{ id: 'k1', name: 'ci' }]);
    expect(await sdk.getUsage(both)).toEqual({ tokens: 7 });
    await sdk.getHealth(both);
    expect(credentialsOf(seen)).toEqual([
      { at: 'api', path: '/v1/models', authorization: `Bearer ${USER}`, admin: undefined },
      { at: 'api', path: '/v1/organization/keys', authorization: undefined, admin: ADMIN },
      { at: 'api', path: '/v1/usage', authorization: undefined, admin: ADMIN },
      { at: 'api', path: '/health', authorization: undefined, admin: undefined },
    ]);
  });

  it('with the regular key alone: a call either key serves sends it; an admin call fails before it is sent, naming the option', async () => {
    const user = client({ apiKey: USER });
    expect(await sdk.getUsage(user)).toEqual({ tokens: 7 });
    await expect(sdk.listAdminKeys(user)).rejects.toThrow(
      'listAdminKeys needs the `adminKey` option (or the MODELHUB_ADMIN_KEY environment variable): this client was made without it.',
    );
    expect(credentialsOf(seen)).toEqual([{ at: 'api', path: '/v1/usage', authorization: `Bearer ${USER}`, admin: undefined }]);
  });

  it('each option defaults to its own environment variable; without any the client is not made', async () => {
    const saved = { user: process.env.MODELHUB_API_KEY, admin: process.env.MODELHUB_ADMIN_KEY };
    const restore = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
    try {
      delete process.env.MODELHUB_API_KEY;
      process.env.MODELHUB_ADMIN_KEY = ADMIN;
      await sdk.listAdminKeys(client({}));
      process.env.MODELHUB_API_KEY = USER;
      await sdk.listModels(client({}));
      delete process.env.MODELHUB_API_KEY;
      delete process.env.MODELHUB_ADMIN_KEY;
      expect(() => client({})).toThrow(
        'Missing credentials: pass `apiKey` or `adminKey` to new ModelHubAPIClient({ … }), or set the MODELHUB_API_KEY or MODELHUB_ADMIN_KEY environment variable.',
      );
    } finally {
      restore('MODELHUB_API_KEY', saved.user);
      restore('MODELHUB_ADMIN_KEY', saved.admin);
    }
    expect(credentialsOf(seen)).toEqual([
      { at: 'api', path: '/v1/organization/keys', authorization: undefined, admin: ADMIN },
      { at: 'api', path: '/v1/models', authorization: `Bearer ${USER}`, admin: undefined },
    ]);
  });
});

describe('the credentials stay safe', () => {
  it('a redirect to another origin carries neither key', async () => {
    expect(await sdk.exportOrganization(client({ apiKey: USER, adminKey: ADMIN }))).toEqual({ url: 'https://store.example/export.zip' });
    expect(credentialsOf(seen)).toEqual([
      { at: 'api', path: '/v1/organization/export', authorization: undefined, admin: ADMIN },
      { at: 'elsewhere', path: '/export', authorization: undefined, admin: undefined },
    ]);
  });

  it('an error echoing the admin key shows it redacted, and the client never shows either key', async () => {
    const both = client({ apiKey: USER, adminKey: ADMIN });
    const error = await sdk.createAdminKey(both, { name: 'ci' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.AuthenticationError);
    expect(error.body).toEqual({ error: 'key [REDACTED] may not create keys' });
    const shown = `${error.message} ${error.stack} ${JSON.stringify(error.body)} ${JSON.stringify(both)}`;
    expect(shown).not.toContain(ADMIN);
    expect(shown).not.toContain(USER);
  });
});
