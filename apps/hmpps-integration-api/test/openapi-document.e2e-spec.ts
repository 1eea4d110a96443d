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

  it('documents the refusals and the redirect as they are answered', async () => {
    const document = (await http(context.app.url).get('/v3/api-docs', as('all-access'))).body as {
      paths: Record<string, Record<string, { responses: Record<string, Record<string, unknown>> }>>;
    };
    const person = document.paths['/v1/persons/{encodedHmppsId}'].get.responses;
    expect(person['303']).toMatchObject({ headers: { Location: { schema: { type: 'string' } } } });
    expect(person['303']).not.toHaveProperty('content');
    // The authorisation filter's Spring shape, or the error envelope when an upstream refuses.
    expect(person['403']).toMatchObject({
      content: {
        'application/json': {
          schema: {
            oneOf: [
              { $ref: '#/components/schemas/ForbiddenResponse' },
              { $ref: '#/components/schemas/ErrorResponse' },
            ],
          },
        },
      },
    });
    // A flagged operation says what it answers while its flag is off.
    expect(document.paths['/v1/contacts'].get.responses['503']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
    });
  });

  it('gives every documented class a component of its own (none documented as another of its name)', () => {
    const byName = documentedClassesByName(context.app.app);
    const shared = [...byName].filter(([, classes]) => classes.size > 1).map(([name]) => name);
    expect(byName.size).toBeGreaterThan(200);
    expect(shared).toEqual([]);
  });
});
