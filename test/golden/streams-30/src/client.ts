// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Agents } from './resources/agents.js';
import { Chat } from './resources/chat.js';
import { Jobs } from './resources/jobs.js';
import { Logs } from './resources/logs.js';
import { Ticks } from './resources/ticks.js';

/** Client for Streams 30. Calls are grouped by resource, after the wire path (`client.chat`); every call is also a standalone function taking the client as its first argument. */
export class Streams30Client extends BaseClient {
  readonly chat: Chat;
  readonly agents: Agents;
  readonly jobs: Jobs;
  readonly logs: Logs;
  readonly ticks: Ticks;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.chat = new Chat(this);
    this.agents = new Agents(this);
    this.jobs = new Jobs(this);
    this.logs = new Logs(this);
    this.ticks = new Ticks(this);
  }
}
