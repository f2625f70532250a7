// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Chat } from './resources/chat.js';
import { Files } from './resources/files.js';
import { Speech } from './resources/speech.js';

/** Client for Open Fields. Calls are grouped by resource, after the wire path (`client.chat`); every call is also a standalone function taking the client as its first argument. */
export class OpenFieldsClient extends BaseClient {
  readonly chat: Chat;
  readonly speech: Speech;
  readonly files: Files;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.chat = new Chat(this);
    this.speech = new Speech(this);
    this.files = new Files(this);
  }
}
