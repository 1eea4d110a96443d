import { AuditPublisher } from '@libs/queue';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const MDI = '/v1/prison/MDI/prisoners';

/**
 * Operations whose audit details come from their query or path DTO: the event carries the parameters as
 * the handler was given them (converted, defaults filled in, empty values absent), not the text as sent.
 */
describe('audit details read from the handler’s parameters', () => {
  const context = useHmppsApi();

  it.each([
    [
      'SEARCH_PERSON',
      '/v1/persons',
      { first_name: 'Ann', search_within_aliases: 'TRUE', pnc_number: '', perPage: '5' },
      { firstName: 'Ann', lastName: null, aliases: true, pncNumber: null, dateOfBirth: null },
    ],
    [
      'SEARCH_PERSON',
      '/v1/prison/prisoners',
      { last_name: 'Larsen', date_of_birth: '' },
      { firstName: null, lastName: 'Larsen', aliases: false, dateOfBirth: null },
    ],
    [
      'GET_PRISONER_CONTACTS',
      '/v1/persons/G2996UX/contacts',
      { page: '002' },
      { hmppsId: 'G2996UX', page: 2, perPage: 10 },
    ],
    [
      'GET_EPF_PROBATION_CASE_INFORMATION',
      '/v1/epf/person-details/AB123123/01',
      {},
      { hmppsId: 'AB123123', eventNumber: '1' },
    ],
    [
      'GET_TRANSACTIONS_FOR_PERSON',
      `${MDI}/G2996UX/accounts/spends/transactions`,
      { from_date: '2024-03-01', to_date: '2024-03-31' },
      { hmppsId: 'G2996UX', prisonId: 'MDI', fromDate: '2024-03-01', toDate: '2024-03-31' },
    ],
  ])('%s from %s', async (what, path, query, details) => {
    const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
    try {
      const response = await context.api.get(path, { ...ALL, query });
      expect(response.status).toBe(200);
      const events = publish.mock.calls.map(([event]) => [event.what, JSON.parse(String(event.details))]);
      expect(events).toEqual([[what, details]]);
    } finally {
      publish.mockRestore();
    }
  });
});
