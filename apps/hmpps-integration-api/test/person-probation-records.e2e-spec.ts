import { AuditPublisher } from '@libs/queue';
import { RecordedRequest } from '@libs/testing';
import { as, useHmppsApi } from './hmpps-test-app';

const ALL = as('all-access');
const LIMITED = as('limited-prisons');
const PNC = '2004%2F13116M';

const LIMITED_ACCESS_BODY = {
  status: 403,
  errorCode: null,
  userMessage: 'Attempt to access a limited access case',
  developerMessage:
    'Forbidden to complete action by upstream service: Attempt to access a limited access case',
  moreInfo: null,
};

const notFoundBody = (message: string) => ({
  status: 404,
  errorCode: null,
  userMessage: message,
  developerMessage: `404 Not found error: ${message}`,
  moreInfo: null,
});
const personNotFound = (id: string) => notFoundBody(`Could not find person with id: ${id}`);

const EMPTY_PAGE = { isLastPage: true, count: 0, page: 1, perPage: 10, totalCount: 0, totalPages: 0 };

const noRisk = {
  risk: 'NO',
  previous: 'NO',
  previousConcernsText: null,
  current: 'NO',
  currentConcernsText: null,
};
const ROBERT_RISKS = {
  assessedOn: '2023-09-21T14:02:30',
  riskToSelf: {
    suicide: {
      risk: 'YES',
      previous: 'YES',
      previousConcernsText: 'Attempt in 2009 while on remand',
      current: 'NO',
      currentConcernsText: null,
    },
    selfHarm: {
      risk: 'YES',
      previous: 'YES',
      previousConcernsText: 'Cutting when under stress',
      current: 'YES',
      currentConcernsText: 'Cutting when under stress',
    },
    custody: noRisk,
    hostelSetting: {
      risk: 'DK',
      previous: 'DK',
      previousConcernsText: null,
      current: 'DK',
      currentConcernsText: null,
    },
    vulnerability: noRisk,
  },
  otherRisks: {
    escapeOrAbscond: 'NO',
    controlIssuesDisruptiveBehaviour: 'YES',
    breachOfTrust: 'NO',
    riskToOtherPrisoners: 'YES',
  },
  summary: {
    whoIsAtRisk: 'Known adult (former partner) and staff',
    natureOfRisk: 'Physical violence when intoxicated',
    riskImminence: 'Could happen once released if drinking resumes',
    riskIncreaseFactors: 'Alcohol misuse, contact with former partner',
    riskMitigationFactors: 'Licence conditions, alcohol treatment',
    overallRiskLevel: 'HIGH',
    riskInCommunity: { knownAdult: 'HIGH', staff: 'MEDIUM', public: 'MEDIUM', children: 'LOW' },
    riskInCustody: { staff: 'MEDIUM', prisoners: 'MEDIUM' },
  },
};

const EMPTY_COMMUNITY_MANAGER = {
  name: { forename: null, surname: null },
  email: null,
  telephoneNumber: null,
  team: { code: null, description: null, email: null, telephoneNumber: null },
};

/** Milliseconds between the arrivals of the first two recorded requests. */
const arrivalGap = (requests: RecordedRequest[]) =>
  Math.abs(Date.parse(requests[0].at) - Date.parse(requests[1].at));

describe('person probation records: risks, needs, officers, licences, EPF', () => {
  const context = useHmppsApi();

  describe('GET /v1/persons/{encodedHmppsId}/risks/scores (#25)', () => {
    const path = (id: string) => `/v1/persons/${id}/risks/scores`;

    it.each(['AB123123', 'G2996UX', PNC])('gives predictor scores, newest first, for %s', async (id) => {
      const response = await context.api.get(path(id), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          completedDate: '2023-09-21T14:02:30',
          assessmentStatus: 'COMPLETE',
          assessmentVersion: 1,
          generalPredictor: { scoreLevel: 'HIGH', score: 33 },
          violencePredictor: { scoreLevel: 'MEDIUM', score: 18 },
          groupReconviction: { scoreLevel: 'HIGH', score: 45 },
          riskOfSeriousRecidivism: { scoreLevel: 'MEDIUM', score: 3.45 },
          sexualPredictor: {
            indecentScoreLevel: 'NOT_APPLICABLE',
            contactScoreLevel: 'LOW',
            indecentScore: 0.5,
            contactScore: 1.2,
          },
        },
        expect.objectContaining({
          completedDate: '2023-02-03T10:15:00',
          generalPredictor: { scoreLevel: 'MEDIUM', score: 33 },
        }),
        expect.objectContaining({
          completedDate: '2022-06-01T09:30:00',
          assessmentVersion: 2,
          generalPredictor: { scoreLevel: null },
          allReoffendingPredictor: { band: 'MEDIUM', score: 41.2 },
          directContactSexualReoffendingPredictor: { band: 'NOT_APPLICABLE' },
        }),
      ]);
    });

    it('gives an empty page when ARN has no assessment, or the person has no CRN (without asking ARN)', async () => {
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual({
        data: [],
        pagination: EMPTY_PAGE,
      });
      await context.stubs.clearRequests();
      expect((await context.api.get(path('A1234AA'), ALL)).body).toEqual({
        data: [],
        pagination: EMPTY_PAGE,
      });
      expect(await context.stubs.requests('/assess-risks-and-needs')).toEqual([]);
    });

    it('answers 403 for a limited access offender instead of an empty page', async () => {
      const response = await context.api.get(path('X654321'), ALL);
      expect(response.status).toBe(403);
      expect(response.body).toEqual(LIMITED_ACCESS_BODY);
    });

    it('gives the documented 404 and fails with a 500 naming ARN', async () => {
      expect((await context.api.get(path('Z9999ZZ'), ALL)).body).toEqual(personNotFound('Z9999ZZ'));
      await context.stubs.setFault({ prefix: '/assess-risks-and-needs', status: 404, times: 1 });
      expect((await context.api.get(path('AB123123'), ALL)).status).toBe(404);
      await context.stubs.setFault({ prefix: '/assess-risks-and-needs', status: 500 });
      const failure = await context.api.get(path('AB123123'), ALL);
      expect(failure.status).toBe(500);
      expect(failure.body.userMessage).toContain('assess-risks-and-needs');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/risks/serious-harm (#26)', () => {
    const path = (id: string) => `/v1/persons/${id}/risks/serious-harm`;

    it.each(['AB123123', PNC])(
      'gives the ROSH summary with person groups keyed by name for %s',
      async (id) => {
        const response = await context.api.get(path(id), ALL);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({ data: ROBERT_RISKS });
      },
    );

    it('gives null data for someone probation does not know', async () => {
      const response = await context.api.get(path('A1234AA'), ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ data: null });
    });

    it('answers 403 for a limited access offender and 404 when ARN has no assessment', async () => {
      expect((await context.api.get(path('X654321'), ALL)).body).toEqual(LIMITED_ACCESS_BODY);
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual(personNotFound('Y123456'));
    });

    it('bounds a slow ARN in time', async () => {
      await context.stubs.setFault({ prefix: '/assess-risks-and-needs', latencyMs: 4000 });
      const started = Date.now();
      const response = await context.api.get(path('AB123123'), ALL);
      expect(Date.now() - started).toBeLessThan(3500);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('assess-risks-and-needs');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/risks/mappadetail (#27)', () => {
    const path = (id: string) => `/v1/persons/${id}/risks/mappadetail`;

    it.each(['AB123123', 'G2996UX', PNC])('gives the MAPPA detail nDelius holds for %s', async (id) => {
      const response = await context.api.get(path(id), ALL);
      expect(response.body).toEqual({
        data: {
          level: 2,
          levelDescription: 'MAPPA Level 2',
          category: 1,
          categoryDescription: 'MAPPA Cat 1',
          startDate: '2021-07-01',
          reviewDate: '2024-07-01',
          notes: 'Multi-agency meeting every 3 months',
        },
      });
    });

    it('is not found when nDelius records no MAPPA detail', async () => {
      const response = await context.api.get(path('Y123456'), ALL);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(personNotFound('Y123456'));
    });

    it('gives every field null for someone without a CRN', async () => {
      const response = await context.api.get(path('A1234AA'), ALL);
      expect(response.status).toBe(200);
      expect(Object.values(response.body.data).every((value) => value === null)).toBe(true);
      expect(Object.keys(response.body.data)).toHaveLength(7);
    });

    it('is not found when nDelius does not know the case, and fails when nDelius fails', async () => {
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123', status: 404, times: 1 });
      expect((await context.api.get(path('AB123123'), ALL)).status).toBe(404);
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123', status: 500 });
      const failure = await context.api.get(path('AB123123'), ALL);
      expect(failure.status).toBe(500);
      expect(failure.body.userMessage).toContain('ndelius');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/risks/dynamic (#28)', () => {
    const path = (id: string) => `/v1/persons/${id}/risks/dynamic`;

    it('gives dynamic risks in nDelius order, paged in memory', async () => {
      const response = await context.api.get(path('AB123123'), ALL);
      expect(response.body.data).toEqual([
        {
          code: 'RCCO',
          description: 'Child Concerns',
          startDate: '2021-07-02',
          reviewDate: '2024-01-02',
          notes: 'Contact with children to be supervised',
        },
        {
          code: 'RVAD',
          description: 'Risk to Known Adult',
          startDate: '2022-02-11',
          reviewDate: '2024-08-11',
          notes: null,
        },
      ]);
      const second = await context.api.get(path(PNC), { ...ALL, query: { page: 2, perPage: 1 } });
      expect(second.body).toEqual({
        data: [response.body.data[1]],
        pagination: { isLastPage: true, count: 1, page: 2, perPage: 1, totalCount: 2, totalPages: 2 },
      });
    });

    it('gives an empty page when there are none or there is no CRN, and 404 for an unknown person', async () => {
      expect((await context.api.get(path('Y123456'), ALL)).body.data).toEqual([]);
      expect((await context.api.get(path('A1234AA'), ALL)).body.data).toEqual([]);
      expect((await context.api.get(path('Z9999ZZ'), ALL)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{hmppsId}/risks/categories (#29)', () => {
    const path = (id: string) => `/v1/persons/${id}/risks/categories`;

    it.each(['G2996UX', 'AB123123'])('gives the category and assessments for %s', async (id) => {
      await context.stubs.clearRequests();
      const response = await context.api.get(path(id), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        offenderNo: 'G2996UX',
        assessments: [
          {
            classificationCode: 'C',
            classification: 'Cat C',
            assessmentCode: 'CATEGORY',
            assessmentDescription: 'Categorisation',
            assessmentDate: '2023-03-12',
            nextReviewDate: '2024-03-12',
            assessmentAgencyId: 'MDI',
            assessmentStatus: 'A',
            assessmentComment: 'Stable on the wing; keep at C',
          },
          expect.objectContaining({ assessmentCode: 'CSR', assessmentComment: null }),
        ],
        category: 'Cat C',
        categoryCode: 'C',
      });
      const [upstream] = await context.stubs.requests('/prison-api/api/offenders/G2996UX');
      expect(upstream.headers.version).toBe('1.0');
    });

    it('gives the documented 400 and 404s, and applies the prison filter', async () => {
      const pnc = await context.api.get(path(PNC), ALL);
      expect(pnc.status).toBe(400);
      expect(pnc.body.userMessage).toBe('Invalid HMPPS ID: 2004/13116M');
      expect((await context.api.get(path('A7777BB'), ALL)).status).toBe(404);
      expect((await context.api.get(path('X654321'), ALL)).status).toBe(404);
      expect((await context.api.get(path('A1234AA'), LIMITED)).status).toBe(404);
      expect((await context.api.get(path('G2996UX'), LIMITED)).status).toBe(200);
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/risk-management-plan (#30)', () => {
    const path = (id: string) => `/v1/persons/${id}/risk-management-plan`;

    it('gives the plans in ARN order, asking ARN with the id as the CRN', async () => {
      const response = await context.api.get(path('AB123123'), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          assessmentId: '10002319',
          dateCompleted: '2023-09-21T14:02:30',
          initiationDate: '2023-08-30T09:00:00',
          assessmentStatus: 'COMPLETE',
          assessmentType: 'LAYER3',
          keyInformationCurrentSituation: 'Released on licence to approved premises',
          furtherConsiderationsCurrentSituation: 'Accommodation on release not yet confirmed',
          supervision: 'Weekly appointments for the first 3 months',
          monitoringAndControl: "Alcohol monitoring tag; exclusion zone around partner's address",
          interventionsAndTreatment: 'Building Better Relationships programme',
          victimSafetyPlanning: 'Victim liaison officer informed of release date',
          contingencyPlans: 'Recall if contact with former partner',
          latestSignLockDate: '2023-09-21T14:02:30',
          latestCompleteDate: '2023-09-21T14:02:30',
        },
        expect.objectContaining({
          assessmentId: '10001877',
          dateCompleted: null,
          assessmentStatus: 'LOCKED_INCOMPLETE',
        }),
      ]);
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual({
        data: [],
        pagination: EMPTY_PAGE,
      });
    });

    it('does not resolve the id: a NOMIS number is not a CRN ARN knows', async () => {
      const response = await context.api.get(path('G2996UX'), ALL);
      expect(response.status).toBe(404);
      expect(response.body).toEqual(personNotFound('G2996UX'));
    });

    it('answers 403 with the reference message when ARN refuses the case', async () => {
      const response = await context.api.get(path('X654321'), ALL);
      expect(response.status).toBe(403);
      expect(response.body.userMessage).toBe('Upstream API service returned a forbidden error');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/needs (#31)', () => {
    const path = (id: string) => `/v1/persons/${id}/needs`;

    it.each(['AB123123', 'G2996UX'])('gives the criminogenic needs for %s', async (id) => {
      const response = await context.api.get(path(id), ALL);
      expect(response.body).toEqual({
        data: {
          assessedOn: '2023-09-21T14:02:30',
          needs: [
            { type: 'ALCOHOL_MISUSE', riskOfHarm: true, riskOfReoffending: true },
            { type: 'ACCOMMODATION', riskOfHarm: false, riskOfReoffending: true },
            { type: 'EDUCATION_TRAINING_AND_EMPLOYABILITY', riskOfHarm: false, riskOfReoffending: false },
            { type: 'FINANCIAL_MANAGEMENT_AND_INCOME', riskOfHarm: null, riskOfReoffending: null },
          ],
        },
      });
    });

    it('answers 403 for a limited access offender, 404 without an assessment, null without a CRN', async () => {
      expect((await context.api.get(path('X654321'), ALL)).body).toEqual(LIMITED_ACCESS_BODY);
      expect((await context.api.get(path('Y123456'), ALL)).status).toBe(404);
      expect((await context.api.get(path('A1234AA'), ALL)).body).toEqual({ data: null });
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/status-information (#32)', () => {
    const path = (id: string) => `/v1/persons/${id}/status-information`;

    it('gives only the ASFO and WRSM statuses', async () => {
      const response = await context.api.get(path('AB123123'), ALL);
      expect(response.body.data).toEqual([
        {
          code: 'ASFO',
          description: 'Serious Further Offence - Subject to SFO review/investigation',
          startDate: '2023-05-01',
          reviewDate: '2024-05-01',
          notes: 'Review opened after arrest',
        },
        {
          code: 'WRSM',
          description: 'Warrant/Summons - Outstanding warrant or summons',
          startDate: '2023-06-12',
          reviewDate: null,
          notes: 'Failure to appear',
        },
      ]);
      expect(response.body.pagination.totalCount).toBe(2);
    });

    it('gives an empty page when no published status is recorded, and 404 for an unknown person', async () => {
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual({
        data: [],
        pagination: EMPTY_PAGE,
      });
      expect((await context.api.get(path('X654321'), ALL)).body.data).toHaveLength(1);
      expect((await context.api.get(path('Z9999ZZ'), ALL)).status).toBe(404);
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/person-responsible-officer (#33)', () => {
    const path = (id: string) => `/v1/persons/${id}/person-responsible-officer`;

    it.each(['AB123123', 'G2996UX', PNC])(
      'gives the prison and community offender managers for %s',
      async (id) => {
        const response = await context.api.get(path(id), ALL);
        expect(response.status).toBe(200);
        expect(response.body).toEqual({
          data: {
            prisonOffenderManager: { forename: 'Owen', surname: 'Hartley', prison: { code: 'MDI' } },
            communityOffenderManager: {
              name: { forename: 'Grace', surname: 'Adebayo' },
              email: 'grace.adebayo@justice.gov.uk',
              telephoneNumber: '0114 276 1000',
              team: {
                code: 'N54SHF',
                description: 'Sheffield OMU',
                email: 'sheffield.omu@justice.gov.uk',
                telephoneNumber: '0114 276 1001',
              },
            },
          },
        });
      },
    );

    it('asks Manage POM Case and nDelius at the same time', async () => {
      await context.stubs.setFault({ prefix: '/manage-pom-case/api', latencyMs: 600 });
      await context.stubs.setFault({ prefix: '/ndelius/case', latencyMs: 600 });
      await context.stubs.clearRequests();
      expect((await context.api.get(path('AB123123'), ALL)).status).toBe(200);
      const requests = [
        ...(await context.stubs.requests('/manage-pom-case/api')),
        ...(await context.stubs.requests('/ndelius/case')),
      ];
      expect(requests).toHaveLength(2);
      expect(arrivalGap(requests)).toBeLessThan(400);
    });

    it('reports the side a person has no id for with every field null', async () => {
      const prisonOnly = await context.api.get(path('A1234AA'), ALL);
      expect(prisonOnly.body.data).toEqual({
        prisonOffenderManager: { forename: 'Priya', surname: 'Raman', prison: { code: 'LEI' } },
        communityOffenderManager: EMPTY_COMMUNITY_MANAGER,
      });
      const probationOnly = await context.api.get(path('X654321'), ALL);
      expect(probationOnly.body.data.prisonOffenderManager).toEqual({
        forename: null,
        surname: null,
        prison: { code: null },
      });
      expect(probationOnly.body.data.communityOffenderManager.name).toEqual({
        forename: 'Tomasz',
        surname: 'Nowak',
      });
    });

    it('names the side that is not found, the prison side first', async () => {
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual(
        notFoundBody('Could not find prison offender manager related to id: Y123456'),
      );
      expect((await context.api.get(path('Z9999ZZ'), ALL)).body).toEqual(
        notFoundBody('Could not find prison offender manager related to id: Z9999ZZ'),
      );
      await context.stubs.setFault({ prefix: '/ndelius/case/AB123123', status: 404 });
      expect((await context.api.get(path('AB123123'), ALL)).body).toEqual(
        notFoundBody('Could not find community offender manager related to id: AB123123'),
      );
    });

    it('fails with a 500 naming Manage POM Case when it fails', async () => {
      await context.stubs.setFault({ prefix: '/manage-pom-case', status: 503 });
      const response = await context.api.get(path('AB123123'), ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('manage-pom-case');
    });
  });

  describe('GET /v1/persons/{encodedHmppsId}/licences/conditions (#34)', () => {
    const path = (id: string) => `/v1/persons/${id}/licences/conditions`;

    it.each([
      ['AB123123', 'AB123123'],
      [PNC, '2004/13116M'],
    ])('gives licences, newest first, each with its conditions, for %s', async (id, hmppsId) => {
      const response = await context.api.get(path(id), ALL);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        hmppsId,
        offenderNumber: 'G2996UX',
        licences: [
          {
            status: 'ACTIVE',
            typeCode: 'AP_PSS',
            createdDate: '2023-08-01T12:30:00',
            approvedDate: '2023-09-01T16:45:00',
            updatedDate: '2023-09-20T08:05:00',
            conditions: [
              {
                type: 'STANDARD',
                code: '9ce9d594-e346-4785-9642-c87e764bee37',
                category: null,
                condition:
                  'Be of good behaviour and not behave in a way which undermines the purpose of the licence period.',
              },
              {
                type: 'STANDARD',
                code: '3b19fdb0-4ca3-4615-9fdd-61fabc1587af',
                category: null,
                condition: 'Not commit any offence.',
              },
              {
                type: 'STANDARD_ADDITIONAL',
                code: '5db26ab3-9b6f-4bee-b2aa-53aa3f3be7dd',
                category: 'Residence at a specific place',
                condition: 'You must reside overnight at Kestrel House, Sheffield.',
              },
              {
                type: 'BESPOKE',
                code: null,
                category: null,
                condition: 'Not to enter the Sharrow area of Sheffield.',
              },
            ],
          },
          expect.objectContaining({
            status: 'INACTIVE',
            conditions: [expect.objectContaining({ condition: 'Not commit any offence.' })],
          }),
        ],
      });
    });

    it('fetches the conditions of every licence at the same time', async () => {
      await context.stubs.setFault({ prefix: '/create-and-vary-a-licence/public/licences/', latencyMs: 600 });
      await context.stubs.clearRequests();
      expect((await context.api.get(path('AB123123'), ALL)).status).toBe(200);
      const details = await context.stubs.requests('/create-and-vary-a-licence/public/licences/');
      expect(details.map((request) => request.path).sort()).toEqual([
        '/create-and-vary-a-licence/public/licences/id/1204',
        '/create-and-vary-a-licence/public/licences/id/2381',
      ]);
      expect(arrivalGap(details)).toBeLessThan(400);
    });

    it('gives no licences when CVL has none or the person has no CRN', async () => {
      expect((await context.api.get(path('X654321'), ALL)).body.data).toEqual({
        hmppsId: 'X654321',
        offenderNumber: null,
        licences: [],
      });
      expect((await context.api.get(path('A1234AA'), ALL)).body.data).toEqual({
        hmppsId: 'A1234AA',
        offenderNumber: null,
        licences: [],
      });
    });

    it('is not found when CVL does not know the CRN, and fails when a licence cannot be read', async () => {
      expect((await context.api.get(path('Y123456'), ALL)).body).toEqual(personNotFound('Y123456'));
      await context.stubs.setFault({
        prefix: '/create-and-vary-a-licence/public/licences/id/1204',
        status: 404,
      });
      const missingLicence = await context.api.get(path('AB123123'), ALL);
      expect(missingLicence.status).toBe(500);
      expect(missingLicence.body.userMessage).toBe('CVL answered ENTITY_NOT_FOUND');
    });
  });

  describe('GET /v1/epf/person-details/{hmppsId}/{eventNumber} (#35)', () => {
    it('gives the case details of the event with an empty error list', async () => {
      const response = await context.api.get('/v1/epf/person-details/AB123123/1', ALL);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        data: {
          nomsId: 'G2996UX',
          name: { forename: 'Robert', middleName: 'Alan', surname: 'Larsen' },
          dateOfBirth: '1975-04-02',
          gender: 'Male',
          courtAppearance: { date: '2021-06-14', court: { name: 'Sheffield Crown Court' } },
          sentence: {
            date: '2021-06-14',
            sentencingCourt: { name: 'Sheffield Crown Court' },
            releaseDate: '2023-09-20',
            expectedReleaseDate: null,
          },
          responsibleProvider: { code: 'N54', name: 'North East Region' },
          ogrsScore: 47,
          rsrScore: 3.45,
          age: 49,
          ageAtRelease: 48,
        },
        errors: [],
      });
    });

    it('answers 404 with the LAO explanation for an unknown event or CRN (the id is not resolved)', async () => {
      const response = await context.api.get('/v1/epf/person-details/AB123123/2', ALL);
      expect(response.status).toBe(404);
      expect(response.body.userMessage).toMatch(
        /^The case details for this person cannot be retrieved\. Please ensure the CRN and event number are correct and If the person has Limited Access Only \(LAO\) applied/,
      );
      expect((await context.api.get('/v1/epf/person-details/G2996UX/1', ALL)).status).toBe(404);
    });

    it('refuses an event number that is not a whole number', async () => {
      const response = await context.api.get('/v1/epf/person-details/AB123123/first', ALL);
      expect(response.status).toBe(400);
      expect(response.body.userMessage).toContain('eventNumber');
    });

    it('fails with a 500 naming EPF when it fails', async () => {
      await context.stubs.setFault({ prefix: '/effective-proposal-framework', status: 500 });
      const response = await context.api.get('/v1/epf/person-details/AB123123/1', ALL);
      expect(response.status).toBe(500);
      expect(response.body.userMessage).toContain('effective-proposal-framework');
    });
  });

  describe('authorisation, audit and the API document', () => {
    it('documents every person record operation', async () => {
      const response = await context.api.get('/v3/api-docs', ALL);
      const paths = Object.keys(response.body.paths);
      expect(paths).toEqual(
        expect.arrayContaining([
          '/v1/persons/{hmppsId}/sentences',
          '/v1/persons/{encodedHmppsId}/sentences/latest-key-dates-and-adjustments',
          '/v1/persons/{encodedHmppsId}/offences',
          '/v1/persons/{hmppsId}/reported-adjudications',
          '/v1/persons/{hmppsId}/alerts',
          '/v1/persons/{encodedHmppsId}/alerts/pnd',
          '/v1/pnd/persons/{encodedHmppsId}/alerts',
          '/v1/persons/{encodedHmppsId}/case-notes',
          '/v1/persons/{encodedHmppsId}/risks/scores',
          '/v1/persons/{encodedHmppsId}/risks/serious-harm',
          '/v1/persons/{encodedHmppsId}/risks/mappadetail',
          '/v1/persons/{encodedHmppsId}/risks/dynamic',
          '/v1/persons/{hmppsId}/risks/categories',
          '/v1/persons/{encodedHmppsId}/risk-management-plan',
          '/v1/persons/{encodedHmppsId}/needs',
          '/v1/persons/{encodedHmppsId}/status-information',
          '/v1/persons/{encodedHmppsId}/person-responsible-officer',
          '/v1/persons/{encodedHmppsId}/licences/conditions',
          '/v1/epf/person-details/{hmppsId}/{eventNumber}',
        ]),
      );
      const adjudications = response.body.paths['/v1/persons/{hmppsId}/reported-adjudications'].get;
      const perPage = adjudications.parameters.find(
        (parameter: { name: string }) => parameter.name === 'perPage',
      );
      expect(perPage.schema.default).toBe(8);
    });

    it('refuses a consumer whose roles do not include the path', async () => {
      const response = await context.api.get('/v1/persons/AB123123/risks/scores', LIMITED);
      expect(response.status).toBe(403);
    });

    it('audits each operation once on success, and not on failure', async () => {
      const publish = jest.spyOn(context.app.app.get(AuditPublisher), 'publish');
      await context.api.get('/v1/persons/AB123123/risks/serious-harm', ALL);
      await context.api.get('/v1/epf/person-details/AB123123/1', ALL);
      await context.api.get('/v1/persons/X654321/needs', ALL);
      await context.api.get(`/v1/persons/${PNC}/licences/conditions`, ALL);
      expect(publish.mock.calls.map(([event]) => [event.what, event.details])).toEqual([
        ['GET_PERSON_RISK', '{"hmppsId":"AB123123"}'],
        ['GET_EPF_PROBATION_CASE_INFORMATION', '{"hmppsId":"AB123123","eventNumber":"1"}'],
        ['GET_PERSON_LICENCE_CONDITION', '{"hmppsId":"2004/13116M"}'],
      ]);
      publish.mockRestore();
    });
  });
});
