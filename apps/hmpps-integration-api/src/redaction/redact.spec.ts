import {
  EPF_RISK_SCORE_REDACTIONS,
  GENERAL_RISK_SCORE_REDACTIONS,
  LAO_REDACTIONS,
  PERSON_RESPONSIBLE_OFFICER_REDACTIONS,
  PERSON_SEARCH_ID_ONLY,
  PRISON_EDUCATION_REDACTIONS,
  RISKS_TEXT_REDACTIONS,
  UNUSED_KEY_DATES_REDACTIONS,
} from './policies';
import { applyRedactions, redactionsFor, redactPaths } from './redact';
import { RedactionPolicy } from './redaction-policy';

const M = '**REDACTED**';

/** The response of `path` as the policy leaves it, for a case that is (or is not) a limited access case. */
function redact(policy: RedactionPolicy, path: string, body: unknown, limitedAccess = false) {
  let asked = 0;
  const result = applyRedactions(body, redactionsFor([policy], path), () => {
    asked++;
    return Promise.resolve(limitedAccess);
  });
  return result.then((redacted) => ({ redacted, asked }));
}

describe('redactPaths', () => {
  it('masks values at any depth, null ones too, and removes keys and array elements', () => {
    const body = { data: { notes: null, a: { notes: 'x', list: [{ notes: 1 }, { other: 2 }] } } };
    redactPaths(body, [['$..notes', 'MASK']]);
    expect(body).toEqual({ data: { notes: M, a: { notes: M, list: [{ notes: M }, { other: 2 }] } } });
    redactPaths(body, [
      ['$.data.a.list', 'REMOVE'],
      ['$.data.missing.deeper', 'REMOVE'],
    ]);
    expect(body).toEqual({ data: { notes: M, a: { notes: M } } });
  });
});

describe('redaction policies', () => {
  describe('lao-redactions', () => {
    const rejections = (path: string) =>
      redactionsFor([LAO_REDACTIONS], path).filter((step) => step.kind === 'lao-reject');

    it('refuses risk scores, serious harm, the risk management plan and addresses of a limited access case', () => {
      for (const path of ['risks/scores', 'risks/serious-harm', 'risk-management-plan', 'addresses']) {
        expect(rejections(`/v1/persons/X654321/${path}`)).toHaveLength(1);
      }
      expect(rejections('/v1/persons/X654321/risks/dynamic')).toEqual([]);
    });

    it('masks licence conditions of a limited access case only', async () => {
      const body = { data: [{ conditions: [{ condition: 'Not to contact the victim', code: 'X' }] }] };
      const path = '/v1/persons/L123456/licences/conditions';
      expect((await redact(LAO_REDACTIONS, path, body, true)).redacted).toEqual({
        data: [{ conditions: [{ condition: M, code: 'X' }] }],
      });
      expect((await redact(LAO_REDACTIONS, path, body, false)).redacted).toEqual(body);
    });

    it('masks the notes of MAPPA, dynamic risks and statuses of a limited access case', async () => {
      for (const path of ['risks/mappadetail', 'risks/dynamic', 'status-information']) {
        const { redacted } = await redact(
          LAO_REDACTIONS,
          `/v1/persons/L123456/${path}`,
          { data: [{ notes: 'n', code: 'RDVA' }] },
          true,
        );
        expect(redacted).toEqual({ data: [{ notes: M, code: 'RDVA' }] });
      }
    });

    it('removes gender, ethnicity and contact details from a limited access person', async () => {
      const person = { firstName: 'Marcus', gender: 'Male', ethnicity: 'E', contactDetails: { emails: [] } };
      const body = { data: { prisonerOffenderSearch: person, probationOffenderSearch: person } };
      const { redacted } = await redact(LAO_REDACTIONS, '/v1/persons/L123456', body, true);
      expect(redacted).toEqual({
        data: {
          prisonerOffenderSearch: { firstName: 'Marcus' },
          probationOffenderSearch: { firstName: 'Marcus' },
        },
      });
    });

    it('removes the type and the expiry of a limited access case alerts', async () => {
      const alert = {
        code: 'XA',
        type: 'X',
        typeDescription: 'Security',
        dateExpired: null,
        expired: false,
        active: true,
      };
      const { redacted } = await redact(
        LAO_REDACTIONS,
        '/v1/persons/K4321LA/alerts',
        { data: [alert] },
        true,
      );
      expect(redacted).toEqual({ data: [{ code: 'XA' }] });
    });

    it('redacts, in a person search, each person not known to be free of access restrictions', async () => {
      const open = { firstName: 'A', gender: 'F', currentExclusion: false, currentRestriction: false };
      const excluded = { firstName: 'B', gender: 'M', currentExclusion: true, currentRestriction: false };
      const unknown = { firstName: 'C', gender: 'M', currentExclusion: null, currentRestriction: null };
      const { redacted, asked } = await redact(LAO_REDACTIONS, '/v1/persons', {
        data: [open, excluded, unknown],
      });
      expect(redacted).toEqual({
        data: [
          open,
          { firstName: 'B', currentExclusion: true, currentRestriction: false },
          { firstName: 'C', currentExclusion: null, currentRestriction: null },
        ],
      });
      expect(asked).toBe(0);
    });

    it('does not ask about the case where no step needs to know', async () => {
      expect(
        (await redact(LAO_REDACTIONS, '/v1/persons/G2996UX/name', { data: { gender: 'M' } }, true)).asked,
      ).toBe(0);
    });
  });

  it('general-risk-score-redactions removes raw scores and keeps the levels', async () => {
    const body = {
      data: [
        {
          groupReconviction: { score: 45, scoreLevel: 'MEDIUM' },
          sexualPredictor: { indecentScore: 2, contactScore: 3, indecentScoreLevel: 'LOW' },
        },
      ],
    };
    const { redacted } = await redact(
      GENERAL_RISK_SCORE_REDACTIONS,
      '/v1/persons/AB123123/risks/scores',
      body,
    );
    expect(redacted).toEqual({
      data: [{ groupReconviction: { scoreLevel: 'MEDIUM' }, sexualPredictor: { indecentScoreLevel: 'LOW' } }],
    });
    expect(
      (await redact(GENERAL_RISK_SCORE_REDACTIONS, '/v1/persons/AB123123/needs', body)).redacted,
    ).toEqual(body);
  });

  it('epf-risk-score-redactions removes bands and levels and keeps the scores', async () => {
    const body = {
      data: [
        { groupReconviction: { score: 45, scoreLevel: 'MEDIUM' }, riskOfSeriousRecidivism: { band: 'LOW' } },
      ],
    };
    const { redacted } = await redact(EPF_RISK_SCORE_REDACTIONS, '/v1/persons/AB123123/risks/scores', body);
    expect(redacted).toEqual({ data: [{ groupReconviction: { score: 45 }, riskOfSeriousRecidivism: {} }] });
  });

  it('risks-text-redactions masks the free text of serious harm and dynamic risks', async () => {
    const body = {
      data: {
        riskToSelf: { suicide: { previousConcernsText: 'x', currentConcernsText: null } },
        summary: {
          whoIsAtRisk: 'w',
          natureOfRisk: 'n',
          riskImminence: 'i',
          riskIncreaseFactors: 'f',
          riskMitigationFactors: 'm',
          riskInCommunity: { HIGH: ['Public'] },
        },
      },
    };
    const { redacted } = await redact(RISKS_TEXT_REDACTIONS, '/v1/persons/AB123123/risks/serious-harm', body);
    expect(redacted).toEqual({
      data: {
        riskToSelf: { suicide: { previousConcernsText: M, currentConcernsText: M } },
        summary: {
          whoIsAtRisk: M,
          natureOfRisk: M,
          riskImminence: M,
          riskIncreaseFactors: M,
          riskMitigationFactors: M,
          riskInCommunity: { HIGH: ['Public'] },
        },
      },
    });
    const dynamic = await redact(RISKS_TEXT_REDACTIONS, '/v1/persons/AB123123/risks/dynamic', {
      data: [{ notes: 'n' }],
    });
    expect(dynamic.redacted).toEqual({ data: [{ notes: M }] });
  });

  it('person-responsible-officer-redactions hides the prison offender manager and who the community one is', async () => {
    const body = {
      data: {
        prisonOffenderManager: { forename: 'P', surname: 'Q' },
        communityOffenderManager: {
          name: { forename: 'T', surname: 'N' },
          email: 'e',
          telephoneNumber: 't',
          team: { code: 'N07', email: 'team@x' },
        },
      },
    };
    const { redacted } = await redact(
      PERSON_RESPONSIBLE_OFFICER_REDACTIONS,
      '/v1/persons/AB123123/person-responsible-officer',
      body,
    );
    expect(redacted).toEqual({
      data: {
        communityOffenderManager: {
          name: { forename: M, surname: M },
          email: M,
          telephoneNumber: M,
          team: { code: 'N07', email: 'team@x' },
        },
      },
    });
  });

  it('unused-key-dates-redactions removes the dates the police do not use', async () => {
    const body = {
      data: {
        adjustments: {},
        automaticRelease: { date: 'd' },
        earlyTerm: {},
        homeDetentionCurfew: { eligibilityDate: 'e', actualDate: 'a' },
        lateTerm: {},
        midTerm: {},
        nonDto: {},
        nonParole: {},
        paroleEligibility: {},
        dtoPostRecallRelease: {},
        earlyRemovalSchemeEligibilityDate: 'x',
        tariffEarlyRemovalSchemeEligibilityDate: 'y',
        topupSupervision: {},
      },
    };
    const { redacted } = await redact(
      UNUSED_KEY_DATES_REDACTIONS,
      '/v1/persons/AB123123/sentences/latest-key-dates-and-adjustments',
      body,
    );
    expect(redacted).toEqual({
      data: { automaticRelease: { date: 'd' }, homeDetentionCurfew: { actualDate: 'a' } },
    });
  });

  it('person-search-id-only leaves a person search only its identifiers', async () => {
    const person = {
      firstName: 'R',
      lastName: 'L',
      middleName: null,
      dateOfBirth: 'd',
      gender: 'M',
      ethnicity: 'E',
      aliases: [],
      identifiers: { nomisNumber: 'G2996UX' },
      pncId: 'p',
      hmppsId: 'AB123123',
      contactDetails: null,
      currentRestriction: false,
      restrictionMessage: null,
      currentExclusion: false,
      exclusionMessage: null,
    };
    const { redacted } = await redact(PERSON_SEARCH_ID_ONLY, '/v1/persons', { data: [person] });
    expect(redacted).toEqual({
      data: [{ identifiers: { nomisNumber: 'G2996UX' }, pncId: 'p', hmppsId: 'AB123123' }],
    });
  });

  it('prison-education masks middle names and cross-system ids and removes the probation record, on every operation', async () => {
    const body = {
      data: {
        prisonerOffenderSearch: {
          middleName: 'A',
          pncId: 'p',
          restrictionMessage: null,
          identifiers: { nomisNumber: 'G', croNumber: 'c', deliusCrn: null },
        },
        probationOffenderSearch: { firstName: 'R' },
      },
    };
    const { redacted } = await redact(PRISON_EDUCATION_REDACTIONS, '/v1/persons/G2996UX', body);
    expect(redacted).toEqual({
      data: {
        prisonerOffenderSearch: {
          middleName: M,
          pncId: M,
          restrictionMessage: M,
          identifiers: { nomisNumber: 'G', croNumber: M, deliusCrn: M },
        },
      },
    });
  });

  it('leaves bodies that are not JSON objects alone', async () => {
    const image = Buffer.from([0xff, 0xd8]);
    expect((await redact(PRISON_EDUCATION_REDACTIONS, '/v1/images/1', image)).redacted).toBe(image);
    expect(
      (await redact(PRISON_EDUCATION_REDACTIONS, '/v1/persons/G2996UX', undefined)).redacted,
    ).toBeUndefined();
  });
});
