import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

/**
 * HEAD's shapes for the person, identity and prisoner operations we share with it: each call goes to our
 * app over HTTP against the upstream stubs, and the body must have every key HEAD's models give it, with
 * HEAD's types and nullability (contract/shapes).
 */
describe('contract with HEAD: persons, identities, prisoners', () => {
  const context = useHmppsApi();

  it.each([
    ['GET /v1/persons', '/v1/persons', { last_name: 'Larsen' }],
    ['GET /v1/persons/{hmppsId}', '/v1/persons/AB123123', {}],
    ['GET /v1/persons/{hmppsId}', '/v1/persons/G2996UX', {}],
    ['GET /v1/persons/{hmppsId}/name', '/v1/persons/G2996UX/name', {}],
    ['GET /v1/persons/{hmppsId}/cell-location', '/v1/persons/G2996UX/cell-location', {}],
    ['GET /v1/persons/{hmppsId}/images', '/v1/persons/G2996UX/images', {}],
    ['GET /v1/hmpps/id/nomis-number/{nomisNumber}', '/v1/hmpps/id/nomis-number/G2996UX', {}],
    ['GET /v1/hmpps/id/by-nomis-number/{nomisNumber}', '/v1/hmpps/id/by-nomis-number/G2996UX', {}],
    [
      'GET /v1/hmpps/id/nomis-number/by-hmpps-id/{hmppsId}',
      '/v1/hmpps/id/nomis-number/by-hmpps-id/AB123123',
      {},
    ],
    ['GET /v1/persons/{hmppsId}/addresses', '/v1/persons/G2996UX/addresses', {}],
    ['GET /v1/persons/{hmppsId}/addresses', '/v1/persons/AB123123/addresses', {}],
    [
      'GET /v1/persons/{hmppsId}/protected-characteristics',
      '/v1/persons/G2996UX/protected-characteristics',
      {},
    ],
    ['GET /v1/prison/prisoners', '/v1/prison/prisoners', { last_name: 'Larsen' }],
    ['GET /v1/prison/prisoners/{hmppsId}', '/v1/prison/prisoners/G2996UX', {}],
    ['GET /v1/hmpps/reference-data', '/v1/hmpps/reference-data', {}],
  ])('%s (%s)', async (operation, path, query) => {
    const response = await context.api.get(path, { ...ALL, query });
    expect(response.status).toBe(200);
    expectHeadShape(operation, response);
  });

  it('PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobId}: HEAD’s 410 ErrorResponse (its flag off)', async () => {
    const response = await context.api.put('/v1/persons/G2996UX/expression-of-interest/jobs/J1', ALL);
    expect(response.status).toBe(410);
    expectHeadShape('PUT /v1/persons/{hmppsId}/expression-of-interest/jobs/{jobId}', response);
  });
});
