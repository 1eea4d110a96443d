import { expectHeadShape } from './head-contract';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const MDI_ONLY = as('specific-prison');

/** The feature-override consumer, with one flag switched for this request. */
function withFlag(flag: string, on: boolean) {
  return { headers: { ...as('feature-override-client').headers, 'x-feature-override': `${flag}=${on}` } };
}

const JOHN_DOE = {
  contactId: 123456,
  lastName: 'Doe',
  firstName: 'John',
  middleNames: 'William',
  dateOfBirth: '1980-01-01',
  flat: 'Flat 2B',
  property: 'Mansion House',
  street: 'Acacia Avenue',
  area: 'Morton Heights',
  cityCode: '25343',
  cityDescription: 'Sheffield',
  countyCode: 'S.YORKSHIRE',
  countyDescription: 'South Yorkshire',
  postCode: 'S13 4FH',
  countryCode: 'ENG',
  countryDescription: 'England',
  mailAddress: true,
  startDate: '2020-01-01',
  endDate: null,
  noFixedAddress: false,
  comments: 'Lives with partner',
};

describe('HEAD contact search and emergency contacts', () => {
  const context = useHmppsApi();

  describe('GET and POST /v1/contacts', () => {
    it('finds contacts by query, asking Personal Relationships for its page 0, and is not cached', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/contacts', { ...ALL, query: { lastName: 'doe' } });
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toEqual({
        data: [JOHN_DOE],
        pagination: { isLastPage: true, count: 1, page: 1, perPage: 10, totalCount: 1, totalPages: 1 },
      });
      expectHeadShape('GET /v1/contacts', response);
      const [upstream] = await context.stubs.requests('/personal-relationships/contact/search');
      expect(upstream.query).toEqual({ page: '0', size: '10', lastName: 'doe', searchType: 'EXACT' });
    });

    it('takes the criteria from a POST body, ignoring the query, with paging from the query', async () => {
      const response = await context.api.post('/v1/contacts', {
        ...ALL,
        query: { lastName: 'Nobody', perPage: '1', pageNo: '2' },
        body: { lastName: 'ar', searchType: 'PARTIAL' },
      });
      expect(response.status).toBe(200);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 0,
        page: 2,
        perPage: 1,
        totalCount: 1,
        totalPages: 1,
      });
      expectHeadShape('POST /v1/contacts', response);
      const byDate = await context.api.post('/v1/contacts', { ...ALL, body: { dateOfBirth: '14/09/1978' } });
      expect(byDate.body.data.map((contact: { contactId: number }) => contact.contactId)).toEqual([654321]);
      expectHeadShape('POST /v1/contacts', byDate);
    });

    it('refuses a search without criteria, a date that is not dd/mm/yyyy, and bad paging or search type', async () => {
      const none = await context.api.get('/v1/contacts', ALL);
      expect(none.status).toBe(400);
      expect(none.body).toEqual({
        status: 400,
        errorCode: null,
        userMessage: 'No search criteria found',
        developerMessage: 'Validation failure: No search criteria found',
        moreInfo: null,
      });
      const badDate = await context.api.get('/v1/contacts', { ...ALL, query: { dateOfBirth: '1980-01-01' } });
      expect(badDate.body.userMessage).toBe('dateOfBirth invalid format (should be dd/mm/yyyy)');
      const impossible = await context.api.post('/v1/contacts', {
        ...ALL,
        body: { dateOfBirth: '31/02/1980' },
      });
      expect(impossible.status).toBe(400);
      const badPage = await context.api.get('/v1/contacts', {
        ...ALL,
        query: { lastName: 'Doe', pageNo: '0' },
      });
      expect(badPage.status).toBe(400);
      const badType = await context.api.get('/v1/contacts', {
        ...ALL,
        query: { lastName: 'Doe', searchType: 'FUZZY' },
      });
      expect(badType.status).toBe(400);
    });

    it('answers a body breaking its rules with every message', async () => {
      const response = await context.api.post('/v1/contacts', {
        ...ALL,
        body: { firstName: 7, searchType: 'FUZZY' },
      });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({
        status: 400,
        userMessage: 'Validation issues in request body',
        developerMessage: 'Validation issues in request body',
        validationErrors: expect.arrayContaining(['searchType must be one of EXACT, PARTIAL, SOUNDS_LIKE']),
      });
      expectHeadShape('POST /v1/contacts', response);
    });

    it('names Personal Relationships when it fails or is too slow', async () => {
      await context.stubs.setFault({ prefix: '/personal-relationships/contact/search', status: 500 });
      const failed = await context.api.get('/v1/contacts', { ...ALL, query: { lastName: 'Doe' } });
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('personal-relationships');
      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/personal-relationships/contact/search', latencyMs: 4000 });
      const slow = await context.api.get('/v1/contacts', { ...ALL, query: { lastName: 'Doe' } });
      expect(slow.status).toBe(500);
    });

    it('is unavailable while contact-search-endpoint-enabled is off', async () => {
      const off = await context.api.post('/v1/contacts', {
        ...withFlag('contact-search-endpoint-enabled', false),
        body: { lastName: 'Doe' },
      });
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('Feature flag is disabled: contact-search-endpoint-enabled');
      const on = await context.api.post('/v1/contacts', {
        ...withFlag('contact-search-endpoint-enabled', true),
        body: { lastName: 'Doe' },
      });
      expect(on.status).toBe(200);
    });

    it('audits the criteria used as SEARCH_CONTACTS', async () => {
      await context.queues.collect('audit', { count: 0, quietMs: 1000 });
      await context.api.post('/v1/contacts', { ...ALL, body: { lastName: 'Doe' } });
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toMatchObject({
        what: 'SEARCH_CONTACTS',
        details: JSON.stringify({
          firstName: null,
          middleNames: null,
          lastName: 'Doe',
          dateOfBirth: null,
          searchType: 'EXACT',
        }),
      });
    });
  });

  describe('GET /v1/persons/{hmppsId}/emergency-contacts', () => {
    it("answers only the prisoner's emergency contacts and next of kin", async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX/emergency-contacts', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(1);
      expect(response.body.data[0].contact).toMatchObject({ contactId: 654321, firstName: 'Karen' });
      expect(response.body.data[0].relationship).toMatchObject({ nextOfKin: true, emergencyContact: true });
      expect(response.body.pagination).toMatchObject({ page: 1, totalCount: 1 });
      expectHeadShape('GET /v1/persons/{hmppsId}/emergency-contacts', response);
      const [upstream] = await context.stubs.requests('/personal-relationships/prisoner/G2996UX/contact');
      expect(upstream.query).toEqual({ page: '0', size: '10', emergencyContactOrNextOfKin: 'true' });
    });

    it('gives the filter answer outside the consumer’s prisons, 404 for an unknown prisoner, 400 for a bad id', async () => {
      const outside = await context.api.get('/v1/persons/A1234AA/emergency-contacts', MDI_ONLY);
      expect(outside.status).toBe(404);
      expect(outside.body.userMessage).toBe('The requested resource could not be found');
      const unknown = await context.api.get('/v1/persons/Z9999ZZ/emergency-contacts', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: Z9999ZZ');
      const invalid = await context.api.get('/v1/persons/not-an-id/emergency-contacts', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: not-an-id');
    });

    it('names Personal Relationships when it fails, and is unavailable while its flag is off', async () => {
      await context.stubs.setFault({
        prefix: '/personal-relationships/prisoner/G2996UX/contact',
        status: 500,
      });
      const failed = await context.api.get('/v1/persons/G2996UX/emergency-contacts', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('personal-relationships');
      await context.stubs.resetFaults();
      const off = await context.api.get(
        '/v1/persons/G2996UX/emergency-contacts',
        withFlag('use-emergency-contacts-endpoint', false),
      );
      expect(off.status).toBe(503);
      expect(off.body.userMessage).toContain('Feature flag is disabled: use-emergency-contacts-endpoint');
    });
  });

  describe('GET /v1/contacts/{contactId}/linked-prisoners', () => {
    it('answers one entry per relationship, paged by Personal Relationships (its page 0 is page 1)', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/contacts/123456/linked-prisoners', {
        ...ALL,
        query: { pageNo: '2', perPage: '3' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: [
          {
            prisonerNumber: 'A1234AA',
            lastName: 'MORGAN',
            firstName: 'JOHN',
            middleNames: null,
            relationshipTypeCode: 'S',
            relationshipTypeDescription: 'Social',
            relationshipToPrisonerCode: 'BRO',
            relationshipToPrisonerDescription: 'Brother',
            isRelationshipActive: true,
            prisonerContactId: 7101,
          },
        ],
        pagination: { isLastPage: true, count: 1, page: 2, perPage: 3, totalCount: 4, totalPages: 2 },
      });
      expectHeadShape('GET /v1/contacts/{contactId}/linked-prisoners', response);
      const [upstream] = await context.stubs.requests(
        '/personal-relationships/contact/123456/linked-prisoners',
      );
      expect(upstream.query).toEqual({ page: '1', size: '3' });
    });

    it('is not found for an unknown contact and refuses a bad id or paging', async () => {
      const unknown = await context.api.get('/v1/contacts/999999/linked-prisoners', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Linked prisoners not found for 999999');
      expectHeadShape('GET /v1/contacts/{contactId}/linked-prisoners', unknown);
      expect((await context.api.get('/v1/contacts/abc/linked-prisoners', ALL)).status).toBe(400);
      const badPage = await context.api.get('/v1/contacts/123456/linked-prisoners', {
        ...ALL,
        query: { perPage: '0' },
      });
      expect(badPage.status).toBe(400);
    });

    it('names a failing Personal Relationships, is unavailable while its flag is off, and audits', async () => {
      await context.stubs.setFault({ prefix: '/personal-relationships/contact/123456', status: 500 });
      const failed = await context.api.get('/v1/contacts/123456/linked-prisoners', ALL);
      expect(failed.status).toBe(500);
      expect(failed.body.userMessage).toContain('personal-relationships');
      await context.stubs.resetFaults();
      const off = await context.api.get(
        '/v1/contacts/123456/linked-prisoners',
        withFlag('contact-linked-prisoners-endpoint-enabled', false),
      );
      expect(off.status).toBe(503);
      await context.queues.collect('audit', { count: 0, quietMs: 1000 });
      await context.api.get('/v1/contacts/654321/linked-prisoners', ALL);
      const [event] = await context.queues.collect('audit', { count: 1, quietMs: 1000 });
      expect(event.json).toMatchObject({
        what: 'GET_CONTACT_LINKED_PRISONERS',
        details: '{"contactId":"654321"}',
      });
    });
  });
});
