// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  ErrorResponse,
  ImaProCreateResponse,
  ImaProQueryResponse,
  PixverseVideoCreateRequest,
  TaskErrorResponse,
  VideoTaskResponse,
  ViduVideoRequest,
} from './models.js';
import type {
  AssetCreateRequest,
  AssetGetResponse,
  AssetGroupCreateRequest,
  AssetGroupListRequest,
  AssetGroupListResponse,
  AssetGroupResponse,
  AssetIdResponse,
  AssetListRequest,
  AssetListResponse,
  AssetQuotaResponse,
  CreateAssetError_400,
  GetAssetBody,
  GetAssetGroupBody,
  GetAssetQuotaBody,
  UpdateAssetBody,
  UpdateAssetGroupBody,
} from './resources/assets.js';
import type {
  SeedTtsSpeechCreateRequest,
  SeedTtsSpeechCreateResponse,
  SeedTtsSpeechFetchResponse,
} from './resources/audio.js';
import type { ChatCompletionRequest, ChatCompletionResponse } from './resources/chat.js';
import type { SeedanceContentsGenerationTaskRequest } from './resources/contents.js';
import type { EmbeddingRequest, EmbeddingResponse } from './resources/embeddings.js';
import type {
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  GeminiImageGenerationRequest,
  GptImage2ImageGenerationRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  PrunaImageCreateTaskResponse,
  PrunaImageGenerationRequest,
  Wan27ImageGenerationRequest,
} from './resources/images.js';
import type { KlingImage2VideoRequest, KlingText2VideoRequest } from './resources/kling.js';
import type { AnthropicMessagesRequest, AnthropicMessagesResponse } from './resources/messages.js';
import type {
  MidjourneyChangeRequest,
  MidjourneyImagineRequest,
  MidjourneyModalRequest,
  MidjourneySubmitResponse,
  MidjourneyTaskResponse,
  MjSubmitResponse,
  SubmitMidjourneyBlendBody,
} from './resources/mj.js';
import type {
  ImaMusicCreateTaskRequest,
  ImaMusicCreateTaskResponse,
  ImaMusicTaskFetchResponse,
} from './resources/music.js';
import type { ResponsesRequest, ResponsesResponse } from './resources/responses.js';
import type { GetUserBalanceByTokenResponse } from './resources/usage.js';
import type { KlingUnifiedVideoRequest, MiniMaxVideoGenerationRequest } from './resources/video.js';
import type {
  Happyhorse10VideoCreateRequest,
  ImaProSubtitleEraseRequest,
  ImaProVideoCreateRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  MiniMaxVideosCreateRequest,
  VeoVideoCreateRequest,
  Wan26VideoCreateRequest,
} from './resources/videos.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('getUserBalanceByToken', 'GET', '/api/usage/token/user-balance', '/api/usage/token/user-balance', ['Usage']),
  entry('createMusicGenerationTask', 'POST', '/v1/music/generations', '/v1/music/generations', ['Music']),
  entry('fetchMusicGenerationTask', 'GET', '/v1/music/generations/{task_id}', '/v1/music/generations/{task_id}', [
    'Music',
  ]),
  entry('createSeedTtsSpeechTask', 'POST', '/v1/audio/speech', '/v1/audio/speech', ['Seed TTS Speech']),
  entry('getSeedTtsSpeechTask', 'GET', '/v1/audio/speech/{task_id}', '/v1/audio/speech/{task_id}', ['Seed TTS Speech']),
  entry('createImageGenerationTask', 'POST', '/v1/images/generations', '/v1/images/generations', ['Gemini Images']),
  entry('fetchImageGenerationTask', 'GET', '/v1/images/generations/{task_id}', '/v1/images/generations/{task_id}', [
    'Gemini Images',
  ]),
  entry('createImagesGenerationsGptImage', 'POST', '/v1/images/generations', '/v1/images/generations#gpt-image', [
    'GPT Image',
  ]),
  entry(
    'getImagesGenerationsGptImage',
    'GET',
    '/v1/images/generations/{task_id}',
    '/v1/images/generations/{task_id}#gpt-image',
    ['GPT Image'],
  ),
  entry(
    'createImagesGenerationsDoubaoSeedream',
    'POST',
    '/v1/images/generations',
    '/v1/images/generations#doubao-seedream',
    ['Doubao Seedream'],
  ),
  entry(
    'createImagesGenerationsDoubaoSeedream45',
    'POST',
    '/v1/images/generations',
    '/v1/images/generations#doubao-seedream-45',
    ['Doubao Seedream'],
  ),
  entry(
    'getImagesGenerationsDoubaoSeedream',
    'GET',
    '/v1/images/generations/{task_id}',
    '/v1/images/generations/{task_id}#doubao-seedream',
    ['Doubao Seedream'],
  ),
  entry('createImagesGenerationsWan', 'POST', '/v1/images/generations', '/v1/images/generations#wan', ['Wan Images']),
  entry('createImagesGenerationsWan26', 'POST', '/v1/images/generations', '/v1/images/generations#wan26', [
    'Wan Images',
  ]),
  entry('getImagesGenerationsWan', 'GET', '/v1/images/generations/{task_id}', '/v1/images/generations/{task_id}#wan', [
    'Wan Images',
  ]),
  entry('createImagesGenerationsPruna', 'POST', '/v1/images/generations', '/v1/images/generations#pruna', [
    'PrunaAI Images',
  ]),
  entry(
    'getImagesGenerationsPruna',
    'GET',
    '/v1/images/generations/{task_id}',
    '/v1/images/generations/{task_id}#pruna',
    ['PrunaAI Images'],
  ),
  entry('createImaProVideoTask', 'POST', '/v1/videos', '/v1/videos', ['Seedance Video']),
  entry('createVideosWan26', 'POST', '/v1/videos', '/v1/videos#wan26', ['Wan2.6 Video']),
  entry('getVideosWan26', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#wan26', ['Wan2.6 Video']),
  entry('createVideosHappyhorse', 'POST', '/v1/videos', '/v1/videos#happyhorse', ['HappyHorse Video']),
  entry('getVideosHappyhorse', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#happyhorse', ['HappyHorse Video']),
  entry('createVideosKlingV3Video', 'POST', '/v1/videos', '/v1/videos#kling-v3-video', ['Kling Video']),
  entry('getVideosKlingV3Video', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#kling-v3-video', ['Kling Video']),
  entry('createVideosKlingV3OmniVideo', 'POST', '/v1/videos', '/v1/videos#kling-v3-omni-video', ['Kling Video']),
  entry('getVideosKlingV3OmniVideo', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#kling-v3-omni-video', [
    'Kling Video',
  ]),
  entry('createKlingOpenAIVideoTask', 'POST', '/v1/videos', '/v1/videos#kling', ['Kling Video']),
  entry('createViduOpenAIVideoTask', 'POST', '/v1/videos', '/v1/videos#vidu', ['Vidu Video']),
  entry('createPixverseOpenAIVideoTask', 'POST', '/v1/videos', '/v1/videos#pixverse', ['Pixverse Video']),
  entry('createVeoOpenAIVideoTask', 'POST', '/v1/videos', '/v1/videos#veo', ['Veo Video']),
  entry('createImaProSubtitleEraseTask', 'POST', '/v1/videos/subtitle-erase', '/v1/videos/subtitle-erase', [
    'Doubao Subtitle Erase',
  ]),
  entry(
    'getImaProSubtitleEraseTask',
    'GET',
    '/v1/videos/subtitle-erase/{task_id}',
    '/v1/videos/subtitle-erase/{task_id}',
    ['Doubao Subtitle Erase'],
  ),
  entry('getImaProVideoTask', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}', ['Seedance Video']),
  entry(
    'createSeedanceContentsGenerationTask',
    'POST',
    '/api/v1/contents/generations/tasks',
    '/api/v1/contents/generations/tasks',
    ['Seedance Video'],
  ),
  entry(
    'getSeedanceContentsGenerationTask',
    'GET',
    '/api/v1/contents/generations/tasks/{task_id}',
    '/api/v1/contents/generations/tasks/{task_id}',
    ['Seedance Video'],
  ),
  entry('getPixverseOpenAIVideoTaskStatus', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#pixverse', [
    'Pixverse Video',
  ]),
  entry('getVeoOpenAIVideoTaskStatus', 'GET', '/v1/videos/{task_id}', '/v1/videos/{task_id}#veo', ['Veo Video']),
  entry('createAssetGroup', 'POST', '/v1/assets/group/create', '/v1/assets/group/create', ['Portrait']),
  entry('listAssetGroups', 'POST', '/v1/assets/group/list', '/v1/assets/group/list', ['Portrait']),
  entry('getAssetGroup', 'POST', '/v1/assets/group/get', '/v1/assets/group/get', ['Portrait']),
  entry('updateAssetGroup', 'POST', '/v1/assets/group/update', '/v1/assets/group/update', ['Portrait']),
  entry('createAsset', 'POST', '/v1/assets/create', '/v1/assets/create', ['Portrait']),
  entry('listAssets', 'POST', '/v1/assets/list', '/v1/assets/list', ['Portrait']),
  entry('getAsset', 'POST', '/v1/assets/get', '/v1/assets/get', ['Portrait']),
  entry('updateAsset', 'POST', '/v1/assets/update', '/v1/assets/update', ['Portrait']),
  entry('getAssetQuota', 'POST', '/v1/assets/quota', '/v1/assets/quota', ['Portrait']),
  entry('mjSubmitImagine', 'POST', '/mj/submit/imagine', '/mj/submit/imagine', ['Midjourney']),
  entry('submitMidjourneyBlend', 'POST', '/mj/submit/blend', '/mj/submit/blend', ['Midjourney']),
  entry('mjSubmitChange', 'POST', '/mj/submit/change', '/mj/submit/change', ['Midjourney']),
  entry('mjFetchTask', 'GET', '/mj/task/{task_id}/fetch', '/mj/task/{task_id}/fetch', ['Midjourney']),
  entry('fetchMidjourneyImage', 'GET', '/mj/image/{task_id}', '/mj/image/{task_id}', ['Midjourney']),
  entry('createChatCompletions', 'POST', '/v1/chat/completions', '/v1/chat/completions', ['Chat']),
  entry('createResponses', 'POST', '/v1/responses', '/v1/responses', ['Chat']),
  entry('createMessages', 'POST', '/v1/messages', '/v1/messages', ['Chat']),
  entry('createEmbeddings', 'POST', '/v1/embeddings', '/v1/embeddings', ['Chat']),
  entry('mjSubmitModal', 'POST', '/mj/submit/modal', '/mj/submit/modal', ['Midjourney']),
  entry('klingText2Video', 'POST', '/kling/v1/videos/text2video', '/kling/v1/videos/text2video', ['Kling Video']),
  entry('klingImage2Video', 'POST', '/kling/v1/videos/image2video', '/kling/v1/videos/image2video', ['Kling Video']),
  entry('klingUnifiedVideoGeneration', 'POST', '/v1/video/generations', '/v1/video/generations#kling', ['Kling Video']),
  entry(
    'getKlingVideoTaskStatus',
    'GET',
    '/kling/v1/videos/text2video/{task_id}',
    '/kling/v1/videos/text2video/{task_id}',
    ['Kling Video'],
  ),
  entry(
    'getKlingImage2VideoTaskStatus',
    'GET',
    '/kling/v1/videos/image2video/{task_id}',
    '/kling/v1/videos/image2video/{task_id}',
    ['Kling Video'],
  ),
  entry('createViduVideoTask', 'POST', '/v1/video/generations', '/v1/video/generations#vidu', ['Vidu Video']),
  entry('createPixverseVideoTask', 'POST', '/v1/video/generations', '/v1/video/generations#pixverse', [
    'Pixverse Video',
  ]),
  entry('getViduVideoTaskStatus', 'GET', '/v1/video/generations/{task_id}', '/v1/video/generations/{task_id}#vidu', [
    'Vidu Video',
  ]),
  entry(
    'getPixverseVideoTaskStatus',
    'GET',
    '/v1/video/generations/{task_id}',
    '/v1/video/generations/{task_id}#pixverse',
    ['Pixverse Video'],
  ),
  entry('createVideoGenerations', 'POST', '/v1/video/generations', '/v1/video/generations', ['MiniMax Video']),
  entry('createVideosMinimax', 'POST', '/v1/videos', '/v1/videos#minimax', ['MiniMax Video']),
  entry('getMiniMaxVideoTaskStatus', 'GET', '/v1/video/generations/{task_id}', '/v1/video/generations/{task_id}', [
    'MiniMax Video',
  ]),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  getUserBalanceByToken: {
    body: never;
    params: Record<string, never>;
    response: GetUserBalanceByTokenResponse;
    error: ErrorResponse;
    responses: {
      '200': GetUserBalanceByTokenResponse;
      '401': ErrorResponse;
    };
  };
  createMusicGenerationTask: {
    body: ImaMusicCreateTaskRequest;
    params: Record<string, never>;
    response: ImaMusicCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaMusicCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  fetchMusicGenerationTask: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: ImaMusicTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaMusicTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createSeedTtsSpeechTask: {
    body: SeedTtsSpeechCreateRequest;
    params: Record<string, never>;
    response: SeedTtsSpeechCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': SeedTtsSpeechCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getSeedTtsSpeechTask: {
    body: never;
    params: {
      path: {
        /**
         * Speech task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: SeedTtsSpeechFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': SeedTtsSpeechFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImageGenerationTask: {
    body: GeminiImageGenerationRequest;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  fetchImageGenerationTask: {
    body: never;
    params: {
      path: {
        /**
         * Submit the task ID returned by the creation interface.
         */
        task_id: string;
      };
    };
    response: ImaImageTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsGptImage: {
    body: GptImage2ImageGenerationRequest;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getImagesGenerationsGptImage: {
    body: never;
    params: {
      path: {
        /**
         * Submit the task ID returned by the creation interface.
         */
        task_id: string;
      };
    };
    response: ImaImageTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsDoubaoSeedream: {
    body: DoubaoSeedream50LiteImageGenerationRequest;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsDoubaoSeedream45: {
    body: DoubaoSeedream45ImageGenerationRequest;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getImagesGenerationsDoubaoSeedream: {
    body: never;
    params: {
      path: {
        /**
         * Submit the task ID returned by the creation interface.
         */
        task_id: string;
      };
    };
    response: ImaImageTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsWan: {
    body: Wan27ImageGenerationRequest;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsWan26: {
    body: CreateImagesGenerationsWan26Body;
    params: Record<string, never>;
    response: ImaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getImagesGenerationsWan: {
    body: never;
    params: {
      path: {
        /**
         * Submit the task ID returned by the creation interface.
         */
        task_id: string;
      };
    };
    response: ImaImageTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImagesGenerationsPruna: {
    body: PrunaImageGenerationRequest;
    params: Record<string, never>;
    response: PrunaImageCreateTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': PrunaImageCreateTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getImagesGenerationsPruna: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: ImaImageTaskFetchResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaImageTaskFetchResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImaProVideoTask: {
    body: ImaProVideoCreateRequest;
    params: {
      header?: {
        /**
         * Optional moderation passthrough header. Default is treated as `false`. The server forwards this header upstream only when `x-moderation: enabled` is sent to the Seedance upstream.
         */
        'x-moderation'?: 'enabled';
      };
    };
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '500': TaskErrorResponse;
    };
  };
  createVideosWan26: {
    body: Wan26VideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getVideosWan26: {
    body: never;
    params: {
      path: {
        /**
         * Task ID
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createVideosHappyhorse: {
    body: Happyhorse10VideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getVideosHappyhorse: {
    body: never;
    params: {
      path: {
        /**
         * Task ID
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createVideosKlingV3Video: {
    body: KlingV3VideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getVideosKlingV3Video: {
    body: never;
    params: {
      path: {
        /**
         * Task ID
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createVideosKlingV3OmniVideo: {
    body: KlingV3OmniVideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getVideosKlingV3OmniVideo: {
    body: never;
    params: {
      path: {
        /**
         * Task ID
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createKlingOpenAIVideoTask: {
    body: KlingVideoRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createViduOpenAIVideoTask: {
    body: ViduVideoRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createPixverseOpenAIVideoTask: {
    body: PixverseVideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createVeoOpenAIVideoTask: {
    body: VeoVideoCreateRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  createImaProSubtitleEraseTask: {
    body: ImaProSubtitleEraseRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getImaProSubtitleEraseTask: {
    body: never;
    params: {
      path: {
        /**
         * `task_id` returned when creating a subtitle erase task
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
      '500': TaskErrorResponse;
    };
  };
  getImaProVideoTask: {
    body: never;
    params: {
      path: {
        /**
         * `task_id` returned when creating a task
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '404': TaskErrorResponse;
      '500': TaskErrorResponse;
    };
  };
  createSeedanceContentsGenerationTask: {
    body: SeedanceContentsGenerationTaskRequest;
    params: Record<string, never>;
    response: ImaProCreateResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProCreateResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '500': TaskErrorResponse;
    };
  };
  getSeedanceContentsGenerationTask: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
      '500': TaskErrorResponse;
    };
  };
  getPixverseOpenAIVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  getVeoOpenAIVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: ImaProQueryResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': ImaProQueryResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createAssetGroup: {
    body: AssetGroupCreateRequest;
    params: Record<string, never>;
    response: AssetGroupResponse;
    error: unknown;
    responses: {
      '200': AssetGroupResponse;
    };
  };
  listAssetGroups: {
    body: AssetGroupListRequest;
    params: Record<string, never>;
    response: AssetGroupListResponse;
    error: unknown;
    responses: {
      '200': AssetGroupListResponse;
    };
  };
  getAssetGroup: {
    body: GetAssetGroupBody;
    params: Record<string, never>;
    response: AssetGroupResponse;
    error: unknown;
    responses: {
      '200': AssetGroupResponse;
    };
  };
  updateAssetGroup: {
    body: UpdateAssetGroupBody;
    params: Record<string, never>;
    response: AssetIdResponse;
    error: unknown;
    responses: {
      '200': AssetIdResponse;
    };
  };
  createAsset: {
    body: AssetCreateRequest;
    params: Record<string, never>;
    response: AssetIdResponse;
    error: CreateAssetError_400;
    responses: {
      '200': AssetIdResponse;
      '400': CreateAssetError_400;
    };
  };
  listAssets: {
    body: AssetListRequest;
    params: Record<string, never>;
    response: AssetListResponse;
    error: unknown;
    responses: {
      '200': AssetListResponse;
    };
  };
  getAsset: {
    body: GetAssetBody;
    params: Record<string, never>;
    response: AssetGetResponse;
    error: unknown;
    responses: {
      '200': AssetGetResponse;
    };
  };
  updateAsset: {
    body: UpdateAssetBody;
    params: Record<string, never>;
    response: AssetIdResponse;
    error: unknown;
    responses: {
      '200': AssetIdResponse;
    };
  };
  getAssetQuota: {
    body: GetAssetQuotaBody;
    params: Record<string, never>;
    response: AssetQuotaResponse;
    error: unknown;
    responses: {
      '200': AssetQuotaResponse;
    };
  };
  mjSubmitImagine: {
    body: MidjourneyImagineRequest;
    params: Record<string, never>;
    response: MidjourneySubmitResponse;
    error: ErrorResponse;
    responses: {
      '200': MidjourneySubmitResponse;
      '400': ErrorResponse;
    };
  };
  submitMidjourneyBlend: {
    body: SubmitMidjourneyBlendBody;
    params: Record<string, never>;
    response: MjSubmitResponse;
    error: unknown;
    responses: {
      '200': MjSubmitResponse;
    };
  };
  mjSubmitChange: {
    body: MidjourneyChangeRequest;
    params: Record<string, never>;
    response: MidjourneySubmitResponse;
    error: ErrorResponse;
    responses: {
      '200': MidjourneySubmitResponse;
      '400': ErrorResponse;
    };
  };
  mjFetchTask: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the submit call (the `result` field).
         */
        task_id: string;
      };
    };
    response: MidjourneyTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': MidjourneyTaskResponse;
      '401': ErrorResponse;
    };
  };
  fetchMidjourneyImage: {
    body: never;
    params: {
      path: {
        /**
         * MJ task ID.
         */
        task_id: string;
      };
    };
    response: Blob;
    error: unknown;
    responses: {
      '200': Blob;
    };
  };
  createChatCompletions: {
    body: ChatCompletionRequest;
    params: Record<string, never>;
    response: ChatCompletionResponse;
    error: unknown;
    responses: {
      '200': ChatCompletionResponse;
    };
  };
  createResponses: {
    body: ResponsesRequest;
    params: Record<string, never>;
    response: ResponsesResponse;
    error: ErrorResponse;
    responses: {
      '200': ResponsesResponse;
      '400': ErrorResponse;
    };
  };
  createMessages: {
    body: AnthropicMessagesRequest;
    params: Record<string, never>;
    response: AnthropicMessagesResponse;
    error: ErrorResponse;
    responses: {
      '200': AnthropicMessagesResponse;
      '400': ErrorResponse;
    };
  };
  createEmbeddings: {
    body: EmbeddingRequest;
    params: Record<string, never>;
    response: EmbeddingResponse;
    error: ErrorResponse;
    responses: {
      '200': EmbeddingResponse;
      '400': ErrorResponse;
    };
  };
  mjSubmitModal: {
    body: MidjourneyModalRequest;
    params: Record<string, never>;
    response: MidjourneySubmitResponse;
    error: ErrorResponse;
    responses: {
      '200': MidjourneySubmitResponse;
      '400': ErrorResponse;
    };
  };
  klingText2Video: {
    body: KlingText2VideoRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  klingImage2Video: {
    body: KlingImage2VideoRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  klingUnifiedVideoGeneration: {
    body: KlingUnifiedVideoRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getKlingVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * The task ID returned when creating the task.
         */
        task_id: string;
      };
    };
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  getKlingImage2VideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned when the task was created.
         */
        task_id: string;
      };
    };
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  createViduVideoTask: {
    body: ViduVideoRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': ErrorResponse;
      '401': ErrorResponse;
    };
  };
  createPixverseVideoTask: {
    body: PixverseVideoCreateRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
    };
  };
  getViduVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * The task ID returned when creating the task.
         */
        task_id: string;
      };
    };
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  getPixverseVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * Task ID returned by the create endpoint.
         */
        task_id: string;
      };
    };
    response: VideoTaskResponse;
    error: TaskErrorResponse | ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': TaskErrorResponse;
      '401': ErrorResponse;
      '404': TaskErrorResponse;
    };
  };
  createVideoGenerations: {
    body: MiniMaxVideoGenerationRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': ErrorResponse;
    };
  };
  createVideosMinimax: {
    body: MiniMaxVideosCreateRequest;
    params: Record<string, never>;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '400': ErrorResponse;
    };
  };
  getMiniMaxVideoTaskStatus: {
    body: never;
    params: {
      path: {
        /**
         * The task ID returned when creating the task.
         */
        task_id: string;
      };
    };
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  /** The merged call of `POST /v1/images/generations`: any of its variants. */
  createImagesGenerationsByModel: {
    body:
      | Operations['createImageGenerationTask']['body']
      | Operations['createImagesGenerationsGptImage']['body']
      | Operations['createImagesGenerationsDoubaoSeedream']['body']
      | Operations['createImagesGenerationsDoubaoSeedream45']['body']
      | Operations['createImagesGenerationsWan']['body']
      | Operations['createImagesGenerationsWan26']['body']
      | Operations['createImagesGenerationsPruna']['body'];
    params:
      | Operations['createImageGenerationTask']['params']
      | Operations['createImagesGenerationsGptImage']['params']
      | Operations['createImagesGenerationsDoubaoSeedream']['params']
      | Operations['createImagesGenerationsDoubaoSeedream45']['params']
      | Operations['createImagesGenerationsWan']['params']
      | Operations['createImagesGenerationsWan26']['params']
      | Operations['createImagesGenerationsPruna']['params'];
    response:
      | Operations['createImageGenerationTask']['response']
      | Operations['createImagesGenerationsGptImage']['response']
      | Operations['createImagesGenerationsDoubaoSeedream']['response']
      | Operations['createImagesGenerationsDoubaoSeedream45']['response']
      | Operations['createImagesGenerationsWan']['response']
      | Operations['createImagesGenerationsWan26']['response']
      | Operations['createImagesGenerationsPruna']['response'];
    error:
      | Operations['createImageGenerationTask']['error']
      | Operations['createImagesGenerationsGptImage']['error']
      | Operations['createImagesGenerationsDoubaoSeedream']['error']
      | Operations['createImagesGenerationsDoubaoSeedream45']['error']
      | Operations['createImagesGenerationsWan']['error']
      | Operations['createImagesGenerationsWan26']['error']
      | Operations['createImagesGenerationsPruna']['error'];
    responses:
      | Operations['createImageGenerationTask']['responses']
      | Operations['createImagesGenerationsGptImage']['responses']
      | Operations['createImagesGenerationsDoubaoSeedream']['responses']
      | Operations['createImagesGenerationsDoubaoSeedream45']['responses']
      | Operations['createImagesGenerationsWan']['responses']
      | Operations['createImagesGenerationsWan26']['responses']
      | Operations['createImagesGenerationsPruna']['responses'];
  };
  /** The merged call of `GET /v1/images/generations/{task_id}`: any of its variants. */
  getImagesGenerations: {
    body:
      | Operations['fetchImageGenerationTask']['body']
      | Operations['getImagesGenerationsGptImage']['body']
      | Operations['getImagesGenerationsDoubaoSeedream']['body']
      | Operations['getImagesGenerationsWan']['body']
      | Operations['getImagesGenerationsPruna']['body'];
    params:
      | Operations['fetchImageGenerationTask']['params']
      | Operations['getImagesGenerationsGptImage']['params']
      | Operations['getImagesGenerationsDoubaoSeedream']['params']
      | Operations['getImagesGenerationsWan']['params']
      | Operations['getImagesGenerationsPruna']['params'];
    response:
      | Operations['fetchImageGenerationTask']['response']
      | Operations['getImagesGenerationsGptImage']['response']
      | Operations['getImagesGenerationsDoubaoSeedream']['response']
      | Operations['getImagesGenerationsWan']['response']
      | Operations['getImagesGenerationsPruna']['response'];
    error:
      | Operations['fetchImageGenerationTask']['error']
      | Operations['getImagesGenerationsGptImage']['error']
      | Operations['getImagesGenerationsDoubaoSeedream']['error']
      | Operations['getImagesGenerationsWan']['error']
      | Operations['getImagesGenerationsPruna']['error'];
    responses:
      | Operations['fetchImageGenerationTask']['responses']
      | Operations['getImagesGenerationsGptImage']['responses']
      | Operations['getImagesGenerationsDoubaoSeedream']['responses']
      | Operations['getImagesGenerationsWan']['responses']
      | Operations['getImagesGenerationsPruna']['responses'];
  };
  /** The merged call of `POST /v1/videos`: any of its variants. */
  createVideosByModel: {
    body:
      | Operations['createImaProVideoTask']['body']
      | Operations['createVideosWan26']['body']
      | Operations['createVideosHappyhorse']['body']
      | Operations['createVideosKlingV3Video']['body']
      | Operations['createVideosKlingV3OmniVideo']['body']
      | Operations['createKlingOpenAIVideoTask']['body']
      | Operations['createViduOpenAIVideoTask']['body']
      | Operations['createPixverseOpenAIVideoTask']['body']
      | Operations['createVeoOpenAIVideoTask']['body']
      | Operations['createVideosMinimax']['body'];
    params:
      | Operations['createImaProVideoTask']['params']
      | Operations['createVideosWan26']['params']
      | Operations['createVideosHappyhorse']['params']
      | Operations['createVideosKlingV3Video']['params']
      | Operations['createVideosKlingV3OmniVideo']['params']
      | Operations['createKlingOpenAIVideoTask']['params']
      | Operations['createViduOpenAIVideoTask']['params']
      | Operations['createPixverseOpenAIVideoTask']['params']
      | Operations['createVeoOpenAIVideoTask']['params']
      | Operations['createVideosMinimax']['params'];
    response:
      | Operations['createImaProVideoTask']['response']
      | Operations['createVideosWan26']['response']
      | Operations['createVideosHappyhorse']['response']
      | Operations['createVideosKlingV3Video']['response']
      | Operations['createVideosKlingV3OmniVideo']['response']
      | Operations['createKlingOpenAIVideoTask']['response']
      | Operations['createViduOpenAIVideoTask']['response']
      | Operations['createPixverseOpenAIVideoTask']['response']
      | Operations['createVeoOpenAIVideoTask']['response']
      | Operations['createVideosMinimax']['response'];
    error:
      | Operations['createImaProVideoTask']['error']
      | Operations['createVideosWan26']['error']
      | Operations['createVideosHappyhorse']['error']
      | Operations['createVideosKlingV3Video']['error']
      | Operations['createVideosKlingV3OmniVideo']['error']
      | Operations['createKlingOpenAIVideoTask']['error']
      | Operations['createViduOpenAIVideoTask']['error']
      | Operations['createPixverseOpenAIVideoTask']['error']
      | Operations['createVeoOpenAIVideoTask']['error']
      | Operations['createVideosMinimax']['error'];
    responses:
      | Operations['createImaProVideoTask']['responses']
      | Operations['createVideosWan26']['responses']
      | Operations['createVideosHappyhorse']['responses']
      | Operations['createVideosKlingV3Video']['responses']
      | Operations['createVideosKlingV3OmniVideo']['responses']
      | Operations['createKlingOpenAIVideoTask']['responses']
      | Operations['createViduOpenAIVideoTask']['responses']
      | Operations['createPixverseOpenAIVideoTask']['responses']
      | Operations['createVeoOpenAIVideoTask']['responses']
      | Operations['createVideosMinimax']['responses'];
  };
  /** The merged call of `GET /v1/videos/{task_id}`: any of its variants. */
  getVideos: {
    body:
      | Operations['getVideosWan26']['body']
      | Operations['getVideosHappyhorse']['body']
      | Operations['getVideosKlingV3Video']['body']
      | Operations['getVideosKlingV3OmniVideo']['body']
      | Operations['getImaProVideoTask']['body']
      | Operations['getPixverseOpenAIVideoTaskStatus']['body']
      | Operations['getVeoOpenAIVideoTaskStatus']['body'];
    params:
      | Operations['getVideosWan26']['params']
      | Operations['getVideosHappyhorse']['params']
      | Operations['getVideosKlingV3Video']['params']
      | Operations['getVideosKlingV3OmniVideo']['params']
      | Operations['getImaProVideoTask']['params']
      | Operations['getPixverseOpenAIVideoTaskStatus']['params']
      | Operations['getVeoOpenAIVideoTaskStatus']['params'];
    response:
      | Operations['getVideosWan26']['response']
      | Operations['getVideosHappyhorse']['response']
      | Operations['getVideosKlingV3Video']['response']
      | Operations['getVideosKlingV3OmniVideo']['response']
      | Operations['getImaProVideoTask']['response']
      | Operations['getPixverseOpenAIVideoTaskStatus']['response']
      | Operations['getVeoOpenAIVideoTaskStatus']['response'];
    error:
      | Operations['getVideosWan26']['error']
      | Operations['getVideosHappyhorse']['error']
      | Operations['getVideosKlingV3Video']['error']
      | Operations['getVideosKlingV3OmniVideo']['error']
      | Operations['getImaProVideoTask']['error']
      | Operations['getPixverseOpenAIVideoTaskStatus']['error']
      | Operations['getVeoOpenAIVideoTaskStatus']['error'];
    responses:
      | Operations['getVideosWan26']['responses']
      | Operations['getVideosHappyhorse']['responses']
      | Operations['getVideosKlingV3Video']['responses']
      | Operations['getVideosKlingV3OmniVideo']['responses']
      | Operations['getImaProVideoTask']['responses']
      | Operations['getPixverseOpenAIVideoTaskStatus']['responses']
      | Operations['getVeoOpenAIVideoTaskStatus']['responses'];
  };
  /** The merged call of `POST /v1/video/generations`: any of its variants. */
  createVideoGenerationsByModel: {
    body:
      | Operations['klingUnifiedVideoGeneration']['body']
      | Operations['createViduVideoTask']['body']
      | Operations['createPixverseVideoTask']['body']
      | Operations['createVideoGenerations']['body'];
    params:
      | Operations['klingUnifiedVideoGeneration']['params']
      | Operations['createViduVideoTask']['params']
      | Operations['createPixverseVideoTask']['params']
      | Operations['createVideoGenerations']['params'];
    response:
      | Operations['klingUnifiedVideoGeneration']['response']
      | Operations['createViduVideoTask']['response']
      | Operations['createPixverseVideoTask']['response']
      | Operations['createVideoGenerations']['response'];
    error:
      | Operations['klingUnifiedVideoGeneration']['error']
      | Operations['createViduVideoTask']['error']
      | Operations['createPixverseVideoTask']['error']
      | Operations['createVideoGenerations']['error'];
    responses:
      | Operations['klingUnifiedVideoGeneration']['responses']
      | Operations['createViduVideoTask']['responses']
      | Operations['createPixverseVideoTask']['responses']
      | Operations['createVideoGenerations']['responses'];
  };
  /** The merged call of `GET /v1/video/generations/{task_id}`: any of its variants. */
  getVideoGenerations: {
    body:
      | Operations['getViduVideoTaskStatus']['body']
      | Operations['getPixverseVideoTaskStatus']['body']
      | Operations['getMiniMaxVideoTaskStatus']['body'];
    params:
      | Operations['getViduVideoTaskStatus']['params']
      | Operations['getPixverseVideoTaskStatus']['params']
      | Operations['getMiniMaxVideoTaskStatus']['params'];
    response:
      | Operations['getViduVideoTaskStatus']['response']
      | Operations['getPixverseVideoTaskStatus']['response']
      | Operations['getMiniMaxVideoTaskStatus']['response'];
    error:
      | Operations['getViduVideoTaskStatus']['error']
      | Operations['getPixverseVideoTaskStatus']['error']
      | Operations['getMiniMaxVideoTaskStatus']['error'];
    responses:
      | Operations['getViduVideoTaskStatus']['responses']
      | Operations['getPixverseVideoTaskStatus']['responses']
      | Operations['getMiniMaxVideoTaskStatus']['responses'];
  };
}

export type OperationName = keyof Operations;
