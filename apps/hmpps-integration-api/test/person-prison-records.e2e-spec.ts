import { AuditPublisher } from '@libs/queue';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');
const NO_PRISONS = as('no-prisons');
const PNC = '2004%2F13116M';

const term = (
  values: Partial<Record<'years' | 'months' | 'weeks' | 'days', number>>,
  prisonTermCode: string,
) => ({
  years: null,
  months: null,
  weeks: null,
  days: null,
  hours: null,
  ...values,
  prisonTermCode,
});

const NOMIS = { serviceSource: 'PRISON_API', systemSource: 'PRISON_SYSTEMS' };
const DELIUS = { serviceSource: 'NDELIUS', systemSource: 'PROBATION_SYSTEMS' };

const ROBERT_SENTENCES = [
  {
    ...NOMIS,
    dateOfSentencing: '2022-01-10',
    description: 'Imprisonment in Default of Fine',
    isActive: true,
    isCustodial: true,
    fineAmount: 480.59,
    length: { duration: null, units: null, terms: [term({ days: 28 }, 'IMP')] },
  },
  {
    ...NOMIS,
    dateOfSentencing: '2021-06-14',
    description: 'ORA CJA03 Standard Determinate Sentence',
    isActive: true,
    isCustodial: true,
    fineAmount: null,
    length: { duration: null, units: null, terms: [term({ years: 4, months: 6 }, 'IMP')] },
  },
  {
    ...NOMIS,
    dateOfSentencing: '2009-09-09',
    description: 'Young Offender Inst - >=12 mths',
    isActive: false,
    isCustodial: true,
    fineAmount: null,
    length: {
      duration: null,
      units: null,
      terms: [term({ years: 1, months: 6, weeks: 2, days: 3 }, 'IMP'), term({ months: 12 }, 'LIC')],
    },
  },
  {
    ...DELIUS,
    dateOfSentencing: '2021-06-14',
    description: 'CJA - Std Determinate Custody',
    isActive: true,
    isCustodial: true,
    fineAmount: null,
    length: { duration: 54, units: 'Months', terms: [] },
  },
  {
    ...DELIUS,
    dateOfSentencing: '2016-01-20',
    description: 'ORA Community Order',
    isActive: false,
    isCustodial: false,
    fineAmount: null,
    length: { duration: 12, units: 'Months', terms: [] },
  },
];

const ROBERT_OFFENCES = [
  {
    ...NOMIS,
    cjsCode: 'CD71039',
    hoCode: null,
    courtDates: [],
    courtName: null,
    description: 'Criminal damage to property valued under £5000',
    endDate: null,
    startDate: '2021-12-01',
    statuteCode: 'CD71',
  },
  {
    ...NOMIS,
    cjsCode: 'TH68010',
    hoCode: null,
    courtDates: ['2021-06-14'],
    courtName: null,
    description: 'Burglary dwelling - with intent to steal',
    endDate: '2020-11-03',
    startDate: '2020-11-02',
    statuteCode: 'TH68',
  },
  {
    ...NOMIS,
    cjsCode: 'TH68037',
    hoCode: null,
    courtDates: ['2009-09-09'],
    courtName: null,
    description: 'Theft from a shop',
    endDate: null,
    startDate: '2009-03-14',
    statuteCode: 'TH68',
  },
  {
    ...DELIUS,
    cjsCode: null,
    hoCode: '05600',
    courtDates: ['2021-06-14', '2021-03-02'],
    courtName: 'Sheffield Crown Court',
    description:
      'Burglary (dwelling) with intent to commit, or the commission of an offence triable only on indictment',
    endDate: null,
    startDate: '2020-11-02',
    statuteCode: null,
  },
  {
    ...DELIUS,
    cjsCode: null,
    hoCode: '14900',
    courtDates: ['2021-06-14', '2021-03-02'],
    courtName: 'Sheffield Crown Court',
    description: 'Criminal damage to property',
    endDate: null,
    startDate: '2020-11-03',
    statuteCode: null,
  },
  {
    ...DELIUS,
    cjsCode: null,
    hoCode: '12500',
    courtDates: ['2016-01-20'],
    courtName: 'Doncaster Magistrates Court',
    description: 'Assault occasioning actual bodily harm',
    endDate: null,
    startDate: '2015-10-04',
    statuteCode: null,
  },
];

const notFoundBody = (id: string) => ({
  status: 404,
  errorCode: null,
  userMessage: `Could not find person with id: ${id}`,
  developerMessage: `404 Not found error: Could not find person with id: ${id}`,
  moreInfo: null,
});

const dates = (response: { body: { data: Record<string, string>[] } }, field: string) =>
  response.body.data.map((item) => item[field]);

describe('person prison records: sentences, offences, adjudications, alerts, case notes', () => {
  // The seed era's PND alerts, which the reference removed (HIA-1634).
  const context = useHmppsApi({ FEATURE_FLAG_SEED_PND_ALERTS: 'true' });

  describe('GET /v1/persons/{hmppsId}/sentences (#17)', () => {
    it.each(['G2996UX', 'AB123123'])(
      'gives NOMIS sentences (newest first per booking) then nDelius ones for %s',
      async (id) => {
        const response = await context.api.get(`/v1/persons/${id}/sentences`, ALL);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          data: ROBERT_SENTENCES,
          pagination: { isLastPage: true, count: 5, page: 1, perPage: 10, totalCount: 5, totalPages: 1 },
        });
      },
    );

    it('asks NOMIS for the sentences of every booking and nDelius for the supervisions', async () => {
      await context.stubs.clearRequests();
      await context.api.get('/v1/persons/G2996UX/sentences', ALL);
      const paths = (await context.stubs.requests()).map((request) => request.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/prison-api/api/offender-sentences',
          '/prison-api/api/offender-sentences/booking/1203745/sentences-and-offences',
          '/prison-api/api/offender-sentences/booking/1102480/sentences-and-offences',
          '/ndelius/case/AB123123/supervisions',
        ]),
      );
      const [bookings] = await context.stubs.requests('/prison-api/api/offender-sentences');
      expect(bookings.query).toEqual({ offenderNo: 'G2996UX' });
    });

    it('pages in memory', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/sentences', {
        ...ALL,
        query: { page: 2, perPage: 2 },
      });
      expect(response.body.data).toEqual(ROBERT_SENTENCES.slice(2, 4));
      expect(response.body.pagination).toEqual({
        isLastPage: false,
        count: 2,
        page: 2,
        perPage: 2,
        totalCount: 5,
        totalPages: 3,
      });
    });

    it('gives only NOMIS sentences for someone probation does not know', async () => {
      const response = await context.api.get('/v1/persons/A1234AA/sentences', ALL);
      expect(response.body.data).toEqual([
        expect.objectContaining({
          ...NOMIS,
          dateOfSentencing: '2023-02-20',
          length: expect.objectContaining({ terms: [term({ years: 3 }, 'IMP')] }),
        }),
      ]);
    });

    it('gives only nDelius sentences when NOMIS has no booking', async () => {
      const response = await context.api.get('/v1/persons/Y123456/sentences', ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        expect.objectContaining({ ...DELIUS, description: 'Suspended Sentence Order', isCustodial: false }),
      ]);
    });

    it('tolerates a 404 from either side', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/supervisions', status: 404 });
      const nomisOnly = await context.api.get('/v1/persons/G2996UX/sentences', ALL);
      expect(nomisOnly.body.data).toEqual(ROBERT_SENTENCES.slice(0, 3));

      await context.stubs.resetFaults();
      await context.stubs.setFault({ prefix: '/prison-api/api/offender-sentences', status: 404 });
      const deliusOnly = await context.api.get('/v1/persons/G2996UX/sentences', ALL);
      expect(deliusOnly.body.data).toEqual(ROBERT_SENTENCES.slice(3));
    });

    it('fails with a 500 naming the upstream when one side fails', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case', status: 500 });
      const response = await context.api.get('/v1/persons/G2996UX/sentences', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('ndelius');

      await context.stubs.resetFaults();
      await context.stubs.setFault({
        prefix: '/prison-api/api/offender-sentences/booking/1102480',
        status: 500,
      });
      const nomisFailure = await context.api.get('/v1/persons/G2996UX/sentences', ALL);
      expect(nomisFailure.status).toBe(500);
      expect(nomisFailure.body.userMessage).toContain('prison-api');
    });

    it('bounds a slow upstream in time', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case', latencyMs: 4000 });
      const started = Date.now();
      const response = await context.api.get('/v1/persons/AB123123/sentences', ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('ndelius');
    });

    it('is not found for someone NOMIS does not know, and for a prisoner outside the consumer’s prisons', async () => {
      const probationOnly = await context.api.get('/v1/persons/X654321/sentences', ALL);
      expect(probationOnly.status).toBe(404);
      expect(probationOnly.body).toEqual(notFoundBody('X654321'));
      expect((await context.api.get('/v1/persons/A1234AA/sentences', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/G2996UX/sentences', LIMITED)).status).toBe(200);
    });

    it('refuses an id that is neither a NOMIS number nor a CRN, and bad paging', async () => {
      const pnc = await context.api.get(`/v1/persons/${PNC}/sentences`, ALL);
      expect(pnc.status).toBe(400);
      expect(pnc.body.userMessage).toBe('Invalid HMPPS ID: 2004/13116M');
      const badPage = await context.api.get('/v1/persons/G2996UX/sentences', {
        ...ALL,
        query: { perPage: 'ten' },
      });
      expect(badPage.status).toBe(400);
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/sentences/latest-key-dates-and-adjustments (#18)', () => {
    const path = (id: string) => `/v1/persons/${id}/sentences/latest-key-dates-and-adjustments`;

    it('merges the key dates of the latest sentence with the adjustments of the latest prison term', async () => {
      const response = await context.api.get(path('G2996UX'), ALL);
      expect(response.status).toBe(200);
      const data = response.body.data;
      expect(data.adjustments).toEqual({
        additionalDaysAwarded: 10,
        unlawfullyAtLarge: 0,
        lawfullyAtLarge: 0,
        restoredAdditionalDaysAwarded: 4,
        specialRemission: 0,
        recallSentenceRemand: 0,
        recallSentenceTaggedBail: 0,
        remand: 31,
        taggedBail: 14,
        unusedRemand: 0,
      });
      expect(data.conditionalRelease).toEqual({ date: '2023-09-12', overrideDate: '2023-09-20' });
      expect(data.earlyTerm).toEqual({
        date: '2023-03-14',
        overrideDate: null,
        calculatedDate: '2023-03-14',
      });
      expect(data.lateTerm).toEqual({ date: null, overrideDate: null, calculatedDate: null });
      expect(data.licenceExpiry).toEqual({
        date: '2025-12-13',
        overrideDate: null,
        calculatedDate: '2025-12-13',
      });
      expect(data.homeDetentionCurfew).toEqual({
        actualDate: null,
        eligibilityCalculatedDate: '2023-05-02',
        eligibilityDate: '2023-05-02',
        eligibilityOverrideDate: null,
        endDate: null,
      });
      expect(data.nonDto).toEqual({ date: '2023-09-20', releaseDateType: 'CRD' });
      expect(data.release).toEqual({ date: '2023-09-20', confirmedDate: '2023-09-20' });
      expect(data.sentence).toEqual({
        effectiveEndDate: '2025-12-13',
        expiryCalculatedDate: '2025-12-13',
        expiryDate: '2025-12-13',
        expiryOverrideDate: null,
        startDate: '2021-06-14',
      });
      expect(data.topupSupervision).toEqual({
        expiryCalculatedDate: '2026-06-14',
        expiryDate: '2026-06-14',
        expiryOverrideDate: null,
        startDate: null,
      });
      expect(data.tariffDate).toBeNull();
      expect(Object.keys(data)).toHaveLength(21);
      expect((await context.api.get(path('AB123123'), ALL)).body).toEqual(response.body);
    });

    it('gives the key dates alone when NOMIS has no sentence summary', async () => {
      const response = await context.api.get(path('A1234AA'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data.adjustments).toBeNull();
      expect(response.body.data.conditionalRelease).toEqual({ date: '2024-08-20', overrideDate: null });
    });

    it('is not found when NOMIS has neither key dates nor adjustments', async () => {
      expect((await context.api.get(path('H1234BB'), ALL)).status).toBe(404);
      expect((await context.api.get(path('A7777BB'), ALL)).body).toEqual(notFoundBody('A7777BB'));
    });

    it('refuses a PNC id (the prison filter resolver takes NOMIS numbers and CRNs only)', async () => {
      const response = await context.api.get(path(PNC), ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid or missing HMPPS ID');
    });

    it('applies the prison filter and fails when either NOMIS call fails', async () => {
      expect((await context.api.get(path('G2996UX'), NO_PRISONS)).status).toBe(404);
      await context.stubs.setFault({ prefix: '/prison-api/api/offenders/G2996UX/booking', status: 503 });
      const response = await context.api.get(path('G2996UX'), ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/offences (#19)', () => {
    it.each(['G2996UX', 'AB123123', PNC])(
      'gives NOMIS offences (newest first) then nDelius ones for %s',
      async (id) => {
        const response = await context.api.get(`/v1/persons/${id}/offences`, ALL);
        expect(response.status).toBe(200);
        expect(response.body.data).toEqual(ROBERT_OFFENCES);
        expect(response.body.pagination.totalCount).toBe(6);
      },
    );

    it('gives one side only for a person known to one system', async () => {
      const prisonOnly = await context.api.get('/v1/persons/A1234AA/offences', ALL);
      expect(prisonOnly.body.data).toEqual([expect.objectContaining({ ...NOMIS, cjsCode: 'OF61016' })]);
      const probationOnly = await context.api.get('/v1/persons/X654321/offences', ALL);
      expect(dates(probationOnly, 'hoCode')).toEqual(['10400', '19500']);
    });

    it('is not found when either side is not found, even if the other has offences', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123/supervisions', status: 404 });
      const response = await context.api.get('/v1/persons/G2996UX/offences', ALL);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(notFoundBody('G2996UX'));
      expect((await context.api.get('/v1/persons/A7777BB/offences', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/Z9999ZZ/offences', ALL)).status).toBe(404);
    });

    it('fails with a 500 naming the upstream on an upstream error', async () => {
      await context.stubs.setFault({ prefix: '/prison-api/api/bookings/offenderNo', status: 500 });
      const response = await context.api.get('/v1/persons/G2996UX/offences', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('prison-api');
    });
  });

  describe('GET /v1/persons/{hmppsId}/reported-adjudications (#20)', () => {
    it('gives adjudications, most recent incident first, eight to a page by default', async () => {
      const response = await context.api.get('/v1/persons/G2996UX/reported-adjudications', ALL);
      expect(response.status).toBe(200);
      expect(
        response.body.data.map(
          (a: { incidentDetails: { dateTimeOfIncident: string } }) => a.incidentDetails.dateTimeOfIncident,
        ),
      ).toEqual(['2024-01-22T19:40:00', '2023-04-10T09:15:00', '2022-07-03T13:05:00']);
      expect(response.body.pagination).toEqual({
        isLastPage: true,
        count: 3,
        page: 1,
        perPage: 8,
        totalCount: 3,
        totalPages: 1,
      });
      const hearing = {
        dateTimeOfHearing: '2023-04-12T10:00:00',
        oicHearingType: 'GOV_ADULT',
        outcome: { code: 'COMPLETE', reason: null, details: 'Found guilty on the evidence', plea: 'GUILTY' },
      };
      const rule = { paragraphNumber: '1', paragraphDescription: 'Commits any assault' };
      expect(response.body.data[1]).toEqual({
        incidentDetails: { dateTimeOfIncident: '2023-04-10T09:15:00' },
        isYouthOffender: false,
        incidentRole: { roleCode: null, offenceRule: rule },
        offenceDetails: { offenceCode: 1002, offenceRule: rule },
        status: 'CHARGE_PROVED',
        statusReason: null,
        statusDetails: null,
        hearings: [hearing],
        outcomes: [
          {
            hearing,
            outcome: {
              outcome: {
                code: 'CHARGE_PROVED',
                details: null,
                reason: null,
                quashedReason: null,
                canRemove: true,
              },
              referralOutcome: null,
            },
          },
        ],
        punishments: [
          {
            type: 'PRIVILEGE',
            privilegeType: 'TV',
            otherPrivilege: null,
            schedule: { days: 14, startDate: '2023-04-12', endDate: '2023-04-26', suspendedUntil: null },
          },
        ],
        punishmentComments: [
          { comment: 'Reduced on appeal', reasonForChange: 'APPEAL', dateTime: '2023-04-20T16:30:00' },
        ],
      });
    });

    it('gives an empty page for a prisoner without adjudications, and pages on request', async () => {
      const empty = await context.api.get('/v1/persons/A1234AA/reported-adjudications', ALL);
      expect(empty.body).toEqual({
        data: [],
        pagination: { isLastPage: true, count: 0, page: 1, perPage: 8, totalCount: 0, totalPages: 0 },
      });
      const paged = await context.api.get('/v1/persons/AB123123/reported-adjudications', {
        ...ALL,
        query: { perPage: 2, page: 2 },
      });
      expect(paged.body.pagination).toEqual({
        isLastPage: true,
        count: 1,
        page: 2,
        perPage: 2,
        totalCount: 3,
        totalPages: 2,
      });
    });

    it('gives the documented 400 and 404s', async () => {
      const invalid = await context.api.get('/v1/persons/not-an-id/reported-adjudications', ALL);
      expect(invalid.status).toBe(400);
      expect(invalid.body.userMessage).toBe('Invalid or missing HMPPS ID: not-an-id');
      expect((await context.api.get('/v1/persons/X654321/reported-adjudications', ALL)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A1234AA/reported-adjudications', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/A7777BB/reported-adjudications', ALL)).status).toBe(404);
    });

    it('fails with a 500 naming Manage Adjudications when it fails', async () => {
      await context.stubs.setFault({ prefix: '/manage-adjudications', status: 502 });
      const response = await context.api.get('/v1/persons/G2996UX/reported-adjudications', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('manage-adjudications');
    });
  });

  describe('GET /v1/persons/{hmppsId}/alerts (#21)', () => {
    it.each(['G2996UX', 'AB123123'])('gives every alert, newest first, for %s', async (id) => {
      const response = await context.api.get(`/v1/persons/${id}/alerts`, ALL);
      expect(response.status).toBe(200);
      expect(dates(response, 'code')).toEqual(['VIP', 'PL1', 'PEEP', 'XA', 'HA']);
      expect(response.body.data[4]).toEqual({
        offenderNo: 'G2996UX',
        type: 'H',
        typeDescription: 'Self Harm',
        code: 'HA',
        codeDescription: 'ACCT Open (HMPS)',
        comment: 'Opened on reception',
        dateCreated: '2009-09-10',
        dateExpired: '2009-12-01',
        expired: true,
        active: false,
      });
    });

    it('asks the Alerts API for one page of alerts, as HEAD does, not Prison API', async () => {
      await context.stubs.clearRequests();
      await context.api.get('/v1/persons/G2996UX/alerts', ALL);
      expect(await context.stubs.requests('/alerts-api/prisoners/G2996UX/alerts')).toHaveLength(1);
      expect(await context.stubs.requests('/prison-api/api/offenders/G2996UX/alerts/v2')).toHaveLength(0);
    });

    it('gives an empty page for a prisoner without alerts', async () => {
      const response = await context.api.get('/v1/persons/H1234BB/alerts', ALL);
      expect(response.body).toEqual({
        data: [],
        pagination: { isLastPage: true, count: 0, page: 1, perPage: 10, totalCount: 0, totalPages: 0 },
      });
    });

    it('gives the documented 400 and 404s', async () => {
      const pnc = await context.api.get(`/v1/persons/${PNC}/alerts`, ALL);
      expect(pnc.status).toBe(400);
      expect(pnc.body.userMessage).toBe('Invalid HMPPS ID: 2004/13116M');
      expect((await context.api.get('/v1/persons/A1234AA/alerts', LIMITED)).status).toBe(404);
      expect((await context.api.get('/v1/persons/X654321/alerts', ALL)).status).toBe(404);
      // The Alerts API answers an empty page for a prisoner it has no alerts for (Prison API's was a 404).
      expect((await context.api.get('/v1/persons/A7777BB/alerts', ALL)).body.data).toEqual([]);
    });
  });

  describe.each([
    ['GET /v1/persons/{encodedHmppsId}/alerts/pnd (#22)', (id: string) => `/v1/persons/${id}/alerts/pnd`],
    ['GET /v1/pnd/persons/{encodedHmppsId}/alerts (#23)', (id: string) => `/v1/pnd/persons/${id}/alerts`],
  ])('%s', (_, path) => {
    it.each(['G2996UX', 'AB123123', PNC])('gives only the alerts on the PND code list for %s', async (id) => {
      const response = await context.api.get(path(id), ALL);
      expect(response.status).toBe(200);
      expect(dates(response, 'code')).toEqual(['XA', 'HA']);
      expect(response.body.pagination.totalCount).toBe(2);
    });

    it('is not found when none of the alerts is a PND one', async () => {
      const response = await context.api.get(path('A1234AA'), ALL);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(notFoundBody('A1234AA'));
      expect((await context.api.get(path('H1234BB'), ALL)).status).toBe(404);
    });

    it('gives an empty page for someone without a NOMIS number, and 404 for an unknown person', async () => {
      const response = await context.api.get(path('X654321'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([]);
      expect((await context.api.get(path('Z9999ZZ'), ALL)).status).toBe(404);
    });

    it('audits GET_PERSON_ALERTS_PND', async () => {
      const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
      await context.api.get(path('G4563QC'), ALL);
      expect(publish.mock.calls.map(([event]) => event)).toEqual([
        {
          what: 'GET_PERSON_ALERTS_PND',
          who: 'all-access',
          details: '{"hmppsId":"G4563QC"}',
          service: 'hmpps-integration-api',
        },
      ]);
      publish.mockRestore();
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/case-notes (#24)', () => {
    const path = (id: string) => `/v1/persons/${id}/case-notes`;

    it.each(['G2996UX', 'AB123123', PNC])(
      'gives the first upstream page of case notes for %s',
      async (id) => {
        const response = await context.api.get(path(id), ALL);
        expect(response.status).toBe(200);
        expect(dates(response, 'caseNoteId')).toEqual(['131232', '129877', '101445']);
        expect(response.body.data[0]).toEqual({
          caseNoteId: '131232',
          offenderIdentifier: 'G2996UX',
          type: 'KA',
          typeDescription: 'Key Worker',
          subType: 'KS',
          subTypeDescription: 'Key Worker Session',
          creationDateTime: '2024-02-05T11:20:00',
          occurrenceDateTime: '2024-02-05T10:30:00',
          text: 'Discussed resettlement plans and housing referral',
          locationId: 'MDI',
          sensitive: false,
          amendments: [
            {
              id: '523',
              creationDateTime: '2024-02-06T09:00:00',
              additionalNoteText: 'Housing referral sent',
            },
          ],
        });
      },
    );

    it('searches with only the dates given, as the start of the day (locationId is ignored, as HEAD)', async () => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path('G2996UX'), {
        ...ALL,
        query: { locationId: 'MDI', startDate: '2023-12-01', page: 1, perPage: 5 },
      });
      expect(dates(response, 'caseNoteId')).toEqual(['131232']);
      const [upstream] = await context.stubs.requests('/case-notes/search/case-notes/G2996UX');
      expect(upstream.body).toEqual({
        includeSensitive: true,
        occurredFrom: '2023-12-01T00:00Z',
        page: 1,
        size: 5,
      });

      const older = await context.api.get(path('G2996UX'), { ...ALL, query: { endDate: '2022-01-01' } });
      expect(dates(older, 'caseNoteId')).toEqual(['101445']);
    });

    it('refuses impossible dates', async () => {
      const response = await context.api.get(path('G2996UX'), { ...ALL, query: { startDate: '2023-02-30' } });
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toBe('Invalid date format. Please use yyyy-MM-dd.');
    });

    it('answers 403 when Case Notes refuses access', async () => {
      const response = await context.api.get(path('G4563QC'), ALL);
      expect(response.status).toBe(403);
      expect(response.body).toEqual({
        status: 403,
        errorCode: null,
        userMessage: 'Upstream API Case Notes service returned a forbidden error',
        developerMessage:
          'Forbidden to complete action by upstream service: Upstream API Case Notes service returned a forbidden error',
        moreInfo: null,
      });
    });

    it('is not found for an unknown person or when Case Notes does not know the prisoner', async () => {
      expect((await context.api.get(path('Z9999ZZ'), ALL)).status).toBe(404);
      expect((await context.api.get(path('A7777BB'), ALL)).body).toEqual(notFoundBody('A7777BB'));
      const probationOnly = await context.api.get(path('X654321'), ALL);
      expect(probationOnly.status).toBe(200);
      expect(probationOnly.body.data).toEqual([]);
    });

    it('fails with a 500 naming Case Notes when it fails', async () => {
      await context.stubs.setFault({ prefix: '/case-notes', status: 500 });
      const response = await context.api.get(path('G2996UX'), ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('case-notes');
    });
  });
});
