// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Chat } from './resources/chat.js';
import { Logs } from './resources/logs.js';
import { Responses } from './resources/responses.js';
import { Ticks } from './resources/ticks.js';

/** Client for Streams. Calls are grouped by resource, after the wire path (`client.chat`); every call is also a standalone function taking the client as its first argument. */
export class StreamsClient extends BaseClient {
  readonly chat: Chat;
  readonly responses: Responses;
  readonly logs: Logs;
  readonly ticks: Ticks;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.chat = new Chat(this);
    this.responses = new Responses(this);
    this.logs = new Logs(this);
    this.ticks = new Ticks(this);
  }
}
