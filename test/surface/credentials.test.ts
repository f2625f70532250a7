/** Which client option and environment variable carry each security scheme's credential (surface/credentials.ts). */
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings, type CredentialSettings } from '../../generator/config.ts';
import { GeneratorError } from '../../generator/errors.ts';
import type { ApiModel, SecurityScheme } from '../../generator/ir/types.ts';
import { callCredentials, envSuffix, planCredentials, schemeOptionName, type CredentialOption } from '../../generator/surface/credentials.ts';

describe('schemeOptionName: the words of the scheme key without those of transport, ending in what it holds', () => {
  const cases: [string, SecurityScheme['kind'], string][] = [
    ['AdminKey', 'apiKey', 'adminKey'],
    ['AdminApiKeyAuth', 'apiKey', 'adminApiKey'],
    ['api_key', 'apiKey', 'apiKey'],
    ['X-API-KEY', 'apiKey', 'xApiKey'],
    ['ApiKeyHeader', 'apiKey', 'apiKey'],
    ['apiKeyQuery', 'apiKey', 'apiKey'],
    ['BearerAuth', 'bearer', 'bearerToken'],
    ['BasicAuth', 'basic', 'basicCredentials'],
    ['petstore_auth', 'oauth2', 'petstoreToken'],
    ['authorization', 'bearer', 'token'],
    ['PartnerSecret', 'apiKey', 'partnerSecret'],
    ['2fa', 'apiKey', '_2faKey'],
  ];
  it.each(cases)('%s (%s) → %s', (key, kind, want) => expect(schemeOptionName({ key, kind })).toBe(want));
});

describe('envSuffix', () => {
  it.each([
    ['apiKey', 'API_KEY'],
    ['adminAPIKey', 'ADMIN_APIKEY'],
    ['adminApiKey', 'ADMIN_API_KEY'],
    ['bearerToken', 'BEARER_TOKEN'],
  ])('%s → %s', (option, want) => expect(envSuffix(option)).toBe(want));
});

/** A model with only what the planner reads: the schemes, the document's security, each operation's. */
function model(schemes: [string, SecurityScheme['kind']][], security: string[][], operations: string[][][]): ApiModel {
  return {
    securitySchemes: schemes.map(([key, kind]) => ({ key, kind, ...(kind === 'apiKey' && { in: 'header', parameterName: key }) })),
    security,
    operations: operations.map((alternatives) => ({ security: alternatives })),
  } as unknown as ApiModel;
}

const plan = (api: ApiModel, credentials: Record<string, CredentialSettings> = {}, envPrefix = 'ACME') =>
  planCredentials(api, resolvePackageSettings({ envPrefix, credentials }, 'Acme', 'sdk.config.json'));

describe('planCredentials', () => {
  const cases: { name: string; api: ApiModel; credentials?: Record<string, CredentialSettings>; want: [string, string, string[]][] }[] = [
    { name: 'no schemes: no option', api: model([], [], [[]]), want: [] },
    { name: 'one scheme: apiKey', api: model([['BearerAuth', 'bearer']], [['BearerAuth']], [[['BearerAuth']]]), want: [['apiKey', 'ACME_API_KEY', ['BearerAuth']]] },
    {
      name: 'a regular and an admin key: the document default is apiKey, though the admin scheme is used more',
      api: model(
        [
          ['AdminKey', 'apiKey'],
          ['BearerAuth', 'bearer'],
        ],
        [['BearerAuth']],
        [[['BearerAuth']], [['AdminKey']], [['AdminKey']], [['AdminKey'], ['BearerAuth']]],
      ),
      want: [
        ['apiKey', 'ACME_API_KEY', ['BearerAuth']],
        ['adminKey', 'ACME_ADMIN_KEY', ['AdminKey']],
      ],
    },
    {
      name: 'no document default: the most used is apiKey',
      api: model(
        [
          ['BearerAuth', 'bearer'],
          ['PartnerKey', 'apiKey'],
        ],
        [],
        [[['PartnerKey']], [['PartnerKey']], [['BearerAuth']]],
      ),
      want: [
        ['apiKey', 'ACME_API_KEY', ['PartnerKey']],
        ['bearerToken', 'ACME_BEARER_TOKEN', ['BearerAuth']],
      ],
    },
    {
      name: 'a scheme named apiKey keeps it: the others keep their names',
      api: model(
        [
          ['petstore_auth', 'oauth2'],
          ['api_key', 'apiKey'],
        ],
        [['petstore_auth']],
        [[['petstore_auth']], [['api_key']]],
      ),
      want: [
        ['petstoreToken', 'ACME_PETSTORE_TOKEN', ['petstore_auth']],
        ['apiKey', 'ACME_API_KEY', ['api_key']],
      ],
    },
    {
      name: 'one key sent two ways: one option',
      api: model(
        [
          ['ApiKeyHeader', 'apiKey'],
          ['ApiKeyQuery', 'apiKey'],
        ],
        [['ApiKeyHeader'], ['ApiKeyQuery']],
        [[['ApiKeyHeader'], ['ApiKeyQuery']]],
      ),
      want: [['apiKey', 'ACME_API_KEY', ['ApiKeyHeader', 'ApiKeyQuery']]],
    },
    {
      name: 'the config names an option and a variable',
      api: model(
        [
          ['BearerAuth', 'bearer'],
          ['AdminKey', 'apiKey'],
        ],
        [['BearerAuth']],
        [[['BearerAuth']], [['AdminKey']]],
      ),
      credentials: { AdminKey: { option: 'adminAPIKey', env: 'OPENAI_ADMIN_KEY' }, BearerAuth: { env: 'OPENAI_API_KEY' } },
      want: [
        ['apiKey', 'OPENAI_API_KEY', ['BearerAuth']],
        ['adminAPIKey', 'OPENAI_ADMIN_KEY', ['AdminKey']],
      ],
    },
    {
      name: 'the config joins two schemes into one option',
      api: model(
        [
          ['BearerAuth', 'bearer'],
          ['LegacyKey', 'apiKey'],
        ],
        [['BearerAuth']],
        [[['BearerAuth']], [['LegacyKey']]],
      ),
      credentials: { BearerAuth: { option: 'apiKey' }, LegacyKey: { option: 'apiKey' } },
      want: [['apiKey', 'ACME_API_KEY', ['BearerAuth', 'LegacyKey']]],
    },
    {
      name: 'the config gives apiKey to another scheme: the default keeps the name its scheme gives',
      api: model(
        [
          ['BearerAuth', 'bearer'],
          ['LegacyKey', 'apiKey'],
        ],
        [['BearerAuth']],
        [[['BearerAuth']], [['LegacyKey']]],
      ),
      credentials: { LegacyKey: { option: 'apiKey' } },
      want: [
        ['bearerToken', 'ACME_BEARER_TOKEN', ['BearerAuth']],
        ['apiKey', 'ACME_API_KEY', ['LegacyKey']],
      ],
    },
    {
      name: 'a scheme named like an option every client has is moved aside',
      api: model(
        [
          ['BearerAuth', 'bearer'],
          ['timeout', 'bearer'],
        ],
        [['BearerAuth']],
        [[['BearerAuth']]],
      ),
      want: [
        ['apiKey', 'ACME_API_KEY', ['BearerAuth']],
        ['timeoutToken', 'ACME_TIMEOUT_TOKEN', ['timeout']],
      ],
    },
  ];
  it.each(cases)('$name', ({ api, credentials, want }) => {
    expect(plan(api, credentials).map((option) => [option.option, option.env, option.schemes])).toEqual(want);
  });

  const refusals: { name: string; credentials: Record<string, CredentialSettings>; message: string; pointer: string; hint: string }[] = [
    {
      name: 'a scheme the spec does not declare',
      credentials: { AdminKeys: { option: 'adminKey' } },
      message: 'the spec declares no security scheme "AdminKeys"',
      pointer: '#/credentials/AdminKeys',
      hint: "key an entry by one of the spec's schemes: BearerAuth, AdminKey",
    },
    {
      name: 'an option every client has',
      credentials: { AdminKey: { option: 'baseURL' } },
      message: '`baseURL` is an option every client has already',
      pointer: '#/credentials/AdminKey/option',
      hint: 'choose another option name',
    },
    {
      name: 'two options reading one variable',
      credentials: { AdminKey: { env: 'ACME_API_KEY' } },
      message: 'another option reads "ACME_API_KEY" already',
      pointer: '#/credentials/AdminKey/env',
      hint: 'give each option a variable of its own',
    },
    {
      name: 'one option, two variables',
      credentials: { BearerAuth: { option: 'key', env: 'A_KEY' }, AdminKey: { option: 'key', env: 'B_KEY' } },
      message: '"AdminKey" and "BearerAuth" share the option `key` but name different variables',
      pointer: '#/credentials/AdminKey/env',
      hint: 'give both the same "env", or one of them another "option"',
    },
  ];
  it.each(refusals)('refuses $name, located in the config', ({ credentials, message, pointer, hint }) => {
    const api = model(
      [
        ['BearerAuth', 'bearer'],
        ['AdminKey', 'apiKey'],
      ],
      [['BearerAuth']],
      [[['BearerAuth']], [['AdminKey']]],
    );
    let thrown: unknown;
    try {
      plan(api, credentials);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect(thrown).toMatchObject({ message, location: { file: 'sdk.config.json', pointer }, hint });
  });
});

describe('callCredentials: what the docs of a call say it sends', () => {
  const two: CredentialOption[] = [
    { option: 'apiKey', env: 'ACME_API_KEY', schemes: ['BearerAuth'] },
    { option: 'adminKey', env: 'ACME_ADMIN_KEY', schemes: ['AdminKey'] },
  ];
  it.each<[string, string[][], CredentialOption[], string[][] | undefined]>([
    ['one option: nothing to say', [['BearerAuth']], two.slice(0, 1), undefined],
    ['the admin scheme', [['AdminKey']], two, [['adminKey']]],
    ['alternatives, in order', [['AdminKey'], ['BearerAuth']], two, [['adminKey'], ['apiKey']]],
    ['both at once', [['AdminKey', 'BearerAuth']], two, [['adminKey', 'apiKey']]],
    ['no security', [], two, undefined],
    ['an unknown scheme is no alternative', [['Other'], ['AdminKey']], two, [['adminKey']]],
  ])('%s', (_label, security, options, want) => expect(callCredentials(security, options)).toEqual(want));
});
