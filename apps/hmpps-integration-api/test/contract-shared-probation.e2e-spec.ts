import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

/**
 * HEAD's shapes for the probation operations we share with it (risks, needs, plans, officers, licences,
 * EPF case details), called over HTTP against the upstream stubs.
 */
describe('contract with HEAD: probation records', () => {
  const context = useHmppsApi();

  it.each([
    ['GET /v1/persons/{hmppsId}/risks/scores', '/v1/persons/AB123123/risks/scores'],
    ['GET /v1/persons/{hmppsId}/risks/serious-harm', '/v1/persons/AB123123/risks/serious-harm'],
    ['GET /v1/persons/{hmppsId}/risks/mappadetail', '/v1/persons/AB123123/risks/mappadetail'],
    ['GET /v1/persons/{hmppsId}/risks/dynamic', '/v1/persons/AB123123/risks/dynamic'],
    ['GET /v1/persons/{hmppsId}/risks/categories', '/v1/persons/G2996UX/risks/categories'],
    ['GET /v1/persons/{hmppsId}/risk-management-plan', '/v1/persons/AB123123/risk-management-plan'],
    ['GET /v1/persons/{hmppsId}/needs', '/v1/persons/AB123123/needs'],
    ['GET /v1/persons/{hmppsId}/status-information', '/v1/persons/AB123123/status-information'],
    [
      'GET /v1/persons/{hmppsId}/person-responsible-officer',
      '/v1/persons/AB123123/person-responsible-officer',
    ],
    ['GET /v1/persons/{hmppsId}/licences/conditions', '/v1/persons/AB123123/licences/conditions'],
    ['GET /v1/epf/person-details/{hmppsId}/{eventNumber}', '/v1/epf/person-details/AB123123/1'],
  ])('%s (%s)', async (operation, path) => {
    const response = await context.api.get(path, ALL);
    expect(response.status).toBe(200);
    expectHeadShape(operation, response);
  });
});
