// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { JsonSchema, ToolPlan } from './runtime/tool-plan.js';

/** A part several input schemas share. */
const videosCreateInputImages4: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description: 'Reference image array (optional; currently only 1 image is supported).',
  minItems: 1,
  maxItems: 1,
};

/** A part several input schemas share. */
const videosCreateInputMode: JsonSchema = {
  enum: ['std', 'pro'],
  description:
    'Quality mode. `std` (standard, default) or `pro` (high quality). Master Edition models do not have this distinction.',
  default: 'std',
};

/** A part several input schemas share. */
const imagesGenerationsCreateInputImages2: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description: 'Multiple input images (optional, for image-to-image, up to 14 images).',
  minItems: 1,
  maxItems: 14,
};

/** A part several input schemas share. */
const imagesGenerationsCreateInputExtraFields: JsonSchema = {
  type: 'object',
  description:
    'Extended parameter object. It may include `input.images`, `aspect_ratio`, `turbo`, `seed`, `disable_safety_checker`, and related options.',
};

/** A part several input schemas share. */
const videosCreateInputAspectRatio: JsonSchema = {
  enum: ['16:9', '9:16', '1:1', '4:3', '3:4'],
  description: 'Output video aspect ratio. The field is exposed according to the current upstream official enum.',
  default: '16:9',
};

/** A part several input schemas share. */
const videosCreateInputImages3: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description: 'Image input array used as reference images. At most 9 images are allowed.',
  minItems: 1,
  maxItems: 9,
};

/** A part several input schemas share. */
const videosCreateInputSound: JsonSchema = {
  enum: ['on', 'off'],
  description:
    'Compatibility metadata sound switch. New clients should prefer top-level `sound`; value must be the string `on` or `off`.',
  default: 'off',
};

/** A part several input schemas share. */
const videosCreateInputSeconds: JsonSchema = {
  anyOf: [
    { enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] },
    { enum: ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'] },
  ],
  description: 'OpenAI-compatible alias for `duration`.',
};

/** A part several input schemas share. */
const videosCreateInputImages2: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description: 'Image input array. Only one image is allowed and it is used as the first frame.',
  minItems: 1,
  maxItems: 1,
};

/** A part several input schemas share. */
const videosCreateInputMultiPrompt2MultiPrompt: JsonSchema = {
  type: 'object',
  properties: {
    index: { type: 'integer', minimum: 1 },
    prompt: { type: 'string', maxLength: 512 },
    duration: { type: 'integer', minimum: 1 },
  },
  additionalProperties: false,
};

/** A part several input schemas share. */
const videosCreateInputFirstFrameUrl: JsonSchema = {
  type: 'string',
  description:
    'Official first-frame image field. Use one of `image`, `images`, `first_frame_url`, or `media`; the resolved image source must be unique.',
  format: 'uri',
};

/** A part several input schemas share. */
const videosCreateInputImage: JsonSchema = {
  type: 'string',
  description:
    'Reference image URL (required for image-to-video). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels;…',
};

/** A part several input schemas share. */
const klingVideosText2videoCreateInputModel: JsonSchema = {
  anyOf: [
    {
      enum: [
        'kling-v1',
        'kling-v1-6',
        'kling-v2-master',
        'kling-v2-1-master',
        'kling-v2-5-turbo',
        'kling-v2-6',
        'kling-video-o1',
      ],
    },
    { type: 'string' },
  ],
  description: 'Kling video model name.',
};

/** A part several input schemas share. */
const videosCreateInputImageTail: JsonSchema = {
  type: 'string',
  description:
    'Last-frame image URL (first/last frame mode, optional). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels;…',
};

/** A part several input schemas share. */
const videosCreateInputPart3Metadata: JsonSchema = {
  first_frame_image: {
    type: 'string',
    description:
      'First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.',
    format: 'uri',
  },
};

/** A part several input schemas share. */
const videosCreateInputCfgScale: JsonSchema = {
  type: 'number',
  description:
    'Generate degrees of freedom, 0~1, default 0.5. The smaller the value, the more free it is, and the larger the value, the closer it is to the prompt word.',
  default: 0.5,
};

/** A part several input schemas share. */
const videosCreateInputMedia6: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { type: { enum: ['first_frame'] }, url: { type: 'string', format: 'uri' } },
    required: ['url'],
    additionalProperties: false,
  },
  minItems: 1,
  maxItems: 1,
};

/** A part several input schemas share. */
const videosCreateInputImages: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description:
    'First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).',
  minItems: 1,
  maxItems: 1,
};

/** A part several input schemas share. */
const videosCreateInputMedia5: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { type: { enum: ['reference_image'] }, url: { type: 'string', format: 'uri' } },
    required: ['url'],
    additionalProperties: false,
  },
  minItems: 1,
  maxItems: 9,
};

/** A part several input schemas share. */
const imagesGenerationsCreateInputImage: JsonSchema = {
  type: 'string',
  description:
    'Single image input (optional, image-to-image). **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only…',
  format: 'uri',
};

/** A part several input schemas share. */
const videoGenerationsCreateInputPartMetadata: JsonSchema = {
  first_frame_image: {
    type: 'string',
    description:
      'First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.',
  },
};

/** A part several input schemas share. */
const videosCreateInputMedia4: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { type: { enum: ['video', 'reference_image'] }, url: { type: 'string', format: 'uri' } },
    required: ['type', 'url'],
    additionalProperties: false,
  },
  minItems: 1,
  maxItems: 6,
};

/** A part several input schemas share. */
const videosCreateInputDuration: JsonSchema = {
  anyOf: [
    { enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] },
    { enum: ['3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15'] },
  ],
  description: 'Video duration in seconds. Supported range is 3 through 15 seconds for these models.',
};

/** A part several input schemas share. */
const videosCreateInputImageList: JsonSchema = {
  anyOf: [
    { type: 'string', format: 'uri' },
    {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        image_url: { type: 'string', format: 'uri' },
        type: { enum: ['first_frame', 'end_frame'] },
      },
      additionalProperties: false,
    },
  ],
};

/** A part several input schemas share. */
const videosCreateInputCameraControl: JsonSchema = {
  type: 'object',
  properties: {
    type: { type: 'string', description: 'Control type.' },
    config: { type: 'object', description: 'Lens parameters (horizontal, vertical, pan, tilt, roll, zoom).' },
  },
  description: 'Lens control parameters (optional).',
};

/** A part several input schemas share. */
const videosCreateInputElementList: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: { element_id: { type: 'integer', description: 'Subject ID.', minimum: 1 } },
    required: ['element_id'],
    additionalProperties: false,
  },
  description: 'Kling v3 official subject reference list.',
  minItems: 1,
};

/** A part several input schemas share. */
const imagesGenerationsCreateInputImages: JsonSchema = {
  type: 'array',
  items: { type: 'string', format: 'uri' },
  description:
    'Multiple image input (optional, image-to-image). **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule…',
  minItems: 1,
  maxItems: 14,
};

/** A part several input schemas share. */
const videosCreateInputMetadata: JsonSchema = {
  type: 'object',
  properties: videosCreateInputPart3Metadata,
  required: ['first_frame_image'],
};

/** A part several input schemas share. */
const imagesGenerationsCreateInputSize: JsonSchema = {
  enum: ['1280*1280', '800*1200', '1200*800', '960*1280', '1280*960', '720*1280', '1280*720', '1344*576'],
  description:
    'Output image size. Supported values: `1280*1280`, `800*1200`, `1200*800`, `960*1280`, `1280*960`, `720*1280`, `1280*720`, `1344*576`.',
  default: '1280*1280',
};

/** A part several input schemas share. */
const videosCreateInputVideoList: JsonSchema = {
  anyOf: [
    { type: 'string', format: 'uri' },
    {
      type: 'object',
      properties: {
        url: { type: 'string', format: 'uri' },
        video_url: { type: 'string', format: 'uri' },
        refer_type: { enum: ['feature', 'base'] },
        keep_original_sound: { enum: ['true', 'false'] },
      },
      additionalProperties: false,
    },
  ],
};

/** A part several input schemas share. */
const videosCreateInputMultiPrompt2: JsonSchema = {
  type: 'array',
  items: videosCreateInputMultiPrompt2MultiPrompt,
  description: 'Multi-shot prompt array. Up to 6 shots.',
  maxItems: 6,
};

/** A part several input schemas share. */
const videoGenerationsCreateInputMetadata: JsonSchema = {
  type: 'object',
  properties: videoGenerationsCreateInputPartMetadata,
  required: ['first_frame_image'],
};

/** A part several input schemas share. */
const contentsGenerationsTasksCreateInputImageUrl: JsonSchema = {
  type: 'object',
  properties: {
    url: {
      type: 'string',
      description: 'Public HTTPS URL. Image, video, and audio media are submitted in this URL shape.',
      format: 'uri',
      pattern: '^https://.+',
    },
  },
  required: ['url'],
  additionalProperties: false,
  description: 'Seedance contents HTTPS URL',
};

/** A part several input schemas share. */
const assetsListInputModel: JsonSchema = {
  anyOf: [
    { enum: ['ima-pro-upload', 'ima-pro-upload-cn', 'seedance-upload', 'seedance-upload-cn'] },
    { type: 'string' },
  ],
  description:
    'Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch…',
};

/** A part several input schemas share. */
const videosCreateInputMultiPrompt: JsonSchema = {
  type: 'array',
  items: videosCreateInputMultiPrompt2MultiPrompt,
  description: 'Multi-shot prompt array. Each item may include `index`, `prompt`, and `duration`.',
  maxItems: 6,
};

/** A part several input schemas share. */
const videosCreateInputMedia3: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      type: { enum: ['first_frame'], description: 'Media type. Currently only `first_frame` is supported.' },
      url: { type: 'string', description: 'First-frame image URL.', format: 'uri' },
    },
    required: ['url'],
    additionalProperties: false,
  },
  description: 'Official media array. Only one item is allowed and `type` must be `first_frame`.',
  minItems: 1,
  maxItems: 1,
};

/** A part several input schemas share. */
const videosCreateInputMedia2: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      type: { enum: ['reference_image'], description: 'Media type. Currently only `reference_image` is supported.' },
      url: { type: 'string', description: 'Reference image URL.', format: 'uri' },
    },
    required: ['url'],
    additionalProperties: false,
  },
  description: 'Official media array. Provide 1 to 9 items and `type` must be `reference_image`.',
  minItems: 1,
  maxItems: 9,
};

/** A part several input schemas share. */
const videosCreateInputMedia: JsonSchema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      type: {
        enum: ['video', 'reference_image'],
        description: 'Media type. Supported values are `video` and `reference_image`.',
      },
      url: { type: 'string', description: 'Media URL.', format: 'uri' },
    },
    required: ['type', 'url'],
    additionalProperties: false,
  },
  description:
    'Official media array. Provide one `video` item and optional `reference_image` items; at most 6 media items are allowed.',
  minItems: 1,
  maxItems: 6,
};

/** A part several input schemas share. */
const videosCreateInputPart4: JsonSchema = {
  anyOf: [
    {
      type: 'object',
      properties: {
        image: {
          type: 'string',
          description: 'Single first-frame image URL (optional, mutually exclusive with `images`).',
          format: 'uri',
        },
      },
      required: ['image'],
    },
    { type: 'object', properties: { images: videosCreateInputImages }, required: ['images'] },
  ],
};

/** A part several input schemas share. */
const videosCreateInputPart3: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      enum: ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'],
      description: 'MiniMax video model (openai-videos endpoint).',
    },
    prompt: { type: 'string', description: 'Video prompt words.', minLength: 1 },
    duration: {
      enum: [6, 10],
      description: 'Video duration (seconds), currently only 6 or 10 are supported.',
      default: 6,
    },
    size: { enum: ['512p', '768p', '1080p'], description: 'Resolution (verified by model capability).' },
    metadata: { type: 'object', properties: videosCreateInputPart3Metadata },
  },
  required: ['model'],
  additionalProperties: false,
};

/** A part several input schemas share. */
const videoGenerationsCreateInputPart: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      enum: ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'],
      description: 'MiniMax video model (MiniMax only).',
    },
    prompt: { type: 'string', description: 'Video description' },
    duration: {
      enum: [6, 10],
      description: 'Video duration (seconds), currently only 6 or 10 are supported.',
      default: 6,
    },
    size: {
      enum: ['512p', '768p', '1080p'],
      description: 'Resolution (verified by model capability).',
      default: '768p',
    },
    metadata: {
      type: 'object',
      properties: videoGenerationsCreateInputPartMetadata,
      description: 'MiniMax vendor parameters. - Image-to-video: `{"first_frame_image":"URL"}`',
    },
  },
  required: ['model'],
  additionalProperties: false,
};

/** A part several input schemas share. */
const videosCreateInputPart2: JsonSchema = {
  model: { enum: ['pixverse-c1', 'pixverse-v6'] },
  prompt: { type: 'string', description: 'Video prompt (required).', minLength: 1 },
  duration: { type: 'integer', description: 'Video duration in seconds, default 5.', default: 5 },
  size: { enum: ['16:9', '9:16', '1:1'], description: 'Output aspect ratio, default `16:9`.', default: '16:9' },
  quality: { enum: ['360p', '540p', '720p', '1080p'], description: 'Output resolution tier.', default: '720p' },
  metadata: {
    type: 'object',
    properties: {
      img_id: { type: 'integer', description: 'Pixverse image ID; when present, submit as image-to-video.' },
      audio: { type: 'boolean', description: 'Whether to generate audio.' },
      generate_audio_switch: { type: 'boolean', description: 'Alternate field for whether to generate audio.' },
      negative_prompt: { type: 'string', description: 'Negative prompt.' },
    },
    description: 'Pixverse advanced parameters.',
  },
};

/** A part several input schemas share. */
const videosCreateInputPart: JsonSchema = {
  model: { enum: ['viduq1', 'viduq2', 'viduq2-pro', 'viduq2-turbo', 'viduq3-pro', 'viduq3-turbo'] },
  prompt: { type: 'string', description: 'Video prompt. Required for text-to-video; optional for image-to-video.' },
  images: {
    type: 'array',
    items: { type: 'string' },
    description:
      '**Important: Reference image URL array for image-to-video. Please ensure that the input URL is accessible at the time of submission. ** - Single image:…',
  },
  duration: {
    type: 'integer',
    description:
      'Video duration (seconds). - `viduq1`: fixed 5s - `viduq2` series: supports 4~8s - `viduq3` series: supports 1~16s',
    default: 5,
  },
  size: { type: 'string', description: 'Aspect ratio, such as `16:9` (default), `9:16`, `1:1`.', default: '16:9' },
  metadata: {
    type: 'object',
    properties: {
      resolution: { enum: ['540p', '720p', '1080p'], description: 'Resolution, default `1080p`.', default: '1080p' },
    },
    description: 'Extended parameters.',
  },
};

/** The arguments of `usage_token_user_balance_retrieve`, `assets_quota_create`. */
const usageTokenUserBalanceRetrieveInput: JsonSchema = { type: 'object', properties: {} };

/** The arguments of `music_generations_create`, `music_generations_create_and_wait`. */
const musicGenerationsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [{ enum: ['sonic'] }, { type: 'string' }],
      description: 'Music model ID. Currently supports `sonic`.',
    },
    prompt: { type: 'string', description: 'Music prompt (required).', minLength: 1, maxLength: 5000 },
    auto_lyrics: {
      type: 'boolean',
      description: 'Whether to auto-generate lyrics. Explicit `false` is preserved.',
      default: false,
    },
    custom_mode: {
      type: 'boolean',
      description: 'Whether to use custom mode. Defaults to `true`; explicit `false` is preserved.',
      default: true,
    },
    gpt_description_prompt: {
      type: 'string',
      description: 'Prompt used to generate the song description, up to 400 characters.',
      maxLength: 400,
    },
    make_instrumental: {
      type: 'boolean',
      description: 'Whether to generate an instrumental track. Explicit `false` is preserved.',
      default: false,
    },
    model_version: {
      anyOf: [{ enum: ['sonic-v3-5', 'sonic-v4', 'sonic-v4-5', 'sonic-v4-5-plus', 'sonic-v5'] }, { type: 'string' }],
      description: 'Sonic model version. Defaults to `sonic-v4` when omitted.',
      default: 'sonic-v4',
    },
    negative_tags: { type: 'string', description: 'Negative tags.' },
    style_weight: {
      type: 'number',
      description: 'Style weight from 0 to 1. Explicit `0` is preserved.',
      minimum: 0,
      maximum: 1,
    },
    tags: { type: 'string', description: 'Style or music tags, up to 1000 characters.', maxLength: 1000 },
    title: { type: 'string', description: 'Song title, up to 120 characters.', maxLength: 120 },
    vocal_gender: { type: 'string', description: 'Vocal gender hint, usually `m` or `f`.' },
    weirdness_constraint: {
      type: 'number',
      description: 'Creativity/weirdness constraint from 0 to 1. Explicit `0` is preserved.',
      minimum: 0,
      maximum: 1,
    },
  },
  required: ['model', 'prompt'],
};

/** The arguments of `music_generations_retrieve`, `contents_generations_tasks_retrieve`. */
const musicGenerationsRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Task ID returned by the create endpoint.' } },
  required: ['task_id'],
};

/** The arguments of `audio_speech_create`, `audio_speech_create_and_wait`. */
const audioSpeechCreateInput: JsonSchema = {
  type: 'object',
  properties: {},
  allOf: [
    {
      allOf: [
        {
          type: 'object',
          properties: {
            model: {
              anyOf: [{ enum: ['seed-tts-2.0'] }, { type: 'string' }],
              description: 'Speech model name. Currently only `seed-tts-2.0` is supported.',
            },
            input: {
              type: 'string',
              description: 'Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.',
              minLength: 1,
              maxLength: 10000,
            },
            text: { type: 'string', description: 'Text input alias.', minLength: 1, maxLength: 10000 },
            prompt: { type: 'string', description: 'Text input alias.', minLength: 1, maxLength: 10000 },
            ssml: { type: 'string', description: 'SSML input.', minLength: 1, maxLength: 10000 },
            voice: { type: 'string', description: 'OpenAI-compatible voice field.' },
            speaker: { type: 'string', description: 'Speech speaker field.' },
            response_format: { type: 'string', description: 'Audio format, defaults to `mp3`.', default: 'mp3' },
            speed: { type: 'number', description: 'Speech speed multiplier.', format: 'double' },
            metadata: { type: 'object', description: 'Optional metadata.' },
          },
          required: ['model'],
          additionalProperties: false,
        },
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                input: {
                  type: 'string',
                  description: 'Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.',
                  minLength: 1,
                  maxLength: 10000,
                },
              },
              required: ['input'],
            },
            {
              type: 'object',
              properties: {
                text: { type: 'string', description: 'Text input alias.', minLength: 1, maxLength: 10000 },
              },
              required: ['text'],
            },
            {
              type: 'object',
              properties: {
                prompt: { type: 'string', description: 'Text input alias.', minLength: 1, maxLength: 10000 },
              },
              required: ['prompt'],
            },
            {
              type: 'object',
              properties: { ssml: { type: 'string', description: 'SSML input.', minLength: 1, maxLength: 10000 } },
              required: ['ssml'],
            },
          ],
        },
        {
          anyOf: [
            {
              type: 'object',
              properties: { voice: { type: 'string', description: 'OpenAI-compatible voice field.' } },
              required: ['voice'],
            },
            {
              type: 'object',
              properties: { speaker: { type: 'string', description: 'Speech speaker field.' } },
              required: ['speaker'],
            },
          ],
        },
      ],
      description: 'Seed TTS 2.0 speech synthesis request body.',
    },
  ],
};

/** The arguments of `audio_speech_retrieve`. */
const audioSpeechRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Speech task ID returned by the create endpoint.' } },
  required: ['task_id'],
};

/** The arguments of `images_generations_create`, `images_generations_create_and_wait`. */
const imagesGenerationsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      type: 'string',
      enum: [
        'gemini-2.5-flash-image',
        'gemini-3-pro-image-preview',
        'gemini-3.1-flash-image-preview',
        'gpt-image-2',
        'doubao-seedream-5-0-lite-260128',
        'seedream-5-0-260128',
        'doubao-seedream-4-5-251128',
        'wan2.7-image',
        'wan2.7-image-pro',
        'wan2.6-t2i',
        'wan2.6-image',
        'prunaai/p-image',
        'prunaai/p-image-edit',
      ],
      description: 'Selects the variant (see the list in the description)',
    },
  },
  required: ['model'],
  oneOf: [
    {
      type: 'object',
      properties: {
        model: { enum: ['gemini-2.5-flash-image', 'gemini-3-pro-image-preview', 'gemini-3.1-flash-image-preview'] },
      },
      allOf: [
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                model: { enum: ['gemini-2.5-flash-image'], description: 'Image model name (Gemini 2.5 Flash Image).' },
                prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 10000 },
                aspect_ratio: {
                  enum: [
                    '1:1',
                    '1:4',
                    '1:8',
                    '2:3',
                    '3:2',
                    '3:4',
                    '4:1',
                    '4:3',
                    '4:5',
                    '5:4',
                    '8:1',
                    '9:16',
                    '16:9',
                    '21:9',
                  ],
                  description: 'Image aspect ratio (optional).',
                },
                size: {
                  enum: ['512px', '1K', '2K', '4K'],
                  description: 'Output size (optional, default `1K`).',
                  default: '1K',
                },
                image: {
                  type: 'string',
                  description:
                    'Single image input (optional, image-to-image). **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only applies…',
                  format: 'uri',
                },
                images: {
                  type: 'array',
                  items: { type: 'string', format: 'uri' },
                  description:
                    'Multiple image input (optional, image-to-image). **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only…',
                  minItems: 1,
                  maxItems: 14,
                },
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
            },
            {
              type: 'object',
              properties: {
                model: { enum: ['gemini-3-pro-image-preview'], description: 'Image model name (pro).' },
                prompt: { type: 'string', description: 'Prompt word (required).', minLength: 1, maxLength: 10000 },
                aspect_ratio: {
                  enum: ['1:1', '3:2', '2:3', '3:4', '4:3', '4:5', '5:4', '9:16', '16:9', '21:9'],
                  description: 'Image aspect ratio (optional).',
                },
                size: { enum: ['1K', '2K', '4K'], description: 'Output size (optional, default `1K`).', default: '1K' },
                image: imagesGenerationsCreateInputImage,
                images: imagesGenerationsCreateInputImages,
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
            },
            {
              type: 'object',
              properties: {
                model: { enum: ['gemini-3.1-flash-image-preview'], description: 'Image model name (flash).' },
                prompt: { type: 'string', description: 'Prompt word (required).', minLength: 1, maxLength: 10000 },
                aspect_ratio: {
                  enum: [
                    '1:1',
                    '1:4',
                    '1:8',
                    '2:3',
                    '3:2',
                    '3:4',
                    '4:1',
                    '4:3',
                    '4:5',
                    '5:4',
                    '8:1',
                    '9:16',
                    '16:9',
                    '21:9',
                  ],
                  description: 'Image aspect ratio (optional).',
                },
                size: {
                  enum: ['512px', '1K', '2K', '4K'],
                  description: 'Output size (optional, default `1K`).',
                  default: '1K',
                },
                image: imagesGenerationsCreateInputImage,
                images: imagesGenerationsCreateInputImages,
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
            },
          ],
          description:
            'Gemini image generation request. - `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, and `gemini-3.1-flash-image-preview` use the Gemini image parameter…',
        },
      ],
      required: ['model'],
      title: 'Generate Gemini images',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['gpt-image-2'] },
        prompt: {
          type: 'string',
          description: 'Prompt (required). The current implementation requires `prompt` to be present.',
          minLength: 1,
        },
        size: { type: 'string', description: 'Output size (optional). Passed through as-is without enum validation.' },
        quality: { type: 'string', description: 'Output quality (optional). Passed through as-is.' },
        image: {
          type: 'string',
          description:
            'Single image input (optional). With image input and no `mask`, the request is treated as `image_to_image`.',
        },
        images: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Multiple image input (optional). With image input and no `mask`, the request is treated as `image_to_image`.',
        },
        background: {
          type: 'string',
          description: 'Background control (optional). Passed through as-is by the current implementation.',
        },
        input_fidelity: {
          type: 'string',
          description: 'Input fidelity (optional). Passed through as-is by the current implementation.',
        },
        mask: {
          type: 'string',
          description: 'Edit mask (optional). With image input and `mask`, the request is treated as `image_edit`.',
        },
        moderation: {
          type: 'string',
          description: 'Moderation level (optional). Passed through as-is by the current implementation.',
        },
        n: {
          type: 'integer',
          description: 'Number of images to return (optional). Passed through as-is by the current implementation.',
          minimum: 0,
        },
        output_compression: {
          type: 'integer',
          description:
            'Output compression ratio (optional, 0-100). **Only applies when `output_format=jpeg` or `webp`**; when `output_format=png` it must be 100 (default), otherwise…',
          default: 100,
          minimum: 0,
          maximum: 100,
        },
        output_format: {
          enum: ['png', 'jpeg', 'webp'],
          description:
            'Output format (optional). One of `png` (default) / `jpeg` / `webp`. Do NOT send `output_compression` (or set it to 100) when `png` is chosen — upstream will…',
          default: 'png',
        },
      },
      required: ['model', 'prompt'],
      title: 'Generate images (gpt-image-2)',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['doubao-seedream-5-0-lite-260128', 'seedream-5-0-260128'] },
        prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 600 },
        size: {
          enum: [
            '2K',
            '3K',
            '2048x2048',
            '2304x1728',
            '1728x2304',
            '2848x1600',
            '1600x2848',
            '2496x1664',
            '1664x2496',
            '3136x1344',
            '3072x3072',
            '3456x2592',
            '2592x3456',
            '4096x2304',
            '2304x4096',
            '2496x3744',
            '3744x2496',
            '4704x2016',
          ],
          description:
            'Output image size (optional). Supported values are `2K`, `3K`, `2048x2048`, `2304x1728`, `1728x2304`, `2848x1600`, `1600x2848`, `2496x1664`, `1664x2496`,…',
        },
        image: { type: 'string', description: 'Single input image (optional, for image-to-image).', format: 'uri' },
        images: imagesGenerationsCreateInputImages2,
        output_format: { enum: ['jpeg', 'png'], description: 'Output format (optional).' },
        optimize_prompt_options: {
          type: 'object',
          properties: { mode: { enum: ['standard'], description: 'Only `standard` is supported for this model.' } },
          additionalProperties: false,
          description: 'Prompt optimization options (optional).',
        },
      },
      required: ['model', 'prompt'],
      title: 'Generate images (doubao-seedream-5-0-lite-260128)',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['doubao-seedream-4-5-251128'] },
        prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 600 },
        size: {
          enum: [
            '2K',
            '4K',
            '2048x2048',
            '2304x1728',
            '1728x2304',
            '2560x1440',
            '1440x2560',
            '2496x1664',
            '1664x2496',
            '3024x1296',
          ],
          description: 'Output image size (optional). Supports `2K`, `4K`, and upstream-allowed custom pixel sizes.',
          default: '2K',
        },
        image: { type: 'string', description: 'Single input image (optional, for image-to-image).', format: 'uri' },
        images: imagesGenerationsCreateInputImages2,
      },
      required: ['model', 'prompt'],
      title: 'Generate images (doubao-seedream-4-5-251128)',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['wan2.7-image', 'wan2.7-image-pro'] },
        prompt: { type: 'string', description: 'Prompt (required).', minLength: 1 },
        image: { type: 'string', description: 'Single input image (optional, for image-to-image).', format: 'uri' },
        images: imagesGenerationsCreateInputImages2,
        size: {
          anyOf: [
            { enum: ['1K', '2K', '4K'] },
            {
              type: 'string',
              description: 'Custom `width*height` string, for example `2048*2048` or `4096*4096`.',
              pattern: '^[0-9]+\u005C*[0-9]+$',
            },
          ],
          description:
            'Output image size (optional). `wan2.7-image` supports `1K`, `2K`, or custom `width*height`; total pixels must stay between `768*768` and `2048*2048`, and…',
        },
        enable_sequential: {
          type: 'boolean',
          description:
            'Whether to enable sequential multi-image mode (optional). Do not send it together with `thinking_mode` or `color_palette`.',
        },
        seed: { type: 'integer', description: 'Random seed (optional).', minimum: 0, maximum: 2147483647 },
        thinking_mode: {
          type: 'boolean',
          description:
            'Whether to enable thinking mode (optional). Mutually exclusive with `enable_sequential=true`; sending both returns a parameter error.',
        },
        bbox_list: {
          type: 'array',
          items: {
            type: 'array',
            items: {
              type: 'array',
              items: { type: 'integer' },
              description: 'Coordinates for a single bounding box in the format `[x1, y1, x2, y2]`.',
              minItems: 4,
              maxItems: 4,
            },
            description: 'Bounding box list for one input image, with at most 2 boxes.',
            maxItems: 2,
          },
          description:
            'Bounding box list (optional). The list length must match the number of input images. Each image supports at most 2 boxes, and each box uses the `[x1, y1, x2,…',
          maxItems: 9,
        },
        color_palette: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              hex: { type: 'string', description: 'HEX color value.', pattern: '^#[0-9A-Fa-f]{6}$' },
              ratio: {
                type: 'string',
                description: 'Color percentage. The sum of all `ratio` values must equal `100.00%`.',
                pattern: '^([0-9]|[1-9][0-9]|100)\u005C.[0-9]{2}%$',
              },
            },
            required: ['hex', 'ratio'],
            additionalProperties: false,
          },
          description:
            'Color palette list (optional). Each item must contain `hex` and `ratio`. The number of colors must be between 3 and 10, with 8 recommended. Only available…',
          minItems: 3,
          maxItems: 10,
        },
      },
      required: ['model', 'prompt'],
      title: 'Generate images (wan2.7-image / wan2.7-image-pro)',
    },
    {
      type: 'object',
      properties: { model: { enum: ['wan2.6-t2i', 'wan2.6-image'] } },
      allOf: [
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                model: { enum: ['wan2.6-t2i'], description: 'Wan2.6 text-to-image model name.' },
                prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 2000 },
                size: imagesGenerationsCreateInputSize,
                negative_prompt: { type: 'string', description: 'Negative prompt (optional).', maxLength: 500 },
                prompt_extend: {
                  type: 'boolean',
                  description: 'Whether to enable prompt expansion (optional).',
                  default: false,
                },
                seed: { type: 'integer', description: 'Random seed (optional).', minimum: 0, maximum: 2147483647 },
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
              description: 'Wan2.6 text-to-image request body.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['wan2.6-image'], description: 'Wan2.6 image-to-image model name.' },
                    prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 2000 },
                    image: {
                      type: 'string',
                      description: 'Single input image URL (optional, mutually exclusive with `images`).',
                      format: 'uri',
                    },
                    images: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      description: 'Input image array (optional; at least 1 image).',
                      minItems: 1,
                    },
                    size: imagesGenerationsCreateInputSize,
                    negative_prompt: { type: 'string', description: 'Negative prompt (optional).', maxLength: 500 },
                    prompt_extend: {
                      type: 'boolean',
                      description: 'Whether to enable prompt expansion (optional).',
                      default: false,
                    },
                    seed: { type: 'integer', description: 'Random seed (optional).', minimum: 0, maximum: 2147483647 },
                  },
                  required: ['model', 'prompt'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      type: 'object',
                      properties: {
                        image: {
                          type: 'string',
                          description: 'Single input image URL (optional, mutually exclusive with `images`).',
                          format: 'uri',
                        },
                      },
                      required: ['image'],
                    },
                    {
                      type: 'object',
                      properties: {
                        images: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          description: 'Input image array (optional; at least 1 image).',
                          minItems: 1,
                        },
                      },
                      required: ['images'],
                    },
                  ],
                },
              ],
              description: 'Wan2.6 image-to-image request body. Provide at least `image` or `images`.',
            },
          ],
        },
      ],
      required: ['model'],
      title: 'Create Wan2.6 image task',
    },
    {
      type: 'object',
      properties: { model: { enum: ['prunaai/p-image', 'prunaai/p-image-edit'] } },
      allOf: [
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                model: { enum: ['prunaai/p-image'], description: 'PrunaAI text-to-image model name.' },
                prompt: { type: 'string', description: 'Prompt (required).', minLength: 1 },
                size: {
                  type: 'string',
                  description:
                    'OpenAI-compatible size string. Supports common sizes and custom dimensions; custom dimensions can be used with `width` / `height`.',
                },
                aspect_ratio: {
                  enum: ['1:1', '16:9', '9:16', '3:2', '2:3', '3:4', '4:3', 'custom'],
                  description: 'Output image aspect ratio. Use `custom` with `width` / `height` for custom dimensions.',
                },
                width: {
                  type: 'integer',
                  description: 'Custom width, used only with `aspect_ratio=custom`; constrained to 256-1440.',
                  minimum: 256,
                  maximum: 1440,
                },
                height: {
                  type: 'integer',
                  description: 'Custom height, used only with `aspect_ratio=custom`; constrained to 256-1440.',
                  minimum: 256,
                  maximum: 1440,
                },
                seed: { type: 'integer', description: 'Random seed (optional).' },
                disable_safety_checker: {
                  type: 'boolean',
                  description: 'Whether to disable the safety checker (optional).',
                },
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['prunaai/p-image-edit'], description: 'PrunaAI image-edit model name.' },
                    prompt: { type: 'string', description: 'Prompt (required).' },
                    image: { type: 'string', description: 'Single input image URL.', format: 'uri' },
                    images: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      description: 'Input image URL array.',
                      minItems: 1,
                    },
                    extra_fields: imagesGenerationsCreateInputExtraFields,
                    aspect_ratio: {
                      enum: ['1:1', '16:9', '9:16', '3:2', '2:3', '3:4', '4:3'],
                      description: 'PrunaAI image-edit aspect ratio.',
                    },
                    turbo: { type: 'boolean', description: 'Whether to enable turbo mode (optional).' },
                    seed: { type: 'integer', description: 'Random seed (optional).' },
                    disable_safety_checker: {
                      type: 'boolean',
                      description: 'Whether to disable the safety checker (optional).',
                    },
                  },
                  required: ['model', 'prompt'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      type: 'object',
                      properties: { image: { type: 'string', description: 'Single input image URL.', format: 'uri' } },
                      required: ['image'],
                    },
                    {
                      type: 'object',
                      properties: {
                        images: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          description: 'Input image URL array.',
                          minItems: 1,
                        },
                      },
                      required: ['images'],
                    },
                    {
                      type: 'object',
                      properties: { extra_fields: imagesGenerationsCreateInputExtraFields },
                      required: ['extra_fields'],
                    },
                  ],
                },
              ],
            },
          ],
          description:
            'PrunaAI image generation request. The real request path is `POST /v1/images/generations`; exact `model` dispatches to the concrete `prunaai/p-image` or…',
        },
      ],
      required: ['model'],
      title: 'Create a PrunaAI image task',
    },
  ],
};

/** The arguments of `images_generations_retrieve`. */
const imagesGenerationsRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Submit the task ID returned by the creation interface.' } },
  required: ['task_id'],
};

/** The arguments of `videos_create`, `videos_create_and_wait`. */
const videosCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      type: 'string',
      enum: [
        'seedance-2.0',
        'seedance-2.0-fast',
        'seedance-2.0-cn',
        'seedance-2.0-fast-cn',
        'ima-pro',
        'ima-pro-fast',
        'wan2.6-t2v',
        'wan2.6-i2v',
        'wan2.6-i2v-flash',
        'wan2.6-r2v',
        'happyhorse-1.0-t2v',
        'happyhorse-1.0-i2v',
        'happyhorse-1.0-r2v',
        'happyhorse-1.0-video-edit',
        'kling-v3-video',
        'kling-v3-omni-video',
        'kling-v1',
        'kling-v1-6',
        'kling-v2-master',
        'kling-v2-1-master',
        'kling-v2-5-turbo',
        'kling-v2-6',
        'kling-video-o1',
        'viduq1',
        'viduq2',
        'viduq2-pro',
        'viduq2-turbo',
        'viduq3-pro',
        'viduq3-turbo',
        'pixverse-c1',
        'pixverse-v6',
        'veo-3.0-generate-001',
        'veo-3.1-fast-generate-001',
        'MiniMax-Hailuo-02',
        'MiniMax-Hailuo-2.3',
        'MiniMax-Hailuo-2.3-Fast',
      ],
      description: 'Selects the variant (see the list in the description)',
    },
  },
  required: ['model'],
  oneOf: [
    {
      type: 'object',
      properties: {
        model: {
          enum: [
            'seedance-2.0',
            'seedance-2.0-fast',
            'seedance-2.0-cn',
            'seedance-2.0-fast-cn',
            'ima-pro',
            'ima-pro-fast',
          ],
        },
        prompt: {
          type: 'string',
          description:
            'Main prompt word. Only the "Text" combination is required; the remaining 6 combinations are optional. Supports both Chinese and English; it is recommended…',
          minLength: 1,
        },
        images: {
          type: 'array',
          items: { type: 'string', format: 'uri' },
          description:
            'Image URL array (supports multiple images). **Important Tip**: Before uploading, please ensure that the URL is accessible when called; the 30-day expiration…',
        },
        input_reference: {
          type: 'string',
          description:
            'The URL of the hidden image (only takes effect when `images` is not passed). **Important note**: This link is for task submission, please confirm that it is…',
          format: 'uri',
        },
        duration: {
          type: 'integer',
          description:
            'Desired duration (seconds). Allowed range: `4-15` seconds (inclusive). Recommended values: `5`, `10`, `15`.',
          default: 5,
          minimum: 4,
          maximum: 15,
        },
        seconds: {
          type: 'string',
          description: 'Duration in string form (seconds), allowed range: `"4"` ~ `"15"`.',
          pattern: '^(?:[4-9]|1[0-5])$',
        },
        size: {
          type: 'string',
          description:
            'Dimensions (e.g. `1280x720`), used to derive scale and resolution. Constraint: `WxH` must be normalizable to the exact supported ratios (e.g. `16:9`, `9:16`,…',
        },
        metadata: {
          type: 'object',
          properties: {
            aspect_ratio: {
              enum: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'],
              description:
                'aspect ratio. Support: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `21:9`, `adaptive`. - `adaptive`: Automatically select the most appropriate aspect ratio based on…',
            },
            resolution: {
              enum: ['480p', '720p', '1080p'],
              description:
                'Resolution level (optional). **Divided by model:** - `ima-pro` / `seedance-2.0`: supports `480p`, `720p`, `1080p`; measured text-to-video 1080p requests can…',
            },
            audio: {
              anyOf: [{ type: 'boolean' }, { type: 'string' }],
              description:
                'Whether to generate audio. Suggestions for avoiding copyright risks: - If you are worried about background music copyright, set `audio=false` first (no…',
            },
            role_mode: {
              enum: ['reference', 'frame'],
              description:
                'Image role mode. - `reference` (default): unified mapping of images `reference_image` - `frame`: enable first/last-frame semantics (single image =…',
              default: 'reference',
            },
            reference_video_urls: {
              type: 'array',
              items: { type: 'string', format: 'uri' },
              description:
                '**Important: Array of reference video URLs (max 3). Please ensure that the input URL is accessible at the time of submission. ** Pass in a single reference…',
              minItems: 1,
              maxItems: 3,
            },
            reference_audio_urls: {
              type: 'array',
              items: { type: 'string', format: 'uri' },
              description:
                '**Important: Reference audio URL array (max 3). Please ensure that the input URL is accessible at the time of submission. ** Passing in a single reference…',
              minItems: 1,
              maxItems: 3,
            },
            mcp_list: {
              type: 'array',
              items: { type: 'object', properties: { tool_name: { type: 'string' } } },
              description: 'List of optional MCP tools.',
            },
          },
          description: 'Advanced parameters (optional).',
        },
        'x-moderation': {
          enum: ['enabled'],
          description:
            'Optional moderation passthrough header. Default is treated as `false`. The server forwards this header upstream only when `x-moderation: enabled` is sent to…',
        },
      },
      required: ['model'],
      title: 'Create Seedance video task',
    },
    {
      type: 'object',
      properties: { model: { enum: ['wan2.6-t2v', 'wan2.6-i2v', 'wan2.6-i2v-flash', 'wan2.6-r2v'] } },
      allOf: [
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                model: { enum: ['wan2.6-t2v'] },
                prompt: { type: 'string', description: 'Prompt (required).', minLength: 1, maxLength: 800 },
                duration: {
                  enum: [5, 10, 15],
                  description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                  default: 5,
                },
                seconds: {
                  anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                  description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                },
                size: {
                  enum: ['720P', '1080P'],
                  description: 'Output resolution. Supported values: `720P`, `1080P`.',
                  default: '1080P',
                },
                aspect_ratio: {
                  enum: ['16:9', '9:16', '4:3', '3:4', '1:1'],
                  description: 'Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.',
                  default: '16:9',
                },
                negative_prompt: { type: 'string', maxLength: 800 },
                prompt_extend: { type: 'boolean', default: false },
                seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                shot_type: { enum: ['single', 'multi'] },
                metadata: {
                  type: 'object',
                  properties: {
                    resolution: {
                      enum: ['720P', '1080P'],
                      description: 'Output resolution. Supported values: `720P`, `1080P`.',
                      default: '1080P',
                    },
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output resolution. Supported values: `720P`, `1080P`.',
                      default: '1080P',
                    },
                    duration: {
                      enum: [5, 10, 15],
                      description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                      default: 5,
                    },
                    seconds: {
                      anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                      description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                    },
                    aspect_ratio: {
                      enum: ['16:9', '9:16', '4:3', '3:4', '1:1'],
                      description: 'Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.',
                      default: '16:9',
                    },
                  },
                  additionalProperties: false,
                  description:
                    'Wan2.6 text-to-video metadata. Supports resolution, duration, and aspect ratio under `metadata`.',
                },
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
              description: 'Wan2.6 text-to-video request body.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['wan2.6-i2v'] },
                    prompt: { type: 'string', description: 'Prompt (optional).', maxLength: 800 },
                    image: {
                      type: 'string',
                      description: 'Single first-frame image URL (optional, mutually exclusive with `images`).',
                      format: 'uri',
                    },
                    images: videosCreateInputImages,
                    duration: {
                      enum: [5, 10, 15],
                      description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                      default: 5,
                    },
                    seconds: {
                      anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                      description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                    },
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output resolution. Supported values: `720P`, `1080P`.',
                      default: '1080P',
                    },
                    negative_prompt: { type: 'string', maxLength: 800 },
                    prompt_extend: { type: 'boolean', default: false },
                    seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                    shot_type: { enum: ['single', 'multi'] },
                    template: { type: 'string', maxLength: 100 },
                    metadata: {
                      type: 'object',
                      properties: {
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        duration: {
                          enum: [5, 10, 15],
                          description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                          default: 5,
                        },
                        seconds: {
                          anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                          description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                        },
                      },
                      additionalProperties: false,
                      description:
                        'Shared Wan2.6 image-to-video metadata. `resolution/size` and `duration/seconds` can also be repeated under `metadata`.',
                    },
                  },
                  required: ['model'],
                  additionalProperties: false,
                },
                videosCreateInputPart4,
              ],
              description: 'Wan2.6 image-to-video request body. At least one first-frame image source is required.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['wan2.6-i2v-flash'] },
                    prompt: { type: 'string', description: 'Prompt (optional).', maxLength: 800 },
                    image: {
                      type: 'string',
                      description: 'Single first-frame image URL (optional, mutually exclusive with `images`).',
                      format: 'uri',
                    },
                    images: videosCreateInputImages,
                    duration: {
                      enum: [5, 10, 15],
                      description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                      default: 5,
                    },
                    seconds: {
                      anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                      description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                    },
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output resolution. Supported values: `720P`, `1080P`.',
                      default: '1080P',
                    },
                    audio: { type: 'boolean', description: 'Whether to enable audio (optional).', default: false },
                    reference_video_urls: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      description: 'Reference video URL list (optional, up to 3 items).',
                      minItems: 1,
                      maxItems: 3,
                    },
                    negative_prompt: { type: 'string', maxLength: 800 },
                    prompt_extend: { type: 'boolean', default: false },
                    seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                    shot_type: { enum: ['single', 'multi'] },
                    template: { type: 'string', maxLength: 100 },
                    metadata: {
                      type: 'object',
                      properties: {
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        duration: {
                          enum: [5, 10, 15],
                          description: 'Video duration in seconds. Supported values: `5`, `10`, `15`.',
                          default: 5,
                        },
                        seconds: {
                          anyOf: [{ enum: [5, 10, 15] }, { enum: ['5', '10', '15'] }],
                          description: 'Video duration as a string or integer. Supported values: `5`, `10`, `15`.',
                        },
                        audio: { type: 'boolean' },
                        reference_video_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          minItems: 1,
                          maxItems: 3,
                        },
                      },
                      additionalProperties: false,
                      description:
                        'Wan2.6 fast image-to-video metadata. Supports resolution, duration, audio toggle, and reference videos under `metadata`.',
                    },
                  },
                  required: ['model'],
                  additionalProperties: false,
                },
                videosCreateInputPart4,
              ],
              description: 'Wan2.6 fast image-to-video request body. Supports audio toggle and reference videos.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['wan2.6-r2v'] },
                    prompt: { type: 'string', description: 'Prompt (optional).', maxLength: 800 },
                    image: {
                      type: 'string',
                      description:
                        'Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).',
                      format: 'uri',
                    },
                    images: videosCreateInputImages4,
                    reference_video_urls: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      minItems: 1,
                      maxItems: 3,
                    },
                    video_url: { type: 'string', format: 'uri' },
                    duration: {
                      enum: [5, 10],
                      description: 'Video duration in seconds. Supported values: `5`, `10`.',
                      default: 5,
                    },
                    seconds: {
                      anyOf: [{ enum: [5, 10] }, { enum: ['5', '10'] }],
                      description: 'Video duration as a string or integer. Supported values: `5`, `10`.',
                    },
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output resolution. Supported values: `720P`, `1080P`.',
                      default: '1080P',
                    },
                    aspect_ratio: {
                      enum: ['16:9', '9:16', '4:3', '3:4', '1:1'],
                      description: 'Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.',
                      default: '16:9',
                    },
                    negative_prompt: { type: 'string', maxLength: 800 },
                    prompt_extend: { type: 'boolean', default: false },
                    seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                    shot_type: { enum: ['single', 'multi'] },
                    metadata: {
                      type: 'object',
                      properties: {
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output resolution. Supported values: `720P`, `1080P`.',
                          default: '1080P',
                        },
                        duration: {
                          enum: [5, 10],
                          description: 'Video duration in seconds. Supported values: `5`, `10`.',
                          default: 5,
                        },
                        seconds: {
                          anyOf: [{ enum: [5, 10] }, { enum: ['5', '10'] }],
                          description: 'Video duration as a string or integer. Supported values: `5`, `10`.',
                        },
                        aspect_ratio: {
                          enum: ['16:9', '9:16', '4:3', '3:4', '1:1'],
                          description: 'Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.',
                          default: '16:9',
                        },
                        reference_video_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          minItems: 1,
                          maxItems: 3,
                        },
                        video_url: { type: 'string', format: 'uri' },
                      },
                      additionalProperties: false,
                      description:
                        'Wan2.6 reference-to-video metadata. Supports resolution, duration, aspect ratio, and reference videos under `metadata`.',
                    },
                  },
                  required: ['model'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      type: 'object',
                      properties: {
                        image: {
                          type: 'string',
                          description:
                            'Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).',
                          format: 'uri',
                        },
                      },
                      required: ['image'],
                    },
                    { type: 'object', properties: { images: videosCreateInputImages4 }, required: ['images'] },
                    {
                      type: 'object',
                      properties: {
                        reference_video_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          minItems: 1,
                          maxItems: 3,
                        },
                      },
                      required: ['reference_video_urls'],
                    },
                    {
                      type: 'object',
                      properties: { video_url: { type: 'string', format: 'uri' } },
                      required: ['video_url'],
                    },
                  ],
                },
              ],
              description: 'Wan2.6 reference-to-video request body. Supports reference image or reference video input.',
            },
          ],
          description: 'Wan2.6 video creation request. Dispatches to the concrete video request schema by `model`.',
        },
      ],
      required: ['model'],
      title: 'Create Wan2.6 video task',
    },
    {
      type: 'object',
      properties: {
        model: {
          enum: ['happyhorse-1.0-t2v', 'happyhorse-1.0-i2v', 'happyhorse-1.0-r2v', 'happyhorse-1.0-video-edit'],
        },
      },
      allOf: [
        {
          anyOf: [
            {
              type: 'object',
              properties: {
                model: { enum: ['happyhorse-1.0-t2v'] },
                prompt: { type: 'string', description: 'Text prompt.', minLength: 1, maxLength: 800 },
                duration: {
                  enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                  description: 'Output video duration in seconds.',
                  default: 5,
                },
                seconds: videosCreateInputSeconds,
                size: {
                  enum: ['720P', '1080P'],
                  description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                  default: '1080P',
                },
                aspect_ratio: videosCreateInputAspectRatio,
                seed: { type: 'integer', description: 'Random seed.', minimum: 0, maximum: 2147483647 },
                metadata: {
                  type: 'object',
                  properties: {
                    duration: {
                      enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                      description: 'Output video duration in seconds.',
                      default: 5,
                    },
                    seconds: videosCreateInputSeconds,
                    resolution: {
                      enum: ['720P', '1080P'],
                      description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                      default: '1080P',
                    },
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                      default: '1080P',
                    },
                    aspect_ratio: videosCreateInputAspectRatio,
                    seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                  },
                  additionalProperties: false,
                  description: 'Compatibility object. New clients should prefer top-level fields.',
                },
              },
              required: ['model', 'prompt'],
              additionalProperties: false,
              description:
                'HappyHorse 1.0 text-to-video request. Only `happyhorse-1.0-t2v` is supported. Image or reference video inputs are not accepted.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['happyhorse-1.0-i2v'] },
                    prompt: { type: 'string', description: 'Text prompt (optional).', minLength: 1, maxLength: 800 },
                    image: {
                      type: 'string',
                      description: 'Single image input used as the first frame.',
                      format: 'uri',
                    },
                    images: videosCreateInputImages2,
                    first_frame_url: videosCreateInputFirstFrameUrl,
                    media: videosCreateInputMedia3,
                    duration: {
                      enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                      description: 'Output video duration in seconds.',
                      default: 5,
                    },
                    seconds: videosCreateInputSeconds,
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                      default: '1080P',
                    },
                    seed: { type: 'integer', description: 'Random seed.', minimum: 0, maximum: 2147483647 },
                    metadata: {
                      type: 'object',
                      properties: {
                        duration: {
                          enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                          description: 'Output video duration in seconds.',
                          default: 5,
                        },
                        seconds: videosCreateInputSeconds,
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                        first_frame_url: { type: 'string', format: 'uri' },
                        media: videosCreateInputMedia6,
                      },
                      additionalProperties: false,
                      description:
                        'HappyHorse image-to-video compatibility object. New clients should prefer top-level fields.',
                    },
                  },
                  required: ['model'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      type: 'object',
                      properties: {
                        image: {
                          type: 'string',
                          description: 'Single image input used as the first frame.',
                          format: 'uri',
                        },
                      },
                      required: ['image'],
                    },
                    { type: 'object', properties: { images: videosCreateInputImages2 }, required: ['images'] },
                    {
                      type: 'object',
                      properties: { first_frame_url: videosCreateInputFirstFrameUrl },
                      required: ['first_frame_url'],
                    },
                    { type: 'object', properties: { media: videosCreateInputMedia3 }, required: ['media'] },
                    {
                      type: 'object',
                      properties: {
                        metadata: {
                          type: 'object',
                          properties: { first_frame_url: { type: 'string', format: 'uri' } },
                          required: ['first_frame_url'],
                        },
                      },
                      required: ['metadata'],
                    },
                    {
                      type: 'object',
                      properties: {
                        metadata: {
                          type: 'object',
                          properties: { media: videosCreateInputMedia6 },
                          required: ['media'],
                        },
                      },
                      required: ['metadata'],
                    },
                  ],
                },
              ],
              description:
                'HappyHorse 1.0 image-to-video request. Only `happyhorse-1.0-i2v` is supported and exactly one first-frame image source is required.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['happyhorse-1.0-r2v'] },
                    prompt: { type: 'string', description: 'Text prompt.', minLength: 1, maxLength: 2500 },
                    image: {
                      type: 'string',
                      description: 'Single image input used as a reference image.',
                      format: 'uri',
                    },
                    images: videosCreateInputImages3,
                    reference_image_urls: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      description: 'Official reference image URL array. Provide 1 to 9 images.',
                      minItems: 1,
                      maxItems: 9,
                    },
                    media: videosCreateInputMedia2,
                    duration: {
                      enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                      description: 'Output video duration in seconds.',
                      default: 5,
                    },
                    seconds: videosCreateInputSeconds,
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                      default: '1080P',
                    },
                    aspect_ratio: videosCreateInputAspectRatio,
                    seed: { type: 'integer', description: 'Random seed.', minimum: 0, maximum: 2147483647 },
                    metadata: {
                      type: 'object',
                      properties: {
                        duration: {
                          enum: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
                          description: 'Output video duration in seconds.',
                          default: 5,
                        },
                        seconds: videosCreateInputSeconds,
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        aspect_ratio: videosCreateInputAspectRatio,
                        seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                        reference_image_url: { type: 'string', format: 'uri' },
                        reference_image_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          minItems: 1,
                          maxItems: 9,
                        },
                        media: videosCreateInputMedia5,
                      },
                      additionalProperties: false,
                      description:
                        'HappyHorse reference-image-to-video compatibility object. New clients should prefer top-level fields.',
                    },
                  },
                  required: ['model', 'prompt'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      type: 'object',
                      properties: {
                        image: {
                          type: 'string',
                          description: 'Single image input used as a reference image.',
                          format: 'uri',
                        },
                      },
                      required: ['image'],
                    },
                    { type: 'object', properties: { images: videosCreateInputImages3 }, required: ['images'] },
                    {
                      type: 'object',
                      properties: {
                        reference_image_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          description: 'Official reference image URL array. Provide 1 to 9 images.',
                          minItems: 1,
                          maxItems: 9,
                        },
                      },
                      required: ['reference_image_urls'],
                    },
                    { type: 'object', properties: { media: videosCreateInputMedia2 }, required: ['media'] },
                    {
                      type: 'object',
                      properties: {
                        metadata: {
                          type: 'object',
                          properties: {
                            reference_image_urls: {
                              type: 'array',
                              items: { type: 'string', format: 'uri' },
                              minItems: 1,
                              maxItems: 9,
                            },
                          },
                          required: ['reference_image_urls'],
                        },
                      },
                      required: ['metadata'],
                    },
                    {
                      type: 'object',
                      properties: {
                        metadata: {
                          type: 'object',
                          properties: { media: videosCreateInputMedia5 },
                          required: ['media'],
                        },
                      },
                      required: ['metadata'],
                    },
                  ],
                },
              ],
              description:
                'HappyHorse 1.0 reference-image-to-video request. Only `happyhorse-1.0-r2v` is supported and 1 to 9 reference images are required.',
            },
            {
              allOf: [
                {
                  type: 'object',
                  properties: {
                    model: { enum: ['happyhorse-1.0-video-edit'] },
                    prompt: { type: 'string', description: 'Text prompt (required).', minLength: 1, maxLength: 2500 },
                    video_url: { type: 'string', description: 'Source video URL.', format: 'uri' },
                    reference_image_urls: {
                      type: 'array',
                      items: { type: 'string', format: 'uri' },
                      description: 'Optional reference image URLs. At most 5 images are allowed.',
                      minItems: 1,
                      maxItems: 5,
                    },
                    media: videosCreateInputMedia,
                    size: {
                      enum: ['720P', '1080P'],
                      description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                      default: '1080P',
                    },
                    audio_setting: {
                      enum: ['auto', 'origin'],
                      description: 'Audio handling mode for video edit.',
                      default: 'auto',
                    },
                    seed: { type: 'integer', description: 'Random seed.', minimum: 0, maximum: 2147483647 },
                    metadata: {
                      type: 'object',
                      properties: {
                        resolution: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        size: {
                          enum: ['720P', '1080P'],
                          description: 'Output video resolution. The exact SKU uses the normalized 720p/1080p value.',
                          default: '1080P',
                        },
                        audio_setting: {
                          enum: ['auto', 'origin'],
                          description: 'Audio handling mode for video edit.',
                          default: 'auto',
                        },
                        seed: { type: 'integer', minimum: 0, maximum: 2147483647 },
                        video_url: { type: 'string', format: 'uri' },
                        reference_image_url: { type: 'string', format: 'uri' },
                        reference_image_urls: {
                          type: 'array',
                          items: { type: 'string', format: 'uri' },
                          minItems: 1,
                          maxItems: 5,
                        },
                        media: videosCreateInputMedia4,
                      },
                      additionalProperties: false,
                      description:
                        'HappyHorse video-edit compatibility object. New clients should prefer top-level fields.',
                    },
                  },
                  required: ['model', 'prompt'],
                  additionalProperties: false,
                },
                {
                  anyOf: [
                    {
                      allOf: [
                        {
                          type: 'object',
                          properties: {
                            video_url: { type: 'string', description: 'Source video URL.', format: 'uri' },
                            media: { not: {} },
                            metadata: { type: 'object', properties: { video_url: { not: {} }, media: { not: {} } } },
                          },
                          required: ['video_url'],
                        },
                      ],
                    },
                    {
                      allOf: [
                        {
                          type: 'object',
                          properties: {
                            media: videosCreateInputMedia,
                            video_url: { not: {} },
                            metadata: { type: 'object', properties: { video_url: { not: {} }, media: { not: {} } } },
                          },
                          required: ['media'],
                        },
                      ],
                    },
                    {
                      allOf: [
                        {
                          type: 'object',
                          properties: {
                            metadata: {
                              type: 'object',
                              properties: { video_url: { type: 'string', format: 'uri' }, media: { not: {} } },
                              required: ['video_url'],
                            },
                            video_url: { not: {} },
                            media: { not: {} },
                          },
                          required: ['metadata'],
                        },
                      ],
                    },
                    {
                      allOf: [
                        {
                          type: 'object',
                          properties: {
                            metadata: {
                              type: 'object',
                              properties: { media: videosCreateInputMedia4, video_url: { not: {} } },
                              required: ['media'],
                            },
                            video_url: { not: {} },
                            media: { not: {} },
                          },
                          required: ['metadata'],
                        },
                      ],
                    },
                  ],
                },
              ],
              description:
                'HappyHorse 1.0 video-edit request. Only `happyhorse-1.0-video-edit` is supported. Provide a text prompt, one source video, and optional reference images;…',
            },
          ],
          description:
            'HappyHorse 1.0 video request. The `model` field selects text-to-video, image-to-video, or reference-image-to-video.',
        },
      ],
      required: ['model'],
      title: 'Create HappyHorse video task',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['kling-v3-video'] },
        prompt: {
          type: 'string',
          description: 'Text prompt. Required for text-to-video and recommended for image inputs.',
          minLength: 1,
        },
        image: {
          type: 'string',
          description: 'Single URL image input used for image-to-video or first-frame generation.',
          format: 'uri',
        },
        images: {
          type: 'array',
          items: { type: 'string', format: 'uri' },
          description:
            'URL image input array. Two images select first-last-frame mode unless a category is explicitly provided.',
          minItems: 1,
        },
        first_frame_url: { type: 'string', description: 'First-frame image URL.', format: 'uri' },
        last_frame_url: { type: 'string', description: 'Last-frame image URL.', format: 'uri' },
        element_list: {
          type: 'array',
          items: {
            type: 'object',
            properties: { element_id: { type: 'integer', description: 'Subject ID.', minimum: 1 } },
            required: ['element_id'],
            additionalProperties: false,
          },
          description:
            'Official subject reference list. Each item only supports `element_id`; media URL elements are not supported for this Kling v3 schema.',
          minItems: 1,
        },
        camera_control: { type: 'object', description: '`kling-v3-video` camera-control object.' },
        duration: videosCreateInputDuration,
        seconds: videosCreateInputSeconds,
        aspect_ratio: {
          enum: ['16:9', '9:16', '1:1'],
          description: 'Supported output aspect ratios: `16:9`, `9:16`, `1:1`.',
          default: '16:9',
        },
        mode: {
          enum: ['std', 'pro'],
          description: 'Quality mode for `kling-v3-video` and `kling-v3-omni-video`.',
          default: 'std',
        },
        sound: {
          enum: ['on', 'off'],
          description:
            'Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame categories support `on/off`, while subject reference-image mode only…',
          default: 'off',
        },
        negative_prompt: { type: 'string', description: 'Negative prompt.' },
        multi_prompt: videosCreateInputMultiPrompt2,
        multi_shot: { type: 'boolean', description: 'Whether to enable multi-shot generation.' },
        shot_type: { type: 'string', description: 'Multi-shot mode type.' },
        static_mask: { type: 'string', description: 'Static mask object.' },
        voice_list: { type: 'array', items: { type: 'object' }, description: 'Voice list.' },
        metadata: {
          type: 'object',
          properties: {
            aigc_category: {
              enum: ['text_to_video', 'image_to_video', 'first_last_frame_to_video', 'reference_image_to_video'],
            },
            duration: videosCreateInputDuration,
            seconds: videosCreateInputSeconds,
            aspect_ratio: {
              enum: ['16:9', '9:16', '1:1'],
              description: 'Supported output aspect ratios: `16:9`, `9:16`, `1:1`.',
              default: '16:9',
            },
            mode: {
              enum: ['std', 'pro'],
              description: 'Quality mode for `kling-v3-video` and `kling-v3-omni-video`.',
              default: 'std',
            },
            sound: videosCreateInputSound,
            first_frame_url: { type: 'string', format: 'uri' },
            last_frame_url: { type: 'string', format: 'uri' },
            negative_prompt: { type: 'string' },
            multi_prompt: videosCreateInputMultiPrompt,
            multi_shot: { type: 'boolean' },
            shot_type: { enum: ['customize', 'intelligence'] },
            static_mask: { type: 'string' },
            voice_list: { type: 'array', items: { type: 'object' } },
            element_list: videosCreateInputElementList,
          },
          additionalProperties: false,
          description:
            'Kling v3 Video compatibility object. New clients should prefer top-level fields. `element_list` only supports `{ element_id }` items.',
        },
      },
      required: ['model'],
      title: 'Create Kling v3 Video task',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['kling-v3-omni-video'] },
        prompt: { type: 'string', description: 'Text prompt.', minLength: 1 },
        image: {
          type: 'string',
          description: 'Single image input used as first frame or reference image.',
          format: 'uri',
        },
        images: {
          type: 'array',
          items: { type: 'string', format: 'uri' },
          description: 'Image input array.',
          minItems: 1,
        },
        video_url: {
          type: 'string',
          description: 'Video input URL. This input form supports only `3~10s` and cannot be combined with `sound=on`.',
          format: 'uri',
        },
        video_list: {
          type: 'array',
          items: videosCreateInputVideoList,
          description:
            'Video input list. Items may be URL strings or objects with `video_url`; optional `refer_type` is `feature` or `base`, and `keep_original_sound` is `yes` or…',
          minItems: 1,
        },
        image_list: {
          type: 'array',
          items: videosCreateInputImageList,
          description:
            'Official image input list. For Omni Video use `image_url`; optional `type` only supports `first_frame` and `end_frame`.',
          minItems: 1,
        },
        element_list: {
          type: 'array',
          items: {
            type: 'object',
            properties: { element_id: { type: 'integer', description: 'Subject ID.', minimum: 1 } },
            required: ['element_id'],
            additionalProperties: false,
          },
          description:
            'Official subject reference list. Each item only supports `element_id`; media URLs must use `image_list` or `video_list`.',
          minItems: 1,
        },
        first_frame_url: { type: 'string', description: 'First-frame image URL.', format: 'uri' },
        last_frame_url: { type: 'string', description: 'Last-frame image URL.', format: 'uri' },
        reference_image_url: { type: 'string', description: 'Single reference image URL.', format: 'uri' },
        reference_image_urls: {
          type: 'array',
          items: { type: 'string', format: 'uri' },
          description: 'Reference image URL array.',
          minItems: 1,
        },
        duration: videosCreateInputDuration,
        seconds: videosCreateInputSeconds,
        aspect_ratio: {
          enum: ['16:9', '9:16', '1:1'],
          description: 'Supported output aspect ratios: `16:9`, `9:16`, `1:1`.',
          default: '16:9',
        },
        mode: {
          enum: ['std', 'pro'],
          description: 'Quality mode for `kling-v3-video` and `kling-v3-omni-video`.',
          default: 'std',
        },
        sound: {
          enum: ['on', 'off'],
          description:
            'Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame/reference-image categories support `on/off`, while `video_url` /…',
          default: 'off',
        },
        multi_prompt: videosCreateInputMultiPrompt2,
        multi_shot: { type: 'boolean', description: 'Whether to enable multi-shot generation.' },
        shot_type: { type: 'string', description: 'Multi-shot mode type.' },
        metadata: {
          type: 'object',
          properties: {
            aigc_category: {
              enum: ['text_to_video', 'image_to_video', 'first_last_frame_to_video', 'reference_image_to_video'],
            },
            duration: videosCreateInputDuration,
            seconds: videosCreateInputSeconds,
            aspect_ratio: {
              enum: ['16:9', '9:16', '1:1'],
              description: 'Supported output aspect ratios: `16:9`, `9:16`, `1:1`.',
              default: '16:9',
            },
            mode: {
              enum: ['std', 'pro'],
              description: 'Quality mode for `kling-v3-video` and `kling-v3-omni-video`.',
              default: 'std',
            },
            sound: videosCreateInputSound,
            video_url: { type: 'string', format: 'uri' },
            video_list: { type: 'array', items: videosCreateInputVideoList, minItems: 1 },
            image_list: { type: 'array', items: videosCreateInputImageList, minItems: 1 },
            element_list: videosCreateInputElementList,
            first_frame_url: { type: 'string', format: 'uri' },
            last_frame_url: { type: 'string', format: 'uri' },
            reference_image_url: { type: 'string', format: 'uri' },
            reference_image_urls: { type: 'array', items: { type: 'string', format: 'uri' }, minItems: 1 },
            multi_prompt: videosCreateInputMultiPrompt,
            multi_shot: { type: 'boolean' },
            shot_type: { enum: ['customize'] },
          },
          additionalProperties: false,
          description:
            'Kling v3 Omni Video compatibility object. New clients should prefer top-level fields. `image_list.type` only supports `first_frame` and `end_frame`;…',
        },
      },
      required: ['model'],
      title: 'Create Kling v3 Omni Video task',
    },
    {
      type: 'object',
      properties: {
        model: {
          enum: [
            'kling-v1',
            'kling-v1-6',
            'kling-v2-master',
            'kling-v2-1-master',
            'kling-v2-5-turbo',
            'kling-v2-6',
            'kling-video-o1',
          ],
        },
        prompt: { type: 'string', description: 'Video description prompt words. Required when submitting a video.' },
        negative_prompt: { type: 'string', description: 'Reverse prompt word (optional) describing unwanted content.' },
        image: videosCreateInputImage,
        image_tail: videosCreateInputImageTail,
        mode: videosCreateInputMode,
        duration: {
          enum: [5, 10],
          description: 'Video duration (seconds), supports 5 or 10, default is 5.',
          default: 5,
        },
        aspect_ratio: { enum: ['1:1', '16:9', '9:16'], description: 'Aspect ratio, default `1:1`.', default: '1:1' },
        cfg_scale: videosCreateInputCfgScale,
        camera_control: videosCreateInputCameraControl,
      },
      required: ['model'],
      title: 'Submit Kling video task (OpenAI compatible endpoint)',
    },
    {
      type: 'object',
      properties: videosCreateInputPart,
      required: ['model'],
      title: 'Submit Vidu video task (OpenAI compatible endpoint)',
    },
    {
      type: 'object',
      properties: videosCreateInputPart2,
      required: ['model', 'prompt'],
      title: 'Create Pixverse video task (OpenAI compatible endpoint)',
    },
    {
      type: 'object',
      properties: {
        model: { enum: ['veo-3.0-generate-001', 'veo-3.1-fast-generate-001'] },
        prompt: { type: 'string', description: 'Video prompt (required).', minLength: 1 },
        image: { type: 'string', description: 'Optional first-frame image URL.' },
        images: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Image URL array. For `veo-3.1-fast-generate-001`, use this field for 1 to 3 reference images. Two images default to reference-image video unless…',
          minItems: 1,
          maxItems: 3,
        },
        duration: { enum: [4, 8], description: 'Video duration in seconds. Only 4 or 8 is supported.' },
        seconds: {
          enum: ['4', '8'],
          description: 'String alias for video duration. Only `"4"` or `"8"` is supported.',
        },
        durationSeconds: { enum: [4, 8], description: 'Video duration field. Only 4 or 8 is supported.' },
        resolution: {
          enum: ['720p', '1080p', '4k'],
          description: 'Output resolution. Veo 3.0 supports 720p/1080p; Veo 3.1 Fast also supports 4k.',
        },
        aspect_ratio: { enum: ['16:9', '9:16'], description: 'Output aspect ratio.' },
        aspectRatio: { enum: ['16:9', '9:16'], description: 'Output aspect ratio field.' },
        size: { type: 'string', description: 'Optional size string that may derive resolution or aspect ratio.' },
        metadata: {
          type: 'object',
          properties: {
            durationSeconds: { enum: [4, 8], description: 'Video duration field. Only 4 or 8 is supported.' },
            resolution: { enum: ['720p', '1080p', '4k'], description: 'Output resolution.' },
            aspectRatio: { enum: ['16:9', '9:16'], description: 'Output aspect ratio.' },
            aspect_ratio: { enum: ['16:9', '9:16'], description: 'Output aspect ratio alias.' },
            negativePrompt: { type: 'string', description: 'Negative prompt.' },
            personGeneration: {
              enum: ['allow_all', 'allow_adult', 'dont_allow'],
              description: 'Person generation policy. Allowed values: `allow_all`, `allow_adult`, `dont_allow`.',
            },
            storageUri: { type: 'string', description: 'Storage URI.' },
            compressionQuality: {
              enum: ['optimized', 'lossless'],
              description: 'Compression quality. Allowed values: `optimized`, `lossless`.',
            },
            resizeMode: { type: 'string', description: 'Resize mode.' },
            seed: { type: 'integer', description: 'Random seed.' },
            role_mode: {
              enum: ['reference', 'frame'],
              description:
                'Veo 3.1 image role mode. `reference` keeps `images` as reference images; `frame` treats two images as first and last frames.',
            },
          },
          additionalProperties: false,
          description: 'Veo advanced parameters.',
        },
      },
      required: ['model', 'prompt'],
      title: 'Create Veo video task (OpenAI compatible endpoint)',
    },
    {
      type: 'object',
      properties: { model: { enum: ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'] } },
      allOf: [
        {
          anyOf: [
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: { model: { const: 'MiniMax-Hailuo-02' }, size: { enum: ['512p', '768p'] } },
                  required: ['model', 'size'],
                },
              ],
            },
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-02' },
                    size: { const: '1080p' },
                    duration: { enum: [6] },
                  },
                  required: ['model'],
                },
              ],
            },
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: { model: { const: 'MiniMax-Hailuo-2.3' }, size: { const: '768p' } },
                  required: ['model', 'size'],
                },
              ],
            },
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3' },
                    size: { const: '1080p' },
                    duration: { enum: [6] },
                  },
                  required: ['model'],
                },
              ],
            },
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3-Fast' },
                    size: { const: '768p' },
                    metadata: videosCreateInputMetadata,
                  },
                  required: ['model', 'size', 'metadata'],
                },
              ],
            },
            {
              allOf: [
                videosCreateInputPart3,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3-Fast' },
                    size: { const: '1080p' },
                    metadata: videosCreateInputMetadata,
                    duration: { enum: [6] },
                  },
                  required: ['model', 'metadata'],
                },
              ],
            },
          ],
          description: 'MiniMax Hailuo video (OpenAI Videos)',
        },
      ],
      required: ['model'],
      title: 'Submit MiniMax video task (OpenAI compatible endpoint)',
    },
  ],
};

/** The arguments of `videos_retrieve`. */
const videosRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Task ID' } },
  required: ['task_id'],
};

/** The arguments of `videos_subtitle_erase_create`, `videos_subtitle_erase_create_and_wait`. */
const videosSubtitleEraseCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [{ enum: ['doubao-video-subtitle-erase-cn'] }, { type: 'string' }],
      description:
        'Model name. `doubao-video-subtitle-erase-cn` is the domestic model, and `doubao-video-subtitle-erase` is the overseas model.',
    },
    video_url: {
      type: 'string',
      description: 'The video URL to be processed. The protocol must be `http` or `https`.',
      format: 'uri',
    },
  },
  required: ['model', 'video_url'],
};

/** The arguments of `videos_subtitle_erase_retrieve`. */
const videosSubtitleEraseRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: '`task_id` returned when creating a subtitle erase task' } },
  required: ['task_id'],
};

/** The arguments of `contents_generations_tasks_create`, `contents_generations_tasks_create_and_wait`. */
const contentsGenerationsTasksCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [
        { enum: ['seedance-2.0', 'seedance-2.0-fast', 'seedance-2.0-cn', 'seedance-2.0-fast-cn'] },
        { type: 'string' },
      ],
      description:
        'Target model. Only `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, and `seedance-2.0-fast-cn` are supported.',
    },
    content: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: {
            enum: ['text', 'image_url', 'video_url', 'audio_url'],
            description:
              'Input type. `text` is a prompt, `image_url` is an image URL, `video_url` is a reference video URL, and `audio_url` is a reference audio URL.',
          },
          text: {
            type: 'string',
            description: 'Text prompt. Provide only when `type=text`; keep it under about 1000 words.',
            minLength: 1,
          },
          image_url: contentsGenerationsTasksCreateInputImageUrl,
          video_url: contentsGenerationsTasksCreateInputImageUrl,
          audio_url: contentsGenerationsTasksCreateInputImageUrl,
          role: {
            enum: ['first_frame', 'last_frame', 'reference_image', 'reference_video', 'reference_audio'],
            description:
              'Media role. Images support `first_frame`, `last_frame`, or `reference_image`; video must use `reference_video`; audio must use `reference_audio`.…',
          },
        },
        required: ['type'],
        additionalProperties: false,
        description:
          'One contents input item. `type` determines which one of `text`, `image_url`, `video_url`, or `audio_url` should be provided.',
      },
      description:
        'Input content array. Supports `text`, `image_url`, `video_url`, and `audio_url`. Text-to-video, first-frame, first/last-frame, and multimodal reference modes…',
      minItems: 1,
    },
    return_last_frame: {
      type: 'boolean',
      description:
        "Whether to return the generated video's last PNG frame after success. Useful for chained generation.",
      default: false,
    },
    generate_audio: {
      type: 'boolean',
      description:
        'Whether to generate synchronized audio. `true` creates an audio video; `false` creates a silent video. Do not send `reference_audio` when…',
      default: true,
    },
    resolution: {
      enum: ['480p', '720p', '1080p'],
      description: 'Output resolution. Allowed values: `480p`, `720p`, `1080p`; Fast models do not support `1080p`.',
    },
    ratio: {
      enum: ['16:9', '4:3', '1:1', '3:4', '9:16', '21:9', 'adaptive'],
      description: 'Output aspect ratio. `adaptive` lets the model choose the best ratio based on input.',
    },
    duration: {
      type: 'integer',
      description: 'Output duration in seconds. Send an integer from `4` to `15` inclusive.',
      default: 5,
      minimum: 4,
      maximum: 15,
    },
    seed: {
      type: 'integer',
      description:
        'Random seed. `-1` or omission means random; the same seed only makes results similar, not identical.',
      default: -1,
      format: 'int64',
      minimum: -1,
      maximum: 4294967295,
    },
  },
  required: ['model', 'content'],
};

/** The arguments of `assets_create`. */
const assetsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    group_id: { type: 'string', description: 'Group ID (available with `/v1/assets/group/list`).' },
    url: {
      type: 'string',
      description:
        'Publicly accessible asset URL. Please confirm that it is accessible before calling, and it is recommended to persist the original material by yourself; the…',
      format: 'uri',
    },
    name: { type: 'string', description: 'Material name (optional).', maxLength: 64 },
    asset_type: {
      enum: ['Image', 'Video', 'Audio'],
      description:
        'Material type, default is `Image`. When `asset_type=Audio`, the audio duration must be between `1.8s` and `15.2s` (closed interval), otherwise…',
      default: 'Image',
    },
    project_name: {
      type: 'string',
      description: 'Project namespace. Defaults to `default` when not passed.',
      default: 'default',
    },
    billing_token_id: {
      type: 'integer',
      description:
        'Optional, specify the token id used for deduction for this upload. When not passed: By default, the token corresponding to SK in the current request header…',
    },
    model: {
      anyOf: [
        { enum: ['ima-pro-upload', 'ima-pro-upload-cn', 'seedance-upload', 'seedance-upload-cn'] },
        { type: 'string' },
      ],
      description:
        'Optional, asset model name. This model price will be used first when billing; if not uploaded, it will default to `ima-pro-upload`. **Serious reminder**: When…',
    },
  },
  required: ['group_id', 'url'],
};

/** The arguments of `assets_list`. */
const assetsListInput: JsonSchema = {
  type: 'object',
  properties: {
    filters: {
      type: 'object',
      properties: {
        group_ids: { type: 'array', items: { type: 'string' } },
        group_type: { type: 'string', description: 'Group type filter, usually `AIGC`.', default: 'AIGC' },
        statuses: { type: 'array', items: { enum: ['Active', 'Failed', 'Processing'] } },
        name: { type: 'string' },
      },
    },
    page_number: { type: 'integer', default: 1, minimum: 1 },
    page_size: { type: 'integer', default: 20, minimum: 1, maximum: 100 },
    sort_by: { enum: ['CreateTime', 'UpdateTime', 'GroupId'], description: 'Sorting field (strictly case sensitive).' },
    model: assetsListInputModel,
    sort_order: { enum: ['Asc', 'Desc'], description: 'Sort direction (strictly case sensitive).' },
    project_name: {
      type: 'string',
      description: 'Project namespace. Defaults to `default` when not passed.',
      default: 'default',
    },
  },
};

/** The arguments of `assets_get`, `assets_group_get`. */
const assetsGetInput: JsonSchema = { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] };

/** The arguments of `assets_update`. */
const assetsUpdateInput: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' } },
  required: ['id', 'name'],
};

/** The arguments of `assets_group_create`. */
const assetsGroupCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    name: { type: 'string', description: 'Group name (user-side display name).', maxLength: 64 },
    description: { type: 'string', description: 'Group description (optional).', maxLength: 300 },
    group_type: { type: 'string', description: 'Grouping type. Currently `AIGC` is used by default.', default: 'AIGC' },
    project_name: {
      type: 'string',
      description: 'Project namespace. Defaults to `default` when not passed.',
      default: 'default',
    },
    model: assetsListInputModel,
  },
  required: ['name'],
};

/** The arguments of `assets_group_list`. */
const assetsGroupListInput: JsonSchema = {
  type: 'object',
  properties: {
    filters: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        group_ids: { type: 'array', items: { type: 'string' } },
        group_type: { type: 'string', description: 'Group type filter, usually `AIGC`.', default: 'AIGC' },
      },
    },
    page_number: { type: 'integer', description: 'Page number (starting from 1).', default: 1, minimum: 1 },
    page_size: { type: 'integer', description: 'Number per page (1-100).', default: 20, minimum: 1, maximum: 100 },
    sort_by: { enum: ['CreateTime', 'UpdateTime'], description: 'Sorting field (strictly case sensitive).' },
    sort_order: { enum: ['Asc', 'Desc'], description: 'Sort direction (strictly case sensitive).' },
    project_name: {
      type: 'string',
      description: 'Project namespace. Untransmitted items will be handled as default items.',
      default: 'default',
    },
    model: assetsListInputModel,
  },
};

/** The arguments of `assets_group_update`. */
const assetsGroupUpdateInput: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, description: { type: 'string' } },
  required: ['id'],
};

/** The arguments of `mj_submit_imagine_create`, `mj_submit_imagine_create_and_wait`. */
const mjSubmitImagineCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [{ enum: ['mj_imagine', 'mj_blend'] }, { type: 'string' }],
      description: 'Midjourney action type; imagine = text-to-image, blend = multi-image blend.',
    },
    prompt: {
      type: 'string',
      description:
        'Prompt text. It may include MJ flags such as `--ar`, `--niji`, `--stylize`, `--sref`, `--sw`, `--p`, `--iw`, `--c`, and `--w`. When using `--iw`, start the…',
    },
    base64Array: {
      type: 'array',
      items: { type: 'string' },
      description: 'blend only: 2~5 image data URLs (image/png|jpeg, base64).',
    },
    dimensions: { enum: ['PORTRAIT', 'SQUARE', 'LANDSCAPE'], description: 'Blend output aspect ratio.' },
    botType: {
      enum: ['MID_JOURNEY', 'NIJI_JOURNEY'],
      description: 'Rendering bot; default MID_JOURNEY, alternative NIJI_JOURNEY.',
      default: 'MID_JOURNEY',
    },
    state: {
      type: 'string',
      description: 'Free-form business context for callback correlation. It does not affect image generation.',
    },
  },
  required: ['model'],
};

/** The arguments of `mj_submit_blend_create`, `mj_submit_blend_create_and_wait`. */
const mjSubmitBlendCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    base64Array: {
      type: 'array',
      items: { type: 'string' },
      description:
        '2-5 image URL array (currently implemented as URL input processing). **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day…',
      minItems: 2,
      maxItems: 5,
    },
    prompt: { type: 'string', description: 'Optionally, append a text description.' },
  },
  required: ['base64Array'],
};

/** The arguments of `mj_submit_change_create`, `mj_submit_change_create_and_wait`. */
const mjSubmitChangeCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [
        {
          enum: [
            'mj_upscale',
            'mj_variation',
            'mj_low_variation',
            'mj_high_variation',
            'mj_reroll',
            'mj_zoom',
            'mj_custom_zoom',
            'mj_pan',
          ],
        },
        { type: 'string' },
      ],
      description: "Follow-up operation; pair with the parent task's customId.",
    },
    taskId: { type: 'string', description: 'Parent task ID (result of the imagine call).' },
    customId: { type: 'string', description: '`buttons[].customId` from the parent task; must match exactly.' },
    prompt: {
      type: 'string',
      description: 'Optional prompt (e.g. custom_zoom requires it; ignored for plain upscale).',
    },
    state: { type: 'string', description: 'Business context, echoed in the callback.' },
  },
  required: ['model', 'taskId', 'customId'],
};

/** The arguments of `mj_submit_modal_create`, `mj_submit_modal_create_and_wait`. */
const mjSubmitModalCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: { anyOf: [{ enum: ['mj_remix'] }, { type: 'string' }], description: 'Remix / regional edit operation.' },
    taskId: { type: 'string', description: 'Parent task ID.' },
    customId: { type: 'string', description: 'RemixModal button customId.' },
    prompt: { type: 'string', description: 'New remix prompt.' },
    maskBase64: { type: 'string', description: 'Optional mask image (base64 PNG) for regional edit.' },
    state: { type: 'string', description: 'Business context.' },
  },
  required: ['model', 'taskId', 'customId'],
};

/** The arguments of `mj_task_fetch`. */
const mjTaskFetchInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Task ID returned by the submit call (the `result` field).' } },
  required: ['task_id'],
};

/** The arguments of `mj_image_retrieve`. */
const mjImageRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'MJ task ID.' } },
  required: ['task_id'],
};

/** The arguments of `chat_completions_create`. */
const chatCompletionsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [
        {
          enum: [
            'gpt-4.1',
            'gpt-4.1-mini',
            'gpt-4.1-nano',
            'gpt-4o',
            'gpt-4o-mini',
            'gpt-5',
            'gpt-5-mini',
            'gpt-5.1',
            'MiniMax-Text-01',
            'MiniMax-M1',
            'MiniMax-M2',
            'MiniMax-M2.1',
            'MiniMax-M2.1-highspeed',
            'MiniMax-M2.5',
            'MiniMax-M2.5-highspeed',
            'claude-sonnet-4-5-20250929',
            'claude-sonnet-4-6',
            'claude-haiku-4-5-20251001',
            'claude-opus-4-5-20251101',
            'claude-opus-4-6',
            'claude-opus-4-7',
            'kimi-for-coding',
            'deepseek-v4-pro',
            'deepseek-v4-flash',
            'gpt-5.4-mini',
            'seed-sc-260215',
          ],
        },
        { type: 'string' },
      ],
      description: 'Model name',
    },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        properties: { role: { enum: ['system', 'user', 'assistant'] }, content: { type: 'string' } },
        required: ['role', 'content'],
      },
    },
    stream: { type: 'boolean', description: 'Whether to enable streaming responses', default: false },
    temperature: { type: 'number', default: 1, minimum: 0, maximum: 2 },
    max_tokens: { type: 'integer', description: 'Maximum number of generated tokens' },
    tools: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { enum: ['function'] },
          function: {
            type: 'object',
            properties: { name: { type: 'string' }, description: { type: 'string' }, parameters: { type: 'object' } },
            required: ['name', 'parameters'],
          },
        },
        required: ['type', 'function'],
      },
      description: 'Function tool definition (OpenAI compatible)',
    },
    tool_choice: {
      anyOf: [
        { enum: ['none', 'auto', 'required'] },
        {
          type: 'object',
          properties: {
            type: { enum: ['function'] },
            function: { type: 'object', properties: { name: { type: 'string' } } },
          },
        },
      ],
      description: 'Tool selection strategy',
    },
  },
  required: ['model', 'messages'],
};

/** The arguments of `responses_create`. */
const responsesCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: { anyOf: [{ enum: ['gpt-5.2', 'gpt-5.3-codex', 'gpt-5.4', 'gpt-5.5'] }, { type: 'string' }] },
    input: { type: 'string', description: 'Enter text' },
    max_output_tokens: { type: 'integer', description: 'Maximum number of output tokens' },
    temperature: { type: 'number', minimum: 0, maximum: 2 },
    stream: { type: 'boolean', default: false },
  },
  required: ['model', 'input'],
};

/** The arguments of `messages_create`. */
const messagesCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [
        {
          enum: [
            'claude-sonnet-4-5-20250929',
            'claude-sonnet-4-6',
            'claude-haiku-4-5-20251001',
            'claude-opus-4-5-20251101',
            'claude-opus-4-6',
            'claude-opus-4-7',
            'glm-5.1',
            'deepseek-v4-flash',
          ],
        },
        { type: 'string' },
      ],
      description: 'Anthropic Messages model name.',
    },
    anthropic_version: {
      enum: ['bedrock-2023-05-31'],
      description: 'Anthropic Bedrock API version. Must be `bedrock-2023-05-31`.',
      default: 'bedrock-2023-05-31',
    },
    max_tokens: { type: 'integer', description: 'Maximum number of output tokens', default: 4096 },
    messages: {
      type: 'array',
      items: {
        type: 'object',
        properties: { role: { enum: ['user', 'assistant'] }, content: { type: 'string' } },
        required: ['role', 'content'],
      },
    },
    system: { type: 'string', description: 'System prompt word' },
    temperature: { type: 'number', default: 1, minimum: 0, maximum: 1 },
    stream: {
      type: 'boolean',
      description: 'Whether to stream responses. Playground always sends non-streaming requests.',
      default: false,
    },
  },
  required: ['model', 'anthropic_version', 'max_tokens', 'messages'],
};

/** The arguments of `embeddings_create`. */
const embeddingsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      anyOf: [{ enum: ['text-embedding-3-large', 'text-embedding-3-small'] }, { type: 'string' }],
      description: 'Embedding model name. Currently supports `text-embedding-3-large` and `text-embedding-3-small`.',
    },
    input: {
      anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'Text to encode; either a string or an array of strings.',
    },
    encoding_format: {
      enum: ['float', 'base64'],
      description: 'Vector encoding: float (default) JSON numbers or base64 packed string.',
      default: 'float',
    },
    dimensions: {
      type: 'integer',
      description: 'Explicit output dimensionality; useful for storage compression or matching downstream index shape.',
      minimum: 1,
      maximum: 3072,
    },
    user: { type: 'string', description: 'End-user identifier forwarded upstream for abuse monitoring (optional).' },
  },
  required: ['model', 'input'],
};

/** The arguments of `kling_videos_text2video_create`, `kling_videos_text2video_create_and_wait`. */
const klingVideosText2videoCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: klingVideosText2videoCreateInputModel,
    prompt: { type: 'string', description: 'Video description prompt words.' },
    negative_prompt: { type: 'string', description: 'Reverse prompt word (optional) describing unwanted content.' },
    mode: videosCreateInputMode,
    duration: { enum: [5, 10], description: 'Video duration (seconds), supports 5 or 10, default is 5.', default: 5 },
    aspect_ratio: { enum: ['1:1', '16:9', '9:16'], description: 'Aspect ratio, default `1:1`.', default: '1:1' },
    cfg_scale: videosCreateInputCfgScale,
    camera_control: videosCreateInputCameraControl,
  },
  required: ['model', 'prompt'],
};

/** The arguments of `kling_videos_text2video_retrieve`, `video_generations_retrieve`. */
const klingVideosText2videoRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'The task ID returned when creating the task.' } },
  required: ['task_id'],
};

/** The arguments of `kling_videos_image2video_create`, `kling_videos_image2video_create_and_wait`. */
const klingVideosImage2videoCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: klingVideosText2videoCreateInputModel,
    image: videosCreateInputImage,
    image_tail: videosCreateInputImageTail,
    prompt: { type: 'string', description: 'Video description prompt words. Optional when creating a video.' },
    negative_prompt: { type: 'string', description: 'Reverse prompt word (optional) describing unwanted content.' },
    mode: videosCreateInputMode,
    duration: { enum: [5, 10], description: 'Video duration (seconds), supports 5 or 10, default is 5.', default: 5 },
    aspect_ratio: { enum: ['1:1', '16:9', '9:16'], description: 'Aspect ratio, default `1:1`.', default: '1:1' },
    cfg_scale: videosCreateInputCfgScale,
    camera_control: videosCreateInputCameraControl,
  },
  required: ['model', 'image'],
};

/** The arguments of `kling_videos_image2video_retrieve`. */
const klingVideosImage2videoRetrieveInput: JsonSchema = {
  type: 'object',
  properties: { task_id: { type: 'string', description: 'Task ID returned when the task was created.' } },
  required: ['task_id'],
};

/** The arguments of `video_generations_create`, `video_generations_create_and_wait`. */
const videoGenerationsCreateInput: JsonSchema = {
  type: 'object',
  properties: {
    model: {
      type: 'string',
      enum: [
        'kling-v1',
        'kling-v1-6',
        'kling-v2-master',
        'kling-v2-1-master',
        'kling-v2-5-turbo',
        'kling-v2-6',
        'kling-video-o1',
        'viduq1',
        'viduq2',
        'viduq2-pro',
        'viduq2-turbo',
        'viduq3-pro',
        'viduq3-turbo',
        'pixverse-c1',
        'pixverse-v6',
        'MiniMax-Hailuo-02',
        'MiniMax-Hailuo-2.3',
        'MiniMax-Hailuo-2.3-Fast',
      ],
      description: 'Selects the variant (see the list in the description)',
    },
  },
  required: ['model'],
  oneOf: [
    {
      type: 'object',
      properties: {
        model: {
          enum: [
            'kling-v1',
            'kling-v1-6',
            'kling-v2-master',
            'kling-v2-1-master',
            'kling-v2-5-turbo',
            'kling-v2-6',
            'kling-video-o1',
          ],
        },
        prompt: {
          type: 'string',
          description: 'Video prompt. Required for text-to-video; optional for image-to-video.',
        },
        image: {
          type: 'string',
          description:
            'Image-to-video reference image URL. This field is recommended for single-image input. Ensure the input URL is accessible at submission time and the image has…',
        },
        images: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Image-to-video reference image URL array. Use this field when multiple images are required; for Kling first/last frame mode, prefer putting the last frame in…',
        },
        duration: { enum: [5, 10], description: 'Video duration (seconds).', default: 5 },
        size: {
          enum: ['1:1', '16:9', '9:16'],
          description: "aspect ratio. Common endpoints are mapped to Kling's `aspect_ratio`.",
          default: '1:1',
        },
        metadata: {
          type: 'object',
          properties: {
            mode: {
              enum: ['std', 'pro'],
              description: 'Quality mode. `std` (standard, default) or `pro` (high quality).',
              default: 'std',
            },
            image_tail: {
              type: 'string',
              description:
                'Last-frame image URL (first/last frame mode). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise…',
            },
            negative_prompt: { type: 'string', description: 'Reverse cue words.' },
            cfg_scale: { type: 'number', description: 'Generate degrees of freedom, 0~1, default 0.5.', default: 0.5 },
            camera_control: { type: 'object', description: 'Lens control parameters.' },
          },
          description: 'Kling vendor parameters.',
        },
      },
      required: ['model'],
      title: 'Submit Kling video task (unified endpoint)',
    },
    { type: 'object', properties: videosCreateInputPart, required: ['model'], title: 'Submit Vidu video task' },
    {
      type: 'object',
      properties: videosCreateInputPart2,
      required: ['model', 'prompt'],
      title: 'Create Pixverse video task',
    },
    {
      type: 'object',
      properties: { model: { enum: ['MiniMax-Hailuo-02', 'MiniMax-Hailuo-2.3', 'MiniMax-Hailuo-2.3-Fast'] } },
      allOf: [
        {
          anyOf: [
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: { model: { const: 'MiniMax-Hailuo-02' }, size: { enum: ['512p', '768p'] } },
                  required: ['model', 'size'],
                },
              ],
            },
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-02' },
                    size: { const: '1080p' },
                    duration: { enum: [6] },
                  },
                  required: ['model'],
                },
              ],
            },
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: { model: { const: 'MiniMax-Hailuo-2.3' }, size: { const: '768p' } },
                  required: ['model', 'size'],
                },
              ],
            },
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3' },
                    size: { const: '1080p' },
                    duration: { enum: [6] },
                  },
                  required: ['model'],
                },
              ],
            },
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3-Fast' },
                    size: { const: '768p' },
                    metadata: videoGenerationsCreateInputMetadata,
                  },
                  required: ['model', 'size', 'metadata'],
                },
              ],
            },
            {
              allOf: [
                videoGenerationsCreateInputPart,
                {
                  type: 'object',
                  properties: {
                    model: { const: 'MiniMax-Hailuo-2.3-Fast' },
                    size: { const: '1080p' },
                    metadata: videoGenerationsCreateInputMetadata,
                    duration: { enum: [6] },
                  },
                  required: ['model', 'metadata'],
                },
              ],
            },
          ],
        },
      ],
      required: ['model'],
      title: 'Submit MiniMax video task',
    },
  ],
};

/** Every tool of the server, as the generator planned it from the SDK's calls. */
export const TOOLS: ToolPlan[] = [
  {
    name: 'usage_token_user_balance_retrieve',
    title: "Query the current user's consumable balance by SK (USD)",
    description:
      "Query the current user's consumable balance by SK (USD). Use `Authorization: Bearer sk-...` to query the consumable USD balance for the user that owns the current SK.",
    inputSchema: usageTokenUserBalanceRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getUserBalanceByToken', kind: 'call', pathArguments: [], params: false },
    method: 'GET',
    path: '/api/usage/token/user-balance',
    sdkCall: 'client.usage.token.userBalance.retrieve',
  },
  {
    name: 'music_generations_create',
    title: 'Create a music generation task',
    description:
      'Create a music generation task. Submit a `sonic` text-to-music task through the generic music endpoint.',
    inputSchema: musicGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createMusicGenerationTask', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/music/generations',
    sdkCall: 'client.music.generations.create',
  },
  {
    name: 'music_generations_retrieve',
    title: 'Query music task status and results',
    description:
      'Query music task status and results. Query a music task submitted with `POST /v1/music/generations`. On success, `data.data` returns an array of music results.',
    inputSchema: musicGenerationsRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'fetchMusicGenerationTask', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/music/generations/{task_id}',
    sdkCall: 'client.music.generations.retrieve',
  },
  {
    name: 'music_generations_create_and_wait',
    title: 'Create a music generation task',
    description:
      'Create a music generation task. Submit a `sonic` text-to-music task through the generic music endpoint.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: musicGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createMusicGenerationTaskAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['data', 'status'],
    },
    method: 'POST',
    path: '/v1/music/generations',
    sdkCall: 'client.music.generations.createAndWait',
  },
  {
    name: 'audio_speech_create',
    title: 'Create a Seed TTS speech task',
    description:
      'Create a Seed TTS speech task. Submit a `seed-tts-2.0` speech synthesis task through the OpenAI-compatible `POST /v1/audio/speech` endpoint.',
    inputSchema: audioSpeechCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createSeedTtsSpeechTask', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/audio/speech',
    sdkCall: 'client.audio.speech.create',
  },
  {
    name: 'audio_speech_retrieve',
    title: 'Query a Seed TTS speech task',
    description:
      'Query a Seed TTS speech task. Query the `seed-tts-2.0` speech task submitted through `POST /v1/audio/speech`.',
    inputSchema: audioSpeechRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getSeedTtsSpeechTask', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/audio/speech/{task_id}',
    sdkCall: 'client.audio.speech.retrieve',
  },
  {
    name: 'audio_speech_create_and_wait',
    title: 'Create a Seed TTS speech task',
    description:
      'Create a Seed TTS speech task. Submit a `seed-tts-2.0` speech synthesis task through the OpenAI-compatible `POST /v1/audio/speech` endpoint.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: audioSpeechCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createSeedTtsSpeechTaskAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['data', 'status'],
    },
    method: 'POST',
    path: '/v1/audio/speech',
    sdkCall: 'client.audio.speech.createAndWait',
  },
  {
    name: 'images_generations_create',
    title: 'Generate Gemini images',
    description:
      'POST /v1/images/generations, routed by `model`. Values by variant:\n- Generate Gemini images: gemini-2.5-flash-image, gemini-3-pro-image-preview, gemini-3.1-flash-image-preview\n- Generate images (gpt-image-2): gpt-image-2\n- Generate images (doubao-seedream-5-0-lite-260128): doubao-seedream-5-0-lite-260128, seedream-5-0-260128\n- Generate images (doubao-seedream-4-5-251128): doubao-seedream-4-5-251128\n- Generate images (wan2.7-image / wan2.7-image-pro): wan2.7-image, wan2.7-image-pro\n- Create Wan2.6 image task: wan2.6-t2i, wan2.6-image\n- Create a PrunaAI image task: prunaai/p-image, prunaai/p-image-edit',
    inputSchema: imagesGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createImagesGenerationsByModel', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/images/generations',
    sdkCall: 'client.images.generations.create',
  },
  {
    name: 'images_generations_create_and_wait',
    title: 'Generate Gemini images',
    description:
      'POST /v1/images/generations, routed by `model`. Values by variant:\n- Generate Gemini images: gemini-2.5-flash-image, gemini-3-pro-image-preview, gemini-3.1-flash-image-preview\n- Generate images (gpt-image-2): gpt-image-2\n- Generate images (doubao-seedream-5-0-lite-260128): doubao-seedream-5-0-lite-260128, seedream-5-0-260128\n- Generate images (doubao-seedream-4-5-251128): doubao-seedream-4-5-251128\n- Generate images (wan2.7-image / wan2.7-image-pro): wan2.7-image, wan2.7-image-pro\n- Create Wan2.6 image task: wan2.6-t2i, wan2.6-image\n- Create a PrunaAI image task: prunaai/p-image, prunaai/p-image-edit\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: imagesGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createImagesGenerationsByModelAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['data', 'status'],
    },
    method: 'POST',
    path: '/v1/images/generations',
    sdkCall: 'client.images.generations.createAndWait',
  },
  {
    name: 'images_generations_retrieve',
    title: 'Query Gemini image task',
    description:
      'Query Gemini image task. Query the task submitted through `POST /v1/images/generations`. If `amount_usd` appears in a successful response, it is the USD amount for the completed image task. **IMPORTANT NOTICE (MUST READ)** - The 30-day expiration rule only applies to the image result URL returned by the API; it does not mean input `image` / `images` URLs are actively expired by the platform. - If an image result URL is returned, download and persist it promptly; the platform does not guarantee long-term accessibility, and it expires after about 30 days by default.',
    inputSchema: imagesGenerationsRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getImagesGenerations', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/images/generations/{task_id}',
    sdkCall: 'client.images.generations.retrieve',
  },
  {
    name: 'videos_create',
    title: 'Create Seedance video task',
    description:
      'POST /v1/videos, routed by `model`. Values by variant:\n- Create Seedance video task: seedance-2.0, seedance-2.0-fast, seedance-2.0-cn, seedance-2.0-fast-cn, ima-pro, ima-pro-fast\n- Create Wan2.6 video task: wan2.6-t2v, wan2.6-i2v, wan2.6-i2v-flash, wan2.6-r2v\n- Create HappyHorse video task: happyhorse-1.0-t2v, happyhorse-1.0-i2v, happyhorse-1.0-r2v, happyhorse-1.0-video-edit\n- Create Kling v3 Video task: kling-v3-video\n- Create Kling v3 Omni Video task: kling-v3-omni-video\n- Submit Kling video task (OpenAI compatible endpoint): kling-v1, kling-v1-6, kling-v2-master, kling-v2-1-master, kling-v2-5-turbo, kling-v2-6, kling-video-o1\n- Submit Vidu video task (OpenAI compatible endpoint): viduq1, viduq2, viduq2-pro, viduq2-turbo, viduq3-pro, viduq3-turbo\n- Create Pixverse video task (OpenAI compatible endpoint): pixverse-c1, pixverse-v6\n- Create Veo video task (OpenAI compatible endpoint): veo-3.0-generate-001, veo-3.1-fast-generate-001\n- Submit MiniMax video task (OpenAI compatible endpoint): MiniMax-Hailuo-02, MiniMax-Hailuo-2.3, MiniMax-Hailuo-2.3-Fast',
    inputSchema: videosCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createVideosByModel', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/videos',
    sdkCall: 'client.videos.create',
  },
  {
    name: 'videos_create_and_wait',
    title: 'Create Seedance video task',
    description:
      'POST /v1/videos, routed by `model`. Values by variant:\n- Create Seedance video task: seedance-2.0, seedance-2.0-fast, seedance-2.0-cn, seedance-2.0-fast-cn, ima-pro, ima-pro-fast\n- Create Wan2.6 video task: wan2.6-t2v, wan2.6-i2v, wan2.6-i2v-flash, wan2.6-r2v\n- Create HappyHorse video task: happyhorse-1.0-t2v, happyhorse-1.0-i2v, happyhorse-1.0-r2v, happyhorse-1.0-video-edit\n- Create Kling v3 Video task: kling-v3-video\n- Create Kling v3 Omni Video task: kling-v3-omni-video\n- Submit Kling video task (OpenAI compatible endpoint): kling-v1, kling-v1-6, kling-v2-master, kling-v2-1-master, kling-v2-5-turbo, kling-v2-6, kling-video-o1\n- Submit Vidu video task (OpenAI compatible endpoint): viduq1, viduq2, viduq2-pro, viduq2-turbo, viduq3-pro, viduq3-turbo\n- Create Pixverse video task (OpenAI compatible endpoint): pixverse-c1, pixverse-v6\n- Create Veo video task (OpenAI compatible endpoint): veo-3.0-generate-001, veo-3.1-fast-generate-001\n- Submit MiniMax video task (OpenAI compatible endpoint): MiniMax-Hailuo-02, MiniMax-Hailuo-2.3, MiniMax-Hailuo-2.3-Fast\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: videosCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createVideosByModelAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/v1/videos',
    sdkCall: 'client.videos.createAndWait',
  },
  {
    name: 'videos_retrieve',
    title: 'Query Wan2.6 video task',
    description:
      'Query Wan2.6 video task. Use the real endpoint `GET /v1/videos/{task_id}`. If `amount_usd` appears in a successful response, it is the USD amount for the completed task.',
    inputSchema: videosRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getVideos', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/videos/{task_id}',
    sdkCall: 'client.videos.retrieve',
  },
  {
    name: 'videos_subtitle_erase_create',
    title: 'Create Doubao subtitle erase task',
    description:
      "Create Doubao subtitle erase task. Standalone submit endpoint: `POST /v1/videos/subtitle-erase`. Used to submit a Doubao video subtitle erase task. Request parameters: - `model`: model name (required) - `doubao-video-subtitle-erase-cn`: domestic model - `doubao-video-subtitle-erase`: overseas model - `video_url`: video URL to be processed (required, `http/https`) This capability does not reuse the `POST /v1/videos` generic video generation endpoint. Choose the domestic or overseas model according to the caller's group and available channel. Query methods: - Dedicated fetch endpoint: `GET…",
    inputSchema: videosSubtitleEraseCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createImaProSubtitleEraseTask', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/videos/subtitle-erase',
    sdkCall: 'client.videos.subtitleErase.create',
  },
  {
    name: 'videos_subtitle_erase_retrieve',
    title: 'Query Doubao subtitle erase task',
    description:
      'Query Doubao subtitle erase task. Dedicated fetch endpoint: `GET /v1/videos/subtitle-erase/{task_id}`. The response shape is aligned with the generic video task fetch response (OpenAI-style video object). This dedicated fetch endpoint is already online; the same `task_id` can also be queried with `GET /v1/videos/{task_id}`. **IMPORTANT NOTICE (MUST READ)** - If result resource URLs such as `results.url` or `metadata.url` are returned, download and persist them immediately. - The platform does not guarantee long-term availability of result URLs; they typically expire after about 30 days.',
    inputSchema: videosSubtitleEraseRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getImaProSubtitleEraseTask', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/videos/subtitle-erase/{task_id}',
    sdkCall: 'client.videos.subtitleErase.retrieve',
  },
  {
    name: 'videos_subtitle_erase_create_and_wait',
    title: 'Create Doubao subtitle erase task',
    description:
      "Create Doubao subtitle erase task. Standalone submit endpoint: `POST /v1/videos/subtitle-erase`. Used to submit a Doubao video subtitle erase task. Request parameters: - `model`: model name (required) - `doubao-video-subtitle-erase-cn`: domestic model - `doubao-video-subtitle-erase`: overseas model - `video_url`: video URL to be processed (required, `http/https`) This capability does not reuse the `POST /v1/videos` generic video generation endpoint. Choose the domestic or overseas model according to the caller's group and available channel. Query methods: - Dedicated fetch endpoint: `GET…\n\nCreates the task, then waits until it ends (reporting progress).",
    inputSchema: videosSubtitleEraseCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createImaProSubtitleEraseTaskAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/v1/videos/subtitle-erase',
    sdkCall: 'client.videos.subtitleErase.createAndWait',
  },
  {
    name: 'contents_generations_tasks_create',
    title: 'Create Seedance contents video task',
    description:
      'Create Seedance contents video task. Submit a Seedance 2.0 video task with the contents task request body.',
    inputSchema: contentsGenerationsTasksCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createSeedanceContentsGenerationTask', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/api/v1/contents/generations/tasks',
    sdkCall: 'client.contents.generations.tasks.create',
  },
  {
    name: 'contents_generations_tasks_retrieve',
    title: 'Query Seedance contents video task',
    description:
      'Query Seedance contents video task. Query the Seedance contents video task submitted through `POST /api/v1/contents/generations/tasks`.',
    inputSchema: musicGenerationsRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getSeedanceContentsGenerationTask', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/api/v1/contents/generations/tasks/{task_id}',
    sdkCall: 'client.contents.generations.tasks.retrieve',
  },
  {
    name: 'contents_generations_tasks_create_and_wait',
    title: 'Create Seedance contents video task',
    description:
      'Create Seedance contents video task. Submit a Seedance 2.0 video task with the contents task request body.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: contentsGenerationsTasksCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createSeedanceContentsGenerationTaskAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/api/v1/contents/generations/tasks',
    sdkCall: 'client.contents.generations.tasks.createAndWait',
  },
  {
    name: 'assets_create',
    title: 'Upload asset (create asset)',
    description:
      'Upload asset (create asset). Upload the material URL to the material library. Billing instructions: Only this endpoint is charged. The billing model takes the request body `model` (if not passed, the default is `ima-pro-upload`, pay-per-view). Default deduction token: SK corresponding to the current request header `Authorization`. The optional field `billing_token_id` is only used to override the default billing token (must be current user and enabled). `asset_type` represents the asset type, the default value is `Image`, and supports `Image|Video|Audio` (if not passed, press `Image`). When…',
    inputSchema: assetsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createAsset', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/create',
    sdkCall: 'client.assets.create',
  },
  {
    name: 'assets_list',
    title: 'List assets',
    description:
      'List assets. Check the material list (no deduction). Strict verification of sorting parameters: - `sort_by`: `CreateTime|UpdateTime|GroupId` - `sort_order`: `Asc|Desc` - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.',
    inputSchema: assetsListInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'listAssets', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/list',
    sdkCall: 'client.assets.list',
  },
  {
    name: 'assets_get',
    title: 'Get asset',
    description: 'Get asset',
    inputSchema: assetsGetInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'getAsset', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/get',
    sdkCall: 'client.assets.get',
  },
  {
    name: 'assets_update',
    title: 'Update asset name',
    description: 'Update asset name',
    inputSchema: assetsUpdateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'updateAsset', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/update',
    sdkCall: 'client.assets.update',
  },
  {
    name: 'assets_group_create',
    title: 'Create asset group',
    description:
      'Create asset group. Create material groups (no charge). Authentication: The request header must contain `Authorization: Bearer sk-...`.',
    inputSchema: assetsGroupCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createAssetGroup', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/group/create',
    sdkCall: 'client.assets.group.create',
  },
  {
    name: 'assets_group_list',
    title: 'List asset groups',
    description:
      'List asset groups. Query the group list (no deduction). Strict verification of sorting parameters: - `sort_by`: `CreateTime|UpdateTime` - `sort_order`: `Asc|Desc` - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.',
    inputSchema: assetsGroupListInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'listAssetGroups', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/group/list',
    sdkCall: 'client.assets.group.list',
  },
  {
    name: 'assets_group_get',
    title: 'Get asset group',
    description: 'Get asset group',
    inputSchema: assetsGetInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'getAssetGroup', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/group/get',
    sdkCall: 'client.assets.group.get',
  },
  {
    name: 'assets_group_update',
    title: 'Update asset group',
    description: 'Update asset group',
    inputSchema: assetsGroupUpdateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'updateAssetGroup', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/group/update',
    sdkCall: 'client.assets.group.update',
  },
  {
    name: 'assets_quota_create',
    title: 'Query asset quota',
    description: 'Query asset quota',
    inputSchema: usageTokenUserBalanceRetrieveInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'getAssetQuota', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/assets/quota',
    sdkCall: 'client.assets.quota.create',
  },
  {
    name: 'mj_submit_imagine_create',
    title: 'Submit Midjourney imagine / blend',
    description: 'Submit Midjourney imagine / blend. Midjourney async task entry (imagine + blend).',
    inputSchema: mjSubmitImagineCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'mjSubmitImagine', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/mj/submit/imagine',
    sdkCall: 'client.mj.submit.imagine.create',
  },
  {
    name: 'mj_submit_imagine_create_and_wait',
    title: 'Submit Midjourney imagine / blend',
    description:
      'Submit Midjourney imagine / blend. Midjourney async task entry (imagine + blend).\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: mjSubmitImagineCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'mjSubmitImagineAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/mj/submit/imagine',
    sdkCall: 'client.mj.submit.imagine.createAndWait',
  },
  {
    name: 'mj_submit_blend_create',
    title: 'Submit Midjourney blend task',
    description:
      'Submit Midjourney blend task. Upload 2-5 images for fusion generation and return the task ID (asynchronous). Authentication: The request header must contain `Authorization: Bearer sk-...`. **IMPORTANT NOTICE (MUST READ)** - `base64Array` is currently processed according to the image URL input. Please confirm that the URL is accessible before calling, and it is recommended to persist the original image by yourself. - The generated result URL is a short-term link hosted by the platform, which will expire after about 30 days by default; please be sure to complete the download and archive within…',
    inputSchema: mjSubmitBlendCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'submitMidjourneyBlend', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/mj/submit/blend',
    sdkCall: 'client.mj.submit.blend.create',
  },
  {
    name: 'mj_submit_blend_create_and_wait',
    title: 'Submit Midjourney blend task',
    description:
      'Submit Midjourney blend task. Upload 2-5 images for fusion generation and return the task ID (asynchronous). Authentication: The request header must contain `Authorization: Bearer sk-...`. **IMPORTANT NOTICE (MUST READ)** - `base64Array` is currently processed according to the image URL input. Please confirm that the URL is accessible before calling, and it is recommended to persist the original image by yourself. - The generated result URL is a short-term link hosted by the platform, which will expire after about 30 days by default; please be sure to complete the download and archive within…\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: mjSubmitBlendCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'submitMidjourneyBlendAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/mj/submit/blend',
    sdkCall: 'client.mj.submit.blend.createAndWait',
  },
  {
    name: 'mj_submit_change_create',
    title: 'Submit Midjourney variation / upscale / zoom etc.',
    description:
      'Submit Midjourney variation / upscale / zoom etc. Run a follow-up operation on an existing task (U/V/zoom/pan etc.). **Required:** `taskId` (parent) + `customId` (button customId).',
    inputSchema: mjSubmitChangeCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'mjSubmitChange', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/mj/submit/change',
    sdkCall: 'client.mj.submit.change.create',
  },
  {
    name: 'mj_submit_change_create_and_wait',
    title: 'Submit Midjourney variation / upscale / zoom etc.',
    description:
      'Submit Midjourney variation / upscale / zoom etc. Run a follow-up operation on an existing task (U/V/zoom/pan etc.). **Required:** `taskId` (parent) + `customId` (button customId).\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: mjSubmitChangeCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'mjSubmitChangeAndWait', kind: 'wait', pathArguments: [], params: true, statusField: ['status'] },
    method: 'POST',
    path: '/mj/submit/change',
    sdkCall: 'client.mj.submit.change.createAndWait',
  },
  {
    name: 'mj_submit_modal_create',
    title: 'Submit Midjourney remix / regional edit',
    description:
      'Submit Midjourney remix / regional edit. Midjourney remix / inpaint operation. Requires parent `taskId` + RemixModal `customId` + new `prompt`. Optional `maskBase64` for regional edit.',
    inputSchema: mjSubmitModalCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'mjSubmitModal', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/mj/submit/modal',
    sdkCall: 'client.mj.submit.modal.create',
  },
  {
    name: 'mj_submit_modal_create_and_wait',
    title: 'Submit Midjourney remix / regional edit',
    description:
      'Submit Midjourney remix / regional edit. Midjourney remix / inpaint operation. Requires parent `taskId` + RemixModal `customId` + new `prompt`. Optional `maskBase64` for regional edit.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: mjSubmitModalCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'mjSubmitModalAndWait', kind: 'wait', pathArguments: [], params: true, statusField: ['status'] },
    method: 'POST',
    path: '/mj/submit/modal',
    sdkCall: 'client.mj.submit.modal.createAndWait',
  },
  {
    name: 'mj_task_fetch',
    title: 'Get Midjourney task status',
    description:
      'Get Midjourney task status. Poll the status, progress, result image URL, and available buttons for a Midjourney task (imagine/change/modal) by `task_id`.',
    inputSchema: mjTaskFetchInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'mjFetchTask', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/mj/task/{task_id}/fetch',
    sdkCall: 'client.mj.task.fetch',
  },
  {
    name: 'mj_image_retrieve',
    title: 'Midjourney image proxy (first image)',
    description:
      'Midjourney image proxy (first image). The agent obtains the first image of the MJ task (corresponding to `imageUrl`). If you need the complete gallery, please read the `urls` of `/mj/task/{task_id}/fetch` first. **Serious Notice (Must Read)** - The proxy image still comes from the query result resource, please download it immediately and save it persistently. - The platform does not guarantee that the proxy image URL will be accessible for a long time and will expire after about 30 days by default; do not treat this URL as a permanent storage address.',
    inputSchema: mjImageRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'fetchMidjourneyImage', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/mj/image/{task_id}',
    sdkCall: 'client.mj.image.retrieve',
  },
  {
    name: 'chat_completions_create',
    title: 'Create conversation completion',
    description:
      'Create conversation completion. Compatible with OpenAI Chat Completions API format. Supports both streaming and non-streaming responses.',
    inputSchema: chatCompletionsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createChatCompletions', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/chat/completions',
    sdkCall: 'client.chat.completions.create',
  },
  {
    name: 'responses_create',
    title: 'Create Responses',
    description: 'Create Responses. Compatible with OpenAI Responses API format.',
    inputSchema: responsesCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createResponses', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/responses',
    sdkCall: 'client.responses.create',
  },
  {
    name: 'messages_create',
    title: 'Create an Anthropic Messages response',
    description: 'Create an Anthropic Messages response. Compatible with Anthropic Messages API format.',
    inputSchema: messagesCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createMessages', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/messages',
    sdkCall: 'client.messages.create',
  },
  {
    name: 'embeddings_create',
    title: 'Create text embeddings',
    description:
      'Create text embeddings. Convert text into a vector representation suitable for semantic search, clustering, and RAG retrieval.',
    inputSchema: embeddingsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createEmbeddings', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/embeddings',
    sdkCall: 'client.embeddings.create',
  },
  {
    name: 'kling_videos_text2video_create',
    title: 'Submit Kling text-to-video task',
    description:
      'Submit Kling text-to-video task. Kling text-to-video native endpoint (asynchronous task system). This document only describes the request format of `POST /kling/v1/videos/text2video`.',
    inputSchema: klingVideosText2videoCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'klingText2Video', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/kling/v1/videos/text2video',
    sdkCall: 'client.kling.videos.text2video.create',
  },
  {
    name: 'kling_videos_text2video_retrieve',
    title: 'Query Kling video task status (text/image modes)',
    description:
      'Query Kling video task status (text/image modes). Use the `task_id` returned by the Kling text-to-video or image-to-video submission interface to poll the task results.',
    inputSchema: klingVideosText2videoRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getKlingVideoTaskStatus', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/kling/v1/videos/text2video/{task_id}',
    sdkCall: 'client.kling.videos.text2video.retrieve',
  },
  {
    name: 'kling_videos_text2video_create_and_wait',
    title: 'Submit Kling text-to-video task',
    description:
      'Submit Kling text-to-video task. Kling text-to-video native endpoint (asynchronous task system). This document only describes the request format of `POST /kling/v1/videos/text2video`.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: klingVideosText2videoCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'klingText2VideoAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/kling/v1/videos/text2video',
    sdkCall: 'client.kling.videos.text2video.createAndWait',
  },
  {
    name: 'kling_videos_image2video_create',
    title: 'Submit Kling image-to-video task',
    description:
      'Submit Kling image-to-video task. Kling image-to-video native endpoint. This document only describes the request format of `POST /kling/v1/videos/image2video`.',
    inputSchema: klingVideosImage2videoCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'klingImage2Video', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/kling/v1/videos/image2video',
    sdkCall: 'client.kling.videos.image2video.create',
  },
  {
    name: 'kling_videos_image2video_retrieve',
    title: 'Get Kling image-to-video task status',
    description:
      'Get Kling image-to-video task status. Poll a task created by `POST /kling/v1/videos/image2video` using the returned `task_id`. The response schema is shared with the text-to-video poll endpoint. The same task can also be queried via `GET /v1/video/generations/{task_id}` or `GET /v1/videos/{task_id}`.',
    inputSchema: klingVideosImage2videoRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getKlingImage2VideoTaskStatus', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/kling/v1/videos/image2video/{task_id}',
    sdkCall: 'client.kling.videos.image2video.retrieve',
  },
  {
    name: 'kling_videos_image2video_create_and_wait',
    title: 'Submit Kling image-to-video task',
    description:
      'Submit Kling image-to-video task. Kling image-to-video native endpoint. This document only describes the request format of `POST /kling/v1/videos/image2video`.\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: klingVideosImage2videoCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'klingImage2VideoAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/kling/v1/videos/image2video',
    sdkCall: 'client.kling.videos.image2video.createAndWait',
  },
  {
    name: 'video_generations_create',
    title: 'Submit Kling video task (unified endpoint)',
    description:
      'POST /v1/video/generations, routed by `model`. Values by variant:\n- Submit Kling video task (unified endpoint): kling-v1, kling-v1-6, kling-v2-master, kling-v2-1-master, kling-v2-5-turbo, kling-v2-6, kling-video-o1\n- Submit Vidu video task: viduq1, viduq2, viduq2-pro, viduq2-turbo, viduq3-pro, viduq3-turbo\n- Create Pixverse video task: pixverse-c1, pixverse-v6\n- Submit MiniMax video task: MiniMax-Hailuo-02, MiniMax-Hailuo-2.3, MiniMax-Hailuo-2.3-Fast',
    inputSchema: videoGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: 'createVideoGenerationsByModel', kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: '/v1/video/generations',
    sdkCall: 'client.video.generations.create',
  },
  {
    name: 'video_generations_create_and_wait',
    title: 'Submit Kling video task (unified endpoint)',
    description:
      'POST /v1/video/generations, routed by `model`. Values by variant:\n- Submit Kling video task (unified endpoint): kling-v1, kling-v1-6, kling-v2-master, kling-v2-1-master, kling-v2-5-turbo, kling-v2-6, kling-video-o1\n- Submit Vidu video task: viduq1, viduq2, viduq2-pro, viduq2-turbo, viduq3-pro, viduq3-turbo\n- Create Pixverse video task: pixverse-c1, pixverse-v6\n- Submit MiniMax video task: MiniMax-Hailuo-02, MiniMax-Hailuo-2.3, MiniMax-Hailuo-2.3-Fast\n\nCreates the task, then waits until it ends (reporting progress).',
    inputSchema: videoGenerationsCreateInput,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
    call: {
      function: 'createVideoGenerationsByModelAndWait',
      kind: 'wait',
      pathArguments: [],
      params: true,
      statusField: ['status'],
    },
    method: 'POST',
    path: '/v1/video/generations',
    sdkCall: 'client.video.generations.createAndWait',
  },
  {
    name: 'video_generations_retrieve',
    title: 'Query Vidu video task status',
    description:
      'Query Vidu video task status. Poll the task results using the `task_id` returned by the submission interface.',
    inputSchema: klingVideosText2videoRetrieveInput,
    annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    call: { function: 'getVideoGenerations', kind: 'call', pathArguments: ['task_id'], params: false },
    method: 'GET',
    path: '/v1/video/generations/{task_id}',
    sdkCall: 'client.video.generations.retrieve',
  },
];
