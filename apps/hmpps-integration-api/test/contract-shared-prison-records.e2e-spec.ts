import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');

/**
 * HEAD's shapes for the prison-record operations we share with it (sentences, offences, adjudications,
 * alerts, case notes, incentives, learning plans, contacts), called over HTTP against the upstream stubs.
 */
describe('contract with HEAD: prison records', () => {
  const context = useHmppsApi();

  it.each([
    ['GET /v1/persons/{hmppsId}/sentences', '/v1/persons/G2996UX/sentences', {}],
    [
      'GET /v1/persons/{hmppsId}/sentences/latest-key-dates-and-adjustments',
      '/v1/persons/G2996UX/sentences/latest-key-dates-and-adjustments',
      {},
    ],
    ['GET /v1/persons/{hmppsId}/offences', '/v1/persons/G2996UX/offences', {}],
    ['GET /v1/persons/{hmppsId}/offences', '/v1/persons/AB123123/offences', {}],
    ['GET /v1/persons/{hmppsId}/reported-adjudications', '/v1/persons/G2996UX/reported-adjudications', {}],
    ['GET /v1/persons/{hmppsId}/alerts', '/v1/persons/G2996UX/alerts', {}],
    ['GET /v1/persons/{hmppsId}/case-notes', '/v1/persons/G2996UX/case-notes', {}],
    ['GET /v1/persons/{hmppsId}/iep-level', '/v1/persons/G2996UX/iep-level', {}],
    ['GET /v1/persons/{hmppsId}/plp-induction-schedule', '/v1/persons/G2996UX/plp-induction-schedule', {}],
    [
      'GET /v1/persons/{hmppsId}/plp-induction-schedule/history',
      '/v1/persons/G2996UX/plp-induction-schedule/history',
      {},
    ],
    ['GET /v1/persons/{hmppsId}/plp-review-schedule', '/v1/persons/G2996UX/plp-review-schedule', {}],
    ['GET /v1/persons/{hmppsId}/contacts', '/v1/persons/G2996UX/contacts', {}],
    ['GET /v1/contacts/{contactId}', '/v1/contacts/123456', {}],
  ])('%s (%s)', async (operation, path, query) => {
    const response = await context.api.get(path, { ...ALL, query });
    expect(response.status).toBe(200);
    expectHeadShape(operation, response);
  });
});
