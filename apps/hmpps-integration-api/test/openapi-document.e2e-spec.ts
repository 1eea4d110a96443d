import { http, openApiProblems } from '@libs/testing';
import { documentedClassesByName } from './documented-classes';
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

  it('gives every documented class a component of its own (none documented as another of its name)', () => {
    const byName = documentedClassesByName(context.app.app);
    const shared = [...byName].filter(([, classes]) => classes.size > 1).map(([name]) => name);
    expect(byName.size).toBeGreaterThan(200);
    expect(shared).toEqual([]);
  });
});
