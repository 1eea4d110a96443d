import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');

describe('contacts, incentives and learning plans', () => {
  const context = useHmppsApi();

  describe('GET /v1/persons/{hmppsId}/contacts (#40)', () => {
    it('gives the first page as page 1, asking Personal Relationships for its page 0', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get('/v1/persons/G2996UX/contacts', {
        ...ALL,
        query: { perPage: 2 },
      });
      expect(response.status).toBe(200);
      expect(response.body.pagination).toEqual({
        isLastPage: false,
        count: 2,
        page: 1,
        perPage: 2,
        totalCount: 3,
        totalPages: 2,
      });
      expect(response.body.data[0]).toEqual({
        contact: {
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
          primaryAddress: true,
          mailAddress: true,
          phoneType: 'MOB',
          phoneTypeDescription: 'Mobile',
          phoneNumber: '+447700900123',
          extNumber: null,
        },
        relationship: {
          relationshipTypeCode: 'S',
          relationshipTypeDescription: 'Social',
          relationshipToPrisonerCode: 'FRI',
          relationshipToPrisonerDescription: 'Friend',
          approvedVisitor: true,
          nextOfKin: false,
          emergencyContact: false,
          isRelationshipActive: true,
          currentTerm: true,
          comments: 'Close family friend',
        },
      });
      const [call] = await context.stubs.requests('/personal-relationships/prisoner/G2996UX/contact');
      expect(call.query).toEqual({ page: '0', size: '2' });
    });

    it('gives the last page as page 2', async () => {
      const response = await context.api.get('/v1/persons/AB123123/contacts', {
        ...ALL,
        query: { page: 2, perPage: 2 },
      });
      expect(response.body.pagination).toMatchObject({ isLastPage: true, count: 1, page: 2, totalCount: 3 });
      expect(response.body.data[0].contact.contactId).toBe(123456);
      expect(response.body.data[0].relationship.relationshipToPrisonerCode).toBe('SPON');
    });

    it('answers 400 for a bad id or page, and 404 for someone unknown or outside the consumer prisons', async () => {
      const invalid = await context.api.get('/v1/persons/nope/contacts', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid HMPPS ID: nope');
      expect(
        (await context.api.get('/v1/persons/G2996UX/contacts', { ...ALL, query: { page: 0 } })).status,
      ).toBe(400);
      const unknown = await context.api.get('/v1/persons/G4563QC/contacts', ALL);
      expect(unknown.status).toBe(404);
      expect(unknown.body.userMessage).toBe('Could not find person with id: G4563QC');
      expect((await context.api.get('/v1/persons/A1234AA/contacts', LIMITED)).status).toBe(404);
    });
  });

  describe('GET /v1/contacts/{contactId} (#41)', () => {
    it('gives the contact in full with an empty error list', async () => {
      const response = await context.api.get('/v1/contacts/123456', ALL);
      expect(response.status).toBe(200);
      expect(response.body.errors).toEqual([]);
      expect(response.body.data).toMatchObject({
        contactId: 123456,
        titleCode: 'MR',
        titleDescription: 'Mr',
        lastName: 'Doe',
        firstName: 'John',
        middleNames: 'William',
        dateOfBirth: '1980-01-01',
        isStaff: false,
        deceasedDate: null,
        languageCode: 'ENG',
        interpreterRequired: false,
        phoneNumbers: [
          { phoneType: 'MOB', phoneTypeDescription: 'Mobile', phoneNumber: '+447700900123', extNumber: null },
        ],
        emailAddresses: [{ emailAddress: 'john.doe@example.com' }],
        genderCode: 'M',
        genderDescription: 'Male',
      });
      expect(response.body.data.addresses[0]).toMatchObject({
        addressType: 'HOME',
        postcode: 'S13 4FH',
        verified: true,
        phoneNumbers: [
          { phoneType: 'HOME', phoneTypeDescription: 'Home', phoneNumber: '0114 496 0000', extNumber: '123' },
        ],
      });
      expect(response.body.data).not.toHaveProperty('id');
    });

    it('answers the reference 400 for a non-numeric id and 404 naming the id', async () => {
      const invalid = await context.api.get('/v1/contacts/abc', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body).toEqual({
        status: 400,
        errorCode: null,
        userMessage: null,
        developerMessage: 'Validation failure: null',
        moreInfo: null,
      });
      expect((await context.api.get('/v1/contacts/99999999999999999999', ALL)).status).toBe(400);
      const missing = await context.api.get('/v1/contacts/777', ALL);
      expect(missing.status).toBe(404);
      expect(missing.body.userMessage).toBe('777');
    });
  });

  describe('GET /v1/persons/{hmppsId}/iep-level (#42)', () => {
    it('gives the current incentive level', async () => {
      const response = await context.api.get('/v1/persons/AB123123/iep-level', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: { iepCode: 'STD', iepLevel: 'Standard' } });
    });

    it('answers 400, 404 for someone unknown and 404 outside the consumer prisons', async () => {
      expect((await context.api.get('/v1/persons/nope/iep-level', ALL)).status).toBe(400);
      expect((await context.api.get('/v1/persons/G4563QC/iep-level', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/iep-level', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/iep-level', ALL)).body.data.iepCode).toBe('ENH');
    });

    it('fails with a 5xx naming Incentives when it fails', async () => {
      await context.stubs.setFault({ prefix: '/incentives', status: 500 });
      const response = await context.api.get('/v1/persons/G2996UX/iep-level', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('incentives');
    });
  });

  describe('PLP (#43–45)', () => {
    it('gives the current induction schedule (#43)', async () => {
      const response = await context.api.get('/v1/persons/AB123123/plp-induction-schedule', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          deadlineDate: '2024-03-01',
          status: 'COMPLETED',
          calculationRule: 'NEW_PRISON_ADMISSION',
          nomisNumber: 'G2996UX',
          systemCreatedBy: 'Alex Smith',
          systemCreatedAt: '2024-01-10T09:00:00Z',
          systemCreatedAtPrison: 'MDI',
          systemUpdatedBy: 'Fred Jones',
          systemUpdatedAt: '2024-02-13T10:00:00Z',
          systemUpdatedAtPrison: 'MDI',
          inductionPerformedBy: 'Fred Jones',
          inductionPerformedAt: '2024-02-20',
          inductionPerformedByRole: 'Peer Mentor',
          inductionPerformedAtPrison: 'MDI',
          exemptionReason: null,
          version: 3,
        },
      });
    });

    it('gives the induction schedule history (#44)', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/plp-induction-schedule/history', ALL);
      expect(response.status).toBe(200);
      expect(
        response.body.data.inductionSchedules.map((schedule: { status: string; version: number }) => [
          schedule.status,
          schedule.version,
        ]),
      ).toEqual([
        ['SCHEDULED', 1],
        ['EXEMPT_PRISONER_DRUG_OR_ALCOHOL_DEPENDENCY', 2],
        ['COMPLETED', 3],
      ]);
    });

    it('joins completed reviews onto their schedules (#45)', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/plp-review-schedule', ALL);
      expect(response.status).toBe(200);
      const [transfer, readmission, unmatched, scheduled] = response.body.data.reviewSchedules;
      expect(transfer).toEqual({
        nomisNumber: 'G2996UX',
        reference: 'a1f0c1d2-0000-4000-8000-000000000001',
        reviewDateFrom: '2024-03-01',
        reviewDateTo: '2024-04-01',
        status: 'COMPLETED',
        calculationRule: 'PRISONER_TRANSFER',
        createdBy: 'asmith_gen',
        createdByDisplayName: 'Alex Smith',
        createdAt: '2024-03-01T09:00:00Z',
        createdAtPrison: 'MDI',
        updatedBy: 'fjones_gen',
        updatedByDisplayName: 'Fred Jones',
        updatedAt: '2024-04-01T09:00:00Z',
        updatedAtPrison: 'MDI',
        version: 2,
        reviewCompletedBy: 'Pat Mentor',
        reviewCompletedByRole: 'Peer Mentor',
        reviewCompletedAt: '2024-03-20',
        reviewType: 'REGULAR',
        reviewReason: 'TRANSFER',
      });
      // No conductedBy: the review's last editor, in the default CIAG role.
      expect(readmission).toMatchObject({
        reviewCompletedBy: 'Barbara Jones',
        reviewCompletedByRole: 'CIAG',
        reviewCompletedAt: '2024-06-15',
        reviewType: 'PRE_RELEASE',
        reviewReason: 'REOFFENCE',
      });
      expect(unmatched).toMatchObject({ status: 'COMPLETED', reviewCompletedBy: null, reviewReason: null });
      expect(scheduled).toMatchObject({
        status: 'SCHEDULED',
        nomisNumber: 'G2996UX',
        reviewCompletedBy: null,
      });
    });

    it('filters by statuses, repeated or comma-separated', async () => {
      const statusesOf = (body: { data: { reviewSchedules: { status: string }[] } }) =>
        body.data.reviewSchedules.map((schedule) => schedule.status);
      const repeated = await context.api.get('/v1/persons/G2996UX/plp-review-schedule', {
        ...ALL,
        query: { statuses: ['SCHEDULED'] },
      });
      expect(statusesOf(repeated.body)).toEqual(['SCHEDULED']);
      const commas = await context.api.get('/v1/persons/G2996UX/plp-review-schedule', {
        ...ALL,
        query: { statuses: 'SCHEDULED,COMPLETED' },
      });
      expect(statusesOf(commas.body)).toHaveLength(4);
      const none = await context.api.get('/v1/persons/G2996UX/plp-review-schedule', {
        ...ALL,
        query: { statuses: 'completed' },
      });
      expect(statusesOf(none.body)).toEqual([]);
    });

    it('answers 400 for an invalid id and 404 for someone without a plan', async () => {
      for (const path of [
        'plp-induction-schedule',
        'plp-induction-schedule/history',
        'plp-review-schedule',
      ]) {
        const invalid = await context.api.get(`/v1/persons/nope/${path}`, ALL);
        expect(invalid.status).toBe(400);
        const missing = await context.api.get(`/v1/persons/A1234AA/${path}`, ALL);
        expect(missing.status).toBe(404);
        expect(missing.body.userMessage).toBe('Could not find person with id: A1234AA');
      }
    });

    it('is not filtered by prison', async () => {
      expect(
        (await context.api.get('/v1/persons/G2996UX/plp-induction-schedule', as('no-prisons'))).status,
      ).toBe(200);
    });
  });
});
