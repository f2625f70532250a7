// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Comments } from './resources/comments.js';
import { Documents } from './resources/documents.js';
import { Folders } from './resources/folders.js';
import { Trees } from './resources/trees.js';
import { Trie2 } from './resources/trie.js';

/** Client for Cyclic Schemas API. Calls are grouped by resource, after the wire path (`client.trees`); every call is also a standalone function taking the client as its first argument. */
export class CyclicSchemasAPIClient extends BaseClient {
  readonly trees: Trees;
  readonly folders: Folders;
  readonly comments: Comments;
  readonly documents: Documents;
  readonly trie: Trie2;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.trees = new Trees(this);
    this.folders = new Folders(this);
    this.comments = new Comments(this);
    this.documents = new Documents(this);
    this.trie = new Trie2(this);
  }
}
