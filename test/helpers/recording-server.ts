/**
 * A node:http server on 127.0.0.1 for the runtime's tests (no fetch is mocked): it records every request it
 * receives and answers with `reply`, which each test may set; before each test the record is emptied and the
 * reply is JSON `{"ok":true}` again. Call it at the top of a test file: it registers its own hooks.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Answers the request the server received `index`-th (from 0) in this test. */
export type Reply = (res: http.ServerResponse, index: number) => void;

export interface RecordingServer {
  /** The requests received in this test, in order. */
  seen: SeenRequest[];
  reply: Reply;
  /** `http://127.0.0.1:<port>`, set once the server listens (before the first test). */
  baseURL: string;
}

const okJson: Reply = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');

export function recordingServer(): RecordingServer {
  const state: RecordingServer = { seen: [], reply: okJson, baseURL: '' };
  let server: http.Server;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        state.seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
        state.reply(res, state.seen.length - 1);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    state.seen = [];
    state.reply = okJson;
  });
  return state;
}
