import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');
const NO_PRISONS = as('no-prisons');

describe('non-associations and visits', () => {
  const context = useHmppsApi();

  describe('GET /v1/prison/{prisonId}/prisoners/{hmppsId}/non-associations (#14)', () => {
    const path = '/v1/prison/MDI/prisoners/G2996UX/non-associations';

    it('lists the open non-associations by default', async () => {
      const response = await context.api.get(path, ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          nonAssociations: [
            {
              id: 101,
              role: 'VICTIM',
              roleDescription: 'Victim',
              reason: 'BULLYING',
              reasonDescription: 'Bullying',
              restrictionType: 'CELL',
              restrictionTypeDescription: 'Cell only',
              comment: 'Repeated arguments on the wing',
              authorisedBy: 'OFF3_GEN',
              whenCreated: '2024-03-01T10:15:30.123456',
              whenUpdated: '2024-03-02T09:00:00.000001',
              updatedBy: 'OFF3_GEN',
              isClosed: false,
              closedBy: null,
              closedReason: null,
              closedAt: null,
              otherPrisonerDetails: {
                prisonerNumber: 'H1234BB',
                role: 'PERPETRATOR',
                roleDescription: 'Perpetrator',
                firstName: 'EMMA',
                lastName: 'LARSEN',
                prisonId: 'LEI',
                prisonName: 'Leeds (HMP)',
                cellLocation: 'A-2-011',
              },
              isOpen: true,
            },
          ],
        },
      });
    });

    it('passes includeOpen and includeClosed upstream', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path, {
        ...ALL,
        query: { includeOpen: 'false', includeClosed: 'true' },
      });
      expect(response.body.data.nonAssociations.map((item: { id: number }) => item.id)).toEqual([102]);
      const [call] = await context.stubs.requests('/non-associations');
      expect(call.query).toEqual({ includeOpen: 'false', includeClosed: 'true' });
    });

    it('answers 400 when both flags are false or a flag is not a boolean', async () => {
      const none = await context.api.get(path, { ...ALL, query: { includeOpen: 'false' } });
      expect(none.status).toBe(400);
      expect(none.body.userMessage).toBe('includeOpen or includeClosed must be provided.');
      const bad = await context.api.get(path, { ...ALL, query: { includeClosed: 'maybe' } });
      expect(bad.status).toBe(400);
    });

    it('answers 404 for a filtered prison without calling upstream, an unknown prisoner and an empty list', async () => {
      await context.stubs.clearRequests();
      const filtered = await context.api.get('/v1/prison/LEI/prisoners/A1234AA/non-associations', LIMITED);
      expect(filtered.status).toBe(404);
      expect(filtered.body.userMessage).toBe('Could not find prisoner with hmppsId: A1234AA');
      expect(await context.stubs.requests()).toEqual([]);
      const unknown = await context.api.get('/v1/prison/MDI/prisoners/Z9999ZZ/non-associations', ALL);
      expect(unknown.status).toBe(404);
      const empty = await context.api.get('/v1/prison/LEI/prisoners/A1234AA/non-associations', ALL);
      expect(empty.status).toBe(404);
    });
  });

  describe('GET /v1/prison/{prisonId}/visit/search (#15)', () => {
    it('searches one prison, turning our 1-based page into the upstream 0-based one and back', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/prison/MDI/visit/search', {
        ...ALL,
        query: { visitStatus: 'BOOKED', page: 2, size: 2 },
      });
      expect(response.status).toBe(200);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 1,
        page: 2,
        perPage: 2,
        totalCount: 3,
        totalPages: 2,
      });
      expect(response.body.data.map((visit: { reference: string }) => visit.reference)).toEqual([
        'cd-ef-gh-ij',
      ]);
      const [call] = await context.stubs.requests('/manage-prison-visits');
      expect(call.query).toEqual({ prisonId: 'MDI', visitStatus: 'BOOKED', page: '1', size: '2' });
    });

    it('narrows by person (CRN resolved to the NOMIS number) and dates', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/prison/MDI/visit/search', {
        ...ALL,
        query: { visitStatus: 'BOOKED', hmppsId: 'AB123123', fromDate: '2030-01-01', toDate: '2030-12-31' },
      });
      expect(response.status).toBe(200);
      expect(response.body.data.map((visit: { reference: string }) => visit.reference)).toEqual([
        'ab-cd-ef-gh',
        'bc-de-fg-hi',
      ]);
      expect(response.body.data[0]).toEqual({
        applicationReference: 'aabcdefgh',
        reference: 'ab-cd-ef-gh',
        prisonerId: 'G2996UX',
        prisonId: 'MDI',
        prisonName: 'Moorland (HMP & YOI)',
        sessionTemplateReference: 'st.ab.cd.ef.gh',
        visitRoom: 'Visits Main Hall',
        visitType: 'SOCIAL',
        visitStatus: 'BOOKED',
        visitSubStatus: 'AUTO_APPROVED',
        outcomeStatus: null,
        visitRestriction: 'OPEN',
        startTimestamp: '2030-05-10T14:00:00',
        endTimestamp: '2030-05-10T15:00:00',
        visitNotes: [{ type: 'VISITOR_CONCERN', text: 'Visitor uses a wheelchair' }],
        visitContact: { name: 'John Doe', telephone: '01234 567890', email: 'john.doe@example.com' },
        visitors: [{ contactId: 123456, visitContact: true }],
        visitorSupport: { description: 'Wheelchair access' },
        visitExternalSystemDetails: {
          clientName: 'book-a-prison-visit',
          clientVisitReference: 'bapv-ab-cd-ef-gh',
        },
        createdTimestamp: '2030-05-10T08:00:00',
        modifiedTimestamp: '2030-05-10T08:30:00',
        firstBookedDateTime: '2030-05-10T08:00:00',
      });
      const [call] = await context.stubs.requests('/manage-prison-visits');
      expect(call.query).toMatchObject({
        prisonerId: 'G2996UX',
        visitStartDate: '2030-01-01',
        visitEndDate: '2030-12-31',
        page: '0',
        size: '10',
      });
    });

    it('answers 400 for a missing or unknown visit status, a bad date and a bad hmppsId', async () => {
      for (const query of [{}, { visitStatus: 'BOOKING' }, { visitStatus: 'BOOKED', hmppsId: 'nope' }]) {
        const response = await context.api.get('/v1/prison/MDI/visit/search', { ...ALL, query });
        expect(response.status).toBe(400);
        expect(response.body.userMessage).toBe('Invalid query parameters.');
      }
      const date = await context.api.get('/v1/prison/MDI/visit/search', {
        ...ALL,
        query: { visitStatus: 'BOOKED', fromDate: '2030-13-01' },
      });
      expect(date.status).toBe(400);
    });

    it('answers 404 for a prison outside the consumer prisons, before any upstream call', async () => {
      await context.stubs.clearRequests();
      for (const consumer of [LIMITED, NO_PRISONS]) {
        const response = await context.api.get('/v1/prison/LEI/visit/search', {
          ...consumer,
          query: { visitStatus: 'BOOKED' },
        });
        expect(response.status).toBe(404);
        expect(response.body.userMessage).toBe('Could not find visits with supplied query parameters.');
      }
      expect(await context.stubs.requests()).toEqual([]);
    });

    it('fails with a 5xx naming the upstream when Manage Prison Visits fails', async () => {
      await context.stubs.setFault({ prefix: '/manage-prison-visits', status: 502 });
      const response = await context.api.get('/v1/prison/MDI/visit/search', {
        ...ALL,
        query: { visitStatus: 'BOOKED' },
      });
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('manage-prison-visits');
    });
  });

  describe('GET /v1/visit/{visitReference} (#16)', () => {
    it('gives the visit, filtered on the prison in the visit', async () => {
      const response = await context.api.get('/v1/visit/ab-cd-ef-gh', LIMITED);
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ reference: 'ab-cd-ef-gh', prisonId: 'MDI' });
      const elsewhere = await context.api.get('/v1/visit/ef-gh-ij-kl', LIMITED);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body.userMessage).toBe(
        'Could not find visit information for visit reference: ef-gh-ij-kl',
      );
      expect((await context.api.get('/v1/visit/ef-gh-ij-kl', ALL)).status).toBe(200);
    });

    it('answers 404 for an unknown visit and a visit without a prison', async () => {
      expect((await context.api.get('/v1/visit/zz-zz-zz-zz', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/visit/hi-jk-lm-no', ALL)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/visit/future (#36)', () => {
    it('lists booked visits still to come', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/visit/future', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data.map((visit: { reference: string }) => visit.reference)).toEqual([
        'bc-de-fg-hi',
        'ab-cd-ef-gh',
      ]);
    });

    it('answers 400 for an invalid id and 404 outside the consumer prisons', async () => {
      const invalid = await context.api.get('/v1/persons/nope/visit/future', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Bad request from upstream Invalid HMPPS ID: nope');
      const filtered = await context.api.get('/v1/persons/A1234AA/visit/future', LIMITED);
      expect(filtered.status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/visit-restrictions (#37)', () => {
    it('lists the restrictions on the prisoner visits', async () => {
      const response = await context.api.get('/v1/persons/AB123123/visit-restrictions', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          restrictionId: 1001,
          comment: 'Closed visits after smuggling attempt',
          restrictionType: 'CLOSED',
          restrictionTypeDescription: 'Closed',
          startDate: '2024-01-15',
          expiryDate: '2024-07-15',
          active: true,
        },
        expect.objectContaining({ restrictionId: 1002, comment: '', expiryDate: null }),
      ]);
    });

    it('answers 400, 404 for someone unknown and 404 outside the consumer prisons', async () => {
      expect((await context.api.get('/v1/persons/nope/visit-restrictions', ALL)).status).toBe(400);
      expect((await context.api.get('/v1/persons/G4563QC/visit-restrictions', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/visit-restrictions', LIMITED)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/visitor/{contactId}/restrictions (#38)', () => {
    it('collects every relationship restriction and the global ones once', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX/visitor/123456/restrictions', ALL);
      expect(response.status).toBe(200);
      expect(
        response.body.data.prisonerContactRestrictions.map(
          (item: { restrictionType: string }) => item.restrictionType,
        ),
      ).toEqual(['CLOSED', 'NONCON']);
      expect(response.body.data.contactGlobalRestrictions).toEqual([
        {
          restrictionType: 'BAN',
          restrictionTypeDescription: 'Banned',
          startDate: '2024-01-01',
          expiryDate: '2024-12-31',
          comments: 'Banned from all establishments',
          enteredByUsername: 'OFFICER2',
          enteredByDisplayName: 'Sam Officer',
          createdBy: 'JD000001',
          createdTime: '2024-01-01T00:00:00',
          updatedBy: 'JD000001',
          updatedTime: '2024-02-01T00:00:00',
        },
      ]);
      // The third relationship (7003) is unknown upstream and skipped.
      const restrictionCalls = await context.stubs.requests('/personal-relationships/prisoner-contact');
      expect(restrictionCalls.map((call) => call.path).sort()).toEqual([
        '/personal-relationships/prisoner-contact/7001/restriction',
        '/personal-relationships/prisoner-contact/7002/restriction',
        '/personal-relationships/prisoner-contact/7003/restriction',
      ]);
    });

    it('answers 400 for a contact id that is not a number', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/visitor/abc/restrictions', ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid contact ID');
    });

    it('answers 404 when the contact is not linked to the prisoner, or the prisoner is filtered out', async () => {
      const unlinked = await context.api.get('/v1/persons/G4563QC/visitor/123456/restrictions', ALL);
      expect(unlinked.status).toBe(404);
      expect(unlinked.body.userMessage).toBe(
        'Could not find prisoner with visitor restrictions(hmmpsId, contactId): G4563QC 123456',
      );
      const filtered = await context.api.get('/v1/persons/A1234AA/visitor/123456/restrictions', LIMITED);
      expect(filtered.status).toBe(404);
      const unknownContact = await context.api.get('/v1/persons/G2996UX/visitor/999/restrictions', ALL);
      expect(unknownContact.status).toBe(404);
    });

    it('fails when a relationship lookup fails other than with 404', async () => {
      await context.stubs.setFault({ prefix: '/personal-relationships/prisoner-contact/7002', status: 500 });
      const response = await context.api.get('/v1/persons/G2996UX/visitor/123456/restrictions', ALL);
      expect(response.status).toBe(500);
    });
  });

  describe('GET /v1/persons/{hmppsId}/visit-orders (#39)', () => {
    it('gives the remaining visit orders', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/visit-orders', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { remainingVisitOrders: 2, remainingPrivilegeVisitOrders: 1 } });
    });

    it('answers 404 when a balance is 0 (as the reference), someone unknown, or outside the prisons', async () => {
      expect((await context.api.get('/v1/persons/A1234AA/visit-orders', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/G4563QC/visit-orders', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/visit-orders', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/nope/visit-orders', ALL)).status).toBe(400);
    });
  });
});
