#!/usr/bin/env node
// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { runCli } from './runtime/cli.js';
import { API_KEY_VARIABLE, CREDENTIALS, createServer } from './index.js';

await runCli(process.argv.slice(2), {
  command: 'imarouter-mcp',
  apiKeyVariable: API_KEY_VARIABLE,
  credentialVariables: CREDENTIALS.map((credential) => credential.variable),
  createServer,
});
