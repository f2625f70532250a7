// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  AnthropicMessagesRequest,
  AnthropicMessagesResponse,
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
  ChatCompletionRequest,
  ChatCompletionResponse,
  CreateAssetError_400,
  CreateImaProVideoTaskParams,
  CreateImagesGenerationsWan26Body,
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  EmbeddingRequest,
  EmbeddingResponse,
  ErrorResponse,
  FetchImageGenerationTaskParams,
  FetchMidjourneyImageParams,
  FetchMusicGenerationTaskParams,
  GeminiImageGenerationRequest,
  GetAssetBody,
  GetAssetGroupBody,
  GetAssetQuotaBody,
  GetImaProSubtitleEraseTaskParams,
  GetImaProVideoTaskParams,
  GetImagesGenerationsDoubaoSeedreamParams,
  GetImagesGenerationsGptImageParams,
  GetImagesGenerationsPrunaParams,
  GetImagesGenerationsWanParams,
  GetKlingImage2VideoTaskStatusParams,
  GetKlingVideoTaskStatusParams,
  GetMiniMaxVideoTaskStatusParams,
  GetPixverseOpenAIVideoTaskStatusParams,
  GetPixverseVideoTaskStatusParams,
  GetSeedTtsSpeechTaskParams,
  GetSeedanceContentsGenerationTaskParams,
  GetUserBalanceByTokenResponse,
  GetVeoOpenAIVideoTaskStatusParams,
  GetVideosHappyhorseParams,
  GetVideosKlingV3OmniVideoParams,
  GetVideosKlingV3VideoParams,
  GetVideosWan26Params,
  GetViduVideoTaskStatusParams,
  GptImage2ImageGenerationRequest,
  Happyhorse10VideoCreateRequest,
  ImaImageCreateTaskResponse,
  ImaImageTaskFetchResponse,
  ImaMusicCreateTaskRequest,
  ImaMusicCreateTaskResponse,
  ImaMusicTaskFetchResponse,
  ImaProCreateResponse,
  ImaProQueryResponse,
  ImaProSubtitleEraseRequest,
  ImaProVideoCreateRequest,
  KlingImage2VideoRequest,
  KlingText2VideoRequest,
  KlingUnifiedVideoRequest,
  KlingV3OmniVideoCreateRequest,
  KlingV3VideoCreateRequest,
  KlingVideoRequest,
  MidjourneyChangeRequest,
  MidjourneyImagineRequest,
  MidjourneyModalRequest,
  MidjourneySubmitResponse,
  MidjourneyTaskResponse,
  MiniMaxVideoGenerationRequest,
  MiniMaxVideosCreateRequest,
  MjFetchTaskParams,
  MjSubmitResponse,
  PixverseVideoCreateRequest,
  PrunaImageCreateTaskResponse,
  PrunaImageGenerationRequest,
  ResponsesRequest,
  ResponsesResponse,
  SeedTtsSpeechCreateRequest,
  SeedTtsSpeechCreateResponse,
  SeedTtsSpeechFetchResponse,
  SeedanceContentsGenerationTaskRequest,
  SubmitMidjourneyBlendBody,
  TaskErrorResponse,
  UpdateAssetBody,
  UpdateAssetGroupBody,
  VeoVideoCreateRequest,
  VideoTaskResponse,
  ViduVideoRequest,
  Wan26VideoCreateRequest,
  Wan27ImageGenerationRequest,
} from './models.js';

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

/** Every operation of the API, in spec order. */
export const operations: readonly OperationInfo[] = [
  {
    name: 'getUserBalanceByToken',
    method: 'GET',
    path: '/api/usage/token/user-balance',
    pathKey: '/api/usage/token/user-balance',
    tags: ['Usage'],
  },
  {
    name: 'createMusicGenerationTask',
    method: 'POST',
    path: '/v1/music/generations',
    pathKey: '/v1/music/generations',
    tags: ['Music'],
  },
  {
    name: 'fetchMusicGenerationTask',
    method: 'GET',
    path: '/v1/music/generations/{task_id}',
    pathKey: '/v1/music/generations/{task_id}',
    tags: ['Music'],
  },
  {
    name: 'createSeedTtsSpeechTask',
    method: 'POST',
    path: '/v1/audio/speech',
    pathKey: '/v1/audio/speech',
    tags: ['Seed TTS Speech'],
  },
  {
    name: 'getSeedTtsSpeechTask',
    method: 'GET',
    path: '/v1/audio/speech/{task_id}',
    pathKey: '/v1/audio/speech/{task_id}',
    tags: ['Seed TTS Speech'],
  },
  {
    name: 'createImageGenerationTask',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations',
    tags: ['Gemini Images'],
  },
  {
    name: 'fetchImageGenerationTask',
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    pathKey: '/v1/images/generations/{task_id}',
    tags: ['Gemini Images'],
  },
  {
    name: 'createImagesGenerationsGptImage',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#gpt-image',
    tags: ['GPT Image'],
  },
  {
    name: 'getImagesGenerationsGptImage',
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    pathKey: '/v1/images/generations/{task_id}#gpt-image',
    tags: ['GPT Image'],
  },
  {
    name: 'createImagesGenerationsDoubaoSeedream',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#doubao-seedream',
    tags: ['Doubao Seedream'],
  },
  {
    name: 'createImagesGenerationsDoubaoSeedream45',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#doubao-seedream-45',
    tags: ['Doubao Seedream'],
  },
  {
    name: 'getImagesGenerationsDoubaoSeedream',
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    pathKey: '/v1/images/generations/{task_id}#doubao-seedream',
    tags: ['Doubao Seedream'],
  },
  {
    name: 'createImagesGenerationsWan',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#wan',
    tags: ['Wan Images'],
  },
  {
    name: 'createImagesGenerationsWan26',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#wan26',
    tags: ['Wan Images'],
  },
  {
    name: 'getImagesGenerationsWan',
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    pathKey: '/v1/images/generations/{task_id}#wan',
    tags: ['Wan Images'],
  },
  {
    name: 'createImagesGenerationsPruna',
    method: 'POST',
    path: '/v1/images/generations',
    pathKey: '/v1/images/generations#pruna',
    tags: ['PrunaAI Images'],
  },
  {
    name: 'getImagesGenerationsPruna',
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    pathKey: '/v1/images/generations/{task_id}#pruna',
    tags: ['PrunaAI Images'],
  },
  {
    name: 'createImaProVideoTask',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos',
    tags: ['Seedance Video'],
  },
  {
    name: 'createVideosWan26',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#wan26',
    tags: ['Wan2.6 Video'],
  },
  {
    name: 'getVideosWan26',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#wan26',
    tags: ['Wan2.6 Video'],
  },
  {
    name: 'createVideosHappyhorse',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#happyhorse',
    tags: ['HappyHorse Video'],
  },
  {
    name: 'getVideosHappyhorse',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#happyhorse',
    tags: ['HappyHorse Video'],
  },
  {
    name: 'createVideosKlingV3Video',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#kling-v3-video',
    tags: ['Kling Video'],
  },
  {
    name: 'getVideosKlingV3Video',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#kling-v3-video',
    tags: ['Kling Video'],
  },
  {
    name: 'createVideosKlingV3OmniVideo',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#kling-v3-omni-video',
    tags: ['Kling Video'],
  },
  {
    name: 'getVideosKlingV3OmniVideo',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#kling-v3-omni-video',
    tags: ['Kling Video'],
  },
  {
    name: 'createKlingOpenAIVideoTask',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#kling',
    tags: ['Kling Video'],
  },
  {
    name: 'createViduOpenAIVideoTask',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#vidu',
    tags: ['Vidu Video'],
  },
  {
    name: 'createPixverseOpenAIVideoTask',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#pixverse',
    tags: ['Pixverse Video'],
  },
  {
    name: 'createVeoOpenAIVideoTask',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#veo',
    tags: ['Veo Video'],
  },
  {
    name: 'createImaProSubtitleEraseTask',
    method: 'POST',
    path: '/v1/videos/subtitle-erase',
    pathKey: '/v1/videos/subtitle-erase',
    tags: ['Doubao Subtitle Erase'],
  },
  {
    name: 'getImaProSubtitleEraseTask',
    method: 'GET',
    path: '/v1/videos/subtitle-erase/{task_id}',
    pathKey: '/v1/videos/subtitle-erase/{task_id}',
    tags: ['Doubao Subtitle Erase'],
  },
  {
    name: 'getImaProVideoTask',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}',
    tags: ['Seedance Video'],
  },
  {
    name: 'createSeedanceContentsGenerationTask',
    method: 'POST',
    path: '/api/v1/contents/generations/tasks',
    pathKey: '/api/v1/contents/generations/tasks',
    tags: ['Seedance Video'],
  },
  {
    name: 'getSeedanceContentsGenerationTask',
    method: 'GET',
    path: '/api/v1/contents/generations/tasks/{task_id}',
    pathKey: '/api/v1/contents/generations/tasks/{task_id}',
    tags: ['Seedance Video'],
  },
  {
    name: 'getPixverseOpenAIVideoTaskStatus',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#pixverse',
    tags: ['Pixverse Video'],
  },
  {
    name: 'getVeoOpenAIVideoTaskStatus',
    method: 'GET',
    path: '/v1/videos/{task_id}',
    pathKey: '/v1/videos/{task_id}#veo',
    tags: ['Veo Video'],
  },
  {
    name: 'createAssetGroup',
    method: 'POST',
    path: '/v1/assets/group/create',
    pathKey: '/v1/assets/group/create',
    tags: ['Portrait'],
  },
  {
    name: 'listAssetGroups',
    method: 'POST',
    path: '/v1/assets/group/list',
    pathKey: '/v1/assets/group/list',
    tags: ['Portrait'],
  },
  {
    name: 'getAssetGroup',
    method: 'POST',
    path: '/v1/assets/group/get',
    pathKey: '/v1/assets/group/get',
    tags: ['Portrait'],
  },
  {
    name: 'updateAssetGroup',
    method: 'POST',
    path: '/v1/assets/group/update',
    pathKey: '/v1/assets/group/update',
    tags: ['Portrait'],
  },
  { name: 'createAsset', method: 'POST', path: '/v1/assets/create', pathKey: '/v1/assets/create', tags: ['Portrait'] },
  { name: 'listAssets', method: 'POST', path: '/v1/assets/list', pathKey: '/v1/assets/list', tags: ['Portrait'] },
  { name: 'getAsset', method: 'POST', path: '/v1/assets/get', pathKey: '/v1/assets/get', tags: ['Portrait'] },
  { name: 'updateAsset', method: 'POST', path: '/v1/assets/update', pathKey: '/v1/assets/update', tags: ['Portrait'] },
  { name: 'getAssetQuota', method: 'POST', path: '/v1/assets/quota', pathKey: '/v1/assets/quota', tags: ['Portrait'] },
  {
    name: 'mjSubmitImagine',
    method: 'POST',
    path: '/mj/submit/imagine',
    pathKey: '/mj/submit/imagine',
    tags: ['Midjourney'],
  },
  {
    name: 'submitMidjourneyBlend',
    method: 'POST',
    path: '/mj/submit/blend',
    pathKey: '/mj/submit/blend',
    tags: ['Midjourney'],
  },
  {
    name: 'mjSubmitChange',
    method: 'POST',
    path: '/mj/submit/change',
    pathKey: '/mj/submit/change',
    tags: ['Midjourney'],
  },
  {
    name: 'mjFetchTask',
    method: 'GET',
    path: '/mj/task/{task_id}/fetch',
    pathKey: '/mj/task/{task_id}/fetch',
    tags: ['Midjourney'],
  },
  {
    name: 'fetchMidjourneyImage',
    method: 'GET',
    path: '/mj/image/{task_id}',
    pathKey: '/mj/image/{task_id}',
    tags: ['Midjourney'],
  },
  {
    name: 'createChatCompletions',
    method: 'POST',
    path: '/v1/chat/completions',
    pathKey: '/v1/chat/completions',
    tags: ['Chat'],
  },
  { name: 'createResponses', method: 'POST', path: '/v1/responses', pathKey: '/v1/responses', tags: ['Chat'] },
  { name: 'createMessages', method: 'POST', path: '/v1/messages', pathKey: '/v1/messages', tags: ['Chat'] },
  { name: 'createEmbeddings', method: 'POST', path: '/v1/embeddings', pathKey: '/v1/embeddings', tags: ['Chat'] },
  {
    name: 'mjSubmitModal',
    method: 'POST',
    path: '/mj/submit/modal',
    pathKey: '/mj/submit/modal',
    tags: ['Midjourney'],
  },
  {
    name: 'klingText2Video',
    method: 'POST',
    path: '/kling/v1/videos/text2video',
    pathKey: '/kling/v1/videos/text2video',
    tags: ['Kling Video'],
  },
  {
    name: 'klingImage2Video',
    method: 'POST',
    path: '/kling/v1/videos/image2video',
    pathKey: '/kling/v1/videos/image2video',
    tags: ['Kling Video'],
  },
  {
    name: 'klingUnifiedVideoGeneration',
    method: 'POST',
    path: '/v1/video/generations',
    pathKey: '/v1/video/generations#kling',
    tags: ['Kling Video'],
  },
  {
    name: 'getKlingVideoTaskStatus',
    method: 'GET',
    path: '/kling/v1/videos/text2video/{task_id}',
    pathKey: '/kling/v1/videos/text2video/{task_id}',
    tags: ['Kling Video'],
  },
  {
    name: 'getKlingImage2VideoTaskStatus',
    method: 'GET',
    path: '/kling/v1/videos/image2video/{task_id}',
    pathKey: '/kling/v1/videos/image2video/{task_id}',
    tags: ['Kling Video'],
  },
  {
    name: 'createViduVideoTask',
    method: 'POST',
    path: '/v1/video/generations',
    pathKey: '/v1/video/generations#vidu',
    tags: ['Vidu Video'],
  },
  {
    name: 'createPixverseVideoTask',
    method: 'POST',
    path: '/v1/video/generations',
    pathKey: '/v1/video/generations#pixverse',
    tags: ['Pixverse Video'],
  },
  {
    name: 'getViduVideoTaskStatus',
    method: 'GET',
    path: '/v1/video/generations/{task_id}',
    pathKey: '/v1/video/generations/{task_id}#vidu',
    tags: ['Vidu Video'],
  },
  {
    name: 'getPixverseVideoTaskStatus',
    method: 'GET',
    path: '/v1/video/generations/{task_id}',
    pathKey: '/v1/video/generations/{task_id}#pixverse',
    tags: ['Pixverse Video'],
  },
  {
    name: 'createVideoGenerations',
    method: 'POST',
    path: '/v1/video/generations',
    pathKey: '/v1/video/generations',
    tags: ['MiniMax Video'],
  },
  {
    name: 'createVideosMinimax',
    method: 'POST',
    path: '/v1/videos',
    pathKey: '/v1/videos#minimax',
    tags: ['MiniMax Video'],
  },
  {
    name: 'getMiniMaxVideoTaskStatus',
    method: 'GET',
    path: '/v1/video/generations/{task_id}',
    pathKey: '/v1/video/generations/{task_id}',
    tags: ['MiniMax Video'],
  },
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
    params: FetchMusicGenerationTaskParams;
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
    params: GetSeedTtsSpeechTaskParams;
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
    params: FetchImageGenerationTaskParams;
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
    params: GetImagesGenerationsGptImageParams;
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
    params: GetImagesGenerationsDoubaoSeedreamParams;
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
    params: GetImagesGenerationsWanParams;
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
    params: GetImagesGenerationsPrunaParams;
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
    params: CreateImaProVideoTaskParams;
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
    params: GetVideosWan26Params;
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
    params: GetVideosHappyhorseParams;
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
    params: GetVideosKlingV3VideoParams;
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
    params: GetVideosKlingV3OmniVideoParams;
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
    params: GetImaProSubtitleEraseTaskParams;
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
    params: GetImaProVideoTaskParams;
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
    params: GetSeedanceContentsGenerationTaskParams;
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
    params: GetPixverseOpenAIVideoTaskStatusParams;
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
    params: GetVeoOpenAIVideoTaskStatusParams;
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
    params: MjFetchTaskParams;
    response: MidjourneyTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': MidjourneyTaskResponse;
      '401': ErrorResponse;
    };
  };
  fetchMidjourneyImage: {
    body: never;
    params: FetchMidjourneyImageParams;
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
    params: GetKlingVideoTaskStatusParams;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  getKlingImage2VideoTaskStatus: {
    body: never;
    params: GetKlingImage2VideoTaskStatusParams;
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
    params: GetViduVideoTaskStatusParams;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
  getPixverseVideoTaskStatus: {
    body: never;
    params: GetPixverseVideoTaskStatusParams;
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
    params: GetMiniMaxVideoTaskStatusParams;
    response: VideoTaskResponse;
    error: ErrorResponse;
    responses: {
      '200': VideoTaskResponse;
      '401': ErrorResponse;
    };
  };
}

export type OperationName = keyof Operations;
