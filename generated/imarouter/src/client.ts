// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Assets } from './resources/assets.js';
import { Audio } from './resources/audio.js';
import { Chat } from './resources/chat.js';
import { Contents } from './resources/contents.js';
import { Embeddings } from './resources/embeddings.js';
import { Images } from './resources/images.js';
import { Kling } from './resources/kling.js';
import { Messages } from './resources/messages.js';
import { Mj } from './resources/mj.js';
import { Music } from './resources/music.js';
import { Responses } from './resources/responses.js';
import { Usage } from './resources/usage.js';
import { Video } from './resources/video.js';
import { Videos } from './resources/videos.js';

/** Client for API Documentation. Calls are grouped by resource, after the wire path (`client.usage`); every call is also a standalone function taking the client as its first argument. */
export class ImaRouter extends BaseClient {
  readonly usage: Usage;
  readonly music: Music;
  readonly audio: Audio;
  readonly images: Images;
  readonly videos: Videos;
  readonly contents: Contents;
  readonly assets: Assets;
  readonly mj: Mj;
  readonly chat: Chat;
  readonly responses: Responses;
  readonly messages: Messages;
  readonly embeddings: Embeddings;
  readonly kling: Kling;
  readonly video: Video;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.usage = new Usage(this);
    this.music = new Music(this);
    this.audio = new Audio(this);
    this.images = new Images(this);
    this.videos = new Videos(this);
    this.contents = new Contents(this);
    this.assets = new Assets(this);
    this.mj = new Mj(this);
    this.chat = new Chat(this);
    this.responses = new Responses(this);
    this.messages = new Messages(this);
    this.embeddings = new Embeddings(this);
    this.kling = new Kling(this);
    this.video = new Video(this);
  }
}
