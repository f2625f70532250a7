/** The MCP bin's arguments, and its Streamable HTTP server: bound to 127.0.0.1, answering only POST /mcp. */
import { describe, expect, it } from 'vitest';
import { parseArguments, serveHttp, usage, UsageError } from '../../../../../templates/mcp/src/runtime/cli.ts';
import { closeServer } from '../../../../helpers/loopback.ts';

describe('parseArguments', () => {
  it.each([
    [[], { transport: 'stdio', host: '127.0.0.1', port: 3000 }],
    [['--transport', 'http', '--port', '0'], { transport: 'http', host: '127.0.0.1', port: 0 }],
    [['--transport=http', '--host=0.0.0.0', '--port=8080'], { transport: 'http', host: '0.0.0.0', port: 8080 }],
    [['--tools', 'dynamic', '--wait-timeout', '1.5'], { transport: 'stdio', host: '127.0.0.1', port: 3000, mode: 'dynamic', waitTimeoutMs: 1500 }],
    [['--help'], 'help'],
  ])('%j → %j', (argv, want) => expect(parseArguments(argv)).toEqual(want));

  it.each([
    [['--transport', 'sse'], '--transport must be stdio or http, not "sse"'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535'],
    [['--port'], '--port needs a value'],
    [['--tools', 'all'], '--tools must be static or dynamic'],
    [['--wait-timeout', '0'], '--wait-timeout must be a positive number of seconds'],
    [['--api-key', 'sk'], 'unknown argument "--api-key"'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe('usage', () => {
  it('names the variable the key is read from', () => {
    expect(usage({ command: 'pets-mcp', apiKeyVariable: 'PETS_API_KEY' })).toContain('The API key is read from PETS_API_KEY.');
    expect(usage({ command: 'pets-mcp', apiKeyVariable: 'PETS_API_KEY', credentialVariables: ['PETS_API_KEY', 'PETS_ADMIN_KEY'] })).toContain(
      'The API key is read from PETS_API_KEY; the other credentials from PETS_ADMIN_KEY.',
    );
  });
});

describe('serveHttp', () => {
  it('listens on the host given (127.0.0.1 by default) and answers only POST /mcp', async () => {
    const server = await serveHttp({ transport: 'http', host: '127.0.0.1', port: 0 }, () => {
      throw new Error('not reached');
    });
    try {
      const address = server.address() as { address: string; port: number };
      expect(address.address).toBe('127.0.0.1');
      const base = `http://127.0.0.1:${address.port}`;
      expect((await fetch(`${base}/other`, { method: 'POST' })).status).toBe(404);
      expect((await fetch(`${base}/mcp`)).status).toBe(405);
    } finally {
      await closeServer(server);
    }
  });
});
