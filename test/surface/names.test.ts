import { describe, expect, it } from 'vitest';
import {
  boundValueNames,
  createAndWaitName,
  endpointValueNames,
  isPackageName,
  kebabCase,
  memberNameRegistry,
  requestTypeName,
  typeNameRegistry,
  typesOnlyNameRegistry,
  valueNameRegistry,
  waitForName,
} from '../../generator/surface/names.ts';

describe('names the surface invents', () => {
  it.each([
    [kebabCase('Vidéo 生成'), 'video'],
    [kebabCase('HappyHorse Video'), 'happyhorse-video'],
    [kebabCase('生成'), 'default'],
    [requestTypeName('Pet'), 'PetInput'],
    [createAndWaitName('createVeoVideo'), 'createVeoVideoAndWait'],
    [waitForName('getVeoTask'), 'waitForGetVeoTask'],
  ])('%s → %s', (given, want) => expect(given).toBe(want));

  it('names a merged endpoint’s value list, value type, value maps and picker helpers after the property', () => {
    expect(endpointValueNames('createVideos', 'model')).toEqual({
      list: 'createVideosModels',
      type: 'CreateVideosModel',
      requestByValue: 'CreateVideosRequestByModel',
      responseByValue: 'CreateVideosResponseByModel',
      taskByValue: 'CreateVideosTaskByModel',
      requiredByValue: 'CreateVideosRequiredFieldsByModel',
      fieldsList: 'createVideosModelFields',
      accepting: 'CreateVideosModelsAccepting',
      acceptingFunction: 'createVideosModelsAccepting',
    });
    expect(endpointValueNames('createImagesGenerations', 'engine_id')).toMatchObject({
      requiredByValue: 'CreateImagesGenerationsRequiredFieldsByEngineId',
      fieldsList: 'createImagesGenerationsEngineIdFields',
      accepting: 'CreateImagesGenerationsEngineIdsAccepting',
    });
  });
});

describe('reserved names', () => {
  it.each([
    ['a global type', 'Promise', 'Promise_'],
    ['a runtime type (core/api-promise.ts)', 'WithResponse', 'WithResponse_'],
    ['a runtime class (core/errors.ts)', 'APIError', 'APIError_'],
    ['the client class', 'ImaRouter', 'ImaRouter_'],
    ['a generated index type', 'Operations', 'Operations_'],
    ['a free name', 'Video', 'Video'],
  ])('types: %s (%s → %s)', (_what, given, want) => expect(typeNameRegistry('ImaRouter').claim(given)).toBe(want));

  it.each([
    ['a global type', 'Promise', 'Promise_'],
    ['the models file’s own type', 'JSONValue', 'JSONValue_'],
    ['a runtime class: no runtime here', 'APIError', 'APIError'],
    ['a generated index type: no index here', 'Operations', 'Operations'],
    ['a free name', 'Video', 'Video'],
  ])('types of a types-only package: %s (%s → %s)', (_what, given, want) => expect(typesOnlyNameRegistry().claim(given)).toBe(want));

  it.each([
    ['a reserved word', 'delete', 'delete_'],
    ['a runtime function (core/errors.ts)', 'isAPIError', 'isAPIError_'],
    ['the operation list', 'operations', 'operations_'],
    ['a free name', 'createVideo', 'createVideo'],
  ])('values: %s (%s → %s)', (_what, given, want) => expect(valueNameRegistry('ImaRouter').claim(given)).toBe(want));

  it('keeps the client’s own members off top-level resources, and object members off every resource', () => {
    expect(memberNameRegistry(true).claim('withResponse')).toBe('withResponse_');
    expect(memberNameRegistry(true).claim('baseURL')).toBe('baseURL_');
    expect(memberNameRegistry(false).claim('withResponse')).toBe('withResponse');
    expect(memberNameRegistry(false).claim('constructor')).toBe('constructor_');
  });
});

describe('isPackageName (what a client class cannot be called)', () => {
  it.each([
    ['APIClient', true, 'a runtime type'],
    ['BaseClient', true, 'a runtime class'],
    ['toFile', true, 'a runtime function'],
    ['Operations', true, 'a generated type'],
    ['routeOf', true, 'a generated helper'],
    ['Promise', true, 'a global type'],
    ['default', true, 'a reserved word'],
    ['PetsClient', false, 'free'],
    ['API', false, 'free'],
  ])('%s → %s (%s)', (name, want) => expect(isPackageName(name)).toBe(want));
});

describe('boundValueNames (what a path argument must not shadow)', () => {
  it.each([
    ['toFile', true],
    ['requestPage', true],
    ['routeOf', true],
    ['APIClient', true],
    ['petId', false],
  ])('%s → %s', (name, want) => expect(boundValueNames().has(name)).toBe(want));
});
