import { openApiProblems } from '@libs/testing';
import { startVeraWorld, VeraWorld } from './vera-test-app';

describe('the published OpenAPI document', () => {
  let world: VeraWorld;
  beforeAll(async () => {
    world = await startVeraWorld();
  });
  afterAll(async () => {
    await world?.close();
  });

  it('passes redocly lint and gives a generated client a body type for every response', async () => {
    const document = (await world.api.get('/v3/api-docs')).body as object;
    expect(await openApiProblems(document)).toEqual([]);
  });
});
