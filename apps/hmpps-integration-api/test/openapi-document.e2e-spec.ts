import { http, openApiProblems } from '@libs/testing';
import { as, HmppsTestContext, startHmppsApi } from './hmpps-test-app';

describe('the published OpenAPI document', () => {
  let context: HmppsTestContext;
  beforeAll(async () => {
    context = await startHmppsApi();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('passes redocly lint and gives a generated client a body type for every response', async () => {
    // The document is behind consumer authorisation like every path: asked for as a consumer may.
    const document = (await http(context.app.url).get('/v3/api-docs', as('all-access'))).body as object;
    expect(await openApiProblems(document)).toEqual([]);
  });
});
