/**
 * A realistic gateway release, 1.5.17 → 1.5.18, derived from spec/openapi.yaml (edited through the YAML
 * document model, so everything else stays as published). It makes exactly four API changes:
 * - a new video variant `POST /v1/videos#newvendor` (operation `createNewVendorVideoTask`, new tag, new body type);
 * - a new model value `veo-3.1-generate-001` in the existing Veo variant (`VeoVideoCreateRequest.model`);
 * - a removed optional response field `ImaProQueryResponse.completed_at`;
 * - a new required request field `ViduVideoRequest.callback_url`.
 */
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';

function mapAt(document: Document, path: string[]): YAMLMap {
  const node = document.getIn(path, true);
  if (!isMap(node)) throw new Error(`gateway bump: ${path.join('.')} is not a mapping in spec/openapi.yaml any more`);
  return node;
}

function seqAt(document: Document, path: string[]): YAMLSeq {
  const node = document.getIn(path, true);
  if (!isSeq(node)) throw new Error(`gateway bump: ${path.join('.')} is not a list in spec/openapi.yaml any more`);
  return node;
}

function insertAfter(map: YAMLMap, afterKey: string, key: string, value: unknown, document: Document): void {
  const index = map.items.findIndex((pair) => String((pair.key as { value?: unknown }).value ?? pair.key) === afterKey);
  if (index === -1) throw new Error(`gateway bump: no ${afterKey} to insert ${key} after`);
  map.items.splice(index + 1, 0, document.createPair(key, value));
}

export const NEW_VARIANT = {
  pathKey: '/v1/videos#newvendor',
  operation: 'createNewVendorVideoTask',
  tag: 'NewVendor Video',
  models: ['newvendor-video-1', 'newvendor-video-1-pro'],
};
export const NEW_MODEL = { type: 'VeoVideoCreateRequest', value: 'veo-3.1-generate-001' };
export const REMOVED_RESPONSE_FIELD = { type: 'ImaProQueryResponse', field: 'completed_at' };
export const NEW_REQUIRED_FIELD = { type: 'ViduVideoRequest', field: 'callback_url' };

export function gatewayBump(specText: string, version = '1.5.18'): string {
  const document = parseDocument(specText, { uniqueKeys: true });
  if (document.errors.length) throw document.errors[0];
  document.setIn(['info', 'version'], version);

  seqAt(document, ['tags']).add(document.createNode({ name: NEW_VARIANT.tag }));
  insertAfter(
    mapAt(document, ['paths']),
    '/v1/videos#veo',
    NEW_VARIANT.pathKey,
    {
      post: {
        tags: [NEW_VARIANT.tag],
        summary: 'Create NewVendor video task (OpenAI compatible endpoint)',
        operationId: NEW_VARIANT.operation,
        description: 'NewVendor video models on `POST /v1/videos`.\n\n**Actual request path:** `POST /v1/videos`',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NewVendorVideoCreateRequest' } } },
        },
        responses: {
          '200': { description: 'NewVendor video task accepted', content: { 'application/json': { schema: { $ref: '#/components/schemas/ImaProCreateResponse' } } } },
          '400': { description: 'Bad request', content: { 'application/json': { schema: { $ref: '#/components/schemas/TaskErrorResponse' } } } },
          '401': { description: 'Authentication failed', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } } },
        },
      },
    },
    document,
  );
  insertAfter(
    mapAt(document, ['components', 'schemas']),
    'VeoVideoCreateRequest',
    'NewVendorVideoCreateRequest',
    {
      type: 'object',
      title: 'NewVendor video request',
      required: ['model', 'prompt'],
      additionalProperties: false,
      properties: {
        model: { type: 'string', enum: NEW_VARIANT.models, description: 'NewVendor video model name.' },
        prompt: { type: 'string', minLength: 1, description: 'Video prompt.' },
        duration: { type: 'integer', enum: [5, 10], description: 'Video duration in seconds.' },
      },
    },
    document,
  );

  seqAt(document, ['components', 'schemas', NEW_MODEL.type, 'properties', 'model', 'enum']).add(NEW_MODEL.value);

  const queryResponse = mapAt(document, ['components', 'schemas', REMOVED_RESPONSE_FIELD.type, 'properties']);
  if (!queryResponse.delete(REMOVED_RESPONSE_FIELD.field)) throw new Error(`gateway bump: ${REMOVED_RESPONSE_FIELD.type} has no ${REMOVED_RESPONSE_FIELD.field}`);

  seqAt(document, ['components', 'schemas', NEW_REQUIRED_FIELD.type, 'required']).add(NEW_REQUIRED_FIELD.field);
  mapAt(document, ['components', 'schemas', NEW_REQUIRED_FIELD.type, 'properties']).set(
    NEW_REQUIRED_FIELD.field,
    document.createNode({
      type: 'string',
      format: 'uri',
      description: 'URL the gateway calls when the task finishes (now required).',
    }),
  );
  return document.toString({ lineWidth: 0 });
}
