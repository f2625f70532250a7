/** `src/client.ts`: the client class, the transport of `core/base-client.ts` plus the resources. */
import type { SourceBuilder } from './source-builder.ts';
import type { SurfaceApi } from '../surface/types.ts';
import { homeModule } from './type-names.ts';
import type { Imports } from './imports.ts';
import { commentText } from './ts-syntax.ts';

export function writeClient(file: SourceBuilder, imports: Imports, api: SurfaceApi, clientName: string): void {
  imports.value('core/base-client.js', 'BaseClient').type('core/base-client.js', 'ClientOptions');
  for (const resource of api.resources) imports.value(homeModule(resource.file), resource.className);
  const example = api.resources[0];
  file.addClass({
    name: clientName,
    isExported: true,
    extends: 'BaseClient',
    docs: [
      commentText(
        `Client for ${api.title}. Calls are grouped by resource, after the wire path${example ? ` (\`client.${example.name}\`)` : ''}; ` +
          'every call is also a standalone function taking the client as its first argument.',
      ),
    ],
    properties: api.resources.map((resource) => ({ name: resource.name, isReadonly: true, type: resource.className })),
    ctors: [
      {
        parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
        statements: ['super(options);', ...api.resources.map((resource) => `this.${resource.name} = new ${resource.className}(this);`)],
      },
    ],
  });
}
